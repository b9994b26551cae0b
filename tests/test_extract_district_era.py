"""Session 35, places19: a commune of today named like its former district, written bare ("về thăm Nho Quan", "làm
việc tại Thọ Xuân"), on sentences written for these tests with invented people (`place_district_era`).

On a page whose visit is known to be before 1 July 2025 (its year stated, or from the page's own day) the name is
the district; after that day, today's commune; with the year guessed from nothing, today's commune with a note that
it may be the district. Look-alikes: the name with its level word ("xã Thọ Xuân, huyện Đan Phượng", "huyện Hậu
Lộc"), a page of after the reform, a page that names a commune with its level word too.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _draft(body: str, first: str = ""):
    text = (first + "\n\n" if first else "") + "Đoàn giám sát làm việc\n\n" + body
    return extract_article(text, today=_TODAY)


def _places(body: str, first: str = "") -> list[str]:
    return [unit["name"] for unit in _draft(body, first).record.get("localities") or []]


@pytest.mark.parametrize(("body", "first", "want"), [
    ("Ngày 12/3/2024, Ban Pháp chế HĐND tỉnh Ninh Bình do ông Lò Văn Khiêm làm trưởng đoàn đã về thăm Nho Quan.", "",
     ["huyện Nho Quan"]),
    ("Ngày 5/9/2023, ông Hà Văn Lực, Phó Chủ tịch HĐND tỉnh Thanh Hóa, đã làm việc tại Thọ Xuân về giao thông.", "",
     ["huyện Thọ Xuân"]),
    ("Ngày 21/10, Ban Dân tộc HĐND tỉnh do ông Lò Văn Khiêm làm trưởng đoàn đã về thăm Nông Cống.",
     "Thứ Ba, 22/10/2024", ["huyện Nông Cống"]),  # no province: one commune, one district
])
def test_a_bare_commune_named_like_its_district_is_the_district_before_the_reform(body: str, first: str,
                                                                                   want: list[str]) -> None:
    assert _places(body, first) == want


@pytest.mark.parametrize(("body", "want"), [
    ("Ngày 20/11/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Thanh Hóa do bà Lò Thị Mai làm trưởng đoàn đã khảo sát tại "
     "Nông Cống.", ["xã Nông Cống"]),  # after 1 July 2025: today's commune
    ("Ngày 9/4/2024, Ban Đô thị HĐND thành phố Hà Nội do ông Hà Văn Lực làm trưởng đoàn đã khảo sát tại xã Thọ Xuân, "
     "huyện Đan Phượng.", ["xã Thọ Xuân"]),  # the level word: a commune, whatever the year
    ("Ngày 18/6/2024, Thường trực HĐND tỉnh Thanh Hóa do ông Hà Văn Lực làm trưởng đoàn đã làm việc với UBND huyện "
     "Hậu Lộc.", ["huyện Hậu Lộc"]),
])
def test_look_alikes_keep_their_reading(body: str, want: list[str]) -> None:
    assert _places(body) == want


def test_a_commune_with_its_level_word_beside_keeps_the_bare_name_from_becoming_the_district() -> None:
    body = ("Ngày 12/3/2024, Ban Pháp chế HĐND tỉnh Ninh Bình do ông Lò Văn Khiêm làm trưởng đoàn đã về thăm Nho Quan,"
            " làm việc tại xã Gia Lâm.")
    assert "huyện Nho Quan" not in _places(body)


def test_with_the_year_unknown_today_s_commune_is_kept_and_marked_unsure() -> None:
    draft = _draft("Sáng 14/11, Ủy ban MTTQ tỉnh Ninh Bình do bà Lò Thị Mai làm trưởng đoàn đã về thăm Nho Quan.")
    assert [unit["name"] for unit in draft.record["localities"]] == ["xã Nho Quan"]
    assert draft.certainty["localities[0]"].code == "place.district_or_commune"
    assert "huyện Nho Quan" in draft.certainty["localities[0]"].said("vi")


def test_with_the_year_known_no_such_note() -> None:
    draft = _draft("Ngày 14/11/2025, Ủy ban MTTQ tỉnh Ninh Bình do bà Lò Thị Mai làm trưởng đoàn đã về thăm Nho Quan.")
    assert [unit["name"] for unit in draft.record["localities"]] == ["xã Nho Quan"]
    assert "localities[0]" not in draft.certainty
