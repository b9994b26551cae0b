"""The pair index (`store.sqlindex.pairs`) answers phrases as a full scan does: built, changed in place, or added to a
file an older version wrote (`store.sqlindex.wordfill`), and a phrase of two words without reading a text.

Phrases are drawn from the records' own folded texts (two to four words,
the first and last cut anywhere, a separator kept or not at either end,
across punctuation, digits, a newline), from the text as written
(capitals, diacritics), or changed so that it is in no record (a word
swapped, a separator changed). Each search is checked against `Matcher`
over the records, with a phrase's candidates looked in, all left to the
trigram index, or none. Not timed (the module's docstring says what it
saves; scripts/bench_terminal.py measures it).
"""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from store.matching import keys_of, record_text
from store.query import Clause, Filter
from store.sqlindex import SqlIndex, wordfill
from store.sqlindex import matches as sqlmatches
from store.sqlindex import text as texting
from store.sqlindex.pairs import PAIRS, fragments, pairs_of
from store.sqlindex.schema import WORD_TABLES
from store.sqlindex.vocabulary import Vocabulary
from store.sqlindex.words import BLOCK_BYTES, Tables, bitmap, encode
from store.taxonomy import taxonomy
from store.tinydb_repository import TinyDBRepository
from tests.sqlindex_reference import RECORDS, SEEDS, Reference, newest, scan_facets
from tests.synthetic import generate, write_store
from tests.test_index_vs_scan import _odd_records, _random_filters
from tests.test_sqlindex import FRAGMENT_CHARS
from tests.test_sqlindex_words import expected_ids, say, word_records, write_at_random

RUN = re.compile(r"[a-z0-9]+|[^a-z0-9]+")


@pytest.fixture(scope="module", params=SEEDS)
def built(request, tmp_path_factory) -> tuple[SqlIndex, list[dict[str, Any]]]:
    records = generate(RECORDS, seed=request.param) + _odd_records(request.param) + [_newlines(request.param)]
    index = SqlIndex(tmp_path_factory.mktemp(f"pairs{request.param}") / "i.sqlite3", lambda: "t1", lambda: records)
    index.build()
    return index, records


def _newlines(seed: int) -> dict[str, Any]:
    """A record whose text has words parted by a newline (kept by the folding: no pair is kept across it)."""
    record = dict(generate(1, seed=seed + 200, start=950_000)[0])
    record["summary"] = "Chính quyền\nxã mới, họp\n\ndân cư: 12/7 - khu\tphố 3"
    return record


def phrase(data: st.DataObject, records: list[dict[str, Any]]) -> str:
    """A phrase of the kind the module's docstring lists."""
    record = data.draw(st.sampled_from(records))
    kind = data.draw(st.sampled_from(["words", "words", "edges", "written", "changed", "any"]))
    if kind == "written":
        text = record_text(record)
        start = data.draw(st.integers(0, max(0, len(text) - 1)))
        return text[start:start + data.draw(st.integers(3, 24))]
    if kind == "any":
        return data.draw(st.text(FRAGMENT_CHARS + "\n", min_size=3, max_size=12))
    runs = RUN.findall(keys_of(record).text) or ["x"]
    words = [at for at, run in enumerate(runs) if run[0].isalnum()] or [0]
    first = data.draw(st.sampled_from(words))
    count = data.draw(st.integers(2, 4))
    picked = runs[first:first + 2 * count - 1]
    if kind == "edges":  # the separator before and after kept, or a word cut short
        picked = runs[max(0, first - 1):first + 2 * count]
    text = "".join(picked)
    start = data.draw(st.integers(0, max(0, len(picked[0]) - 1)))
    end = len(text) - data.draw(st.integers(0, max(0, len(picked[-1]) - 1)))
    text = text[start:end] if end > start else text
    if kind == "changed":
        other = data.draw(st.sampled_from(["xa", "chinh", "7", ", ", " - ", "  ", "\n"]))
        parts = RUN.findall(text) or [text]
        parts[data.draw(st.integers(0, len(parts) - 1))] = other
        text = "".join(parts)
    return text


@pytest.mark.slow  # many searches, each checked against a full scan
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_phrases_agree_with_a_full_scan(built, data) -> None:
    index, records = built
    terms = [phrase(data, records) for _ in range(data.draw(st.integers(1, 2)))]
    query = Filter(tuple(Clause("text", term) for term in terms if term.strip()))
    verify = texting.VERIFY
    texting.VERIFY = data.draw(st.sampled_from([verify, 0, 10**6]))
    index._flags.clear()
    try:
        found = [r["id"] for r in index.search(query, facets=False).records]
    finally:
        texting.VERIFY = verify
    assert found == expected_ids(records, query), query.render()


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_phrase_of_two_words_reads_no_text_and_no_trigram(built, data, monkeypatch) -> None:
    """Exact from the pairs alone: neither the trigram index nor a record's text is asked."""
    index, records = built
    runs = RUN.findall(keys_of(data.draw(st.sampled_from(records))).text)
    at = data.draw(st.sampled_from([i for i in range(len(runs) - 2) if runs[i][0].isalnum()] or [0]))
    text = "".join(runs[at:at + 3])
    text = text[data.draw(st.integers(0, len(runs[at]) - 1)):]
    text = text[:len(text) - data.draw(st.integers(0, len(runs[at + 2]) - 1))] if at + 2 < len(runs) else text
    shapes = [fragments(spelling) for spelling in taxonomy().text_variants(text)]  # "ubnd tinh": a longer one too
    assume(all(shape is not None and shape[1] for shape in shapes))  # two words, nothing outside them
    query = Filter((Clause("text", text),))
    monkeypatch.setattr(texting, "matched", lambda *_: pytest.fail("the trigram index was asked"))
    monkeypatch.setattr(texting, "_texts", lambda *_: pytest.fail("a text was read"))
    index._flags.clear()
    assert [r["id"] for r in index.search(query, facets=False).records] == expected_ids(records, query), text


