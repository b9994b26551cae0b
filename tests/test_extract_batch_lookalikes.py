"""Visits against their look-alikes: the classes a real batch of them showed (session 9, its batch-lookalikes set).

Interviews and conferences that announce an inspection's findings are no visit and have their own reasons; a commune's
party committee meeting its own Front is its own meeting; a leader going to the unit's own service desk to greet and
check is a visit; a working trip ("đã có chuyến thăm và làm việc tại") and a checking session ("Trong buổi kiểm tra,
làm việc với ...") name their leader; "cấp xã 64 đơn" names no commune. Each rule is also held to what it must not
take: the visit reports that look like these look-alikes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.extract import extract_article, extract_file
from store.reasons import Reason, say
from tests.leads import lead_draft as _draft

TUNED = Path(__file__).parent / "articles" / "tuned"


@pytest.mark.parametrize(("name", "code"), [
    ("t579_interview_after_a_session_in_questions_and_answers.txt", "nonvisit.interview"),
    ("t580_reporter_talks_with_a_ward_chairman.txt", "nonvisit.interview"),
    ("t581_conference_announces_inspection_conclusions.txt", "nonvisit.findings_announced"),
    ("t582_council_meeting_announces_oversight_findings.txt", "nonvisit.findings_announced"),
    ("t583_commune_party_standing_committee_meets_its_front.txt", "nonvisit.own_meeting"),
    ("t584_ward_party_committee_works_with_its_mass_organisations.txt", "nonvisit.own_meeting"),
])
def test_each_look_alike_has_its_reason_in_both_languages(name: str, code: str) -> None:
    said = extract_file(TUNED / name).non_visit
    assert isinstance(said, Reason) and said.code == code and say(said, "vi") != say(said, "en")


# -- interviews --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    # a visit report that quotes its head to a reporter, without questions set out
    "Đoàn giám sát làm việc tại xã Na Rì\n\nSáng 5/6/2024, Đoàn giám sát HĐND tỉnh Thái Nguyên do ông Hà Văn Tú làm "
    "trưởng đoàn đã giám sát tại UBND xã Na Rì. Trao đổi với phóng viên bên lề buổi giám sát, ông Hà Văn Tú cho biết "
    "xã đã giải quyết đúng hạn phần lớn hồ sơ.\n\n- Xã đã tiếp nhận 320 hồ sơ.\n\n- Đã giải quyết 318 hồ sơ.",
    # a working session "có buổi trao đổi" with a commune is no interview
    "Đoàn khảo sát làm việc với xã Na Rì\n\nSáng 5/6/2024, Đoàn khảo sát của Ban Pháp chế HĐND tỉnh Thái Nguyên có "
    "buổi trao đổi với lãnh đạo UBND xã Na Rì.\n\n- Thưa đoàn, xã còn thiếu máy quét hồ sơ.",
])
def test_a_visit_that_talks_or_lists_is_no_interview(text: str) -> None:
    said = extract_article(text).non_visit
    assert said is None or (isinstance(said, Reason) and said.code != "nonvisit.interview")


# -- findings announced ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    # the team's own working day ends with its findings told to the unit
    "Sáng 12/9/2024, Đoàn giám sát HĐND tỉnh Lai Châu làm việc với UBND xã Sìn Hồ và thông báo kết quả giám sát.",
    # a party inspection team at work at a commune's party committee
    "Sáng 12/9/2024, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy Lai Châu kiểm tra tại Đảng ủy xã Sìn Hồ.",
])
def test_a_working_day_that_tells_its_findings_stays_a_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None


# -- a commune's own organs -----------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    # a higher unit's party committee works with a commune's
    "Sáng 8/10/2025, đoàn công tác của Ban Thường vụ Tỉnh ủy Thái Nguyên làm việc với Đảng ủy xã Na Rì.",
    # a commune's party committee works with another commune's Front: named, so not its own
    "Sáng 8/10/2025, Đảng ủy xã Na Rì làm việc với Ủy ban MTTQ Việt Nam xã Bạch Thông về phối hợp tuyên truyền.",
])
def test_a_party_committee_meeting_another_units_organs_visits(lead: str) -> None:
    said = _draft(lead).non_visit
    assert said is None or (isinstance(said, Reason) and said.code != "nonvisit.own_meeting")


# -- leaders ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lead", "name"), [
    ("Ngày 3/4/2024, đồng chí Hà Văn Quyết, Bí thư Tỉnh ủy Bắc Kạn đã có chuyến thăm và làm việc tại huyện Na Rì.",
     "Hà Văn Quyết"),
    ("Ngày 3/4/2024, bà Lò Thị Hương, Phó Chủ tịch HĐND tỉnh Sơn La đã có chuyến công tác, làm việc tại huyện "
     "Sốp Cộp.", "Lò Thị Hương"),
    ("Trong buổi kiểm tra, làm việc với huyện Na Rì, ông Hà Văn Quyết, Bí thư Tỉnh ủy Bắc Kạn yêu cầu huyện đẩy nhanh "
     "tiến độ.", "Hà Văn Quyết"),
])
def test_the_official_on_a_working_trip_leads_it(lead: str, name: str) -> None:
    assert (_draft(lead).record.get("leader") or {}).get("name") == name


# -- a level, not a unit --------------------------------------------------------------------------------------


def test_a_level_word_after_cap_names_no_unit() -> None:
    draft = _draft("Ngày 16/5/2024, Ban Pháp chế HĐND tỉnh Lai Châu giám sát tại UBND huyện Sìn Hồ. Năm 2023 huyện "
                   "nhận 58 đơn (cấp huyện 30 đơn, cấp xã 28 đơn).")
    assert [loc["name"] for loc in draft.record["localities"]] == ["huyện Sìn Hồ"]


# -- a congress term's resolution dates nothing ----------------------------------------------------------------


@pytest.mark.parametrize(("lead", "year"), [
    # the resolution carried out: the data period dates the visit
    ("Sáng 9/9, đồng chí Hà Văn Quyết, Bí thư Tỉnh ủy Bắc Kạn làm việc tại huyện Na Rì, kiểm tra việc thực hiện nhiệm "
     "vụ 8 tháng năm 2022 và Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 – 2025.", 2022),
    # work for the congress itself still dates it to the term's first year
    ("Sáng 9/5, đoàn công tác của Tỉnh ủy Bắc Kạn kiểm tra công tác chuẩn bị Đại hội Đảng bộ huyện Na Rì nhiệm kỳ "
     "2020 - 2025.", 2020),
])
def test_a_congress_resolution_carried_out_dates_nothing(lead: str, year: int) -> None:
    assert (_draft(lead).record.get("date") or "")[:4] == str(year)
