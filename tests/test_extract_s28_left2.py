"""Session 28 second round (left2): two classes f52 left open, on sentences written for these tests (no real article
is copied).

- a committee's report read at a session whose lead names where its survey went ("nêu: qua khảo sát tại 10 phường,
  Ban nhận thấy ...", "Qua giám sát thực tế tại 8 xã, báo cáo kết quả giám sát ... trình tại kỳ họp ..."): the
  session (`visit_session_reports`); a survey told with its own trip ("đã khảo sát tại phường A; kết quả sẽ được đưa
  vào báo cáo thẩm tra ...") stays a visit;
- a delegation touring ("tham quan") a place of another province, told with neither learning nor friendship
  ("Đoàn công tác tỉnh A ... tham quan Trung tâm ... tỉnh B"): a tour hosted (`visit_hosted_tours`); a delegation at
  a unit of its own province, or at one named without its province, stays a visit.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_hosted_tours import study_tour_hosted
from store.extract.visit_kind import non_visit_reason
from store.extract.visit_session_reports import report_read_at_session

TODAY = date(2026, 12, 1)
AFTER = "Ban đề nghị tỉnh sớm bố trí thêm máy quét cho bộ phận một cửa của các xã."
SHOWN = "Lãnh đạo Trung tâm giới thiệu quầy tiếp nhận, khu tự phục vụ và màn hình theo dõi hạn giải quyết hồ sơ."


def text_of(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def reason_of(*lines: str) -> str | None:
    found = non_visit_reason(read_article(text_of(*lines)))
    return None if found is None else found.code


def flagged(*lines: str) -> bool:
    return bool(extract_article(text_of(*lines), today=TODAY).non_visit)


# -- a report read at a session, its survey's places cited -------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Báo cáo thẩm tra của Ban Pháp chế HĐND tỉnh Quảng Trị tại kỳ họp thứ 4 sáng 3/12 nêu: qua khảo sát tại 12 xã, "
    "Ban nhận thấy nhiều điểm phục vụ chưa có máy tra cứu.",
    "Tại kỳ họp thứ 9 HĐND tỉnh Phú Thọ, báo cáo thẩm tra của Ban Văn hóa - Xã hội cho biết, qua giám sát tại 5 "
    "phường, việc trả kết quả qua bưu điện còn chậm.",
    "Qua khảo sát thực tế tại 7 xã, báo cáo kết quả giám sát chuyên đề của Thường trực HĐND tỉnh Sơn La trình tại kỳ "
    "họp thứ 3 chỉ ra việc số hóa sổ hộ tịch còn dở dang.",
    "Báo cáo giám sát của Ban Đô thị HĐND tỉnh Bắc Ninh trình tại kỳ họp thứ 5 cho thấy, qua đợt giám sát tại 11 xã, "
    "nhiều điểm tiếp nhận hồ sơ còn thiếu người.",
])
def test_a_report_citing_its_surveys_places_is_the_session(lead: str) -> None:
    assert report_read_at_session(read_article(text_of(lead, AFTER)))
    assert reason_of(lead, AFTER) == "nonvisit.session"
    assert flagged(lead, AFTER)


@pytest.mark.parametrize("lead", [
    "Sáng 4/12, Ban Pháp chế HĐND tỉnh Quảng Trị do ông Hồ Văn Lực, Trưởng Ban, dẫn đầu đã khảo sát tại xã Cam Lộ; "
    "kết quả sẽ đưa vào báo cáo thẩm tra trình kỳ họp thứ 4.",
    "Để chuẩn bị báo cáo thẩm tra tại kỳ họp thứ 9, chiều 20/11, Ban Văn hóa - Xã hội HĐND tỉnh Phú Thọ đã giám sát "
    "tại phường Việt Trì.",
    "Qua khảo sát tại phường Việt Trì sáng 20/11, đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Phú Thọ đề nghị "
    "phường bổ sung máy quét.",
])
def test_a_survey_told_with_its_own_trip_stays_a_visit(lead: str) -> None:
    """A survey the lead tells as a trip (its day, its team, "đã khảo sát tại"), or with no report at a session, is
    no report read at one."""
    assert not report_read_at_session(read_article(text_of(lead, AFTER)))


# -- a tour hosted by another province ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Sáng 6/10, Đoàn công tác tỉnh Quảng Trị do ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, dẫn đầu đã đến tham quan "
    "Trung tâm Phục vụ hành chính công thành phố Huế.",
    "Chiều 14/10, đoàn công tác của Tỉnh ủy Phú Thọ do ông Trần Văn Nam, Phó Bí thư Tỉnh ủy, dẫn đầu đã tham quan "
    "mô hình xã không dùng tiền mặt của tỉnh Bắc Ninh.",
    "Ngày 2/11, Đoàn đại biểu HĐND Thành phố Hà Nội do bà Lê Thị Hoa dẫn đầu tham quan Trung tâm Phục vụ hành chính "
    "công TP. Hải Phòng.",
])
def test_a_bare_tour_of_another_province_is_hosted(lead: str) -> None:
    assert study_tour_hosted(read_article(text_of(lead, SHOWN)))
    assert reason_of(lead, SHOWN) == "nonvisit.study_tour"
    assert flagged(lead, SHOWN)


@pytest.mark.parametrize("lead", [
    # the delegation at a unit of its own province
    "Sáng 6/10, Đoàn công tác tỉnh Quảng Trị do ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh, dẫn đầu đã tham quan Trung "
    "tâm Phục vụ hành chính công xã Cam Lộ, tỉnh Quảng Trị.",
    # the unit toured named without its province
    "Chiều 14/10, đoàn công tác của tỉnh Phú Thọ do ông Trần Văn Nam dẫn đầu đã tham quan Trung tâm Phục vụ hành chính "
    "công phường Việt Trì.",
    # the delegation names no province
    "Sáng 2/11, Đoàn công tác do ông Trần Văn Nam dẫn đầu đã tham quan Trung tâm Phục vụ hành chính công tỉnh Phú Thọ.",
    # an oversight team touring in another province's name is still at work
    "Sáng 2/11, Đoàn giám sát của Ủy ban Pháp luật tỉnh Phú Thọ tham quan Trung tâm Phục vụ hành chính công tỉnh Bắc "
    "Ninh và làm việc với UBND tỉnh.",
])
def test_a_tour_of_its_own_or_unknown_province_is_not_hosted(lead: str) -> None:
    assert not study_tour_hosted(read_article(text_of(lead, SHOWN)))
