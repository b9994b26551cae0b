"""Every backend stores a record's source sentences once each, and reads them back into their entries (session 36).

A visit's values are mostly read from a few sentences (the lead gives the date, the body, the leader, the places),
and each value's provenance entry named its sentence and article in full: an extracted visit's sources doubled the
store (`scripts/bench_sources.py`). The stored body (the store file and its journal, the PostgreSQL row) now keeps
each distinct sentence and article once, in the record's `sentences` and `articles`, the entries their indexes
(`store.sentence_tables`); every read gives the entries back as they were written. A record stored before keeps
its form until its next save.
"""

from __future__ import annotations

import copy
from typing import Any

import orjson
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.query import Filter
from store.repository import Repository
from tests.contract.backends import PLANTED, STORED
from tests.factories import make_record
from tests.present import present

ARTICLE = "bao-cao/giam-sat-tan-dinh.txt"
LEAD = "Ngày 2/10/2025, đoàn giám sát của HĐND phường Tân Định do bà Trần Thị Thử làm Trưởng đoàn đã làm việc."
FIGURES = "Phường đã tiếp nhận 1.200 hồ sơ, tỷ lệ đúng hạn đạt 98,5%; \"một cửa\" \\ [b]không in đậm[/b]."
ENTRIES = [
    {"path": "date", "by": "extractor", "sentence": LEAD, "article": ARTICLE},
    {"path": "kind", "by": "extractor", "sentence": LEAD, "article": ARTICLE},
    {"path": "body", "by": "extractor", "sentence": LEAD, "article": ARTICLE},
    {"path": "leader", "by": "person", "sentence": LEAD, "article": ARTICLE},
    {"path": "figures[0]", "by": "extractor", "rule": "tiếp nhận N hồ sơ", "sentence": FIGURES, "article": ARTICLE},
    {"path": "figures[1]", "by": "extractor", "sentence": FIGURES, "article": ARTICLE},
    {"path": "recommendations[0]", "by": "person"},
]
RECORD = make_record(provenance=ENTRIES)
ID = RECORD["id"]


def _said_once(body: dict[str, Any], texts: list[str]) -> None:
    """Each text is in the stored body exactly once, in its table; every entry names it by index."""
    raw = orjson.dumps(body)
    for text in texts:
        assert raw.count(orjson.dumps(text)) == 1, text
    assert all(type(entry.get("sentence", 0)) is int and type(entry.get("article", 0)) is int
               for entry in body["provenance"])


def test_the_stored_body_holds_each_sentence_once(repository: Repository, backend: str) -> None:
    repository.upsert_many([RECORD])
    body = STORED[backend](repository, ID)
    _said_once(body, [LEAD, FIGURES, ARTICLE])
    assert body["sentences"] == [LEAD, FIGURES] and body["articles"] == [ARTICLE]
    assert present(repository.get(ID))["provenance"] == ENTRIES
    assert [r["provenance"] for r in repository.records()] == [ENTRIES]
    found = repository.search(Filter(), limit=10, facets=False).records  # the file store's index: its own read
    assert [r["provenance"] for r in found] == [ENTRIES]
    assert "sentences" not in present(repository.get(ID)) and "articles" not in present(repository.get(ID))


def test_an_edit_stores_them_once_too(repository: Repository, backend: str) -> None:
    repository.upsert_many([RECORD])
    edited = repository.update(ID, lambda record: {**record, "summary": "Đoàn làm việc với UBND phường."})
    assert edited["provenance"] == ENTRIES and "sentences" not in edited
    _said_once(STORED[backend](repository, ID), [LEAD, FIGURES, ARTICLE])  # the journal's line, or the row
    assert present(repository.get(ID))["provenance"] == ENTRIES


def test_an_older_record_reads_the_same_and_is_packed_by_its_next_save(repository: Repository, backend: str) -> None:
    PLANTED[backend](repository, [copy.deepcopy(RECORD)])
    assert STORED[backend](repository, ID)["provenance"] == ENTRIES  # the older form, as it was written
    assert present(repository.get(ID)) == RECORD
    assert [r["provenance"] for r in repository.search(Filter(), limit=10, facets=False).records] == [ENTRIES]
    repository.update(ID, lambda record: {**record, "notes": "Đã đối chiếu với bài báo."})
    _said_once(STORED[backend](repository, ID), [LEAD, FIGURES, ARTICLE])
    assert present(repository.get(ID))["provenance"] == ENTRIES


def test_a_record_given_in_the_stored_form_is_taken(repository: Repository) -> None:
    """A caller holding the stored form (read from a store file by hand) writes the same record."""
    packed = {**make_record(provenance=[{"path": "date", "by": "extractor", "sentence": 0, "article": 0},
                                        {"path": "body", "by": "extractor", "sentence": 0, "article": 0}]),
              "sentences": [LEAD], "articles": [ARTICLE]}
    repository.upsert_many([packed])
    assert present(repository.get(ID))["provenance"] == [
        {"path": "date", "by": "extractor", "sentence": LEAD, "article": ARTICLE},
        {"path": "body", "by": "extractor", "sentence": LEAD, "article": ARTICLE}]


PATHS = ["date", "kind", "body", "leader", "figures[0]", "figures[1]", "recommendations[0]", "directions[0]"]
TEXT = st.text(alphabet="aăâđ ơưệ ỹ\"\\[]/.,0123456789 ", min_size=1, max_size=40).map(str.strip).filter(bool)
ENTRY = st.tuples(st.sampled_from(["extractor", "person"]), st.one_of(st.none(), TEXT), st.one_of(st.none(), TEXT))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(PATHS), ENTRY), max_size=8, unique_by=lambda pair: pair[0]),
       st.sampled_from(["new", "update"]))
def test_a_round_trip_of_any_provenance_is_the_identity(repository: Repository, backend: str,
                                                         drawn: list[tuple[str, Any]], how: str) -> None:
    entries = []
    for path, (by, sentence, article) in drawn:
        entry: dict[str, Any] = {"path": path, "by": by}
        if sentence:  # an article names where its sentence is from: never alone (`provenance.check`)
            entry |= {"sentence": sentence, **({"article": article} if article else {})}
        entries.append(entry)
    record = make_record(provenance=entries)
    if how == "new":
        repository.delete([ID])
        repository.upsert_many([record])
    else:
        repository.upsert_many([make_record()], on_duplicate="update")
        repository.update(ID, lambda stored: {**stored, "provenance": copy.deepcopy(entries)})
    assert present(repository.get(ID))["provenance"] == entries
    body = STORED[backend](repository, ID)
    for key, table in (("sentence", "sentences"), ("article", "articles")):
        written = [entry[key] for entry in entries if key in entry]
        assert sorted(body.get(table, [])) == sorted(set(written))  # each once
    _said_once(body, [])
