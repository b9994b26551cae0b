"""The word index (`store.sqlindex.words`) answers free text as a full scan does: built, changed in place, or added to
a file an older version wrote (`store.sqlindex.wordfill`).

Fragments are drawn to hit every path: parts of one word (three letters or
more: the word index; one or two: the gram bitmaps), pieces across a word
boundary (a space, punctuation: the trigram index), digits, text as written
(capitals and diacritics, folded by the search) and any characters. Each
search is checked against `Matcher` over the records the store serves. Not
timed (scripts/bench_index.py).
"""

from __future__ import annotations

import random
import re
import sqlite3
from array import array
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.matching import keys_of, record_text
from store.query import Clause, Filter
from store.sqlindex import SqlIndex, wordfill
from store.sqlindex import paged as matching
from store.sqlindex import text as texting
from store.sqlindex.matches import places
from store.sqlindex.paged import Matches
from store.sqlindex.words import BLOCK_BYTES, TOKEN, WORDS, Tables, decode, encode, words_of
from store.tinydb_repository import TinyDBRepository
from tests.sqlindex_reference import RECORDS, SEEDS, Reference, newest
from tests.synthetic import generate, write_store
from tests.test_index_vs_scan import _odd_records
from tests.test_sqlindex import FRAGMENT_CHARS

WORD = re.compile(r"[a-z0-9]+")
SHORT_FORMS = ["tthc", "UBND", "hđnd", "dvc", "tp", "TP.HCM", "tp hcm", "cds", "Thủ tục hành chính", "ubnd tp",
               "dich vu cong truc", "uy ban nhan"]
"""Abbreviations a search expands to phrases (kept as words of their own, `abbreviation_phrases`), and pieces."""


@pytest.fixture(scope="module", params=SEEDS)
def built(request, tmp_path_factory) -> tuple[SqlIndex, list[dict[str, Any]]]:
    records = generate(RECORDS, seed=request.param) + _odd_records(request.param)
    index = SqlIndex(tmp_path_factory.mktemp(f"words{request.param}") / "i.sqlite3", lambda: "t1", lambda: records)
    index.build()
    return index, records


def fragment(data: st.DataObject, records: list[dict[str, Any]]) -> str:
    """One free-text fragment of a kind chosen at random (see the module's docstring)."""
    record = data.draw(st.sampled_from(records))
    folded = keys_of(record).text
    kind = data.draw(st.sampled_from(["inside", "across", "digits", "written", "short form", "any"]))
    if kind == "short form":
        return data.draw(st.sampled_from(SHORT_FORMS))
    if kind == "inside":
        word = data.draw(st.sampled_from(WORD.findall(folded) or ["x"]))
        start = data.draw(st.integers(0, len(word) - 1))
        return word[start:start + data.draw(st.integers(1, len(word) - start))]
    if kind == "across":
        breaks = [at for at, ch in enumerate(folded) if not ch.isalnum()] or [0]
        at = data.draw(st.sampled_from(breaks))
        return folded[max(0, at - data.draw(st.integers(0, 6))):at + data.draw(st.integers(1, 6))]
    if kind == "digits":
        return data.draw(st.text("0123456789", min_size=1, max_size=5))
    if kind == "written":
        text = record_text(record)
        start = data.draw(st.integers(0, max(0, len(text) - 1)))
        return text[start:start + data.draw(st.integers(1, 8))]
    return data.draw(st.text(FRAGMENT_CHARS, min_size=1, max_size=8))


def expected_ids(records: list[dict[str, Any]], query: Filter) -> list[str]:
    reference = Reference(query)
    return [r["id"] for r in newest(records) if reference.matches(keys_of(r))]


def text_query(data: st.DataObject, records: list[dict[str, Any]]) -> Filter:
    terms = [fragment(data, records) for _ in range(data.draw(st.integers(1, 2)))]
    return Filter(tuple(Clause("text", term) for term in terms if term.strip()))


@pytest.mark.slow  # many searches, each checked against a full scan
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fragments_of_every_kind_agree_with_a_full_scan(built, data) -> None:
    """With a phrase's candidates looked in, or left to the trigram index (no candidates looked in)."""
    index, records = built
    query = text_query(data, records)
    verify = texting.VERIFY
    texting.VERIFY = data.draw(st.sampled_from([verify, 0]))
    index._flags.clear()
    try:
        found = [r["id"] for r in index.search(query, facets=False).records]
    finally:
        texting.VERIFY = verify
    assert found == expected_ids(records, query), query.render()


