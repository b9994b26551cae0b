"""Oversight no one went on (a team set up, a plan issued, oversight in writing, a council's hearing), the visits
that only look like it, and the years an election's or a congress's term gives a day written without one."""

from __future__ import annotations

import pytest

from store.reasons import Reason
from tests.leads import lead_draft as _draft


@pytest.mark.parametrize(("lead", "code"), [
    ("Thường trực HĐND huyện Phù Cừ đã ban hành Quyết định số 9/QĐ-HĐND về thành lập Đoàn giám sát việc quản lý "
     "chợ. Đoàn sẽ giám sát UBND huyện và 4 xã trong tháng 8.", "nonvisit.team_set_up"),
    ("Theo đó, bà Lê Thị Cúc, Phó Chủ tịch HĐND tỉnh làm Trưởng đoàn; ông Hà Văn Tú làm Phó Trưởng đoàn. Đối tượng "
     "giám sát: UBND tỉnh và các sở.", "nonvisit.team_set_up"),
    ("Ngày 20/12/2023, Thường trực HĐND thị xã Sơn Tây họp thảo luận, thống nhất chương trình giám sát năm 2024 "
     "tại các phường Trung Hưng, Viên Sơn.", "nonvisit.plan"),
    ("Ban Thường trực Ủy ban MTTQ huyện Hòa Vang tổ chức giám sát bằng văn bản đối với 11 xã về bảo hiểm y tế.",
     "nonvisit.in_writing"),
    ("Ngày 5/4/2023, HĐND phường Dịch Vọng tổ chức phiên chất vấn về trật tự xây dựng.", "nonvisit.hearing"),
])
def test_oversight_no_one_went_on_says_what_it_is(lead: str, code: str) -> None:
    draft = _draft(lead)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == code


@pytest.mark.parametrize("lead", [
    # the plan recalled, then the visit made
    "Thực hiện Quyết định thành lập Đoàn giám sát, sáng 9/5/2023, Đoàn giám sát HĐND tỉnh do ông Trần Văn Nam, "
    "Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát tại xã Hòa Phong, huyện Hòa Vang.",
    "Triển khai kế hoạch giám sát năm 2024, sáng 5/6/2024, Đoàn giám sát HĐND tỉnh do ông Trần Văn Nam, Phó Chủ "
    "tịch HĐND tỉnh làm trưởng đoàn giám sát tại xã Hòa Phong, huyện Hòa Vang.",
    # the unit's own plan, told after the visit's day
    "Sáng 5/6/2024, Đoàn giám sát HĐND tỉnh làm việc với UBND xã Hòa Phong, huyện Hòa Vang về cải cách hành chính. "
    "Năm 2023, xã đã xây dựng kế hoạch kiểm tra nội vụ và giải quyết 1.204 hồ sơ.",
    # through reports and on site
    "Trong các ngày 8-9/11/2022, Ban Đô thị HĐND quận Hai Bà Trưng đã khảo sát qua báo cáo và thực tế tại phường "
    "Bạch Mai.",
    # a team at work on its stated days, announced with "sẽ"
    "Trong hai ngày 5-6/10/2020, Ủy ban MTTQ huyện Hòa Vang tổ chức đoàn giám sát việc thực hiện quy chế dân chủ. "
    "Theo đó, đoàn sẽ trực tiếp giám sát tại xã Hòa Phong và xã Hòa Ninh.",
])
def test_a_visit_that_recalls_its_plan_or_is_announced_on_its_days_is_a_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None


@pytest.mark.parametrize(("lead", "year"), [
    ("Chiều 12-3, Đoàn kiểm tra do ông Nguyễn Văn An làm Trưởng đoàn đã kiểm tra công tác chuẩn bị bầu cử đại biểu "
     "Quốc hội khóa XV tại huyện Ba Vì.", 2021),
    ("Chiều 12-3, Đoàn kiểm tra do ông Nguyễn Văn An làm Trưởng đoàn đã kiểm tra công tác chuẩn bị bầu cử đại biểu "
     "Quốc hội khóa XIV tại huyện Ba Vì.", 2016),
    ("Chiều 12-3, Đoàn giám sát do ông Nguyễn Văn An làm Trưởng đoàn đã làm việc với huyện Ba Vì. Huyện đã lập 152 "
     "khu vực bỏ phiếu cho việc bầu đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.", 2021),
    ("Chiều 12-3, Đoàn giám sát do ông Nguyễn Văn An làm Trưởng đoàn đã làm việc với huyện Ba Vì về việc chuẩn bị "
     "Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020-2025.", 2020),
])
def test_an_election_or_a_congress_gives_the_year(lead: str, year: int) -> None:
    record = _draft(lead).record
    assert record["date"] == f"{year}-03-12" and record["date_certainty"] == "inferred"


