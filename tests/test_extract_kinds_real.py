"""Visit or not, on the look-alikes of real pages: visitors named by a body or an office the extractor did not know,
a department inspecting its own sector, a visit only recalled in a feature, a dated decision that sets a team up."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.visit_visitors import visitor_of_a_lower_unit
from store.reasons import Reason
from tests.leads import TODAY
from tests.leads import lead_draft as _draft


def _visitor(sentence: str, verb: str) -> bool:
    start = sentence.index(verb)
    return visitor_of_a_lower_unit(sentence, start, start + len(verb))


# -- a higher unit's committees, a ministry's official ---------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Sáng 17/5/2024, tại hội trường UBND phường Tân Chánh Hiệp, Quận ủy - UBND quận đã có buổi làm việc với phường "
    "về chương trình công tác năm 2024.",
    "Chiều 9/10/2023, UBND thị xã Hương Thủy có buổi làm việc với xã Thủy Phù về chuyển đổi số.",
    "Ngày 3/7/2022, Thiếu tướng Trần Văn Bình, Thứ trưởng Bộ Công an, đã làm việc với Công an tỉnh Hà Nam về Đề án 06.",
    "Ngày 12/8/2025, ông Lê Quang Tú, Thứ trưởng Bộ Nội vụ, đã kiểm tra thực tế tại Trung tâm Phục vụ hành chính công "
    "xã Ea Kar.",
])
def test_a_higher_unit_or_a_ministrys_official_visits(lead: str) -> None:
    assert _draft(lead).non_visit is None


@pytest.mark.parametrize("lead", [
    # the district at its own table with all its communes
    "Sáng 7/8/2024, tại hội trường huyện, UBND huyện Mường Lát tổ chức hội nghị làm việc với các xã về thu ngân sách.",
    # a commune with its own villages
    "Sáng 7/8/2025, UBND xã Mường Lát làm việc với các thôn, bản về tiến độ thu thuế.",
])
def test_a_unit_with_its_own_parts_is_no_visit(lead: str) -> None:
    assert _draft(lead).non_visit is not None


@pytest.mark.parametrize(("sentence", "verb", "visits"), [
    ("Quận ủy - UBND quận đã có buổi làm việc với phường về chương trình công tác.", "có buổi làm việc", True),
    ("UBND huyện Phú Lộc có buổi làm việc với xã Lộc An.", "có buổi làm việc", True),
    ("UBND tỉnh làm việc với UBND huyện Mường Lát.", "làm việc với", True),
    # the same tier: a district's committee with another district, a commune with a commune
    ("UBND huyện Phú Lộc làm việc với huyện Phú Vang.", "làm việc với", False),
    ("UBND xã Lộc An làm việc với xã Lộc Bình.", "làm việc với", False),
    # all the communes, met at the district's table
    ("UBND huyện làm việc với các xã về thu ngân sách.", "làm việc với", False),
    # no host unit after the verb
    ("UBND huyện làm việc với các doanh nghiệp.", "làm việc với", False),
])
def test_a_committee_visits_only_a_lower_unit(sentence: str, verb: str, visits: bool) -> None:
    assert _visitor(sentence, verb) is visits


# -- a department inspecting its own sector ----------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Chiều 19/9/2025, Sở Giáo dục và Đào tạo tổ chức kiểm tra tình hình đầu năm học tại các cơ sở giáo dục.",
    "Giám đốc Sở GD&ĐT Trần Văn Hải kiểm tra công tác chuẩn bị khai giảng tại Trường Tiểu học Kim Long.",
    "Ngày 15/10/2023, Phòng Y tế huyện Mường Lát kiểm tra công tác khám, chữa bệnh tại trạm y tế các xã.",
])
def test_a_department_at_its_own_schools_or_clinics_is_no_visit(lead: str) -> None:
    draft = _draft(lead)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.own_sector"


@pytest.mark.parametrize("lead", [
    # a council's committee surveys schools: oversight
    "Sáng 19/9/2025, Ban Văn hóa - Xã hội HĐND tỉnh do bà Lê Thị Mai làm trưởng đoàn đã khảo sát công tác chuẩn bị "
    "năm học tại Trường THCS Ngọc Lặc.",
    # a government's leader with the director
    "Chiều 3/9/2025, ông Lê Văn Nam, Phó Chủ tịch UBND tỉnh cùng Giám đốc Sở GD&ĐT đã kiểm tra công tác chuẩn bị khai "
    "giảng tại Trường THCS Kim Long.",
    # a department at a commune's government
    "Sáng 23/9/2025, Sở Nội vụ kiểm tra công tác cải cách hành chính tại UBND xã Mường Lát.",
    "Sáng 5/10/2025, Sở Y tế làm việc với UBND xã Mường Lát về hoạt động của trạm y tế xã.",
])
def test_oversight_of_schools_or_of_a_communes_government_is_a_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None


# -- a visit only recalled in a feature --------------------------------------------------------------------------


def _article(title: str, *sentences: str) -> str:
    return title + "\n\n" + " ".join(sentences)


def test_a_visit_told_to_the_reporter_in_a_feature_is_only_recalled() -> None:
    text = _article("Xã Yên Bình đổi thay", "Chủ tịch xã tiếp chúng tôi tại trụ sở.",
                    "Anh cho biết, Đoàn kiểm tra của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu vừa về hồi tháng trước.")
    draft = extract_article(text, today=TODAY)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.recalled"


@pytest.mark.parametrize("sentences", [
    # the visit in the lead, a host's word to the reporter after it
    ("Sáng 4/3/2025, Đoàn giám sát HĐND tỉnh do ông Nguyễn Văn Quý làm trưởng đoàn đã giám sát tại UBND xã Yên Bình.",
     "Trao đổi với chúng tôi, ông Trần Văn Hiếu cho biết, đoàn đã chỉ ra một số hồ sơ chậm."),
    # no reporter in the first person: a report, told by its host
    ("UBND xã Yên Bình tổ chức tổng kết năm.",
     "Chủ tịch xã cho biết, Đoàn giám sát của HĐND huyện đã giám sát tại xã về đất đai."),
    # the team's own head speaks
    ("Chúng tôi có mặt tại xã Yên Bình những ngày cuối năm.",
     "Trưởng đoàn giám sát cho biết, đoàn đã giám sát tại 5 xã của huyện."),
])
def test_a_visit_told_by_its_team_or_in_a_report_is_not_only_recalled(sentences: tuple[str, str]) -> None:
    draft = extract_article(_article("Tin hoạt động", *sentences), today=TODAY)
    assert not isinstance(draft.non_visit, Reason) or draft.non_visit.code != "nonvisit.recalled"


# -- a dated decision that sets a team up ------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Tin hoạt động", "Ban Pháp chế HĐND tỉnh giám sát cải cách hành chính"])
def test_the_day_a_decision_sets_a_team_up_is_no_day_at_work(title: str) -> None:
    lead = ("Ngày 10/10/2025, Thường trực HĐND tỉnh Lào Cai đã ban hành Quyết định số 15/QĐ-HĐND thành lập Đoàn giám "
            "sát việc thực hiện cải cách hành chính. Đoàn do ông Vàng Seo Pao làm Trưởng đoàn; bà Lù Thị Mai làm Phó "
            "Trưởng đoàn. Đoàn sẽ giám sát tại UBND 3 xã trong tháng 11.")
    draft = _draft(lead, title)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.team_set_up"


def test_the_team_at_work_on_its_own_day_after_the_decision_is_a_visit() -> None:
    lead = ("Ngày 10/10/2025, Thường trực HĐND tỉnh Lào Cai đã ban hành Quyết định số 15/QĐ-HĐND thành lập Đoàn giám "
            "sát. Sáng 4/11/2025, Đoàn do ông Vàng Seo Pao làm Trưởng đoàn, bà Lù Thị Mai làm Phó Trưởng đoàn giám sát "
            "tại UBND xã Bảo Yên.")
    assert _draft(lead, "Ban Pháp chế HĐND tỉnh giám sát cải cách hành chính").non_visit is None


def test_several_working_teams_set_up_at_once_are_a_plan_of_visits() -> None:
    lead = ("Theo đó, Ban Thường vụ Tỉnh ủy thành lập 3 đoàn công tác, đoàn 1 do đồng chí Lò Văn Hùng làm trưởng đoàn "
            "làm việc với Ban Thường vụ Huyện ủy Mộc Châu. Thời gian các đoàn làm việc từ ngày 17/4 đến ngày 3/6/2025.")
    draft = _draft(lead)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.team_set_up"
