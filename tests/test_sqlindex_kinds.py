"""Body types kept in the index (`store.sqlindex.kinds`) are those `store.bodies.body_type` gives, however the file
came to hold them: made by a build, added by an in-place change, typed on first read of a file made before the
map was kept, or again after the rules changed. The browser's sidebar sums body counts with them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store import bodies
from store.bodies import bodies_by_type, body_type
from store.query import Filter
from store.sqlindex import kinds
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store


@pytest.fixture
def repository(tmp_path: Path) -> TinyDBRepository:
    records = generate(80, seed=5)
    records[0]["body"] = "Đoàn giám sát của HĐND TP Hải Phòng"
    records[1]["body"] = "Ban Pháp chế HĐND tỉnh Gia Lai"
    records[2]["body"] = "Ủy ban MTTQ Việt Nam xã Tân Hòa"
    write_store(tmp_path / "s.json", records)
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.index.ensure()
    return repository


def _stored(repository: TinyDBRepository) -> dict[str, str]:
    db = sqlite3.connect(repository.index.path)
    try:
        return kinds.stored(db)
    finally:
        db.close()


def _body_names(repository: TinyDBRepository) -> set[str]:
    return {body for body, _ in repository.search(Filter(), limit=0).facets["body"]}


def test_a_build_keeps_every_body_with_the_type_body_type_gives(repository: TinyDBRepository) -> None:
    names = _body_names(repository)
    kept = _stored(repository)
    assert set(kept) == names
    assert kept == {name: body_type(name) for name in names}
    assert {"hdnd-tinh", "ban-hdnd", "mttq"} <= set(kept.values())
    assert repository.index.body_kinds() == kept


def test_the_kept_types_sum_the_facet_as_typing_each_name_does(repository: TinyDBRepository) -> None:
    counts = repository.search(Filter.parse("year:2025"), limit=0).facets["body"]
    assert bodies_by_type(counts, repository.index.body_kinds()) == bodies_by_type(counts)


def test_a_body_an_in_place_change_brings_is_typed_when_read(repository: TinyDBRepository) -> None:
    extra = generate(1, seed=9, start=5000)[0]
    extra["body"] = "Đoàn ĐBQH tỉnh Quảng Trị"
    repository.upsert_many([extra])
    assert repository.index.fresh()
    assert repository.index.body_kinds()["Đoàn ĐBQH tỉnh Quảng Trị"] == "dbqh"
    assert _stored(repository)["Đoàn ĐBQH tỉnh Quảng Trị"] == "dbqh"  # saved for the next reader


def test_a_file_made_before_the_map_was_kept_is_typed_on_first_read(repository: TinyDBRepository) -> None:
    names = _body_names(repository)
    db = sqlite3.connect(repository.index.path)
    db.execute("DELETE FROM columns WHERE key = ?", (kinds.KEY,))
    db.commit()
    db.close()
    repository.index.close()
    assert _stored(repository) == {}
    assert repository.index.body_kinds() == {name: body_type(name) for name in names}
    assert set(_stored(repository)) == names
    assert repository.index.fresh()  # typed and kept, never rebuilt


def test_types_kept_under_other_rules_are_worked_out_again(repository: TinyDBRepository, monkeypatch) -> None:
    db = sqlite3.connect(repository.index.path)
    wrong = {name: "other" for name in _body_names(repository)}
    kinds.save(db, wrong)
    db.commit()
    db.close()
    assert repository.index.body_kinds() == wrong  # same rules version: trusted as kept
    monkeypatch.setattr(kinds, "RULES", bodies.RULES + "-next")
    assert repository.index.body_kinds() == {name: body_type(name) for name in wrong}


def test_a_read_only_index_types_in_memory(repository: TinyDBRepository) -> None:
    db = sqlite3.connect(repository.index.path)
    db.execute("DELETE FROM columns WHERE key = ?", (kinds.KEY,))
    db.commit()
    db.close()
    db = sqlite3.connect(f"file:{repository.index.path}?mode=ro", uri=True)
    try:
        assert kinds.body_kinds(db) == {name: body_type(name) for name in _body_names(repository)}
        assert kinds.stored(db) == {}
    finally:
        db.close()
