"""A province greeted on a national visitor's call, and a province's session before a stop told after "sau đó" (s35).

`place_cues._PROVINCE_OFFICE` reads "đã đến thăm, chúc Tết ... tại Hội ... tỉnh A" as it read "thăm Hội ... tỉnh A":
the office greeted is the province's, and the province is visited (fresh75 v08). `place_same_day_provinces` lists a
province whose session opens the visit beside a district told later "..., sau đó|tiếp đó làm việc tại|với huyện B"
inside its sentence, as it did after "Sau đó," opening one (fresh75 v03). Each positive case fails without its rule;
the look-alikes stay as they were.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article


def _places(text: str) -> list[str]:
    record = extract_article(text, today=date(2026, 12, 1)).record
    return [locality["name"] for locality in record.get("localities", [])]


_LEAD = "Ngày 3/4/2024, ông Hà Văn Lộc, Ủy viên Ủy ban Thường vụ Quốc hội, Chủ nhiệm Ủy ban Tư pháp, cùng đoàn công tác"
_GREETED = [
    (f"{_LEAD} đã đến thăm, chúc Tết tại Hội Người cao tuổi tỉnh Sóc Trăng.", "tỉnh Sóc Trăng"),
    (f"{_LEAD} đã đến thăm, chúc mừng năm mới tại Bộ Chỉ huy Quân sự tỉnh Lai Châu.", "tỉnh Lai Châu"),
    (f"{_LEAD} đã thăm, động viên cán bộ, chiến sĩ tại Trường Quân sự tỉnh Hà Giang.", "tỉnh Hà Giang"),
    (f"{_LEAD} đã đến thăm, chúc Tết cổ truyền Chôl Chnăm Thmây tại Hội Đoàn kết sư sãi yêu nước tỉnh Bạc Liêu.",
     "tỉnh Bạc Liêu"),
]


@pytest.mark.parametrize(("text", "province"), _GREETED)
def test_the_province_whose_office_a_national_visitor_greets(text: str, province: str) -> None:
    assert _places(text) == [province]


_NOT_GREETED = [
    # the district's association: the province is only where it lies
    (f"{_LEAD} đã đến thăm, chúc Tết tại Hội Người cao tuổi huyện Cầu Kè, tỉnh Trà Vinh.", ["huyện Cầu Kè"]),
    # a commune's office greeted
    (f"{_LEAD} đã đến thăm, chúc Tết tại UBND xã Phong Thạnh, huyện Cầu Kè.", ["xã Phong Thạnh"]),
]


@pytest.mark.parametrize(("text", "places"), _NOT_GREETED)
def test_a_lower_units_office_greeted_adds_no_province(text: str, places: list[str]) -> None:
    assert _places(text) == places


_OPENS = ("Sáng 8/5/2023, Đoàn công tác của Ủy ban Kinh tế do bà Nông Thị Hạnh, Phó Chủ nhiệm Ủy ban, làm Trưởng đoàn "
          "đã làm việc tại tỉnh Sơn La. ")
_LATER_STOP = [
    (_OPENS + "Đoàn đã đến một cụm công nghiệp đang xây dựng, sau đó làm việc tại huyện Mộc Châu.",
     ["tỉnh Sơn La", "huyện Mộc Châu"]),
    (_OPENS + "Đoàn ghé một trạm bơm, tiếp đó làm việc với UBND huyện Yên Châu về tiến độ dự án.",
     ["tỉnh Sơn La", "huyện Yên Châu"]),
    (_OPENS + "Đoàn đi thực tế tại một nhà máy chè sau đó, đoàn tiếp tục khảo sát tại huyện Mai Sơn.",
     ["tỉnh Sơn La", "huyện Mai Sơn"]),
]


@pytest.mark.parametrize(("text", "places"), _LATER_STOP)
def test_a_provinces_session_then_a_stop_after_sau_do_inside_a_sentence(text: str, places: list[str]) -> None:
    assert _places(text) == places


_NO_SESSION = [
    # the province named as the place of the district in the lead
    ("Sáng 8/5/2023, Đoàn công tác của Ủy ban Kinh tế do bà Nông Thị Hạnh làm Trưởng đoàn đã khảo sát tại huyện "
     "Mộc Châu (tỉnh Sơn La). Đoàn đến một cụm công nghiệp, sau đó làm việc tại huyện Yên Châu.",
     ["huyện Mộc Châu", "huyện Yên Châu"]),
    # "sau đó" with no session verb before the district: the district is named, not gone to then
    (_OPENS + "Huyện Mộc Châu đã hoàn thành quy hoạch, sau đó huyện Yên Châu cũng triển khai.",
     ["tỉnh Sơn La"]),
]


@pytest.mark.parametrize(("text", "places"), _NO_SESSION)
def test_no_session_or_no_stop_after_sau_do_changes_nothing(text: str, places: list[str]) -> None:
    assert _places(text) == places
