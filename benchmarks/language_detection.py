"""Language detection on short press texts: accuracy and speed of the detector ingest uses (py3langid).

The texts are sentences of our own, in the languages the region's press is published in, from
one-line headlines (30-60 characters) to short leads (100-200): the hard cases for a detector.
Usage: .venv/bin/python benchmarks/language_detection.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.ingest import detect_language

SAMPLES = [
    ("en", "Tokayev meets Putin in Moscow"),
    ("en", "Uzbekistan and Korea sign deals worth $4.7 billion"),
    ("en", "The two presidents discussed trade, energy and transport corridors on Tuesday."),
    ("en", "Kyrgyzstan's parliament ratified the border treaty with Tajikistan, the speaker said."),
    ("en", "ASTANA, October 3 (Kazinform) – President Kassym-Jomart Tokayev received the delegation."),
    ("en", "Trade turnover between the two countries exceeded 300 billion rubles last year."),
    ("ru", "Токаев провел переговоры с Путиным в Москве"),
    ("ru", "Стороны подписали соглашение о торговле и транзите грузов."),
    ("ru", "Президенты обсудили вопросы энергетики, транспорта и водных ресурсов региона."),
    ("kk", "Мемлекет басшысы Өзбекстан Президентімен келіссөз жүргізді."),
    ("kk", "Қазақстан мен Қырғызстан арасындағы тауар айналымы өсті."),
    ("uz", "Prezident Shavkat Mirziyoyev Qozog'iston Prezidenti bilan muzokaralar o'tkazdi."),
    ("uz", "Tomonlar savdo va investitsiya sohasidagi hamkorlikni muhokama qildi."),
    ("tr", "Cumhurbaşkanı Erdoğan, Kazakistan Cumhurbaşkanı ile Ankara'da görüştü."),
    ("tr", "İki ülke arasındaki ticaret hacmi 10 milyar dolara ulaştı."),
    ("de", "Bundeskanzler Scholz traf den kasachischen Präsidenten in Astana."),
    ("fr", "Le président ouzbek a rencontré son homologue français à Paris."),
    ("zh", "习近平同哈萨克斯坦总统托卡耶夫举行会谈。"),
    ("fa", "رئیس جمهور ایران با رئیس جمهور تاجیکستان در دوشنبه دیدار کرد."),
    ("ar", "التقى ولي العهد السعودي برئيس أوزبكستان في الرياض."),
]


def main() -> int:
    detect_language(SAMPLES[0][1])  # load the model first: this measures detection, not start-up
    right = 0
    started = time.perf_counter()
    for expected, text in SAMPLES:
        language, confidence = detect_language(text)
        right += language == expected
        mark = "ok " if language == expected else "XX "
        print(f"{mark}{expected} -> {language or '?':3} {confidence:.2f}  {text[:60]}")
    seconds = time.perf_counter() - started
    print(f"\n{right}/{len(SAMPLES)} right; {1000 * seconds / len(SAMPLES):.2f} ms per text")
    return 0


if __name__ == "__main__":
    sys.exit(main())