def test_a_fragment_of_letters_and_digits_is_answered_by_the_words(built, monkeypatch) -> None:
    """Not by the trigram index: a word, part of one, digits, an abbreviation's long form, a phrase with few
    candidates; a phrase with more candidates than are looked in still is."""
    index, records = built
    asked: list[str] = []

    def matched(db: sqlite3.Connection, match: str, size: int) -> int:
        asked.append(match)
        return 0

    monkeypatch.setattr(texting, "matched", matched)
    monkeypatch.setattr(texting, "VERIFY", 10_000)  # every candidate of a phrase looked in
    index._flags.clear()
    for text in ("chinh", "inh", "uyen", "2024", "0123456789", "tthc", "UBND", "dvc", "tp.hcm", "Thành phố",
                 "h q", "xa, "):
        index.search(Filter((Clause("text", text),)), facets=False)
    assert asked == []
    monkeypatch.setattr(texting, "VERIFY", 0)
    index._flags.clear()
    index.search(Filter((Clause("text", "xa, "),)), facets=False)  # "h q" is exact from the pairs (`pairs`)
    assert asked == ['"xa,"']


@given(st.sets(st.integers(0, 8 * BLOCK_BYTES - 1), max_size=600))
def test_a_row_is_its_bitmap_whether_kept_whole_or_as_offsets(offsets: set[int]) -> None:
    bits = sum(1 << at for at in offsets)
    row = encode(bits.to_bytes(BLOCK_BYTES, "little"))
    assert decode(row) == bits
    assert (len(row) == BLOCK_BYTES) == (len(offsets) >= BLOCK_BYTES // 2)


# -- writes ----------------------------------------------------------------------
def say(words: str):
    def change(record: dict[str, Any]) -> dict[str, Any]:
        record["summary"] = words
        return record
    return change


NEW_WORDS = ["Wombat", "wombat7", "QZX", "Đặng", "thiêu", "9981", "chinh-quyen", "a.b", "UBND", "Thủ tục hành chính",
             "TP.HCM", "thành phố"]


def write_at_random(repository: TinyDBRepository, rng: random.Random, serial: list[int]) -> None:
    """An update with new and old words, a delete or an added record."""
    ids = [r["id"] for r in repository.store.records()]
    what = rng.choice(["update", "update", "delete", "add"])
    if what == "update":
        repository.update(rng.choice(ids), say(" ".join(rng.sample(NEW_WORDS, 3))))
    elif what == "delete" and len(ids) > 5:
        repository.delete([rng.choice(ids)])
    else:
        serial[0] += 1
        repository.upsert_many(generate(1, seed=serial[0], start=8000 + serial[0]))


@pytest.mark.slow  # writes, each followed by searches checked against a full scan
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_writes_after_the_build_keep_the_words_exact(tmp_path_factory, data) -> None:
    folder = tmp_path_factory.mktemp("w")
    write_store(folder / "s.json", generate(40, seed=data.draw(st.integers(1, 50))))
    repository = TinyDBRepository(folder / "s.json")
    repository.search(Filter())
    rng, serial = random.Random(data.draw(st.integers(0, 1000))), [0]
    for _ in range(data.draw(st.integers(1, 4))):
        write_at_random(repository, rng, serial)
        assert repository.index.fresh()
        records = repository.store.records()
        for _ in range(3):
            query = text_query(data, records)
            assert [r["id"] for r in repository.search(query, facets=False).records] == \
                expected_ids(records, query), query.render()
    for text in ("wombat", "ombat7", "dang", "9981", "qzx", "tthc", "ubnd", "tp"):
        query = Filter((Clause("text", text),))
        assert repository.search(query, facets=False).total == len(expected_ids(repository.store.records(), query))


# -- a file an older version wrote ---------------------------------------------------------
def word_records(path: Path, tables: Tables = WORDS) -> dict[str, set[str]]:
    """Each word (or pair, with `pairs.PAIRS`) → the ids of the records its tables say hold it (none kept for one
    no record has)."""
    db = sqlite3.connect(path)
    ids = dict(db.execute("SELECT n, id FROM rec"))
    found: dict[str, set[str]] = {}
    for word, block, row in db.execute(f"SELECT word, block, bits FROM {tables.names} JOIN {tables.posts} USING (w)"):
        bits = decode(row)
        found.setdefault(word, set()).update(
            ids[block * 8 * BLOCK_BYTES + at] for at in range(8 * BLOCK_BYTES) if bits >> at & 1)
    db.close()
    return {word: holders for word, holders in found.items() if holders}


def as_older_version(path: Path) -> None:
    """What schema 9 wrote: the same file without the word tables."""
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE word; DROP TABLE wpost; UPDATE meta SET value = '9' WHERE key = 'schema';"
                     "DELETE FROM meta WHERE key = 'words';")
    db.close()