def test_a_council_term_alone_is_no_election() -> None:
    """ "HĐND thành phố khóa XVI, nhiệm kỳ 2021-2026" is the council's own term: any year of it."""
    record = _draft("Chiều 12-3, Đoàn giám sát của Thường trực HĐND thành phố khóa XVI, nhiệm kỳ 2021-2026 do ông "
                    "Nguyễn Văn An làm Trưởng đoàn đã làm việc với huyện Ba Vì về thủ tục hành chính.").record
    assert record["date"] != "2021-03-12"


@pytest.mark.parametrize(("lead", "name"), [
    ("Sáng 9-4, Đoàn kiểm tra do Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Quang Vinh, Chủ tịch Ủy ban Bầu cử tỉnh "
     "làm Trưởng đoàn đã kiểm tra tại huyện Hải Hậu.", "Lê Quang Vinh"),
    ("Ngày 29/3/2021, Đoàn kiểm tra số 8 do Trưởng ban Tổ chức Thành ủy Hải Phòng Phạm Văn Lộc làm Trưởng đoàn đi "
     "kiểm tra tại quận Hồng Bàng.", "Phạm Văn Lộc"),
    ("Ngày 7/8/2020, Đoàn khảo sát của Ban Pháp chế HĐND tỉnh gồm: Ông Đặng Minh Khôi - Trưởng Ban, Bà Lò Thị Huệ - "
     "Phó Trưởng Ban đã khảo sát tại huyện Thanh Sơn, tỉnh Phú Thọ.", "Đặng Minh Khôi"),
    # K'Ho names: the prefix and its apostrophe, with or without a space, make a name with what follows
    ("Ngày 11/7/2023, đồng chí K' Mák, Phó Chủ tịch HĐND tỉnh Lâm Đồng làm trưởng đoàn đã giám sát tại huyện Đức "
     "Trọng.", "K' Mák"),
    ("Ngày 11/7/2023, Đoàn giám sát do ông K'Sơn, Trưởng ban Dân tộc HĐND tỉnh Lâm Đồng làm trưởng đoàn đã giám sát "
     "tại huyện Đức Trọng.", "K'Sơn"),
])
def test_leaders_named_after_their_titles_or_first_in_the_team(lead: str, name: str) -> None:
    assert (_draft(lead).record.get("leader") or {}).get("name") == name


@pytest.mark.parametrize(("lead", "title", "code"), [
    ("Chiều 2/4/2024, Thường trực HĐND xã Mỹ An tổ chức phiên họp thường kỳ tháng 4. Phiên họp phân công Ban Kinh tế"
     " - Xã hội HĐND xã đi khảo sát việc sửa chữa đường liên thôn.", "Tin hoạt động", "nonvisit.own_meeting"),
    ("Sáng 9/5, ông Lê Văn Bình, Phó Chủ tịch Hội Nông dân Việt Nam, chủ trì buổi làm việc với Bộ Nông nghiệp và Môi "
     "trường về phần mềm quản lý hội viên.", "Tin hoạt động", "nonvisit.working_session"),
    ("Ngày 3/8/2024, Huyện ủy tổ chức lớp bồi dưỡng nghiệp vụ cho 60 học viên là cán bộ các xã.",
     "Bồi dưỡng nghiệp vụ cho cán bộ cơ sở", "nonvisit.training"),
    ("Chiều 12/1/2025, UBND huyện tổ chức lễ trao Giấy khen cho 12 tập thể. Chủ tịch UBND huyện biểu dương các xã đã "
     "kiểm tra tốt việc giải quyết hồ sơ.", "Khen thưởng tập thể làm tốt cải cách hành chính", "nonvisit.award"),
    ("Thông tư số 01/2023/TT-VPCP quy định Bộ phận Một cửa phải niêm yết thủ tục. Chủ tịch UBND cấp xã có trách nhiệm "
     "kiểm tra việc niêm yết.", "Thông tư 01/2023/TT-VPCP: những điểm cần biết", "nonvisit.explainer"),
])
def test_meetings_classes_awards_and_explainers_say_what_they_are(lead: str, title: str, code: str) -> None:
    draft = _draft(lead, title)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == code


@pytest.mark.parametrize("lead", [
    "Sáng 3/10/2025, Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc với UBND xã Ia Grai về Trung tâm phục vụ hành chính"
    " công xã.",
    "Sáng 12/6/2024, Đoàn giám sát của Ban Pháp chế HĐND tỉnh làm việc tại xã Cẩm Xuyên. Kết thúc buổi làm việc, "
    "trưởng đoàn phân công các thành viên tổng hợp ý kiến.",
])
def test_a_session_with_a_commune_or_a_task_given_after_the_visit_is_still_a_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None