def test_fragments_are_anchored_where_a_word_is_whole() -> None:
    assert fragments("chinh quyen") == (["chinh quyen"], True)
    assert fragments("nh, thu") == (["nh, thu"], True)
    assert fragments("nh, thu t") == (["nh, thu\n", "\nthu t"], False)
    assert fragments("cong truc tuyen") == (["cong truc\n", "\ntruc tuyen"], False)
    assert fragments("a b c d") == (["a b\n", "\nb c\n", "\nc d"], False)
    assert fragments(", xa moi.") == (["\nxa moi\n"], False)
    assert fragments("chinh") is None
    assert fragments(" chinh,") is None
    assert fragments("xa\nmoi") is None
    assert fragments("") is None


@given(st.text(FRAGMENT_CHARS + "zö\u00a0\t\n;:_", max_size=40))
def test_the_pairs_of_a_text_are_its_adjacent_words_with_their_separator(text: str) -> None:
    runs = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", text)]
    expected = {text[a:d] for (a, b), (c, d) in zip(runs, runs[1:], strict=False) if "\n" not in text[b:c]}
    assert pairs_of(text) == expected


# -- writes ----------------------------------------------------------------------
@pytest.mark.slow  # writes, each followed by searches checked against a full scan
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_writes_after_the_build_keep_the_pairs_exact(tmp_path_factory, data) -> None:
    folder = tmp_path_factory.mktemp("p")
    write_store(folder / "s.json", generate(40, seed=data.draw(st.integers(1, 50))))
    repository = TinyDBRepository(folder / "s.json")
    repository.search(Filter())
    rng, serial = random.Random(data.draw(st.integers(0, 1000))), [0]
    for _ in range(data.draw(st.integers(1, 4))):
        write_at_random(repository, rng, serial)
        records = repository.store.records()
        for _ in range(3):
            query = Filter((Clause("text", phrase(data, records)),))
            if query.clauses[0].value.strip():
                assert [r["id"] for r in repository.search(query, facets=False).records] == \
                    expected_ids(records, query), query.render()
    records = repository.store.records()
    for text in ("chinh-quyen", "wombat wombat7", "thủ tục hành", "tp.hcm", "a.b"):
        query = Filter((Clause("text", text),))
        assert repository.search(query, facets=False).total == len(expected_ids(records, query)), text


# -- a file an older version wrote ---------------------------------------------------------
def as_schema_11(path: Path) -> None:
    """What schema 11 wrote: the same file without the pair tables."""
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE pair; DROP TABLE ppost; UPDATE meta SET value = '11' WHERE key = 'schema';"
                     "DELETE FROM meta WHERE key = 'pairs';")
    db.close()


def test_a_file_of_schema_11_is_given_its_pairs_in_steps_while_it_is_written(tmp_path: Path, monkeypatch) -> None:
    """Not rebuilt: the pair tables are added and filled from the records the file keeps, a few at a time;
    writes meanwhile change the part covered so far; every search is exact throughout; the result is what a
    build makes."""
    monkeypatch.setattr(wordfill, "STEP", 16)
    write_store(tmp_path / "s.json", generate(60, seed=8))
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())
    index = repository.index
    built_inode = index.path.stat().st_ino
    index.close()
    as_schema_11(index.path)
    texts = ("chinh quyen", "hanh chinh, thu", "cong truc tuyen", "wombat 9981", "h q", "uy ban nhan", "a.b")
    queries = [Filter((Clause("text", text),)) for text in texts]

    def agrees() -> None:
        records = repository.store.records()
        for query in queries:
            assert [r["id"] for r in repository.search(query, facets=False).records] == \
                expected_ids(records, query), query.render()

    assert index.fresh()  # upgraded in place, not stale
    with index._locked() as db:
        assert wordfill.covered(db, "pairs") == 0 and wordfill.covered(db) == wordfill.ALL
        assert index._words(db, PAIRS) is None
    agrees()
    assert wordfill.fill(index._locked, lambda: index._packer_of(index._connection()), "pairs")
    ordered = [r["id"] for r in repository.search(Filter(), sort="date").records]
    with index._locked() as db:
        numbers = dict(db.execute("SELECT id, n FROM rec"))
        assert wordfill.covered(db, "pairs") == 16
    early = [rid for rid in ordered if numbers[rid] < 16]
    late = [rid for rid in ordered if numbers[rid] >= 16]
    repository.update(early[0], say("Wombat 9981 chính quyền"))
    repository.update(late[0], say("a.b wombat 9981"))
    repository.delete([early[1], late[1]])
    repository.upsert_many(generate(1, seed=3, start=7000))
    agrees()
    index.fill_words()
    with index._locked() as db:
        assert wordfill.covered(db, "pairs") == wordfill.ALL and index._words(db, PAIRS) is not None
    agrees()
    assert index.path.stat().st_ino == built_inode  # never rebuilt
    filled = word_records(index.path, PAIRS)
    repository.index.build()
    assert filled == word_records(index.path, PAIRS)