def test_an_older_file_is_given_its_words_in_steps_while_it_is_written(tmp_path: Path, monkeypatch) -> None:
    """Not rebuilt: its tables are added and filled a few records at a time; writes meanwhile change the part
    covered so far, and every search is exact throughout (through the trigram index until the last step)."""
    monkeypatch.setattr(wordfill, "STEP", 16)
    write_store(tmp_path / "s.json", generate(60, seed=8))
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())
    index = repository.index
    built_inode = index.path.stat().st_ino
    index.close()
    as_older_version(index.path)
    queries = [Filter((Clause("text", text),)) for text in ("chinh", "uyen", "wombat", "ombat", "9981", "qzx", "a",
                                                              "tthc", "ubnd", "uy ban", "tp")]

    def agrees() -> None:
        records = repository.store.records()
        for query in queries:
            assert [r["id"] for r in repository.search(query, facets=False).records] == \
                expected_ids(records, query), query.render()

    assert index.fresh()  # upgraded in place, not stale
    agrees()
    with index._locked() as db:
        assert wordfill.covered(db) == 0 and index._words(db) is None
    assert wordfill.fill(index._locked, lambda: index._packer_of(index._connection()))
    ordered = [r["id"] for r in repository.search(Filter(), sort="date").records]
    with index._locked() as db:
        numbers = dict(db.execute("SELECT id, n FROM rec"))
        assert wordfill.covered(db) == 16
    early = [rid for rid in ordered if numbers[rid] < 16]
    late = [rid for rid in ordered if numbers[rid] >= 16]
    repository.update(early[0], say("Wombat 9981 thủ tục hành chính"))
    repository.update(late[0], say("wombat QZX UBND"))
    repository.delete([early[1], late[1]])
    repository.upsert_many(generate(1, seed=3, start=7000))
    agrees()
    index.fill_words()
    with index._locked() as db:
        assert wordfill.covered(db) == wordfill.ALL and index._words(db) is not None
    agrees()
    assert index.path.stat().st_ino == built_inode  # never rebuilt
    filled = word_records(index.path)
    repository.index.build()
    assert filled == word_records(index.path)


# -- matches made as far as they are read ----------------------------------------------------
@given(st.permutations(list(range(1, 300))), st.data())
def test_matches_read_in_part_are_those_of_the_whole_walk(order: list[int], data) -> None:
    """Many matches (walked a chunk at a time) or few (sorted by rank): any window, then the whole, is what
    filtering the whole order gives."""
    chosen = data.draw(st.sets(st.sampled_from(order)))
    flags = bytes(1 if n in chosen else 0 for n in range(301))
    ordered = array("q", order)
    expected = [n for n in order if n in chosen]
    matches = Matches(ordered, flags, lambda: places(ordered))
    start = data.draw(st.integers(0, 310))
    stop = data.draw(st.none() | st.integers(0, 320))
    first, vectorised = matching.FIRST_CHUNK, matching.VECTORISED
    matching.FIRST_CHUNK = data.draw(st.sampled_from([first, 1, 7]))  # walks of a few places, in steps
    matching.VECTORISED = data.draw(st.sampled_from([vectorised, 1, 50]))  # the rest picked by numpy, or not
    try:
        assert len(matches) == len(expected)
        assert list(matches[start:stop]) == expected[start:stop]
        assert list(matches[start + 5:stop]) == expected[start + 5:stop]
        assert list(matches.whole()) == expected
    finally:
        matching.FIRST_CHUNK, matching.VECTORISED = first, vectorised


def test_the_read_ahead_fills_an_older_file_in_a_thread_of_its_own(tmp_path: Path) -> None:
    write_store(tmp_path / "s.json", generate(30, seed=9))
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())
    index = repository.index
    index.close()
    as_older_version(index.path)
    index.prepare()  # returns at once: the filling goes on in its thread
    assert index._filler is not None
    index._filler.join(timeout=120)
    with index._locked() as db:
        assert wordfill.covered(db) == wordfill.ALL
    query = Filter((Clause("text", "uyen"),))
    assert [r["id"] for r in repository.search(query, facets=False).records] == \
        expected_ids(repository.store.records(), query)


@given(st.text(FRAGMENT_CHARS + "zZöß\u00a0\t;:_", max_size=40))
def test_the_words_of_a_text_are_its_runs_of_letters_and_digits(text: str) -> None:
    """Split at C speed for an ASCII text; the same runs the pattern finds, whatever the text."""
    assert words_of(text) == set(TOKEN.findall(text))


def test_the_rest_of_many_matches_is_picked_by_numpy_alike(monkeypatch) -> None:
    """Every match wanted with many places of the order left: numpy picks the rest, as the walk does."""
    order = list(range(1, 300))
    random.Random(5).shuffle(order)
    flags = bytes(n % 3 != 0 for n in range(301))
    expected = [n for n in order if flags[n]]
    for vectorised in (1, 100, 10**9):
        monkeypatch.setattr(matching, "VECTORISED", vectorised)
        for window in (0, 10, 150):
            ordered = array("q", order)

            def placed(ordered: array[int] = ordered) -> array[int]:
                return places(ordered)

            matches = Matches(ordered, flags, placed)
            assert list(matches[:window]) == expected[:window]
            assert list(matches.whole()) == expected
