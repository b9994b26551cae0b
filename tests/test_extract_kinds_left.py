"""Visit or not, on the classes left open by the kinds batch: numbered teams given their shares still to come, a
feature on how a body oversees, and gifts given on a trip (a visit when it surveys, a charity call when not)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.visit_gifts import GIFTS, HONOURS
from tests.leads import TODAY
from tests.leads import lead_draft as _draft

# -- numbered teams and their shares ----------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Bộ Y tế lập ba đoàn kiểm tra công tác tiêm chủng. Đoàn 1 kiểm tra tại 12 tỉnh miền núi phía Bắc. Đoàn 2 kiểm "
    "tra tại 9 tỉnh Bắc Trung Bộ. Đoàn 3 làm việc với các tỉnh vùng Đồng bằng sông Cửu Long.",
    "Các đoàn công tác của Ủy ban sẽ khảo sát việc cấp nước sạch. Đoàn thứ nhất khảo sát tại 7 tỉnh vùng Tây Nguyên, "
    "Đoàn thứ hai khảo sát tại 5 tỉnh vùng Đông Nam Bộ.",
])
def test_numbered_teams_given_their_shares_are_no_visit(lead: str) -> None:
    assert _draft(lead).non_visit is not None


@pytest.mark.parametrize("lead", [
    # the teams' own day
    "Ngày 5/6/2024, Đoàn số 1 do ông Lò Văn Tiến dẫn đầu kiểm tra tại 5 xã phía Bắc huyện Sìn Hồ; Đoàn số 2 kiểm tra "
    "tại 4 xã phía Nam.",
    # the work told as done
    "Đoàn số 1 của HĐND tỉnh Lai Châu đã giám sát tại 3 xã; Đoàn số 2 đã giám sát tại 4 xã vùng biên.",
    # one team at a named commune
    "Sáng 12/3/2024, Đoàn giám sát số 1 của HĐND tỉnh Lai Châu làm việc với UBND xã Sìn Hồ.",
])
def test_numbered_teams_at_work_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None


# -- a body's way of overseeing -----------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "lead"), [
    ("Kỳ 3: Nghe dân nói trước khi kết luận",
     "Để kết luận đúng, đoàn giám sát của HĐND huyện luôn khảo sát trực tiếp tại những nơi được giám sát, gặp người "
     "dân trước khi nghe báo cáo."),
    ("Tin hoạt động",
     "Trước mỗi cuộc giám sát, Ban Pháp chế HĐND tỉnh thường khảo sát tại cơ sở để chọn nội dung sát thực tế."),
])
def test_a_body_overseeing_in_general_is_no_visit(title: str, lead: str) -> None:
    draft = _draft(lead, title)
    assert draft.non_visit is not None and "how a body oversees" in draft.non_visit


@pytest.mark.parametrize(("title", "lead"), [
    # a series' chapter that reports one visit on its day
    ("Bài 1: Chuyển đổi số ở xã vùng cao",
     "Sáng 3/4/2024, Đoàn giám sát HĐND tỉnh Lai Châu khảo sát tại cơ sở, làm việc với UBND xã Sìn Hồ."),
    # a habit word in a visit report with a named place
    ("Tin hoạt động",
     "Đoàn giám sát HĐND tỉnh Lai Châu luôn lắng nghe ý kiến người dân khi khảo sát tại UBND xã Sìn Hồ."),
    # done, though without a day
    ("Bài 2: Đến tận nơi",
     "Đoàn giám sát của HĐND huyện đã khảo sát trực tiếp tại những nơi được giám sát và chỉ ra nhiều hạn chế."),
])
def test_a_visit_with_a_day_a_place_or_done_stays_a_visit(title: str, lead: str) -> None:
    assert _draft(lead, title).non_visit is None


# -- gifts ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "lead"), [
    ("Tin hoạt động",
     "Đoàn ĐBQH tỉnh Lai Châu do Phó Trưởng Đoàn chuyên trách dẫn đầu đã đến thăm và trao tặng quà cho các hộ nghèo "
     "tại xã Sìn Hồ."),
    ("Thăm, tặng quà gia đình chính sách",
     "Nhân dịp Tết, Thường trực HĐND tỉnh Lai Châu đến thăm, tặng quà các gia đình người có công tại xã Sìn Hồ."),
])
def test_a_call_that_only_gives_gifts_is_no_visit(title: str, lead: str) -> None:
    draft = _draft(lead, title)
    assert draft.non_visit is not None and "give gifts" in draft.non_visit


def test_gifts_given_on_a_survey_trip_stay_a_visit() -> None:
    text = ("Đoàn ĐBQH tỉnh Lai Châu chung tay cùng hộ nghèo\n\n"
            "Đoàn đại biểu Quốc hội tỉnh Lai Châu đã vận động doanh nghiệp hỗ trợ xây 5 căn nhà cho hộ nghèo.\n\n"
            "Đoàn đã trao tặng 30 suất quà cho học sinh nghèo tại xã Sìn Hồ.\n\n"
            "Từ ngày 10 đến ngày 12 tháng 3 năm 2024, Đoàn đã có chuyến thăm và khảo sát tiến độ xây dựng các căn nhà "
            "được hỗ trợ tại xã Sìn Hồ.")
    assert extract_article(text, today=TODAY).non_visit is None


def test_an_honour_handed_over_is_still_an_award() -> None:
    draft = _draft("Sáng 9/1/2025, Chủ tịch UBND tỉnh Lai Châu trao tặng Bằng khen cho 12 tập thể có thành tích "
                   "trong công tác kiểm tra.", "Lễ tổng kết năm")
    assert draft.non_visit is not None
    assert HONOURS.search("trao tặng Huân chương Lao động hạng Ba") and not HONOURS.search("trao tặng 20 suất quà")
    assert GIFTS.search("trao tặng 20 suất quà") and GIFTS.search("thăm, tặng quà") and not GIFTS.search(
        "trao tặng Bằng khen")


# -- a few visits told one by one ----------------------------------------------------------------------------


def test_a_few_visits_told_one_by_one_stay_one_visit() -> None:
    text = ("Thực hiện kế hoạch giám sát năm 2020, Ủy ban MTTQ huyện Sìn Hồ vừa tổ chức 02 cuộc giám sát tại các "
            "xã.\n\nGiám sát tại UBND xã Nậm Tăm\n\n"
            "Đoàn đã giám sát việc sử dụng Quỹ vì người nghèo tại UBND xã Nậm Tăm và việc làm nhà cho hộ nghèo tại "
            "UBND xã Pa Tần.")
    assert extract_article(text, today=TODAY).non_visit is None


def test_a_public_service_desk_called_on_with_gifts_stays_a_visit() -> None:
    draft = _draft("Ngày 20/1/2025, Chủ tịch UBND tỉnh Lai Châu đi thăm, tặng quà và động viên cán bộ tại Trung tâm "
                   "Phục vụ hành chính công tỉnh.")
    assert draft.non_visit is None
