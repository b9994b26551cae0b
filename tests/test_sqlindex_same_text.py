"""A write that leaves a visit's searchable text as it was (a status, a deadline, an addressee, a history entry)
changes the index's rows of that visit, not its text tables: the trigram bitmaps, words, pairs and the text table
are left alone (at 100,000 visits a status saved on a visit of 200 items rewrote some 3 MB of them and its
rollback journal: `scripts/bench_history.py`). What the index answers must be what a fresh build answers."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from store.followup import edit_item
from store.query import Filter
from store.sqlindex import build as building
from store.sqlindex.columns import DERIVED
from store.tinydb_repository import TinyDBRepository
from tests.synthetic import generate, write_store


@pytest.fixture
def repository(tmp_path: Path) -> TinyDBRepository:
    records = generate(40, seed=6)
    for record in records[:3]:
        record["recommendations"] = [{"text": "Bổ sung biên chế công chức địa chính", "to": "Sở Nội vụ"}]
    write_store(tmp_path / "s.json", records)
    repository = TinyDBRepository(tmp_path / "s.json")
    repository.search(Filter())  # the index built
    return repository


@pytest.fixture
def text_writes(monkeypatch) -> list[bool]:
    """Each time the text tables of a record are set or cleared in place (True: set)."""
    calls: list[bool] = []
    original = building.Writer._change

    def spy(self: Any, n: int, text: str, on: bool) -> None:
        calls.append(on)
        original(self, n, text, on)

    monkeypatch.setattr(building.Writer, "_change", spy)
    return calls


def _agrees_with_a_fresh_build(repository: TinyDBRepository) -> None:
    fresh = TinyDBRepository(repository.path)
    fresh.index.build()
    for text in ("", "status:done", 'to:"sở nội vụ"', 'to:"sở nội vụ" status:done', "biên chế", "bi", "ng",
                 "quokka"):
        query = Filter.parse(text)
        ours, theirs = repository.search(query), fresh.search(query)
        assert [r["id"] for r in ours.records] == [r["id"] for r in theirs.records], text
        assert ours.facets == theirs.facets, text


def test_a_status_saved_leaves_the_text_tables_alone(repository: TinyDBRepository, text_writes: list[bool]) -> None:
    target = repository.search(Filter.parse("biên chế")).records[0]["id"]
    repository.update(target, lambda record: edit_item(record, ("recommendations", 0), status="done"))
    assert text_writes == []
    assert repository.index.fresh()
    assert target in {r["id"] for r in repository.search(Filter.parse('to:"sở nội vụ" status:done')).records}
    assert target in {r["id"] for r in repository.search(Filter.parse("biên chế")).records}
    _agrees_with_a_fresh_build(repository)


def test_a_deadline_saved_leaves_them_alone_too(repository: TinyDBRepository, text_writes: list[bool]) -> None:
    target = repository.search(Filter.parse("biên chế")).records[1]["id"]
    repository.update(target, lambda record: edit_item(record, ("recommendations", 0), deadline="2020-01-31"))
    assert text_writes == []
    assert target in {r["id"] for r in repository.search(Filter.parse('to:"sở nội vụ" overdue')).records}
    _agrees_with_a_fresh_build(repository)


def test_an_addressee_is_searchable_text_so_it_is_written(repository: TinyDBRepository,
                                                          text_writes: list[bool]) -> None:
    """A look-alike: the addressee is free text too (`record_text`), so a new one changes the text rows."""
    target = repository.search(Filter.parse("biên chế")).records[1]["id"]
    repository.update(target, lambda record: edit_item(record, ("recommendations", 0), to="Bưu điện Wombat"))
    assert text_writes == [False, True]
    assert [r["id"] for r in repository.search(Filter.parse("wombat")).records] == [target]
    _agrees_with_a_fresh_build(repository)


def test_a_response_changes_the_text_and_is_found(repository: TinyDBRepository, text_writes: list[bool]) -> None:
    """A look-alike that must still write the text: a response is searchable text."""
    target = repository.search(Filter.parse("biên chế")).records[2]["id"]
    repository.update(target, lambda record: edit_item(record, ("recommendations", 0), status="done",
                                                       response=("2026-11-02", "Đã kiện toàn tổ Quokka")))
    assert text_writes == [False, True]  # cleared, then set with the response's words
    assert [r["id"] for r in repository.search(Filter.parse("quokka")).records] == [target]
    _agrees_with_a_fresh_build(repository)


def test_an_item_text_edited_is_found_by_its_new_words_only(repository: TinyDBRepository) -> None:
    target = repository.search(Filter.parse("biên chế")).records[0]["id"]

    def reword(record: dict[str, Any]) -> dict[str, Any]:
        record["recommendations"][0]["text"] = "Trang bị máy quét tài liệu"
        return record

    repository.update(target, reword)
    assert target not in {r["id"] for r in repository.search(Filter.parse("biên chế")).records}
    assert target in {r["id"] for r in repository.search(Filter.parse("máy quét")).records}
    _agrees_with_a_fresh_build(repository)


def _derived(repository: TinyDBRepository) -> set[str]:
    with sqlite3.connect(repository.index.path) as db:
        return {key for (key,) in db.execute("SELECT key FROM columns")} & set(DERIVED)


def test_a_status_saved_keeps_the_facet_columns(repository: TinyDBRepository) -> None:
    """Its day and facet values as they were, the columns the facets count over still hold: the search after the
    save (the browser's reload) reads them, not every record's facets again (9 MB written at 100,000 visits)."""
    repository.search(Filter.parse("status:done"))  # the columns derived and kept
    assert _derived(repository) == set(DERIVED)
    target = repository.search(Filter.parse("biên chế")).records[0]["id"]
    repository.update(target, lambda record: edit_item(record, ("recommendations", 0), status="done"))
    assert _derived(repository) == set(DERIVED)
    _agrees_with_a_fresh_build(repository)


def test_a_new_day_drops_them_to_be_derived_again(repository: TinyDBRepository) -> None:
    """Look-alikes: a day moved (the newest-first order) or a record added changes the columns."""
    repository.search(Filter.parse("status:done"))
    target = repository.search(Filter.parse("biên chế")).records[0]["id"]
    repository.update(target, lambda record: {**record, "date": "2020-02-03"})
    assert _derived(repository) != set(DERIVED)
    _agrees_with_a_fresh_build(repository)
    repository.search(Filter.parse("status:done"))
    repository.upsert_many(generate(1, seed=8, start=9000))
    assert _derived(repository) != set(DERIVED)
    _agrees_with_a_fresh_build(repository)
