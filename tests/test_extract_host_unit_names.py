"""Session 32, places11: a district named only inside the name of the office the team went to ("làm việc tại Trung
tâm Y tế huyện X", "đã kiểm tra các dự án ...: Dự án Trung tâm Y tế huyện X; ...") is the visit's locality.
Sentences written for these tests, with invented people; look-alikes (the office as a speaker, the visitor's own
team, an office in a request, an office in a figure) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)
_LEAD = "Ngày 10/4/2024, Ban Văn hóa - Xã hội HĐND tỉnh Quảng Ngãi do bà Tô Thị Hạnh làm trưởng đoàn "
_ELSEWHERE = (" Năm trước, huyện Bình Sơn dẫn đầu tỉnh về hồ sơ nộp trực tuyến; cách làm của huyện Bình Sơn đã được"
              " nhiều nơi học tập.")
"""A district named twice in passing: without a cue for the office's district, the count fall-back takes this one."""


def _places(text: str) -> list[str]:
    record = extract_article(text + _ELSEWHERE, today=_TODAY).record
    return [unit["name"] for unit in record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    (_LEAD + "đã làm việc tại Trung tâm Y tế huyện Sơn Tịnh về bệnh án điện tử.", ["huyện Sơn Tịnh"]),
    (_LEAD + "đã giám sát tại Chi nhánh Văn phòng đăng ký đất đai huyện Tư Nghĩa.", ["huyện Tư Nghĩa"]),
    (_LEAD + "đã khảo sát tại Bệnh viện Đa khoa huyện Nghĩa Hành.", ["huyện Nghĩa Hành"]),
    (_LEAD + "đã kiểm tra đột xuất Trung tâm Y tế thị xã Đức Phổ.", ["thị xã Đức Phổ"]),
    (_LEAD + "đã kiểm tra tiến độ các dự án do tỉnh làm chủ đầu tư: Dự án Trung tâm Y tế huyện Sơn Tịnh; Trung tâm "
     "Kiểm soát bệnh tật tỉnh.", ["huyện Sơn Tịnh"]),
])
def test_a_district_named_inside_the_visited_office(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the office as a speaker, in a request, in a figure, or the visitor's own team: not the visit's place
    (_LEAD + "đã giám sát tại huyện Tư Nghĩa. Trung tâm Y tế huyện Sơn Tịnh báo cáo về bệnh án điện tử.",
     ["huyện Tư Nghĩa"]),
    (_LEAD + "đã giám sát tại huyện Tư Nghĩa và đề nghị Chi nhánh Văn phòng đăng ký đất đai huyện Sơn Tịnh phối hợp.",
     ["huyện Tư Nghĩa"]),
    (_LEAD + "đã giám sát tại huyện Tư Nghĩa; tỷ lệ hồ sơ đúng hạn của Trung tâm Y tế huyện Sơn Tịnh đạt 95%.",
     ["huyện Tư Nghĩa"]),
    ("Ngày 10/4/2024, Đoàn kiểm tra của Trung tâm Y tế huyện Sơn Tịnh đã làm việc với UBND xã Tịnh Hà.",
     ["xã Tịnh Hà"]),
    # a list of works with no office of a district in it: unchanged
    (_LEAD + "đã kiểm tra tiến độ các dự án do tỉnh làm chủ đầu tư: Trung tâm Kiểm soát bệnh tật tỉnh; Bệnh viện "
     "Sản - Nhi tỉnh.", ["tỉnh Quảng Ngãi"]),
])
def test_look_alikes_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
