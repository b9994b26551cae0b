"""An office's title after a unit and a comma is the visitor, never a second unit (session 31 f67, issue #12).

"Tại xã A, Chủ tịch ... và đoàn" read "xã Chủ": the list rule took the capitalised word after the comma as the next
commune. Sentences of my own; the look-alikes keep their lists.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.place_title_after import opens_on_title

_LEAD = "Sáng 12/9/2025, đoàn công tác của tỉnh Bắc Ninh đã kiểm tra Trung tâm Phục vụ hành chính công xã Tiên Du.\n\n"

TITLED = [
    pytest.param("Tại xã Tiên Du, Chủ tịch UBND tỉnh và đoàn công tác đã nghe báo cáo.", ["xã Tiên Du"],
                 id="chairman-and-team"),
    pytest.param("Tại xã Tiên Du, Phó Chủ tịch HĐND tỉnh và đại biểu trong đoàn đã xem phần mềm.", ["xã Tiên Du"],
                 id="vice-chair-and-members"),
    pytest.param("Tại phường Từ Sơn, Bí thư Tỉnh ủy và đoàn công tác đã thăm quầy một cửa.",
                 ["xã Tiên Du", "phường Từ Sơn"], id="party-secretary-ward"),
    pytest.param("Tại xã Tiên Du, Phó Trưởng đoàn và đại biểu đã nộp thử hồ sơ.", ["xã Tiên Du"],
                 id="deputy-head-of-delegation"),
    pytest.param("Tại xã Tiên Du, Giám đốc Sở Nội vụ và đoàn đã hỏi người dân.", ["xã Tiên Du"],
                 id="department-director"),
]

LISTS_KEPT = [
    pytest.param("Đoàn đã đến xã Tiên Du, Phật Tích và Đại Đồng.", ["xã Tiên Du", "xã Phật Tích", "xã Đại Đồng"],
                 id="three-communes-closed-by-va"),
    pytest.param("Đoàn làm việc tại phường Từ Sơn, Tam Sơn và Đồng Nguyên.",
                 ["xã Tiên Du", "phường Từ Sơn", "phường Tam Sơn", "phường Đồng Nguyên"], id="three-wards"),
]


def _places(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "a.txt"
    path.write_text(_LEAD + text + "\n", encoding="utf-8")
    return [place["name"] for place in extract_file(path, today=date(2026, 12, 1)).record["localities"]]


@pytest.mark.parametrize(("text", "places"), TITLED)
def test_a_title_after_the_comma_is_no_unit(tmp_path: Path, text: str, places: list[str]) -> None:
    assert _places(tmp_path, text) == places


@pytest.mark.parametrize(("text", "places"), LISTS_KEPT)
def test_a_list_of_units_goes_on(tmp_path: Path, text: str, places: list[str]) -> None:
    assert _places(tmp_path, text) == places


@pytest.mark.parametrize(("text", "titled"), [
    ("Chủ tịch UBND tỉnh", True), ("Phó Bí thư Tỉnh ủy", True), ("Phó Trưởng đoàn", True), ("ông Lê Văn A", True),
    ("Bí Thư", False), ("Chủ Quyền", False), ("Phật Tích", False), ("Đại Đồng", False), ("Trưởng Xuân", False),
])
def test_a_title_is_told_by_its_case(text: str, titled: bool) -> None:
    assert opens_on_title(text, 0) is titled
