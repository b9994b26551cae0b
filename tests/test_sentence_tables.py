"""A record's source sentences stored once (`store.sentence_tables`), and every file path that reads or writes them.

The contract suite (`tests/contract/test_sentences_once.py`) holds the backends to it through the repository; here
the packing itself (any record: the identity, never a change to what it is given, an older record untouched), and
the file store's paths past the repository: the journal's lines of either form replayed, `compact` packing an older
store file, the index builder's own reading of the file, an import of the stored form, the JSON export expanded.
"""

from __future__ import annotations

import copy
import zlib
from pathlib import Path
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from store import journal, sentence_tables
from store.export import to_json
from store.importing import import_paths
from store.sqlindex.source import stream_records
from store.store import SurveyStore
from store.validation import validate
from tests.contract import test_sentences_once as ONCE
from tests.factories import make_record

ENTRIES = [ONCE.ENTRIES[at] for at in (0, 2, 4, 6)]
"""The date and the body read from the lead, a figure from another sentence, an item a person added (no sentence)."""
RECORD = make_record(provenance=ENTRIES)
LEAD, FIGURES = ONCE.LEAD, ONCE.FIGURES
PACKED = {**make_record(provenance=[{**ENTRIES[0], "sentence": 0, "article": 0},
                                    {**ENTRIES[1], "sentence": 0, "article": 0},
                                    {**ENTRIES[2], "sentence": 1, "article": 0}, ENTRIES[3]]),
          "sentences": [LEAD, FIGURES], "articles": [ONCE.ARTICLE]}


def test_pack_keeps_each_sentence_once_and_unpack_gives_the_entries_back() -> None:
    given_record = copy.deepcopy(RECORD)
    assert sentence_tables.pack(given_record) == PACKED
    assert given_record == RECORD  # never changed in place: a caller may hold it
    assert sentence_tables.unpack(PACKED) == RECORD
    assert sentence_tables.pack(PACKED) is PACKED  # packed already
    assert sentence_tables.unpack(RECORD) is RECORD  # the older form reads as it is
    assert sentence_tables.pack_json(orjson.dumps(RECORD)) == orjson.dumps(PACKED)
    bare = orjson.dumps(make_record())
    assert sentence_tables.pack_json(bare) is bare


def test_an_index_that_names_nothing_is_reported_not_guessed() -> None:
    broken = {**PACKED, "sentences": [LEAD]}  # figures[0]'s sentence 1 is gone
    read = sentence_tables.unpack(broken)
    assert read["provenance"][2]["sentence"] == 1
    assert "provenance[2].sentence" in {problem.path for problem in validate(read)}
    assert validate(RECORD) == [] and validate(sentence_tables.unpack(PACKED)) == []
    mixed = {**read, "provenance": [*read["provenance"][:2], {"path": "figures[0]", "by": "person", "sentence": 1}]}
    assert "sentence" not in sentence_tables.pack(mixed)["provenance"][2]  # it named nothing: not another's


TEXT = st.text(alphabet="aăđơư \"\\[]0123456789\n\x1b", min_size=1, max_size=30)
ENTRY = st.fixed_dictionaries(
    {"path": st.sampled_from(["date", "body", "figures[0]", "leader"]), "by": st.sampled_from(["extractor", "person"])},
    optional={"sentence": TEXT, "article": TEXT, "rule": TEXT})
RECORDS = st.fixed_dictionaries({"id": st.just("x")}, optional={
    "provenance": st.one_of(st.lists(st.one_of(ENTRY, st.integers(0, 9), st.none())), st.none(), TEXT)})


@settings(max_examples=300, deadline=None)
@given(RECORDS)
def test_any_record_packs_and_unpacks_to_itself(record: dict[str, Any]) -> None:
    before = copy.deepcopy(record)
    packed = sentence_tables.pack(record)
    assert record == before
    assert sentence_tables.unpack(packed) == record
    assert sentence_tables.loads(orjson.dumps(packed)) == record  # in place, as every open reads them
    assert sentence_tables.pack(packed) == packed
    listed = record.get("provenance")
    entries = [entry for entry in listed if isinstance(entry, dict)] if isinstance(listed, list) else []
    for key, table in sentence_tables.TABLES:
        assert packed.get(table, []) == list(dict.fromkeys(e[key] for e in entries if key in e))  # each once


def _older_store(path: Path, records: list[dict[str, Any]], lines: list[dict[str, Any]]) -> None:
    """A store file and journal as a version before session 36 wrote them: sentences in every entry."""
    path.write_bytes(orjson.dumps({"_store": {"1": {"generation": "00aa"}},
                                   "surveys": {str(n): r for n, r in enumerate(records, start=1)}}))
    raw_lines = [{"generation": "00aa"}, *lines]
    journal.journal_path(path).write_bytes(b"".join(
        b"%08x " % zlib.crc32(orjson.dumps(line)) + orjson.dumps(line) + b"\n" for line in raw_lines))


def test_a_journal_of_either_form_is_replayed_and_compact_packs_every_record(tmp_path: Path) -> None:
    path = tmp_path / "kho.json"
    second = make_record(id="2025-10-03-hdnd-test-hai", date="2025-10-03", provenance=ENTRIES)
    _older_store(path, [RECORD], [{"at": "t", "put": {"2": second}, "del": {}}])
    store = SurveyStore(path)
    third = make_record(id="2025-10-04-hdnd-test-ba", date="2025-10-04", provenance=ENTRIES)
    store.upsert_many([third])  # a packed line after the older one
    lines = journal.journal_path(path).read_bytes().splitlines()
    assert orjson.loads(lines[-1][9:])["put"]["3"]["sentences"] == [LEAD, FIGURES]
    assert orjson.loads(lines[1][9:])["put"]["2"]["provenance"] == ENTRIES  # the older line as written
    assert [r["provenance"] for r in SurveyStore(path).records()] == [ENTRIES] * 3
    assert [r["provenance"] for r in stream_records(path)] == [ENTRIES] * 3  # the index builder's reading
    store.compact()
    table = orjson.loads(path.read_bytes())["surveys"]
    assert [body["sentences"] for body in table.values()] == [[LEAD, FIGURES]] * 3
    assert path.read_bytes().count(orjson.dumps(LEAD)) == 3  # once a record
    assert [r["provenance"] for r in SurveyStore(path).records()] == [ENTRIES] * 3
    assert [r["provenance"] for r in stream_records(path)] == [ENTRIES] * 3


def test_an_import_takes_the_stored_form_and_the_export_writes_the_entries(tmp_path: Path) -> None:
    given_file = tmp_path / "tu-kho.json"
    given_file.write_bytes(orjson.dumps([PACKED]))
    store = SurveyStore(tmp_path / "kho.json")
    assert import_paths(store, [given_file]).report.added == [RECORD["id"]]
    (stored,) = store.records()
    assert stored["provenance"] == ENTRIES and "sentences" not in stored
    exported = orjson.loads(to_json([stored]))
    assert exported[0]["provenance"] == ENTRIES and "sentences" not in exported[0]
    assert to_json([stored]).count(orjson.dumps(LEAD)) == 2  # expanded: readable by hand
