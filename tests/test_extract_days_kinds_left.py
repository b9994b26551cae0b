"""Day and visit-or-not classes still missed on the real sets after session 8 (session 9, days-kinds-left): a page's
date line over an excerpt that never writes the visit's day, the Tết a visit is about, a span of years overseen that
closed before a spring visit, a delegation's own gathering under a headline about its oversight."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.reasons import Reason
from tests.leads import TODAY
from tests.leads import lead_draft as _draft


def test_a_page_date_line_is_no_visit_day() -> None:
    text = (" date 2025-03-14 Tại buổi kiểm tra, đoàn công tác của UBND tỉnh do ông Lò Văn Sình, Phó Chủ tịch UBND "
            "tỉnh, làm trưởng đoàn đã nghe xã Bản Lầu báo cáo việc chuẩn bị bầu cử.")
    draft = extract_article(text, today=TODAY)
    assert draft.record.get("date") is None
    assert "14/03/2025" in draft.record["notes"]  # the page's day stays as a hint for whoever enters the date


def test_a_page_date_line_on_the_written_day_still_gives_its_year() -> None:
    text = (" date 2025-03-14 Sáng 14/3, đoàn công tác của UBND tỉnh do ông Lò Văn Sình, Phó Chủ tịch UBND tỉnh, "
            "làm trưởng đoàn đã kiểm tra việc chuẩn bị bầu cử tại xã Bản Lầu.")
    draft = extract_article(text, today=TODAY)
    assert (draft.record["date"], draft.record["date_certainty"]) == ("2025-03-14", "stated")


@pytest.mark.parametrize(("lead", "expected"), [
    ("Chiều 12/3, Thường trực HĐND xã giám sát việc cấp phát quà tết trong dịp tết Nguyên Đán Mậu Tuất năm 2018 "
     "tại UBND xã Bản Lầu.", "2018-03-12"),
    ("Sáng 20/2, Ban Văn hóa - Xã hội HĐND huyện giám sát việc tặng quà Tết Canh Tý cho người có công tại xã "
     "Bản Lầu.", "2020-02-20"),
    ("Sáng 10/1, Ban Pháp chế HĐND tỉnh kiểm tra công tác chuẩn bị Tết Nguyên đán năm 2022 tại xã Bản Lầu.",
     "2022-01-10"),
    ("Chiều 26/12, Thường trực HĐND xã kiểm tra việc chuẩn bị đón Tết Nguyên đán Bính Ngọ tại UBND xã Bản Lầu.",
     "2025-12-26"),
    ("Sáng 28/12, Ban Kinh tế - Ngân sách HĐND tỉnh giám sát việc chuẩn bị hàng hóa phục vụ Tết Dương lịch 2020 "
     "tại xã Bản Lầu.", "2019-12-28"),
])
def test_the_tet_a_visit_is_about_dates_it(lead: str, expected: str) -> None:
    assert _draft(lead).record["date"] == expected


def test_a_school_span_is_no_tet() -> None:
    # "Tết" with a span names no one Tết: the span's own reading stays
    lead = ("Sáng 10/1, Ban Pháp chế HĐND tỉnh kiểm tra việc chi hỗ trợ dịp Tết 2019-2020 tại xã Bản Lầu.")
    assert _draft(lead).record["date"] != "2019-01-10"


def _article(title: str, *sentences: str) -> str:
    return title + "\n\n" + "\n\n".join(sentences)


def test_a_delegations_anniversary_gathering_under_an_oversight_headline_is_no_visit() -> None:
    text = _article("Đoàn ĐBQH tỉnh Bắc Ninh: Giám sát sát với kiến nghị của cử tri",
                    "Chiều 20/12, Đoàn đại biểu Quốc hội tỉnh Bắc Ninh tổ chức họp mặt kỷ niệm 80 năm Ngày Tổng tuyển "
                    "cử đầu tiên và tổng kết hoạt động của Đoàn khóa XV.",
                    "Trong nhiệm kỳ, Đoàn đã tổ chức nhiều cuộc giám sát tại các địa phương.")
    draft = extract_article(text, today=TODAY)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.own_meeting"


def test_a_gathering_that_also_surveys_a_place_stays_a_visit() -> None:
    text = _article("Đoàn ĐBQH tỉnh Bắc Ninh giám sát tại cơ sở",
                    "Chiều 20/12, Đoàn đại biểu Quốc hội tỉnh Bắc Ninh tổ chức gặp mặt cán bộ một cửa rồi khảo sát "
                    "thực tế tại Trung tâm Phục vụ hành chính công phường Kinh Bắc.")
    assert extract_article(text, today=TODAY).non_visit is None


@pytest.mark.parametrize(("lead", "expected"), [
    # a span of a law's or policy's use that closed: in a spring, the year after it
    ("Sáng 9/4, Ban Pháp chế HĐND tỉnh giám sát việc thực hiện pháp luật về tiếp công dân giai đoạn 2020 - 2024 "
     "tại UBND xã Bản Lầu.", "2025-04-09"),
    # from mid-year on, its last year
    ("Sáng 9/10, Ban Pháp chế HĐND tỉnh giám sát việc thực hiện pháp luật về tiếp công dân giai đoạn 2020 - 2024 "
     "tại UBND xã Bản Lầu.", "2024-10-09"),
    # a programme's term is checked while it runs: its last year, as before
    ("Sáng 9/4, Ban Dân tộc HĐND tỉnh giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững "
     "giai đoạn 2021 - 2025 tại UBND xã Bản Lầu.", "2025-04-09"),
    ("Sáng 9/4, Ban Dân tộc HĐND tỉnh giám sát việc thực hiện chính sách giảm nghèo giai đoạn 2016 - 2020 tại UBND "
     "xã Bản Lầu.", "2020-04-09"),
])
def test_a_span_overseen_bounds_the_year(lead: str, expected: str) -> None:
    assert _draft(lead).record["date"] == expected


def test_an_autumn_review_of_a_tet_is_not_taken_for_the_next_one() -> None:
    # in September nothing prepares that Tết: it is no anchor (the year named alone dates the visit instead)
    lead = ("Sáng 5/9, Ban Văn hóa - Xã hội HĐND tỉnh giám sát kết quả chi trả quà Tết Nguyên đán 2024 tại UBND xã "
            "Bản Lầu.")
    assert _draft(lead).record["date"] != "2023-09-05"
