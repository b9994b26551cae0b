"""`to:` reads a department's field in each of its spellings, on every backend (session 40, store21).

Reports write one office as "Sở GD&ĐT", "Sở GD-ĐT", "Sở GD & ĐT" or "Sở Giáo dục và Đào tạo" (and so of KH&ĐT,
LĐ-TB&XH, NN&PTNT, VH-TT&DL, TT&TT, GTVT). The taxonomy's `departments` are read as its abbreviations are, so any
spelling asked finds them all, with `status:` and `overdue` on the same item; a field the table does not hold
(Sở Tài chính, Sở Y tế) and a look-alike that is no department's spelling ("Phòng Giáo dục thường xuyên") are not
widened.
"""

from __future__ import annotations

import pytest

from store.export import items_asked
from store.query import Filter
from store.repository import Repository
from tests.contract.test_addressee_clause import LATE, LATER, _ids, _item
from tests.factories import make_record

VISITS = {
    "gd-short": [_item("Sở GD&ĐT tỉnh Nghệ An", "open", LATE)],
    "gd-hyphen": [_item("Phòng GD-ĐT huyện Yên Thành", "open", LATER)],
    "gd-long": [_item("Sở Giáo dục và Đào tạo", "done", LATE)],
    "kh-spaced": [_item("Sở KH & ĐT", "open", LATE)],
    "kh-long": [_item("Sở Kế hoạch và Đầu tư tỉnh", "in progress", LATER)],
    "ld-short": [_item("Sở LĐ-TB&XH", "open", LATER)],
    "ld-long": [_item("Sở Lao động – Thương binh và Xã hội", "open", LATE)],
    "nn": [_item("Sở NN&PTNT", "open", LATE), _item("Sở Tài chính", "open", LATER)],
    "nn-long": [_item("Sở Nông nghiệp và Phát triển nông thôn", "open", LATER)],
    "vh": [_item("Sở VH-TT&DL", "open", LATE)],
    "vh-long": [_item("Sở Văn hóa, Thể thao và Du lịch", "open", LATER)],
    "tt": [_item("Sở TT&TT", "open", LATE)],
    "tt-long": [_item("Sở Thông tin và Truyền thông", "open", LATER)],
    "gt": [_item("Sở GTVT", "open", LATER)],
    "gt-long": [_item("Sở Giao thông vận tải", "open", LATE)],
    "look-alike": [_item("Trung tâm Giáo dục thường xuyên", "open", LATE), _item("Sở Y tế", "open", LATE)],
}


def _records() -> list[dict]:
    return [make_record(id=name, date=f"2025-04-{number + 10}", recommendations=items, directions=[])
            for number, (name, items) in enumerate(VISITS.items())]


CASES = [
    ('to:"Sở GD&ĐT"', ["gd-long", "gd-short"]),  # "Phòng GD-ĐT": another office of the same field
    ("to:gd-dt", ["gd-hyphen", "gd-long", "gd-short"]),
    ('to:"GD - ĐT"', ["gd-hyphen", "gd-long", "gd-short"]),
    ('to:"giáo dục và đào tạo" overdue', ["gd-short"]),  # the long one's late item is done
    ('to:"so giao duc" overdue', []),  # a piece of the spelled-out name finds only that spelling
    ('to:"Sở KH&ĐT"', ["kh-long", "kh-spaced"]),
    ('gui:"sở kế hoạch và đầu tư" trangthai:open', ["kh-spaced"]),
    ('to:"so khdt" status:"in progress"', ["kh-long"]),
    ('to:"Sở Lao động - Thương binh và Xã hội"', ["ld-long", "ld-short"]),  # a hyphen asked, an en dash written
    ('to:"ld-tb&xh" overdue', ["ld-long"]),
    ('to:"so nong nghiep va phat trien nong thon" overdue', ["nn"]),
    ('to:"nn & ptnt"', ["nn", "nn-long"]),
    ('to:"so vh-tt&dl"', ["vh", "vh-long"]),
    ('to:"văn hoá, thể thao và du lịch" overdue', ["vh"]),
    ('to:"so tt&tt"', ["tt", "tt-long"]),
    ('to:"thông tin và truyền thông" overdue', ["tt"]),
    ('to:"so gtvt" overdue', ["gt-long"]),
    ('to:"giao thông vận tải"', ["gt", "gt-long"]),
    ('to:"so tai chinh" overdue', []),  # no department of the table: as before
    ('not to:"sở gd&đt"', [name for name in sorted(VISITS) if not name.startswith("gd-") or name == "gd-hyphen"]),
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_every_spelling_of_a_department_finds_them_all(repository: Repository, text: str, found: list[str]) -> None:
    repository.upsert_many(_records())
    assert _ids(repository, text) == found
    assert repository.search(Filter.parse(text)).total == len(found)  # the counted path, facets and all


def test_the_u_list_keeps_the_items_of_every_spelling() -> None:
    asked = items_asked(Filter.parse('to:"Sở Giáo dục - Đào tạo" overdue'))
    assert asked is not None
    assert [item["to"] for items in VISITS.values() for item in items if asked(item)] == ["Sở GD&ĐT tỉnh Nghệ An"]
