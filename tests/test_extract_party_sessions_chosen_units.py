"""A session with a province's party committee beside a lower stop; a unit named only as the one chosen for the team.

Session 30 (left6): "làm việc với Ban Thường vụ Tỉnh ủy A" then a district told in another sentence listed the
district only, though a session with the province's People's Committee lists both (convention t988;
`place_province_offices.party_session_provinces`). s29 fresh56 v03's district, named only as "đơn vị được Ủy ban MTTQ
tỉnh chọn để Đoàn kiểm tra đến làm việc" after a Front's name, was missed (`place_chosen_units`).
"""

from __future__ import annotations

import pytest

from store.extract import extract_article


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


_LEAD = "Ngày 5/9/2024, đoàn kiểm tra của Ban Dân vận Trung ương do bà Lò Thị Mai làm trưởng đoàn "


@pytest.mark.parametrize(("text", "places"), [
    (_LEAD + "đã làm việc với Ban Thường vụ Tỉnh ủy Sơn La về cải cách hành chính. Trước đó, đoàn đã khảo sát tại "
     "huyện Mộc Châu.", ["tỉnh Sơn La", "huyện Mộc Châu"]),
    (_LEAD + "đã đến làm việc với Tỉnh ủy Lạng Sơn về Đề án 06. Sau buổi làm việc, đoàn kiểm tra thực tế tại huyện "
     "Cao Lộc.", ["tỉnh Lạng Sơn", "huyện Cao Lộc"]),
    (_LEAD + "đã có buổi làm việc với Thường trực Tỉnh ủy Sơn La. Cùng ngày, đoàn kiểm tra bộ phận một cửa huyện "
     "Mộc Châu.", ["tỉnh Sơn La", "huyện Mộc Châu"]),
])
def test_a_session_with_the_provinces_party_committee_lists_the_province(text: str, places: list[str]) -> None:
    assert sorted(_places(text)) == sorted(places)


@pytest.mark.parametrize(("text", "places"), [
    # the committee is the team's own body
    ("Ngày 21/5/2024, đoàn công tác của Ban Thường vụ Tỉnh ủy Sơn La do ông Cầm Văn Sơn làm trưởng đoàn đã làm việc "
     "với huyện Mộc Châu về chuyển đổi số.", ["huyện Mộc Châu"]),
    # a partner of the district's own work, no session
    ("Ngày 21/5/2024, đoàn của HĐND tỉnh do ông Cầm Văn Sơn làm trưởng đoàn đã giám sát tại huyện Mộc Châu. Huyện "
     "cho biết đã phối hợp với Tỉnh ủy Sơn La để số hóa hồ sơ đảng viên.", ["huyện Mộc Châu"]),
    # a district's party committee: the district, no province
    (_LEAD + "đã làm việc với Ban Thường vụ Huyện ủy Cao Lộc về cải cách hành chính. Sau đó, đoàn kiểm tra bộ phận "
     "một cửa của huyện.", ["huyện Cao Lộc"]),
])
def test_the_committee_as_body_partner_or_beside_the_unit_adds_no_province(text: str, places: list[str]) -> None:
    assert sorted(_places(text)) == sorted(places)


_FRONT = ("Ngày 24/11/2022, đoàn kiểm tra chéo của Cụm thi đua Mặt trận do ông Lê Quang Thịnh làm trưởng đoàn đã có "
          "buổi làm việc tại tỉnh Sơn La. ")


@pytest.mark.parametrize(("text", "places"), [
    (_FRONT + "Tại buổi làm việc, đại diện Ủy ban MTTQ huyện Mộc Châu - đơn vị được Ủy ban MTTQ tỉnh chọn để Đoàn "
     "kiểm tra đến làm việc, đã báo cáo kết quả công tác Mặt trận.", ["tỉnh Sơn La", "huyện Mộc Châu"]),
    (_FRONT + "Đoàn cũng nghe Ủy ban MTTQ huyện Mộc Châu, địa bàn được tỉnh chọn để đoàn về kiểm tra, trình bày "
     "cách giám sát bộ phận một cửa.", ["tỉnh Sơn La", "huyện Mộc Châu"]),
    ("Ngày 8/8/2024, đoàn giám sát của Ban Pháp chế HĐND tỉnh Sơn La do bà Lò Thị Mai làm trưởng đoàn đã làm việc "
     "với Sở Tư pháp tỉnh Sơn La. Địa bàn được chọn để đoàn khảo sát thực tế là huyện Mộc Châu.",
     ["tỉnh Sơn La", "huyện Mộc Châu"]),
])
def test_a_unit_chosen_for_the_team_is_visited(text: str, places: list[str]) -> None:
    assert sorted(_places(text)) == sorted(places)


def test_the_team_choosing_a_unit_stays_visited() -> None:
    # read on the base tree too (the only unit named); `place_chosen_units` reads it as chosen as well
    text = ("Ngày 8/8/2024, đoàn giám sát của Ban Pháp chế HĐND tỉnh Sơn La do bà Lò Thị Mai làm trưởng đoàn đã giám "
            "sát việc cấp phiếu lý lịch tư pháp. Tại buổi giám sát, đoàn nghe Sở Tư pháp báo cáo; đoàn đã chọn Ủy ban "
            "nhân dân huyện Mộc Châu để giám sát trực tiếp.")
    assert _places(text) == ["huyện Mộc Châu"]


@pytest.mark.parametrize(("text", "places"), [
    # a pilot chosen by the province, not the team's stop
    ("Ngày 19/6/2024, đoàn khảo sát của HĐND tỉnh do ông Cầm Văn Sơn làm trưởng đoàn đã làm việc với UBND huyện "
     "Mộc Châu. Huyện cho biết sẽ học cách làm của huyện Mai Sơn – đơn vị được tỉnh chọn làm điểm về chính quyền số.",
     ["huyện Mộc Châu"]),
    # a choice still to come
    ("Ngày 2/10/2024, đoàn giám sát của HĐND tỉnh do ông Cầm Văn Sơn làm trưởng đoàn đã giám sát tại huyện Mộc Châu. "
     "Đoàn cho biết sẽ chọn huyện Mai Sơn để giám sát trong đợt tiếp theo.", ["huyện Mộc Châu"]),
    # a district chosen by the people for a prize, not for the team
    ("Ngày 2/10/2024, đoàn giám sát của HĐND tỉnh do ông Cầm Văn Sơn làm trưởng đoàn đã giám sát tại huyện Mộc Châu. "
     "Huyện Mai Sơn là đơn vị được chọn để nhận cờ thi đua của tỉnh.", ["huyện Mộc Châu"]),
])
def test_a_unit_chosen_for_something_else_is_not_visited(text: str, places: list[str]) -> None:
    assert sorted(_places(text)) == sorted(places)
