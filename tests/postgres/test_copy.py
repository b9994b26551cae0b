"""`surveys copy` both ways between a TinyDB file and PostgreSQL, verified by count and content."""

from __future__ import annotations

from pathlib import Path

import orjson

from cli.main import main
from store.backends import open_repository
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate
from tests.test_index_vs_scan import _odd_records


def _count(location: str) -> int:
    repository = open_repository(location)
    try:
        return repository.count()
    finally:
        repository.close()


def test_copy_file_to_postgres_and_back(tmp_path: Path, archive_url: str, capsys) -> None:
    records = generate(120, seed=12) + _odd_records(4)
    source = tmp_path / "office.json"
    TinyDBRepository(source).upsert_many(records)
    assert main(["copy", str(source), archive_url]) == 0
    assert "verified 123 records" in capsys.readouterr().err
    shared = open_repository(archive_url)
    assert shared.count() == len(records)
    by_id = {record["id"]: record for record in records}
    assert all(record == by_id[record["id"]] for record in shared.records())
    shared.close()

    back = tmp_path / "back.json"
    assert main(["copy", archive_url, str(back)]) == 0
    copied = TinyDBRepository(back)
    assert sorted(copied.records(), key=lambda r: r["id"]) == sorted(records, key=lambda r: r["id"])
    assert "surveys" in orjson.loads(back.read_bytes())  # a plain store file, in the file backend's format


def test_copy_refuses_a_destination_that_holds_records(tmp_path: Path, archive_url: str, capsys) -> None:
    source = tmp_path / "a.json"
    TinyDBRepository(source).upsert_many(generate(5, seed=1))
    assert main(["copy", str(source), archive_url]) == 0
    other = tmp_path / "b.json"
    TinyDBRepository(other).upsert_many(generate(3, seed=2))
    capsys.readouterr()
    assert main(["copy", str(other), archive_url]) == 1
    assert "already holds 5 records" in capsys.readouterr().err
    assert _count(archive_url) == 5


def test_a_copy_the_destination_refuses_writes_nothing(tmp_path: Path, archive_url: str) -> None:
    records = generate(4, seed=3)
    records[2]["summary"] = "có\u0000ký tự rỗng"
    source = tmp_path / "a.json"
    TinyDBRepository(source).upsert_many(records)
    assert main(["copy", str(source), archive_url]) == 1
    assert _count(archive_url) == 0


def test_init_creates_the_archive_and_says_so(archive_url: str, capsys) -> None:
    assert main(["init", archive_url, "--sample"]) == 0
    said = capsys.readouterr().err
    assert "(5 records)" in said and "postgresql://" in said
    assert _count(archive_url) == 5
