"""Session 33, places14: a unit named only through its officers, teams or staff that the visitor checks or meets
("kiểm tra, động viên cán bộ, chiến sĩ ... thuộc Công an huyện A, B", "làm việc với cán bộ, công chức UBND xã A") is
the visit's locality, every unit of the list. Sentences written for these tests, with invented people; look-alikes
(the officers' home unit when the place they work at is named, the visitors' companions and body, a unit in a figure
or in a request, a speaker's body after the meeting, a district already placed in the sentence) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)
_LEAD = "Ngày 12/4/2021, Đại tá Lê Văn Khải, Giám đốc Công an tỉnh Nghệ An "
_ELSEWHERE = (" Năm trước, huyện Diễn Châu dẫn đầu tỉnh về số hồ sơ căn cước; cách làm của huyện Diễn Châu đã được"
              " nhiều nơi học tập.")
"""A unit named twice in passing: without a cue for the units checked, the count fall-back takes this one."""


def _places(text: str) -> list[str]:
    record = extract_article(text + _ELSEWHERE, today=_TODAY).record
    return [unit["name"] for unit in record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    (_LEAD + "đến kiểm tra, động viên cán bộ, chiến sĩ làm nhiệm vụ cấp căn cước công dân thuộc Phòng PC06 Công an "
     "tỉnh và Công an huyện Nghi Lộc, Hưng Nguyên, thị xã Cửa Lò.",
     ["huyện Nghi Lộc", "huyện Hưng Nguyên", "thị xã Cửa Lò"]),
    (_LEAD + "đã kiểm tra, động viên cán bộ, chiến sĩ Công an huyện Nghi Lộc và Công an huyện Hưng Nguyên đang cấp "
     "căn cước cho người dân.", ["huyện Nghi Lộc", "huyện Hưng Nguyên"]),
    (_LEAD + "đến thăm, kiểm tra các tổ công tác của Công an huyện Nghi Lộc, Công an huyện Hưng Nguyên.",
     ["huyện Nghi Lộc", "huyện Hưng Nguyên"]),
    (_LEAD + "cùng cán bộ Phòng PC06 Công an tỉnh đã làm việc với cán bộ UBND xã Nghi Thịnh về việc cấp căn cước.",
     ["xã Nghi Thịnh"]),
    (_LEAD + "đã làm việc với cán bộ UBND xã Nghi Thịnh về việc cấp căn cước.", ["xã Nghi Thịnh"]),
    ("Sáng 12/4/2021, bà Trần Thị Hoa, Phó Chủ tịch UBND tỉnh Nghệ An đã kiểm tra việc chấp hành giờ giấc của cán "
     "bộ, công chức Bộ phận một cửa UBND huyện Nghi Lộc và UBND huyện Hưng Nguyên.",
     ["huyện Nghi Lộc", "huyện Hưng Nguyên"]),
])
def test_a_unit_named_through_its_officers_checked(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where the officers work is named: that place, not their home unit
    (_LEAD + "đã kiểm tra tổ cấp căn cước của Công an huyện Nghi Lộc đang làm việc tại xã Nghi Thịnh.",
     ["xã Nghi Thịnh"]),
    (_LEAD + "đã kiểm tra, động viên cán bộ, chiến sĩ Công an huyện Nghi Lộc đang làm căn cước lưu động tại xã "
     "Nghi Thịnh và xã Nghi Long.", ["xã Nghi Thịnh", "xã Nghi Long"]),
    # the visitors' companions and their own body
    (_LEAD + "cùng cán bộ, chiến sĩ Công an huyện Nghi Lộc đã kiểm tra việc cấp căn cước tại xã Nghi Thịnh.",
     ["xã Nghi Thịnh"]),
    ("Ngày 12/4/2021, Đoàn công tác Công an tỉnh Nghệ An do Đại tá Lê Văn Khải dẫn đầu đã kiểm tra việc cấp căn "
     "cước tại xã Nghi Thịnh.", ["xã Nghi Thịnh"]),
    # a unit in a figure, a check asked of others: no cue of this rule's (the fall-backs' answers, as before)
    (_LEAD + "đến kiểm tra việc cấp căn cước. Cán bộ, chiến sĩ Công an huyện Hưng Nguyên đạt 600 hồ sơ mỗi ngày.",
     ["tỉnh Nghệ An"]),
    (_LEAD + "yêu cầu Công an các huyện thường xuyên kiểm tra, động viên cán bộ, chiến sĩ Công an huyện Hưng "
     "Nguyên.", ["huyện Hưng Nguyên"]),
    # a speaker and her body after the meeting's staff: her province is no unit met
    ("Ngày 12/4/2021, phát biểu tại buổi làm việc với cán bộ, công chức xã, bà Trần Thị Hoa, Trưởng Ban Pháp chế "
     "HĐND tỉnh Nghệ An, đề nghị xã đẩy nhanh việc cấp căn cước.", ["tỉnh Nghệ An"]),
    # a district already placed in the sentence as a commune's, met again through its key officials
    ("Ngày 12/4/2021, sau khi khảo sát tại xã Nghi Thịnh, huyện Nghi Lộc (tỉnh Nghệ An), đoàn đã làm việc với cán "
     "bộ chủ chốt của huyện Nghi Lộc.", ["xã Nghi Thịnh"]),
])
def test_look_alikes_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