def test_a_file_of_schema_9_gets_its_words_then_its_pairs(tmp_path: Path) -> None:
    write_store(tmp_path / "s.json", generate(30, seed=9))
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())
    index = repository.index
    index.close()
    db = sqlite3.connect(index.path)
    db.executescript("DROP TABLE word; DROP TABLE wpost; DROP TABLE pair; DROP TABLE ppost;"
                     "UPDATE meta SET value = '9' WHERE key = 'schema';"
                     "DELETE FROM meta WHERE key IN ('words', 'pairs');")
    db.close()
    index.prepare()  # the filling goes on in its thread
    assert index._filler is not None
    index._filler.join(timeout=120)
    with index._locked() as db:
        assert wordfill.covered(db) == wordfill.covered(db, "pairs") == wordfill.ALL
    query = Filter((Clause("text", "chinh quyen"),))
    assert [r["id"] for r in repository.search(query, facets=False).records] == \
        expected_ids(repository.store.records(), query)



@given(st.lists(st.sets(st.integers(0, 8 * BLOCK_BYTES - 1), max_size=400), min_size=1, max_size=6),
       st.integers(1, 3))
def test_the_bitmap_of_many_rows_is_the_or_of_each(rows: list[set[int]], blocks: int) -> None:
    """Rows kept whole or as offsets, repeated offsets across rows, few or many (set by numpy): their OR."""
    db = sqlite3.connect(":memory:")
    db.executescript(WORD_TABLES)
    expected = 0
    for w, offsets in enumerate(rows):
        block = w % blocks
        bits = sum(1 << at for at in offsets)
        db.execute("INSERT INTO wpost(w, block, bits) VALUES (?, ?, ?)",
                   (w, block, encode(bits.to_bytes(BLOCK_BYTES, "little"))))
        expected |= bits << (8 * BLOCK_BYTES * block)
    assert bitmap(db, list(range(len(rows))), blocks) == expected


# -- term lists read as one string, picked by numpy ------------------------------------------
@pytest.mark.slow  # random filters, each checked against a full scan
def test_term_lists_read_at_once_and_picked_by_numpy_agree_with_a_full_scan(built, monkeypatch) -> None:
    """Every term list (`matches.posted`), its order (`in_order`) and its free-text flags (`flagged`) through numpy,
    as a store of a million records has them: the records, the order and the facets of a full scan."""
    index, records = built
    monkeypatch.setattr(sqlmatches, "VECTORISED", 1)
    ordered = newest(records)
    keys = [keys_of(record) for record in ordered]
    rng = random.Random(len(records))
    queries = [Filter.parse('topic:tthc "chinh quyen"'), Filter.parse("topic:cchc topic:tthc kind:giam"),
               *_random_filters(rng, records, 40)]
    for query in queries:
        index._last = None
        reference = Reference(query)
        expected = [r["id"] for r, k in zip(ordered, keys, strict=True) if reference.matches(k)]
        for sort in ("date", "locality"):
            page = index.search(query, sort=sort)
            if sort == "date":
                assert [r["id"] for r in page.records] == expected, query.render()
            assert sorted(r["id"] for r in page.records) == sorted(expected), query.render()
            assert page.facets == scan_facets(ordered, keys, query), query.render()


def test_the_read_ahead_goes_on_after_a_search_that_began_meanwhile(tmp_path: Path, monkeypatch) -> None:
    """A search whose interrupt stops a step of the read-ahead goes first; the read-ahead takes that step again
    and ends with the pairs read (`readahead`); the first phrase is exact either way."""
    write_store(tmp_path / "s.json", generate(30, seed=5))
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())
    index = repository.index
    index._forget(replaced=True)
    words = index._words
    stopped: list[bool] = []

    def stopped_once(db: sqlite3.Connection, tables: Tables | None = None) -> Vocabulary | None:
        if tables is PAIRS and not stopped:
            stopped.append(True)
            index.interrupt()  # what a key does; its statement then stops this one
            raise sqlite3.OperationalError("interrupted")
        return words(db) if tables is None else words(db, tables)

    monkeypatch.setattr(index, "_words", stopped_once)
    index.prepare()
    assert stopped and PAIRS in index._vocabulary
    query = Filter((Clause("text", "chinh quyen"),))
    assert [r["id"] for r in repository.search(query, facets=False).records] == \
        expected_ids(repository.store.records(), query)
