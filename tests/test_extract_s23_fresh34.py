"""Session 23, fresh34: a commune of today several provinces have, placed by the schools named after its former
parts (`place_school_names`)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_school_names import school_names


def _places(text: str) -> list[tuple[str, int]]:
    record = extract_article(text).record
    return [(place["name"], place["province"]["code"]) for place in record["localities"]]


def _visit(commune: str, schools: str) -> str:
    return (f"HĐND {commune} giám sát trường học\n\nNgày 16/10/2025, đoàn giám sát của Thường trực HĐND {commune} "
            f"do ông Phạm Văn Lực, Phó Chủ tịch HĐND xã, làm trưởng đoàn đã giám sát công tác bán trú tại {schools}.")


def test_school_names_are_read_after_the_schools_kind() -> None:
    text = "tại Trường Tiểu học Hữu Văn, Trường Mầm non Mỹ Lương và Trường THCS Trần Phú"
    assert school_names(text) == {"huu van", "my luong", "tran phu"}


@pytest.mark.parametrize(("schools", "province"), [
    ("Trường Tiểu học Phú Đức và Trường THCS Tiên Long", 86),  # Vĩnh Long's Tân Phú alone took them
    ("Trường THCS Mỏ Công", 80),  # Tây Ninh's
    ("Trường Mầm non Hoàn Long", 40),  # Nghệ An's
])
def test_a_school_named_after_a_former_part_places_the_commune(schools: str, province: int) -> None:
    assert _places(_visit("xã Tân Phú", schools)) == [("xã Tân Phú", province)]


@pytest.mark.parametrize("schools", [
    "Trường THCS Tân Phú",  # the commune's own name: every namesake had it
    "Trường Tiểu học Phú Đức và Trường THCS Mỏ Công",  # two namesakes pointed to
    "Trường Tiểu học Kim Đồng",  # no former commune of any namesake
])
def test_no_single_namesake_leaves_the_commune_unplaced(schools: str) -> None:
    assert _places(_visit("xã Tân Phú", schools)) == []


def test_a_province_written_wins_over_the_schools() -> None:
    text = _visit("xã Tân Phú", "Trường Tiểu học Phú Đức").replace("xã Tân Phú do", "xã Tân Phú, tỉnh Đồng Nai, do")
    assert _places(text) == [("xã Tân Phú", 75)]
