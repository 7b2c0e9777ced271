"""A large synthetic archive of press articles, for scale benchmarks and tests at small sizes.

In: a size, a seed and an output folder.  Out: N articles as .txt files (or one JSONL file),
each reporting distinct events: presidents from the gazetteer (patterns/leaders/people.jsonl)
in office on the event's date, their countries and capitals (patterns/geo/places.csv), dates
over ten years, amounts, agreement titles, in several house styles (a wire story with a
dateline, a press-service release, a business report), plus a share of reprints of earlier
articles with small edits (another headline, a dateline, a sentence dropped).  Deterministic
for a seed; no copyrighted text: every sentence comes from the templates below.

Usage: .venv/bin/python benchmarks/generate_corpus.py OUT --documents 10000 [--seed 1] [--reprints 0.2] [--jsonl]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "patterns"
FIRST_DAY, DAYS = date(2015, 1, 1), 3650
SUBJECTS = ["trade", "transport", "energy", "water resources", "digital technologies", "agriculture", "tourism"]
DOCUMENTS = [
    "Agreement on Cooperation in the Field of {subject}",
    "Memorandum of Understanding on {subject}",
    "Roadmap for the Development of {subject} for {year}-{year2}",
    "Programme of Economic Cooperation for {year}-{year2}",
]
STYLES = ("wire", "release", "business")


@dataclass(frozen=True)
class Leader:
    name: str
    country: str
    start: date
    end: date


def presidents() -> list[Leader]:
    """Every president term in the gazetteer."""
    found = []
    for line in (PATTERNS / "leaders" / "people.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip().startswith("{"):
            continue
        person = json.loads(line)
        for office in person["offices"]:
            if office["office"] == "president":
                end = date.fromisoformat(office["to"]) if office.get("to") else date(2100, 1, 1)
                country = office.get("country", person["country"])
                found.append(Leader(person["name"], country, date.fromisoformat(office["from"]), end))
    return found


def capitals() -> dict[str, list[str]]:
    """Cities by country."""
    cities: dict[str, list[str]] = {}
    with (PATTERNS / "geo" / "places.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            cities.setdefault(row["country"], []).append(row["name"])
    return cities


def article(rng: random.Random, number: int, leaders: list[Leader], cities: dict[str, list[str]]) -> dict:
    """One article reporting a visit, a signing and a trade figure."""
    while True:
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        in_office = [p for p in leaders if p.start <= day <= p.end and p.country in cities]
        if len(in_office) >= 2:
            break
    guest, host = rng.sample(in_office, 2)
    city = rng.choice(cities[host.country])
    subject = rng.choice(SUBJECTS)
    title = rng.choice(DOCUMENTS).format(subject=subject.title(), year=day.year, year2=day.year + 2)
    amount = rng.choice([120, 350, 480, 760, 1200, 2500])
    scale = "million" if amount < 1000 else "billion"
    figure = amount if amount < 1000 else amount / 1000
    when = f"{day.day} {day:%B} {day.year}"
    style = STYLES[number % len(STYLES)]
    lines = {
        "wire": [
            f"{guest.name} holds talks with {host.name} in {city}",
            f"{city.upper()}, {day:%B} {day.day} – President {guest.name} arrived in {city} on {when} "
            f"for talks with President {host.name}.",
        ],
        "release": [
            f"Press service: talks between the presidents in {city}",
            f"Published: {day:%d.%m.%Y}",
            f"On {when}, President {host.name} received President {guest.name} in {city}.",
        ],
        "business": [
            f"Deals on {subject} agreed in {city}",
            f"President {guest.name} paid an official visit to {city} on {when} at the invitation of "
            f"President {host.name}.",
        ],
    }[style]
    lines += [
        f"Following the talks, the two leaders signed the {title}.",
        f"Trade between the two countries reached ${figure:g} {scale} in {day.year - 1}.",
        f"The sides agreed to discuss {subject} again at the next meeting of the intergovernmental commission.",
    ]
    return {"id": f"synthetic-{number:06d}", "text": "\n\n".join(lines) + "\n"}


def reprint(rng: random.Random, number: int, original: dict) -> dict:
    """An earlier article as another outlet runs it: another headline, one sentence fewer."""
    paragraphs = original["text"].strip().split("\n\n")
    body = paragraphs[1:-1] if len(paragraphs) > 3 and rng.random() < 0.5 else paragraphs[1:]
    headline = "Reprint: " + paragraphs[0]
    return {"id": f"synthetic-{number:06d}", "text": "\n\n".join([headline, *body]) + "\n"}


def generate(documents: int, *, seed: int = 1, reprints: float = 0.2) -> list[dict]:
    rng = random.Random(seed)
    leaders, cities = presidents(), capitals()
    made: list[dict] = []
    for number in range(documents):
        if made and rng.random() < reprints:
            made.append(reprint(rng, number, rng.choice(made)))
        else:
            made.append(article(rng, number, leaders, cities))
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the articles into")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reprints", type=float, default=0.2, help="share of reprints of earlier articles")
    parser.add_argument("--jsonl", action="store_true", help="one articles.jsonl instead of .txt files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    articles = generate(args.documents, seed=args.seed, reprints=args.reprints)
    if args.jsonl:
        with (args.out / "articles.jsonl").open("w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in articles)
    else:
        for a in articles:
            (args.out / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
    print(f"{len(articles)} articles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
