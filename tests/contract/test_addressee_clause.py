"""`to:` (the addressee) holds of the same item as `status:` and `overdue`, on every backend (session 39).

The follow-up staff's daily question: which visits have a late item addressed to Sở Tài chính. A visit with a
late item addressed elsewhere and an item to Sở Tài chính on time is no answer. Each backend keeps the items'
addressees its own way (the SQLite index's `to` terms, PostgreSQL's `item_keys` column, or the document where that
column is NULL), so each is asked the same questions; the follow-up list's items (`items_asked`) are those asked for.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.export import items_asked
from store.query import Filter
from store.repository import Repository
from tests.factories import make_record

LATE, LATER = "2020-03-01", "2999-12-31"
"""Deadlines past and to come whatever day the suite runs."""


def _item(to: str | None, status: str = "open", deadline: str | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"text": f"Việc gửi {to or 'không ai'} ({status}, hạn {deadline or 'không'}).",
                            "status": status}
    if to is not None:
        item["to"] = to
    if deadline is not None:
        item["deadline"] = deadline
    return item


VISITS: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {
    # id: (recommendations, directions)
    "late-there": ([_item("Sở Tài chính", "open", LATE)], []),
    "split": ([_item("Sở Tài chính", "open", LATER), _item("UBND tỉnh", "open", LATE)], []),
    "late-done": ([_item("Sở Tài chính tỉnh Đồng Nai", "done", LATE)], [_item("Sở Y tế", "in progress", LATE)]),
    "progress": ([], [_item("UBND tỉnh và Sở Tài chính", "in progress", LATE), _item("Sở Tài chính", "open")]),
    "hoa": ([_item("UBND xã Hoà Bình", "open", LATE)], []),
    "nobody": ([_item(None, "open", LATE)], [_item("Sở Tài nguyên và Môi trường", "open", LATER)]),
}


def _records() -> list[dict[str, Any]]:
    return [make_record(id=name, date=f"2025-0{number + 1}-1{number}", recommendations=recommendations,
                        directions=directions)
            for number, (name, (recommendations, directions)) in enumerate(VISITS.items())]


def _ids(repository: Repository, text: str) -> list[str]:
    return sorted(record["id"] for record in repository.search(Filter.parse(text), facets=False).records)


CASES = [
    ('to:"so tai chinh"', ["late-done", "late-there", "progress", "split"]),
    ('to:"sở tài chính" overdue', ["late-there", "progress"]),  # "split": its late item goes to UBND tỉnh
    ('to:"so tai chinh" status:open overdue', ["late-there"]),  # "progress": its open one is not late
    ('to:"so tai chinh" status:open', ["late-there", "progress", "split"]),
    ('gui:"Sở Tài chính" trangthai:"đang giải quyết"', ["progress"]),  # the Vietnamese names
    ('noinhan:"so tai chinh" status:done', ["late-done"]),
    ('guiden:"so tai chinh" status:done overdue', []),  # a closed item is never late
    ('to:"so tai" overdue', ["late-there", "progress"]),  # from a word on, as body: and leader:
    ("to:chinh", ["late-done", "late-there", "progress", "split"]),
    ("to:inh", []),  # not inside a word
    ('to:"hòa bình" overdue', ["hoa"]),  # Hòa and Hoà, written either way
    ('to:"HOÀ BÌNH"', ["hoa"]),
    ('to:"so tai chinh" to:"so y te" overdue', ["late-done", "late-there", "progress"]),  # OR within to
    ('to:"so tai chinh" not overdue', []),  # `not` stays a visit's: no late item at all, each has one
    ('to:"so tai chinh" not status:"in progress"', ["late-there", "split"]),
    ('to:"so tai nguyen" overdue', []),
    ('to:"ubnd tinh" overdue year:2025', ["progress", "split"]),
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_to_holds_of_the_same_item(repository: Repository, text: str, found: list[str]) -> None:
    repository.upsert_many(_records())
    assert _ids(repository, text) == found
    assert repository.search(Filter.parse(text)).total == len(found)  # the counted path, facets and all
    asked = items_asked(Filter.parse(text))
    assert asked is not None
    for record in repository.search(Filter.parse(text), facets=False).records:  # the `u` list shows one at least
        if "not" not in text:
            assert any(asked(item) for item in [*record["recommendations"], *record["directions"]]), record["id"]


def test_the_u_list_shows_only_the_items_asked_for() -> None:
    addressed = items_asked(Filter.parse('to:"so tai chinh"'))
    assert addressed is not None
    assert [item["to"] for item in VISITS["split"][0] if addressed(item)] == ["Sở Tài chính"]
    asked = items_asked(Filter.parse('to:"so tai chinh" overdue'))
    assert asked is not None
    assert [item["to"] for item in VISITS["progress"][1] if asked(item)] == ["UBND tỉnh và Sở Tài chính"]
    assert not any(asked(item) for item in VISITS["split"][0])


def test_an_item_edited_elsewhere_moves_its_keys(repository: Repository) -> None:
    """A write of the addressee is what `to:` finds next: every writer (an edit, an import replacing) keeps the
    keys with the items."""
    repository.upsert_many(_records())

    def readdress(record: dict[str, Any]) -> dict[str, Any]:
        record["recommendations"][1]["to"] = "Sở Tài chính"
        return record

    repository.update("split", readdress)
    assert _ids(repository, 'to:"so tai chinh" overdue') == ["late-there", "progress", "split"]
    record = repository.get("late-there")
    assert record is not None
    record["recommendations"][0]["to"] = "Sở Xây dựng"
    repository.upsert_many([record], on_duplicate="update")
    assert _ids(repository, 'to:"so tai chinh" overdue') == ["progress", "split"]
    assert _ids(repository, 'to:"so xay dung" overdue') == ["late-there"]
