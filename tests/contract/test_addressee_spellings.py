"""`to:` treats an addressee's abbreviations alike, on every backend (session 39, store20).

Offices type an addressee as they please: "UBND tỉnh" in one report, "Ủy ban nhân dân tỉnh" in the next, "Sở
TN&MT" or "Sở Tài nguyên và Môi trường". `to:` reads a value in every spelling of the abbreviations it holds
(the taxonomy's table, which free text already uses both ways), so either form finds both; the same holds of
status and lateness on the same item, and of the items the `u` list keeps (`items_asked`).
"""

from __future__ import annotations

import pytest

from store.export import items_asked
from store.query import Filter
from store.repository import Repository
from tests.contract.test_addressee_clause import LATE, LATER, _ids, _item
from tests.factories import make_record

VISITS = {
    "short": [_item("UBND tỉnh Đồng Nai", "open", LATE)],
    "long": [_item("Ủy ban nhân dân tỉnh Đồng Nai", "open", LATER)],
    "council": [_item("HĐND xã Hòa Bình", "done", LATE)],
    "council-long": [_item("Hội đồng nhân dân xã Hoà Bình", "open", LATE)],
    "front": [_item("Ban Thường trực Ủy ban MTTQ tỉnh", "open", LATE)],
    "resources": [_item("Sở TN&MT", "open", LATE)],
    "resources-long": [_item("Sở Tài nguyên và Môi trường", "in progress", LATER)],
    "office": [_item("VP UBND tỉnh", "open", LATE)],
    "office-long": [_item("Văn phòng Ủy ban nhân dân tỉnh", "open", LATER)],
    "look-alike": [_item("Ủy ban Kiểm tra Tỉnh ủy", "open", LATE), _item("Sở Tài chính", "open", LATE)],
}


def _records() -> list[dict]:
    return [make_record(id=name, date=f"2025-03-{number + 10}", recommendations=items, directions=[])
            for number, (name, items) in enumerate(VISITS.items())]


CASES = [
    ('to:"UBND tinh"', ["long", "office", "office-long", "short"]),
    ('to:"Ủy ban nhân dân tỉnh"', ["long", "office", "office-long", "short"]),  # "front": Ủy ban MTTQ tỉnh
    ('to:"ubnd tinh dong nai" overdue', ["short"]),  # the long one's item is not late
    ('to:"uy ban nhan dan tinh dong nai" status:open', ["long", "short"]),
    ('gui:"hdnd xa hoa binh"', ["council", "council-long"]),
    ('to:"Hội đồng nhân dân" status:open', ["council-long"]),  # the short one's item is done
    ('to:"uy ban mat tran to quoc"', ["front"]),
    ('to:"mttq tinh"', ["front"]),
    ('to:"so tn&mt"', ["resources", "resources-long"]),
    ('to:"sở tài nguyên và môi trường" overdue', ["resources"]),
    ('to:"so tnmt"', ["resources", "resources-long"]),
    ('to:"vp ubnd"', ["office", "office-long"]),
    ('to:"văn phòng ủy ban nhân dân tỉnh" overdue', ["office"]),
    ('to:"ubnd" to:"so tai chinh" overdue', ["look-alike", "office", "short"]),  # OR within to
    ('to:"uy ban kiem tra"', ["look-alike"]),  # another committee: no abbreviation of its own
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_either_spelling_finds_both(repository: Repository, text: str, found: list[str]) -> None:
    repository.upsert_many(_records())
    assert _ids(repository, text) == found
    assert repository.search(Filter.parse(text)).total == len(found)  # the counted path, facets and all


def test_the_u_list_keeps_the_items_of_either_spelling() -> None:
    asked = items_asked(Filter.parse('to:"ủy ban nhân dân tỉnh" overdue'))
    assert asked is not None
    assert [item["to"] for items in VISITS.values() for item in items if asked(item)] == [
        "UBND tỉnh Đồng Nai", "VP UBND tỉnh"]
