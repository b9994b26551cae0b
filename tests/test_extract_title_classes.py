"""People's titles in the review screen (issue #12): a title's words read as a person's name, and an office whose
name holds a comma cut at it. The texts are written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article


def roles_of(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in extract_article(text).record.get("people", [])}


_OPENING = ("Sáng 9/5/2024, đoàn giám sát của HĐND huyện Quế Võ do ông Phan Đức Long, Phó Chủ tịch HĐND huyện, làm "
            "trưởng đoàn đã giám sát việc chi trả trợ cấp tại xã Phù Lãng. ")


@pytest.mark.parametrize("office", ["Phó Chánh Văn phòng HĐND và UBND huyện", "Phó Chánh Thanh tra huyện",
                                    "Chánh Văn phòng Điều phối nông thôn mới huyện",
                                    "Phó Giám đốc Trung tâm Y tế huyện"])
def test_a_title_after_comrade_and_a_dash_names_nobody(office: str) -> None:
    text = _OPENING + f"Cùng đi có đc Lương Thị Nhàn – {office} và đại diện các phòng chuyên môn."
    assert roles_of(text) == {"Lương Thị Nhàn": office}


@pytest.mark.parametrize("office", ["Phó Cục trưởng Cục Quản lý Khám, chữa bệnh",
                                    "Trưởng phòng Lao động, Thương binh và Xã hội huyện",
                                    "Giám đốc Trung tâm Văn hóa, Thể thao huyện",
                                    "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"])
def test_an_office_holding_a_comma_is_kept_whole(office: str) -> None:
    text = _OPENING + f"Bà Lương Thị Nhàn, {office}, cho biết đã chi trả cho 412 người."
    assert roles_of(text) == {"Lương Thị Nhàn": office}


def test_a_name_opens_with_a_capital() -> None:
    """"Cục Quản lý Khám" holds the words of "Lý Khám" in lower case: no two-word name after the title."""
    text = _OPENING + "Ông Lương Văn Nhàn, Cục trưởng Cục Quản lý Khám, chữa bệnh phát biểu tại buổi làm việc."
    assert "lý Khám" not in roles_of(text)
