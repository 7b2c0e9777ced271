"""The one loader of patterns/geo/: countries with their demonyms, regions and places, checked with file:line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.normalize.geo import Place, load_geo
from pipeline.patterns import PatternError, default_patterns_dir


def test_countries_demonyms_regions_and_places() -> None:
    geo = load_geo(default_patterns_dir())
    assert geo.countries["Kazakh"] == ("KZ",) and geo.countries["Kyrgyz Republic"] == ("KG",)
    assert geo.countries["Central Asia"] == ("KZ", "KG", "TJ", "TM", "UZ")
    assert geo.places["Nur-Sultan"] == Place("Astana", "KZ") == ("Astana", "KZ")
    single = geo.single_countries()
    assert single["Uzbek"] == "UZ" and "Central Asia" not in single
    codes = geo.codes()
    assert codes["Tashkent"] == ("UZ",) and codes["Turkmen"] == ("TM",)


@pytest.fixture
def geo_copy(tmp_path: Path) -> Path:
    shutil.copytree(default_patterns_dir() / "geo", tmp_path / "geo")
    return tmp_path


@pytest.mark.parametrize(
    ("file", "line", "problem"),
    [
        ("countries.csv", "Kz,Kazakhland,Kazakhland", "alpha-2"),
        ("countries.csv", "KZ;kg,Steppe,Steppe", "alpha-2"),
        ("countries.csv", "XK,,Kosovo", "name is empty"),
        ("countries.csv", "XK,Kosovo,Kosovo||Kosovar", "empty spelling"),
        ("countries.csv", "XK,Kosovo,Kosovo|Kazakh", "another country"),
        ("places.csv", "Tbilisi,Georgia,Tbilisi", "alpha-2"),
        ("places.csv", "Tbilisi,GE,Tbilisi|", "empty spelling"),
        ("places.csv", "Nursultan Town,KZ,Nur-Sultan", "another place"),
        ("places.csv", "Tbilisi,GE", "fewer cells"),
    ],
)
def test_a_malformed_row_names_file_and_line(geo_copy: Path, file: str, line: str, problem: str) -> None:
    path = geo_copy / "geo" / file
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    line_no = len(path.read_text(encoding="utf-8").splitlines())
    with pytest.raises(PatternError, match=problem) as err:
        load_geo(geo_copy)
    assert f"{file}:{line_no}" in str(err.value)
