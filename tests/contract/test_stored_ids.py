"""`Repository.stored_ids`: which of some ids the store holds (the import dialog's "already stored" note).

Every backend answers the same, and a handle answers for the store as it is now: another handle's write (a
second browser, `surveys import`) shows at once, though this handle had answered before it.
"""

from __future__ import annotations

from collections.abc import Callable

from store.repository import Repository
from tests.factories import make_record

FIRST = make_record()
SECOND = make_record(id="2024-03-05-doan-dbqh-rach-dua", date="2024-03-05", body="Đoàn ĐBQH TP Hồ Chí Minh")


def test_an_empty_store_holds_none_and_no_ids_asks_nothing(repository: Repository) -> None:
    assert repository.stored_ids(["nothing", FIRST["id"]]) == set()
    assert repository.stored_ids([]) == set()


def test_only_the_held_ids_are_named_each_once(repository: Repository) -> None:
    repository.upsert_many([FIRST, SECOND])
    assert repository.stored_ids([FIRST["id"], "nothing", SECOND["id"], FIRST["id"]]) == {FIRST["id"], SECOND["id"]}
    repository.delete([FIRST["id"]])
    assert repository.stored_ids(iter([FIRST["id"], SECOND["id"]])) == {SECOND["id"]}


def test_another_handles_writes_show_at_once(repository: Repository, reopen: Callable[[], Repository]) -> None:
    repository.upsert_many([FIRST])
    other = reopen()
    try:
        assert other.stored_ids([FIRST["id"], SECOND["id"]]) == {FIRST["id"]}
        repository.upsert_many([SECOND])
        assert other.stored_ids([FIRST["id"], SECOND["id"]]) == {FIRST["id"], SECOND["id"]}
        repository.delete([FIRST["id"]])
        assert other.stored_ids([FIRST["id"], SECOND["id"]]) == {SECOND["id"]}
    finally:
        other.close()


def test_many_ids_at_once(repository: Repository) -> None:
    """More ids than SQLite binds in one statement (the index asks in chunks)."""
    repository.upsert_many([FIRST])
    asked = [f"missing-{number}" for number in range(1_200)] + [FIRST["id"]]
    assert repository.stored_ids(asked) == {FIRST["id"]}
