"""Session 32, places11: a place named after the verb of going and followed at once by the check ("đã đến huyện X
kiểm tra việc ...", "về xã Y khảo sát tình hình ...") is the visit's locality even when no visit word stands before
it. Sentences written for these tests, with invented people; look-alikes (a trip still to come, a trip asked of
others, a road's ends, a person from a place, a check introduced by "để") stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)
_LEAD = "Ngày 14/5/2024, ông Đỗ Văn Lực, Phó Chủ tịch UBND tỉnh Thanh Hóa cùng lãnh đạo các sở, ngành "


_ELSEWHERE = (" Năm trước, huyện Như Xuân dẫn đầu tỉnh về hồ sơ nộp trực tuyến; cách làm của huyện Như Xuân đã được"
              " nhiều nơi học tập.")
"""A unit named twice in passing: without a cue for the place gone to, the count fall-back takes this one."""


def _places(text: str) -> list[str]:
    record = extract_article(text + _ELSEWHERE, today=_TODAY).record
    return [unit["name"] for unit in record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    (_LEAD + "đã đến huyện Thọ Xuân kiểm tra việc giải quyết thủ tục hành chính.", ["huyện Thọ Xuân"]),
    (_LEAD + "vừa về huyện Thường Xuân khảo sát tình hình chuyển đổi số.", ["huyện Thường Xuân"]),
    (_LEAD + "đã tới thị xã Nghi Sơn làm việc về Đề án 06.", ["thị xã Nghi Sơn"]),
    (_LEAD + "đã xuống huyện Thọ Xuân thị sát Bộ phận một cửa.", ["huyện Thọ Xuân"]),
    (_LEAD + "đã đến huyện Thọ Xuân (tỉnh Thanh Hóa) kiểm tra Bộ phận một cửa.", ["huyện Thọ Xuân"]),
])
def test_a_place_gone_to_and_checked_at_once(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trip still to come, or asked of others: no visit
    (_LEAD + "sẽ đến huyện Thọ Xuân kiểm tra việc giải quyết thủ tục hành chính.", ["tỉnh Thanh Hóa"]),
    (_LEAD + "dự kiến đến huyện Thọ Xuân kiểm tra Bộ phận một cửa.", ["tỉnh Thanh Hóa"]),
    ("Ngày 14/5/2024, ông Đỗ Văn Lực, Phó Chủ tịch UBND tỉnh Thanh Hóa đề nghị các sở đến huyện Thọ Xuân kiểm tra "
     "việc giải quyết thủ tục hành chính.", ["tỉnh Thanh Hóa"]),
    # a road's ends: the far end is where the cable runs, not the stop
    (_LEAD + "cho biết tuyến cáp từ huyện Thọ Xuân đến huyện Thường Xuân kiểm tra định kỳ hằng tháng.",
     ["tỉnh Thanh Hóa"]),
    # the place gone to with no check after it (no cue of this rule's), a person from a place: unchanged
    (_LEAD + "đã đến huyện Thọ Xuân.", ["tỉnh Thanh Hóa"]),
    ("Ngày 14/5/2024, bà Lê Thị Na đến từ huyện Thọ Xuân kiểm tra lại hồ sơ của mình.", ["huyện Như Xuân"]),
])
def test_look_alikes_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
