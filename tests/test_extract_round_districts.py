"""Session 38, places24: a district the lead names only as where a round's units lie ("kiểm tra tại một số UBND xã
thuộc huyện X. Trong đó, tại UBND xã A ...") is no visit of its own, though the headline says "tại huyện X", when
the units are named after. Sentences written for these tests, with invented people; look-alikes (no unit named
after, the district worked with itself, a district where the team went) keep the district."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


_STOPS = ("Trong đó, tại UBND xã Ngũ Hùng, cán bộ có mặt đầy đủ.\n\nRiêng UBND xã Hồng Phong, khi đoàn đến có "
          "công chức đi muộn.")


@pytest.mark.parametrize("title, lead", [
    ("Kiểm tra công vụ tại huyện Thanh Miện", "tại một số UBND xã thuộc huyện Thanh Miện"),
    ("Kiểm tra công vụ ở huyện Thanh Miện", "tại các xã của huyện Thanh Miện"),
    ("Kiểm tra công vụ tại huyện Thanh Miện", "tại một số xã, thị trấn thuộc huyện Thanh Miện"),
])
def test_the_district_only_where_the_named_communes_lie(title: str, lead: str) -> None:
    text = (f"{title}\n\nNgày 22/11/2022, đoàn kiểm tra công vụ của UBND tỉnh Hải Dương đã kiểm tra đột xuất "
            f"{lead}.\n\n{_STOPS}")
    assert _places(text) == ["xã Ngũ Hùng", "xã Hồng Phong"]


def test_no_unit_named_after_keeps_the_district() -> None:
    text = ("Kiểm tra công vụ tại huyện Ninh Giang\n\nNgày 6/12/2022, đoàn kiểm tra công vụ của tỉnh Hải Dương đã "
            "kiểm tra đột xuất tại một số UBND xã thuộc huyện Ninh Giang.\n\nPhần lớn công chức có mặt đúng giờ.")
    assert _places(text) == ["huyện Ninh Giang"]


def test_a_district_worked_with_itself_stays() -> None:
    text = ("Kiểm tra cải cách hành chính tại huyện Gia Lộc\n\nNgày 18/4/2023, đoàn của Sở Nội vụ tỉnh Hải Dương đã "
            "làm việc với UBND huyện Gia Lộc, sau đó kiểm tra tại một số xã thuộc huyện Gia Lộc.\n\nTrong đó, tại "
            "UBND xã Yết Kiêu, thủ tục được niêm yết đầy đủ.")
    assert _places(text) == ["huyện Gia Lộc", "xã Yết Kiêu"]


def test_a_district_gone_to_beside_a_commune_stays() -> None:
    text = ("Giám sát tại huyện Thanh Miện\n\nNgày 22/11/2022, đoàn giám sát HĐND tỉnh Hải Dương đã giám sát tại "
            "huyện Thanh Miện và xã Ngũ Hùng.")
    assert _places(text) == ["huyện Thanh Miện", "xã Ngũ Hùng"]
