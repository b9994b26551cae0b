"""What a plan says will follow its check (session 27, f50; `visit_aftermath`, `visit_evidence`,
`visit_findings_first`).

A plan with the team's days ("Từ ngày 6 đến 17/10/2025, Đoàn giám sát ... sẽ làm việc tại ...") that ends on what
comes after the round ("Kết thúc đợt giám sát, Thường trực HĐND tỉnh sẽ làm việc với UBND tỉnh", "Sau khi kiểm tra,
tổ sẽ báo cáo ...") is still a plan: the check's word in the opening time clause is a noun, the main clause is to
come. A report that ends so, its work told done in its opening, and a head's words after a check ("Kết thúc buổi
giám sát, bà X đề nghị ... sẽ ...") stay a visit.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_aftermath import aftermath_ahead
from store.extract.visit_findings_first import findings_first


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


_PLANS = [
    "Từ ngày 2 đến 6/3/2026, Đoàn giám sát của Thường trực HĐND tỉnh Bắc Ninh sẽ làm việc với Sở Nội vụ và Bảo "
    "hiểm xã hội tỉnh.\nKết thúc đợt giám sát, Thường trực HĐND tỉnh sẽ làm việc với UBND tỉnh.",
    "Từ ngày 9 đến 13/3/2026, Tổ kiểm tra công vụ của UBND tỉnh Hưng Yên sẽ kiểm tra đột xuất tại Trung tâm Phục "
    "vụ hành chính công tỉnh.\nSau khi kiểm tra, tổ sẽ báo cáo Chủ tịch UBND tỉnh.",
    "Ngày 20/3/2026, Ban Pháp chế HĐND thành phố Cần Thơ dự kiến khảo sát tại Công an thành phố về cấp căn cước.\n"
    "Kết thúc chuyến khảo sát, Ban sẽ gửi báo cáo đến Thường trực HĐND thành phố.",
    "Từ ngày 23 đến 27/3/2026, Ủy ban MTTQ Việt Nam tỉnh Cà Mau sẽ giám sát tại Văn phòng đăng ký đất đai tỉnh.\n"
    "Sau khi giám sát, Đoàn sẽ kiến nghị UBND tỉnh tháo gỡ vướng mắc.",
]


@pytest.mark.parametrize("text", _PLANS)
def test_a_dated_plan_ending_on_what_follows_the_check_is_no_visit(text: str) -> None:
    assert _code(text) is not None


@pytest.mark.parametrize("sentence", [
    "Kết thúc đợt giám sát, Thường trực HĐND tỉnh sẽ làm việc với UBND tỉnh về những kiến nghị của đoàn.",
    "Sau khi kiểm tra, tổ sẽ báo cáo Chủ tịch UBND tỉnh xem xét.",
    "Kết thúc chuyến khảo sát, Ban sẽ gửi báo cáo đến các đại biểu.",
    "Sau khi giám sát, Đoàn sẽ kiến nghị UBND tỉnh tháo gỡ vướng mắc.",
    "Sau đợt kiểm tra, Sở Nội vụ dự kiến tổ chức hội nghị rút kinh nghiệm.",
])
def test_an_aftermath_still_to_come(sentence: str) -> None:
    assert aftermath_ahead(sentence)


@pytest.mark.parametrize("sentence", [
    "Kết thúc buổi giám sát, bà Lê Thị Mai đề nghị xã sẽ rà soát lại các hồ sơ.",
    "Kết thúc buổi kiểm tra, ông Trần Văn Nam cho biết đoàn sẽ tổng hợp báo cáo.",
    "Sau khi kiểm tra, đoàn đã chỉ ra 3 hồ sơ trễ hạn và sẽ kiến nghị xử lý.",
    "Sau khi kiểm tra tại Bộ phận một cửa xã A, đoàn ghi nhận việc niêm yết đầy đủ.",
    "Đoàn giám sát sẽ làm việc tại Sở Y tế từ ngày 10/4.",
    "Kết thúc năm 2025, tỉnh sẽ hoàn thành việc số hóa hồ sơ.",
])
def test_a_report_or_another_sentence_is_no_aftermath(sentence: str) -> None:
    assert not aftermath_ahead(sentence)


def test_a_report_ending_on_what_comes_next_keeps_its_findings() -> None:
    article = read_article(
        "Kết thúc buổi kiểm tra, Đoàn kiểm tra của Sở Nội vụ tỉnh Vĩnh Long sẽ báo cáo UBND tỉnh.\n"
        "Tại buổi kiểm tra sáng 4/11/2025 ở xã Tân Quới, đoàn đã xem 40 hồ sơ.")
    assert findings_first(article) is not None


def test_a_plan_ending_on_what_comes_next_has_no_findings() -> None:
    article = read_article(
        "Từ ngày 9 đến 13/3/2026, Tổ kiểm tra công vụ của UBND tỉnh Hưng Yên sẽ kiểm tra tại Sở Xây dựng.\n"
        "Kết thúc đợt kiểm tra, tổ sẽ báo cáo Chủ tịch UBND tỉnh.")
    assert findings_first(article) is None


@pytest.mark.parametrize("text", [
    "Sáng 12/3/2026, Đoàn giám sát của Thường trực HĐND tỉnh Bắc Ninh đã làm việc với Sở Nội vụ.\n"
    "Kết thúc buổi giám sát, Đoàn sẽ tổng hợp kết quả, báo cáo Thường trực HĐND tỉnh.",
    "Kết thúc đợt giám sát, Ban Pháp chế HĐND tỉnh Bắc Ninh sẽ tổng hợp kết quả.\n"
    "Trước đó, chiều 10/3/2026, qua giám sát tại Chi nhánh Văn phòng đăng ký đất đai thị xã Quế Võ, Ban ghi nhận "
    "đơn vị đã giải quyết đúng hạn phần lớn hồ sơ.",
])
def test_a_report_ending_on_what_comes_next_stays_a_visit(text: str) -> None:
    assert _code(text) is None
