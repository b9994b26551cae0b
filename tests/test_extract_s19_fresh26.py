"""Session 19, fresh26: a unit with a note on its own state ("(mới)", "(cũ)", "(sau sáp nhập)") before the district
that says where it lies. Sentences written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.place_mentions import find_mentions

_TODAY = date(2026, 12, 1)


def _qualifiers(text: str) -> dict[str, bool]:
    return {m.base: m.qualifier for m in find_mentions(text, None, False, [])}


def test_a_district_after_a_state_note_qualifies_the_unit_before_it() -> None:
    for note in ("(mới)", "(cũ)", "(sau sáp nhập)", "(sau khi sắp xếp)", "( mới )"):
        marks = _qualifiers(f"đoàn kiểm tra tại xã Hòa Thuận {note}, huyện Giồng Riềng và trao đổi với cán bộ xã")
        assert marks == {"Hòa Thuận": False, "Giồng Riềng": True}, note
    assert _qualifiers("tại xã Hòa Thuận (mới) thuộc huyện Giồng Riềng")["Giồng Riềng"]


def test_other_brackets_and_clauses_keep_the_district_a_unit_of_its_own() -> None:
    assert not _qualifiers("khảo sát xã Hòa Thuận (có 8 quầy), huyện Giồng Riềng")["Giồng Riềng"]
    assert not _qualifiers("khảo sát xã Hòa Thuận (mới); chiều cùng ngày làm việc với huyện Giồng Riềng")["Giồng Riềng"]
    assert not _qualifiers("tại xã Hòa Thuận (mới) và huyện Giồng Riềng")["Giồng Riềng"]


def test_the_new_commune_alone_is_visited() -> None:
    text = ("Chạy thử chính quyền xã mới\n\nChiều 24/6/2025, Phó Chủ tịch HĐND tỉnh Kiên Giang Trần Văn Bé đã kiểm "
            "tra việc chạy thử tại xã Hòa Thuận (mới), huyện Giồng Riềng.\n")
    localities = extract_article(text, today=_TODAY).record["localities"]
    assert [(loc["name"], (loc["ward"] or {}).get("code")) for loc in localities] == [("xã Hòa Thuận", 30949)]
