"""Property: after any sequence of writes, compactions and recoveries, a store file cut short is recovered to exactly
the writes that were acknowledged (the oracle: a dict of them, id → summary).

The writes are small imports, edits and deletes, and edits that compact (the
journal too big for them); a large import streamed straight into a new store
file is the one write `recover` cannot rebuild, and says so
(tests/test_recover_chain.py).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from store import compaction
from store.store import SurveyStore
from tests.factories import make_record
from tests.recovery_helpers import damage

IDS = st.integers(0, 5)
WORDS = st.text(alphabet="abcđơ ", min_size=1, max_size=6)
OPERATIONS = st.lists(st.one_of(
    st.tuples(st.just("put"), IDS, WORDS),
    st.tuples(st.just("edit"), IDS, WORDS),
    st.tuples(st.just("edit that compacts"), IDS, WORDS),
    st.tuples(st.just("delete"), IDS, st.just("")),
    st.tuples(st.just("compact"), st.just(0), st.just("")),
    st.tuples(st.just("damage and recover"), st.just(0), st.just("")),
), max_size=12)


def _record(number: int, summary: str) -> dict[str, Any]:
    return make_record(id=f"p{number}", date=f"2025-01-{number + 1:02d}", body=f"Đoàn {number}",
                       summary=f"Tóm tắt {summary}")


@contextlib.contextmanager
def _journal_full() -> Iterator[None]:
    """Every write finds the journal too big, so it compacts (after putting itself in the journal)."""
    floor, share = compaction.COMPACT_FLOOR, compaction.COMPACT_SHARE
    compaction.COMPACT_FLOOR, compaction.COMPACT_SHARE = 0, 1 << 40
    try:
        yield
    finally:
        compaction.COMPACT_FLOOR, compaction.COMPACT_SHARE = floor, share


def _apply(path: Path, operation: tuple[str, int, str], oracle: dict[str, str]) -> None:
    kind, number, words = operation
    key, store = f"p{number}", SurveyStore(path)
    if kind == "put":
        store.upsert_many([_record(number, words)], on_duplicate="update")
        oracle[key] = f"Tóm tắt {words}"
    elif kind.startswith("edit") and key in oracle:
        with _journal_full() if kind == "edit that compacts" else contextlib.nullcontext():
            store.update(key, lambda record: {**record, "summary": f"Sửa {words}"})
        oracle[key] = f"Sửa {words}"
    elif kind == "delete" and key in oracle:
        store.delete([key])
        del oracle[key]
    elif kind == "compact":
        store.compact()
    elif kind == "damage and recover":
        damage(path)
        store.recover_from_backup()


@settings(max_examples=40)
@given(operations=OPERATIONS)
def test_recover_gives_back_exactly_the_acknowledged_writes(operations: list[tuple[str, int, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        SurveyStore(path).create()
        oracle: dict[str, str] = {}
        for operation in operations:
            _apply(path, operation, oracle)
        damage(path)
        SurveyStore(path).recover_from_backup()
        assert {record["id"]: record["summary"] for record in SurveyStore(path).records()} == oracle
