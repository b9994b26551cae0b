"""The test articles end to end: every article in tests/articles against its expected record.

The articles are written for these tests; nothing is read from ../shared.
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.extract import extract_file
from store.folding import fold
from store.validation import validate

ARTICLES = Path(__file__).parent / "articles"
EXPECTED = orjson.loads((ARTICLES / "expected.json").read_bytes())


# -- the test articles end to end ---------------------------------------------------------------


def extract_expected(name: str):
    entry = EXPECTED[name]
    return extract_file(ARTICLES / name, published=entry.get("published")), entry


def words(text: str) -> set[str]:
    return set(fold(text).replace(",", " ").replace(".", " ").split())


def same_items(found: list[dict], wanted: list[dict]) -> bool:
    if len(found) != len(wanted):
        return False
    return all(len(words(f["text"]) & words(w["text"])) >= 0.6 * min(len(words(f["text"])), len(words(w["text"])))
               for f, w in zip(found, wanted, strict=True))


def test_there_are_enough_test_articles_in_every_format() -> None:
    names = sorted(EXPECTED)
    assert len(names) >= 10 and names == sorted(p.name for p in ARTICLES.iterdir()
                                                if p.is_file() and p.name not in ("expected.json", "labels.json"))
    assert {Path(name).suffix for name in names} == {".txt", ".md", ".html"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_date_leader_kind(name: str) -> None:
    draft, entry = extract_expected(name)
    record = draft.record
    assert record.get("date") == entry["date"]
    assert record.get("date_certainty") == entry["date_certainty"]
    assert record["kind"] == entry["kind"]
    assert record["leader"] == entry["leader"]
    if "body" in entry:
        assert record["body"] == entry["body"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_localities(name: str) -> None:
    draft, entry = extract_expected(name)
    got = [(loc["name"], loc["level"], loc["province"]["code"], (loc["ward"] or {}).get("code"))
           for loc in draft.record["localities"]]
    assert got == [(loc["name"], loc["level"], loc["province_code"], loc["ward_code"]) for loc in entry["localities"]]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_figures(name: str) -> None:
    draft, entry = extract_expected(name)
    figures = draft.record["figures"]
    assert sorted(f["value"] for f in figures) == sorted(f["value"] for f in entry["figures"])
    by_value = {(f["value"], f["unit"]): f for f in figures}
    for wanted in entry["figures"]:
        got = by_value[(wanted["value"], wanted["unit"])]
        assert got.get("of") == wanted.get("of"), wanted
        if "period" in wanted:
            assert [got["period"]["from"], got["period"]["to"]] == wanted["period"], wanted
        if "locality" in wanted:
            assert got["locality"] == wanted["locality"], wanted
    values = {f["value"] for f in figures}
    assert not values & set(entry["never_figures"])
    for i, figure in enumerate(figures):
        assert draft.provenance[f"figures[{i}]"], figure


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_items_people_source(name: str) -> None:
    draft, entry = extract_expected(name)
    record = draft.record
    for field in ("recommendations", "directions", "difficulties"):
        assert same_items(record[field], entry[field]), (field, record[field])
    for got, wanted in zip(record["recommendations"], entry["recommendations"], strict=True):
        assert got.get("to") == wanted.get("to")
    assert record["people"] == entry["people"]
    source = record.get("source", {})
    for key, value in entry["source"].items():
        assert source.get(key) == value, key


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_draft_validates_when_complete_and_says_where_values_came_from(name: str) -> None:
    draft, entry = extract_expected(name)
    if entry["date"] is None:
        assert draft.problems() == ["date: required field is missing"]
        return
    assert draft.problems() == [] and validate(draft.record) == []
    assert draft.provenance["date"] and draft.provenance["leader"]
    for i in range(len(draft.record["localities"])):
        assert draft.provenance[f"localities[{i}]"]
    assert draft.source_of("figures[0].value") == draft.provenance.get("figures[0]")
