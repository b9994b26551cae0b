"""Classes found on the session's untouched real set (realcheck-s8-fresh4): a Front written "MTTQVN" overseeing
its own commune, and the counts of welfare reports ("53 đối tượng", "381 phần quà", "105 liệt sĩ")."""

from __future__ import annotations

import pytest

from tests.leads import lead_draft as _draft

# -- a Front written "MTTQVN" ------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Ngày 3/4/2024, MTTQVN xã Tân Hòa đã tổ chức giám sát UBND xã trong việc bình xét hộ nghèo.",
    "Sáng 18.6, Ủy ban MTTQVN phường An Lạc giám sát UBND phường về việc cấp phát gạo cứu đói.",
])
def test_front_written_mttqvn_oversees_a_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None


@pytest.mark.parametrize("lead", [
    "MTTQVN xã Tân Hòa ban hành kế hoạch giám sát việc bình xét hộ nghèo năm 2024.",
    "MTTQVN xã Tân Hòa sẽ giám sát UBND xã trong việc bình xét hộ nghèo vào quý III.",
])
def test_front_written_mttqvn_plans_are_no_visit(lead: str) -> None:
    assert _draft(lead).non_visit is not None


# -- counts of welfare reports -------------------------------------------------------------------------------

_VISIT = "Sáng 3/4/2024, Thường trực HĐND huyện giám sát tại UBND xã Tân Hòa. "


def _values(lead: str) -> list[tuple[float, str]]:
    return [(f["value"], f["unit"]) for f in _draft(_VISIT + lead).record["figures"]]


@pytest.mark.parametrize(("lead", "wanted"), [
    ("Xã đã cấp quà cho 62 đối tượng với số tiền 18,6 triệu đồng.", (62, "đối tượng")),
    ("Toàn xã có 140 liệt sỹ được quy tập.", (140, "liệt sĩ")),
    ("Toàn xã có 140 liệt sĩ được quy tập.", (140, "liệt sĩ")),
    ("Các mạnh thường quân đã ủng hộ 215 phần quà cho hộ nghèo.", (215, "phần quà")),
    ("Xã đã trao 90 suất quà cho gia đình chính sách.", (90, "phần quà")),
])
def test_welfare_counts_are_figures(lead: str, wanted: tuple[float, str]) -> None:
    assert wanted in _values(lead)


def test_a_part_of_the_martyrs_keeps_its_whole() -> None:
    lead = "Toàn xã có 140 liệt sĩ, trong đó có 21 liệt sĩ chưa xác định danh tính."
    figures = _draft(_VISIT + lead).record["figures"]
    assert any(f["value"] == 21 and f.get("of") == 140 for f in figures)


@pytest.mark.parametrize("lead", [
    "Dịp này, Đoàn trao tặng xã 40 suất quà cho hộ nghèo.",
    "Đồng thời đến thăm và tặng 40 suất quà cho các hộ nghèo trong bản.",
])
def test_gifts_the_team_hands_over_are_no_figure(lead: str) -> None:
    assert all(unit != "phần quà" for _, unit in _values(lead))


# -- a headline's oversight over a lead that tells the plan adopted ------------------------------------------

_HEADLINE = "Ban Pháp chế HĐND tỉnh khảo sát việc sắp xếp thôn, tổ dân phố"


@pytest.mark.parametrize("lead", [
    "Ngày 4/9/2024, Ban Pháp chế HĐND tỉnh đã có Kế hoạch khảo sát việc sắp xếp thôn. Theo kế hoạch, ngày 12/9/2024, "
    "Ban sẽ khảo sát tại UBND xã Tân Hòa.",
    "Ban Pháp chế HĐND tỉnh vừa ban hành kế hoạch khảo sát việc sắp xếp thôn. Dự kiến trong tháng 10, Ban sẽ làm việc "
    "với UBND các huyện.",
])
def test_plan_adopted_under_a_headline_is_no_visit(lead: str) -> None:
    draft = _draft(lead, title=_HEADLINE)  # the plan ("plan") or the visits to come ("sẽ")
    assert draft.non_visit is not None


def test_plan_then_the_work_done_is_a_visit() -> None:
    lead = ("Thực hiện Kế hoạch khảo sát đã ban hành, ngày 12/9/2024, Ban Pháp chế HĐND tỉnh đã khảo sát tại UBND xã "
            "Tân Hòa. Ban sẽ tổng hợp kết quả báo cáo HĐND tỉnh.")
    assert _draft(lead, title=_HEADLINE).non_visit is None


# -- numbered teams given the units they support --------------------------------------------------------------

_INSPECTS = "Lãnh đạo huyện kiểm tra công tác chuyển đổi số ở cơ sở"


@pytest.mark.parametrize("lead", [
    "Tổ công tác số 1 do ông Lê Văn An - Phó Chủ tịch UBND huyện làm tổ trưởng, phụ trách các xã: Tân An, Tân Bình. "
    "Tổ công tác số 2 do bà Trần Thị Bích làm tổ trưởng, phụ trách các xã: Phú An, Phú Bình.",
    "Tổ công tác số 1 do ông Lê Văn An - Trưởng phòng Nội vụ làm tổ trưởng, phụ trách hỗ trợ các xã: Tân An và Tây "
    "Sơn. Tổ công tác số 2 do bà Trần Thị Bích - Trưởng phòng Tư pháp làm tổ trưởng, sẽ trực tiếp hỗ trợ các phường: "
    "Bắc Sơn và Nam Sơn.",
    "Đoàn công tác số 1 do ông Lê Văn An làm trưởng đoàn, được giao theo dõi các xã phía Bắc. Đoàn công tác số 2 do "
    "bà Trần Thị Bích làm trưởng đoàn, được giao theo dõi các xã phía Nam.",
])
def test_numbered_teams_given_their_units_are_no_visit(lead: str) -> None:
    assert _draft(lead, title=_INSPECTS).non_visit is not None


def test_numbered_teams_at_work_on_their_day_visit() -> None:
    lead = ("Sáng 12/8/2025, Tổ công tác số 1 do ông Lê Văn An làm tổ trưởng đã kiểm tra tại UBND xã Tân An. Tổ công "
            "tác số 2 do bà Trần Thị Bích làm tổ trưởng, phụ trách các phường phía Nam, làm việc tại phường Bắc Sơn.")
    assert _draft(lead, title=_INSPECTS).non_visit is None
