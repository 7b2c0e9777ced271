"""Country and place names: the one loader of `patterns/geo/`, shared by every extractor.

In: the rules folder.  Out: a `Geo` holding every way press writes a country, its people or its
adjective (`countries.csv`: "Kazakhstan", "Kazakh", "Kazakhstani"; a region such as Central Asia
stands for several countries) and every spelling of a city (`places.csv`: "Astana", "Nur-Sultan"),
each mapped to its ISO 3166 alpha-2 code(s).  Both files are checked on load: codes are two capital
letters, names are not empty, and one spelling names one country or one place within a file; a
mistake is a `PatternError` naming the file and line.  No spaCy here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..patterns import read_csv, require

COUNTRIES_FILE = Path("geo") / "countries.csv"
PLACES_FILE = Path("geo") / "places.csv"


class Place(NamedTuple):
    """A city: its canonical name (the one in use today) and its country's ISO2 code."""

    name: str
    country: str


@dataclass(frozen=True)
class Geo:
    countries: dict[str, tuple[str, ...]]  # spelling (name, demonym, adjective) -> ISO2 codes, several for a region
    places: dict[str, Place]  # spelling of a city -> the city

    def single_countries(self) -> dict[str, str]:
        """Spelling -> ISO2 of the spellings that name one country: a region (Central Asia) is nobody's country."""
        return {spelling: codes[0] for spelling, codes in self.countries.items() if len(codes) == 1}

    def codes(self) -> dict[str, tuple[str, ...]]:
        """Every spelling of a country or a city -> the codes of the countries it stands for (a city: its country's).

        A spelling that is both a country and a city counts as the country.
        """
        return {**{spelling: (place.country,) for spelling, place in self.places.items()}, **self.countries}


def load_geo(patterns_dir: str | Path) -> Geo:
    """The country and place names of the rules folder, checked (see the module docstring)."""
    root = Path(patterns_dir)
    return Geo(countries=_countries(root / COUNTRIES_FILE), places=_places(root / PLACES_FILE))


def _countries(path: Path) -> dict[str, tuple[str, ...]]:
    countries: dict[str, tuple[str, ...]] = {}
    for row in read_csv(path, required=["iso2", "name", "names"]):
        codes = tuple(code.strip() for code in row["iso2"].split(";"))
        require(row, path, all(_is_iso2(code) for code in codes), "iso2 must be ISO 3166 alpha-2 codes, separated by ;")
        require(row, path, bool(row["name"]), "name is empty")
        for spelling in _spellings(row, path):
            require(row, path, countries.get(spelling, codes) == codes, f"{spelling!r} already names another country")
            countries[spelling] = codes
    return countries


def _places(path: Path) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for row in read_csv(path, required=["name", "country", "names"]):
        require(row, path, bool(row["name"]), "name is empty")
        require(row, path, _is_iso2(row["country"]), "country must be an ISO 3166 alpha-2 code")
        place = Place(row["name"], row["country"])
        for spelling in _spellings(row, path):
            require(row, path, places.get(spelling, place) == place, f"{spelling!r} already names another place")
            places[spelling] = place
    return places


def _spellings(row: dict[str, Any], path: Path) -> list[str]:
    """The "|"-separated spellings of a row, none of them empty."""
    spellings = [spelling.strip() for spelling in row["names"].split("|")]
    require(row, path, all(spellings), "names holds an empty spelling (two | in a row, or one at an end)")
    return spellings


def _is_iso2(code: object) -> bool:
    return isinstance(code, str) and len(code) == 2 and code.isalpha() and code.isupper()
