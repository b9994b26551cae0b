"""The offices a `to:` picker offers (`store.addressee_choices`, session 40): one choice per office however the
reports spelt it, shown as the spelling written most, counted as its `to:` clause then finds."""

from __future__ import annotations

from typing import Any

from store.addressee_choices import canonical, offered
from store.export import items_asked
from store.query import Filter


def _visit(*items: tuple[str, str]) -> dict[str, Any]:
    return {"recommendations": [{"text": "Việc.", "to": to, "status": status} for to, status in items],
            "directions": []}


VISITS = [
    _visit(("UBND tỉnh", "open"), ("Sở Tài chính tỉnh Đồng Nai", "done")),
    _visit(("Ủy ban nhân dân tỉnh", "done"), ("Sở  Tài chính", "open"), ("Sở GD-ĐT", "open")),
    _visit(("UBND tỉnh", "open"), ("Sở Giáo dục và Đào tạo", "done"), ("Ủy ban Kiểm tra Tỉnh ủy", "open")),
    _visit(("Sở GD & ĐT", "in progress")),
]


def test_one_choice_per_office_counted_as_its_clause_finds() -> None:
    assert [(one.label, one.visits, one.spellings) for one in offered(VISITS)] == [
        ("Sở GD & ĐT", 3, 3),  # three spellings written once each: the first in collation order shown
        ("UBND tỉnh", 3, 2),  # "Ủy ban nhân dân tỉnh" merged; "Ủy ban Kiểm tra" is another committee
        ("Sở Tài chính", 2, 1),  # spaces made one; counts "Sở Tài chính tỉnh Đồng Nai" too, as to: finds it
        ("Sở Tài chính tỉnh Đồng Nai", 1, 1),
        ("Ủy ban Kiểm tra Tỉnh ủy", 1, 1),
    ]


def test_the_follow_up_clauses_keep_their_items() -> None:
    asked = items_asked(Filter.parse("status:open"))
    assert [(one.label, one.visits) for one in offered(VISITS, asked)] == [
        ("UBND tỉnh", 2), ("Sở GD-ĐT", 1), ("Sở Tài chính", 1), ("Ủy ban Kiểm tra Tỉnh ủy", 1)]  # done, in progress out


def test_canonical_writes_each_spelling_short() -> None:
    assert canonical("so giao duc va dao tao") == canonical("so gd - dt") == "so gd&dt"
    assert canonical("uy ban nhan dan tinh") == "ubnd tinh"
    assert canonical("uy ban kiem tra") == "uy ban kiem tra"  # no abbreviation of its own: as it is
