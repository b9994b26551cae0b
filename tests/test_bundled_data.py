"""Checks on the bundled records in data/surveys.json, over the whole file (each record's facts: test_bundled_facts).

The test only reads files that ship with the repository.
"""

import json
import re
import unicodedata
from pathlib import Path

import jsonschema
import pytest

from tests.bundled import OLDEST_FIRST, load_records

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMA = DATA / "schema.json"
TAXONOMY = DATA / "taxonomy.json"

EXPECTED_IDS = OLDEST_FIRST


@pytest.fixture(scope="module")
def records():
    return load_records()


@pytest.fixture(scope="module")
def taxonomy():
    with TAXONOMY.open(encoding="utf-8") as fh:
        return json.load(fh)


def test_five_records_sorted_by_date(records):
    assert isinstance(records, list)
    assert [r["id"] for r in records] == EXPECTED_IDS
    dates = [r["date"] for r in records]
    assert dates == sorted(dates)


def test_ids_unique_and_well_formed(records):
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    for r in records:
        assert re.fullmatch(r"[a-z0-9-]+", r["id"]), r["id"]
        assert r["id"].startswith(r["date"] + "-")
        assert r["schema_version"] == 1


def test_matches_schema(records):
    """A real validator agrees with ours on the published schema (jsonschema is in the test extra: never skipped)."""
    with SCHEMA.open(encoding="utf-8") as fh:
        schema = json.load(fh)
    checker = jsonschema.FormatChecker()
    for r in records:
        jsonschema.validate(r, schema, format_checker=checker)


def test_only_schema_fields(records):
    """A dependency-free stand-in for additionalProperties: false."""
    top = {"schema_version", "id", "date", "date_certainty", "kind", "body", "leader",
           "localities", "topics", "summary", "figures", "recommendations", "directions",
           "difficulties", "people", "source", "notes"}
    figure = {"label", "metric", "value", "unit", "of", "period", "locality"}
    item = {"text", "by", "to", "locality", "status", "deadline", "responses", "repeats"}
    locality = {"name", "level", "former_province", "province", "ward"}
    for r in records:
        assert set(r) <= top, r["id"]
        assert set(r["leader"]) == {"name", "title"}
        for loc in r["localities"]:
            assert set(loc) <= locality
        for f in r.get("figures", []):
            assert set(f) <= figure
            assert isinstance(f["value"], (int, float)) and not isinstance(f["value"], bool)
        for key in ("recommendations", "directions"):
            for it in r.get(key, []):
                assert set(it) <= item
                assert it["text"].strip()
        for d in r.get("difficulties", []):
            assert set(d) <= {"text", "locality"}
        for p in r.get("people", []):
            assert set(p) == {"name", "role"}
        assert "url" not in r.get("source", {})


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def test_text_is_nfc_and_single_spaced(records):
    for s in _strings(records):
        assert unicodedata.normalize("NFC", s) == s, s
        assert "  " not in s, s
        assert s == s.strip(), s


def test_topics_and_metrics_come_from_taxonomy(records, taxonomy):
    topic_ids = {t["id"] for t in taxonomy["topics"]}
    metric_ids = {m["id"] for m in taxonomy["metrics"]}
    for r in records:
        assert r["topics"], r["id"]
        assert set(r["topics"]) <= topic_ids, r["id"]
        assert len(set(r["topics"])) == len(r["topics"])
        for f in r.get("figures", []):
            if "metric" in f:
                assert f["metric"] in metric_ids, f


def test_locality_references_resolve(records):
    for r in records:
        names = {loc["name"] for loc in r["localities"]}
        for f in r.get("figures", []):
            if len(r["localities"]) > 1:
                assert "locality" in f, (r["id"], f["label"])
            if "locality" in f:
                assert f["locality"] in names, f
        for key in ("recommendations", "directions", "difficulties"):
            for it in r.get(key, []):
                if "locality" in it:
                    assert it["locality"] in names, it


def test_figure_parts_and_periods_are_consistent(records):
    for r in records:
        for f in r.get("figures", []):
            if "of" in f:
                assert 0 <= f["value"] <= f["of"], f
            if f["unit"] == "%":
                assert 0 <= f["value"] <= 100, f
            if "period" in f:
                assert f["period"]["from"] <= f["period"]["to"] <= r["date"], f


def test_summaries_are_short(records):
    for r in records:
        assert 100 < len(r["summary"]) < 1200, r["id"]