@pytest.mark.parametrize(("lead", "visit"), [
    ("Sáng 2/10/2024, tại phòng họp UBND thị xã, Đoàn giám sát HĐND thị xã tiến hành họp Đoàn giám sát để xem xét "
     "báo cáo của các phường chịu sự giám sát.", False),
    ("Chiều 14/5/2023, Tổ giám sát của Ban Pháp chế tổ chức cuộc họp của Tổ giám sát, rà soát phiếu khảo sát ý kiến "
     "người dân.", False),
    ("Sáng 2/10/2024, Đoàn giám sát HĐND thị xã làm việc với UBND phường Tân An. Tại buổi họp, các thành viên Đoàn "
     "giám sát nghe phường báo cáo.", True),
    ("Sau khi khảo sát thực tế tại xã Long Phú, chiều 2/10/2024 Đoàn giám sát HĐND thị xã họp Đoàn giám sát để thống "
     "nhất kết quả.", True),
    # the host holds a meeting with the visiting team, or a conference to receive it: the visit, from its side
    ("Chiều 2/10/2024, UBND phường Tân An tổ chức cuộc họp với Đoàn giám sát của HĐND thị xã. Ông Lê Văn Ba, Phó "
     "Chủ tịch HĐND thị xã làm trưởng đoàn.", True),
    ("Chiều 2/10/2024, UBND phường Tân An tổ chức hội nghị tiếp Đoàn kiểm tra của Thị ủy do ông Lê Văn Ba làm "
     "trưởng đoàn.", True),
])
def test_a_team_meeting_as_itself_is_no_visit_but_a_meeting_with_it_is(lead: str, visit: bool) -> None:
    draft = _draft(lead)
    assert (draft.non_visit is None) == visit, draft.non_visit


@pytest.mark.parametrize(("lead", "title", "code"), [
    # deputies meeting voters: a meeting of its own kind, whichever body and however it is written
    ("Sáng 3/12/2025, Tổ đại biểu HĐND tỉnh số 4 do bà Lê Thị Hoa làm tổ trưởng đã tiếp xúc cử tri tại phường Bắc "
     "Giang.", "Tin hoạt động", "nonvisit.voters"),
    ("Ngày 5/6/2024, Đoàn ĐBQH tỉnh tiếp xúc với cử tri huyện Yên Thế trước kỳ họp thứ 7.", "Tin hoạt động",
     "nonvisit.voters"),
    ("Hơn 150 cử tri đã dự buổi gặp.", "Đại biểu HĐND tỉnh TXCT tại xã Tân Sơn", "nonvisit.voters"),
    # a team named with its head whose work is still to come
    ("Ngày 9/12/2025, Đoàn giám sát HĐND tỉnh do ông Vũ Văn Hải làm trưởng đoàn sẽ làm việc với UBND xã Tân Sơn.",
     "Tin hoạt động", "nonvisit.to_come"),
    ("Ngày 9/12/2025, Ban Pháp chế HĐND tỉnh sẽ có buổi giám sát tại xã Tân Sơn. Đoàn do ông Vũ Văn Hải dẫn đầu.",
     "Tin hoạt động", "nonvisit.to_come"),
])
def test_voters_met_and_visits_to_come_are_no_visit(lead: str, title: str, code: str) -> None:
    draft = _draft(lead, title)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == code


@pytest.mark.parametrize("lead", [
    # voters met and a place surveyed too
    "Sáng 3/12/2025, Tổ đại biểu HĐND tỉnh số 4 do bà Lê Thị Hoa làm tổ trưởng đã tiếp xúc cử tri và khảo sát thực tế "
    "tại Trung tâm Phục vụ hành chính công phường Bắc Giang.",
    # an oversight of how voters' petitions were settled is oversight
    "Ngày 9/12/2025, Đoàn giám sát HĐND tỉnh do ông Vũ Văn Hải làm trưởng đoàn đã giám sát việc giải quyết kiến nghị "
    "cử tri tại UBND xã Tân Sơn.",
    # the team made its visit; what it will do next is said after
    "Ngày 9/12/2025, Đoàn giám sát HĐND tỉnh do ông Vũ Văn Hải làm trưởng đoàn đã làm việc với UBND xã Tân Sơn. Thời "
    "gian tới, đoàn sẽ làm việc với các sở.",
    # meeting voters as a duty the visiting council reviews, not the meeting reported
    "Ngày 9/8/2024, Thường trực HĐND tỉnh do ông Vũ Văn Hải làm trưởng đoàn đã làm việc với Thường trực HĐND huyện "
    "Tân Sơn, ghi nhận hoạt động tiếp xúc cử tri và công tác TXCT của các tổ đại biểu.",
])
def test_a_visit_beside_voters_or_a_later_plan_is_still_a_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None
