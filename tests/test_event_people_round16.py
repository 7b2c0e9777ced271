"""Events, round sixteen: who took part, as press names them by a pronoun doing an act of no listed type ("He invited
firms to the exhibition Uzbekistan will host in 2026": the person named just before; "He recalled that the agreement
entered into force in 2023": nobody, the speaker only tells it), and by a pronoun or a bare title closing a quote that
states a figure ('"... by 2030. We can do it sooner," he said'; '...,” the head of state said': the person named just
before the quote opens). Our own sentences in several outlets' styles, positives and negatives (none from any test
split), read end to end (extraction, then reconcile within the article).
"""

from __future__ import annotations

import pytest
from conftest import assert_every_event_has
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected", "absent"),
    [
        (  # news-agency style: the pronoun is the subject of the verb the act hangs on
            "President Shavkat Mirziyoyev received the Turkish delegation in Tashkent on Monday. "
            "He invited Turkish manufacturers to the international exhibition Uzbekistan will host in 2026.",
            "2025-11-10",
            "other",
            {"Mirziyoyev"},
            set(),
        ),
        (  # magazine style: a cleft sentence, "that he first ..."
            "Chinese President Xi Jinping arrived in Astana on Monday. "
            "It was at a university there, in September 2013, that he first unveiled the Silk Road Economic Belt.",
            "2025-06-16",
            "other",
            {"Jinping"},
            set(),
        ),
        (  # negative: "he recalled that ...": the speaker takes no part in the document entering into force
            "Kazakh President Kassym-Jomart Tokayev met the Chinese vice premier in Beijing on Friday. "
            "He recalled that the agreement on mutual visa exemption entered into force on 10 November 2023.",
            "2025-04-11",
            "other",
            set(),
            {"Tokayev"},
        ),
        (  # negative: a trailing "he noted" tells a date recalled, it does not take part in it
            "Azerbaijani President Ilham Aliyev praised the partnership on Tuesday. "
            "Next month marks 30 years since diplomatic ties were established on 29 June 1995, he noted.",
            "2025-05-20",
            "other",
            set(),
            {"Aliyev"},
        ),
    ],
)
def test_a_pronoun_doing_an_act_of_no_listed_type_is_the_person_named_before(
    nlp: Language, text: str, published: str, kind: str, expected: set[str], absent: set[str]
) -> None:
    assert_every_event_has(nlp, text, published, kind, expected, absent)


@pytest.mark.parametrize(
    ("text", "published", "kind", "expected", "absent"),
    [
        (  # Turkish broadcaster style: a quote of two sentences closed by "he said"; the figure in its first
            "Turkish President Recep Tayyip Erdogan spoke at a joint press conference after the talks in Ankara. "
            '"My dear brother and I have agreed to raise trade to $5 billion by 2030. '
            'I believe we can get there even sooner," he said.',
            "2026-11-26",
            "trade_target",
            {"Erdogan"},
            set(),
        ),
        (  # Ukrainian agency style: curly quotes closed by a bare title, "the head of state said"
            "At a joint press briefing, Kassym-Jomart Tokayev noted that trade reached $1 billion last year. "
            "“This is not the ceiling for us. We want to raise trade to $2 billion by 2027,” the head of state said.",
            "2025-03-14",
            "trade_target",
            {"Tokayev"},
            set(),
        ),
        (  # Pakistani daily style: a title with a country word, "the Pakistani premier added"
            "Prime Minister Shehbaz Sharif addressed the business forum in Islamabad on Wednesday. "
            '"Our target is to take trade to $2 billion by 2028. We will work hard for it," the Pakistani premier '
            "added.",
            "2026-02-04",
            "trade_target",
            {"Sharif"},
            set(),
        ),
        (  # negative: the sentence before the quote names nobody; a signatory further back is not the speaker
            "Uzbek Transport Minister Ilkhom Makhkamov signed a memorandum on container transport. "
            "Speaking at the session, the deputy prime minister said trade had grown by a third. "
            '"These figures do not match our potential. We intend to bring mutual trade to $1 billion by 2026," '
            "the deputy prime minister said.",
            "2023-11-20",
            "trade_target",
            set(),
            {"Makhkamov"},
        ),
        (  # negative: the goal stands outside the quote ("recalling that the presidents ..."), not the speaker's
            "Opening the meeting, Azerbaijan's Minister of Economy Mikayil Jabbarov said trade had grown. "
            "“This is a good result, but it is still far from what we can offer,” the minister stressed, recalling "
            "that the presidents had set the goal of bringing turnover to $200 million by 2030.",
            "2026-11-26",
            "trade_target",
            set(),
            {"Jabbarov"},
        ),
    ],
)
def test_a_pronoun_or_bare_title_closing_a_quote_is_the_person_named_before_it(
    nlp: Language, text: str, published: str, kind: str, expected: set[str], absent: set[str]
) -> None:
    assert_every_event_has(nlp, text, published, kind, expected, absent)
