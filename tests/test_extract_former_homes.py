"""Session 33, places13: a later sentence saying the visited communes belonged to a former district ("Ba xã được đoàn
kiểm tra đều thuộc huyện X (trước khi sắp xếp ...)", "... trước đây thuộc huyện X", "... đều thuộc huyện X cũ") names
history, not a visit (`place_former_homes`). Sentences written for these tests, with invented people; look-alikes (a
district gone to, a district with no mark of the past, no commune visited before) keep the district."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)
_LEAD = ("Ngày 9/8/2025, Phó Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Văn Thi đã kiểm tra bộ phận một cửa tại xã Hoạt "
         "Giang và xã Tống Sơn. ")


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


@pytest.mark.parametrize("later", [
    "Hai xã được đoàn kiểm tra đều thuộc huyện Hà Trung (trước khi sắp xếp đơn vị hành chính).",
    "Các xã mà đoàn đến kiểm tra trước đây thuộc huyện Hà Trung.",
    "Những địa phương được kiểm tra lần này đều thuộc huyện Hà Trung cũ.",
    "Hai đơn vị được Phó Chủ tịch tỉnh kiểm tra trước kia thuộc địa bàn huyện Hà Trung.",
])
def test_the_former_home_of_the_visited_communes_is_no_visit(later: str) -> None:
    assert _places(_LEAD + later) == ["xã Hoạt Giang", "xã Tống Sơn"]


@pytest.mark.parametrize("text, expected", [
    # the district gone to after the communes
    (_LEAD + "Sau đó, đoàn tiếp tục đến kiểm tra tại huyện Nga Sơn cũ.",
     ["xã Hoạt Giang", "xã Tống Sơn", "huyện Nga Sơn"]),
    # no commune visited before: the district the team went to stays
    ("Ngày 9/4/2024, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát bộ phận một cửa tại huyện Hà Trung.",
     ["huyện Hà Trung"]),
    # the visit's own sentence, "tại xã A thuộc huyện B": B says where A lies, as before
    ("Ngày 9/4/2024, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát bộ phận một cửa tại xã Hoạt Giang thuộc huyện "
     "Hà Trung.", ["xã Hoạt Giang"]),
])
def test_look_alikes_stay(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
