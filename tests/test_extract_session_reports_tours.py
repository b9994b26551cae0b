"""Session 28 (fresh52) non-visit classes, on sentences written for these tests (no real article is copied).

- a committee's report read at a session, its survey cited ("Báo cáo thẩm tra của Ban ... tại kỳ họp thứ 9 ... nêu:
  qua khảo sát, ..."): the session (`visit_session_reports`); a survey made for the report, or a place visited in the
  lead, stays a visit;
- a delegation from elsewhere touring or learning at a service centre, received by its hosts ("đón tiếp Đoàn ... đến
  tham quan, tìm hiểu ...; ... quan hệ hữu nghị", "đến học tập kinh nghiệm"): no unit overseen
  (`visit_hosted_tours`); an oversight or survey team touring a model stays a visit.
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
AFTER = "Ban đề nghị thành phố sớm bố trí thêm máy quét cho bộ phận một cửa của các phường."


def reason_of(*lines: str) -> str | None:
    found = non_visit_reason(read_article("\n".join(lines) + "\n"))
    return None if found is None else found.code


def flagged(*lines: str) -> bool:
    return bool(extract_article("\n".join(lines) + "\n", today=TODAY).non_visit)


# -- a report read at a session ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND thành phố Cần Thơ tại kỳ họp thứ 9 khai mạc sáng 4.12 nêu: "
    "qua khảo sát, vẫn còn 9% hồ sơ đất đai trễ hạn.",
    "Theo báo cáo thẩm tra do Ban Pháp chế HĐND thành phố Huế trình bày tại kỳ họp thứ 11 sáng 8/12, qua khảo sát, "
    "nhiều phường chưa có máy quét hồ sơ.",
    "Tại kỳ họp thứ 14 HĐND thành phố Hải Phòng diễn ra ngày 9/7, báo cáo thẩm tra của Ban Văn hóa - Xã hội cho biết, "
    "qua khảo sát, nhiều trường chưa kết nối dữ liệu học sinh.",
    "Báo cáo kết quả giám sát chuyên đề của Thường trực HĐND thành phố Đà Nẵng tại kỳ họp thứ 6 chiều 4/12 cho thấy, "
    "qua giám sát, tỷ lệ hồ sơ trực tuyến toàn trình ở các phường còn thấp.",
    "Như báo đã đưa tin, báo cáo giám sát của Ban Đô thị HĐND thành phố Hà Nội trình kỳ họp thứ 20 chỉ ra, qua giám "
    "sát, việc số hóa hồ sơ cấp phép xây dựng còn chậm.",
])
def test_a_report_read_at_a_session_is_the_session(lead: str) -> None:
    assert report_read_at_session(read_article(f"{lead}\n{AFTER}\n"))
    assert reason_of(lead, AFTER) == "nonvisit.session"
    assert flagged(lead, AFTER)


@pytest.mark.parametrize("lead", [
    "Để phục vụ báo cáo thẩm tra tại kỳ họp thứ 15, sáng 3/7, Ban Pháp chế HĐND thành phố Đà Nẵng do ông Lê Văn Tùng, "
    "Trưởng Ban, dẫn đầu đã khảo sát tại Trung tâm Phục vụ hành chính công phường Hải Châu.",
    "Chuẩn bị báo cáo thẩm tra trình kỳ họp cuối năm, chiều 18/11, Ban Đô thị HĐND thành phố Hà Nội do ông Ngô Văn "
    "Bình, Trưởng Ban, dẫn đầu đã làm việc với UBND phường Tây Hồ.",
    "Sáng 20/11, Ban Pháp chế HĐND thành phố Cần Thơ do bà Trần Thị Kim, Trưởng Ban, dẫn đầu đã khảo sát tại phường "
    "Cái Khế; kết quả sẽ được đưa vào báo cáo thẩm tra tại kỳ họp thứ 9.",
    "Sáng 2/12, đoàn giám sát của Thường trực HĐND thành phố Huế đã kiểm tra tại phường Vỹ Dạ, chuẩn bị báo cáo giám "
    "sát trình kỳ họp.",
])
def test_a_survey_made_for_the_report_stays_a_visit(lead: str) -> None:
    assert not report_read_at_session(read_article(f"{lead}\n{AFTER}\n"))
    assert not flagged(lead, AFTER)


def test_a_report_far_from_any_session_is_no_session() -> None:
    """A report named without a session ("báo cáo thẩm tra" of a plan, no "kỳ họp") is left to the other rules."""
    lead = "Báo cáo thẩm tra của Ban Pháp chế cho thấy, qua khảo sát, nhiều phường chưa có máy quét hồ sơ."
    assert not report_read_at_session(read_article(f"{lead}\n{AFTER}\n"))


# -- a study tour hosted -----------------------------------------------------------------------------------------------


HOSTS = "Đoàn được giới thiệu quy trình tiếp nhận hồ sơ, số hóa giấy tờ và trả kết quả qua bưu điện."


@pytest.mark.parametrize("lines", [
    ("Sáng 13/11, Chủ tịch UBND phường Ninh Kiều Trần Văn Khải đã đón tiếp Đoàn công tác tỉnh Champasak (Lào) đến "
     "tham quan, tìm hiểu hoạt động của Trung tâm Phục vụ hành chính công phường.",
     "Ông Khải mong chuyến thăm góp phần vun đắp quan hệ hữu nghị giữa hai địa phương."),
    ("Chiều 2/10, Phó Chủ tịch UBND thành phố Hải Phòng Đỗ Thị Lan đã tiếp và làm việc với Đoàn đại biểu thành phố "
     "Kawada (Nhật Bản) sang tham quan và tìm hiểu cách vận hành Trung tâm Phục vụ hành chính công thành phố.",
     "Bà Lan mong chuyến đi làm sâu sắc thêm tình hữu nghị giữa hai thành phố."),
    ("Ngày 20/10, đoàn công tác của UBND tỉnh Điện Biên do ông Lò Văn Pọm, Phó Chủ tịch UBND tỉnh, dẫn đầu đã đến học "
     "tập kinh nghiệm vận hành Trung tâm Phục vụ hành chính công phường Hòa Cường, thành phố Đà Nẵng.",
     "Tiếp đoàn có bà Phan Thị Ngọc, Chủ tịch UBND phường Hòa Cường."),
])
def test_a_study_tour_hosted_is_no_visit(lines: tuple[str, str]) -> None:
    assert study_tour_hosted(read_article("\n".join((*lines, HOSTS)) + "\n"))
    assert reason_of(*lines, HOSTS) == "nonvisit.study_tour"
    assert flagged(*lines, HOSTS)


@pytest.mark.parametrize("lines", [
    ("Sáng 5/9, Đoàn giám sát của HĐND thành phố Huế do bà Hồ Thị Thu, Phó Chủ tịch HĐND thành phố, dẫn đầu đã tham "
     "quan, tìm hiểu mô hình số hóa hồ sơ hộ tịch và làm việc với UBND phường Vỹ Dạ.",
     "Bà Thu mong phường giữ quan hệ hữu nghị với các phường bạn để chia sẻ cách làm."),
    ("Sáng 24/9, đoàn khảo sát của Ủy ban MTTQ Việt Nam thành phố Cần Thơ do bà Lâm Thị Vân dẫn đầu đã tham quan, tìm "
     "hiểu mô hình tổ công nghệ số cộng đồng tại phường Cái Khế.",
     "Phường cho biết đã có 21 tổ công nghệ số cộng đồng."),
    ("Sáng 9/10, Chủ tịch UBND thành phố Đà Nẵng Lê Văn Hải đã đến tham quan, tìm hiểu hoạt động và làm việc với "
     "UBND phường An Hải.",
     "Ông Hải đề nghị phường giữ tình hữu nghị với các đoàn khách quốc tế."),
])
def test_a_tour_by_oversight_or_the_citys_own_leader_stays_a_visit(lines: tuple[str, str]) -> None:
    """An oversight or survey team touring a model is at work; a tour whose subject is no delegation (the city's own
    chairman) is the leader's own check."""
    assert not study_tour_hosted(read_article("\n".join((*lines, HOSTS)) + "\n"))
    assert not flagged(*lines, HOSTS)
