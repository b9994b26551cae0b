"""A second import of one file: a record repeating a visit the store already holds says "already in the store".

tryout9 imported a file twice; the second time t9-02 (the visit of t9-01, told by another outlet under its own id)
was "probable duplicate of t9-01, earlier in this import", true but not the news: t9-01 was stored already (skipped
itself as the same id). A repeat of a record added by this very import keeps "earlier in this import".
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.factories import make_record
from tests.test_import import db, run, write_jsonl  # noqa: F401 - db: the fixture

STORED = "probable duplicate of copy-one, already in the store (same date, localities and body)"
EARLIER = "probable duplicate of copy-one, earlier in this import (same date, localities and body)"


def _twice(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "twice.jsonl", [make_record(id="copy-one"), make_record(id="copy-two")])


def _skipped(capsys: pytest.CaptureFixture[str], db: Path, path: Path, *more: str) -> dict[str, str]:  # noqa: F811
    code, out, _ = run(capsys, "--db", str(db), "import", str(path), "--format", "json", *more)
    assert code == 0
    return {entry["id"]: entry["reason"] for entry in orjson.loads(out)["skipped"]}


def test_a_repeat_of_a_stored_visit_says_it_is_stored(tmp_path: Path, db: Path, capsys) -> None:  # noqa: F811
    path = _twice(tmp_path)
    assert _skipped(capsys, db, path) == {"copy-two": EARLIER}  # the first import: copy-one is added by it
    assert _skipped(capsys, db, path) == {"copy-one": "same id", "copy-two": STORED}
    assert _skipped(capsys, db, path, "--dry-run") == {"copy-one": "same id", "copy-two": STORED}


def test_updated_by_its_id_it_is_stored_too(tmp_path: Path, db: Path, capsys) -> None:  # noqa: F811
    path = _twice(tmp_path)
    _skipped(capsys, db, path)
    assert _skipped(capsys, db, path, "--on-duplicate", "update") == {"copy-two": STORED}


def test_the_stored_visit_under_a_third_id_is_named(tmp_path: Path, db: Path, capsys) -> None:  # noqa: F811
    """The store holds the visit as "first-told"; both records of the file repeat it: each names the stored one."""
    assert run(capsys, "--db", str(db), "import", str(write_jsonl(tmp_path / "f.jsonl",
                                                                   [make_record(id="first-told")])))[0] == 0
    said = _skipped(capsys, db, _twice(tmp_path))
    assert said["copy-one"].startswith("probable duplicate of first-told")
    assert said["copy-two"] == said["copy-one"]


def test_vietnamese_says_it_too(tmp_path: Path, db: Path, capsys) -> None:  # noqa: F811
    path = _twice(tmp_path)
    run(capsys, "--db", str(db), "import", str(path))
    code, out, _ = run(capsys, "--lang", "vi", "--db", str(db), "import", str(path))
    assert code == 0 and "có thể trùng với copy-one, đã có trong kho" in out
