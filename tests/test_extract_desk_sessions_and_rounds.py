"""Articles that read as visits but tell a body at its own table (session 26, fresh44).

- An oversight or working session held online is no visit; online services checked at a desk are. A committee that
  talks with a province "trực tuyến từ hai đầu cầu" stays at its own seat: no one goes to the place it oversees. The
  words must be the meeting's own ("cuộc họp giám sát trực tuyến", "buổi làm việc trực tuyến với", "từ 2 đầu cầu");
  "dịch vụ công trực tuyến" and "hồ sơ trực tuyến" are what a team checks at a desk.
- A committee's own plenary ("họp phiên toàn thể") is its own meeting, whatever oversight it speaks of.
- Several teams' checks in many provinces, told from a report, are a round-up.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


@pytest.mark.parametrize("text", [
    "Chiều 3/8/2021, Đoàn giám sát của Ủy ban Pháp luật của Quốc hội đã có cuộc họp giám sát trực tuyến với UBND tỉnh "
    "Cà Mau về cải cách thủ tục hành chính.",
    "Sáng 20/9/2021, Ban Pháp chế HĐND tỉnh Hậu Giang tổ chức buổi làm việc trực tuyến với UBND huyện Long Mỹ về "
    "việc giải quyết thủ tục hành chính.",
    "Ngày 5/10/2021, Đoàn giám sát HĐND tỉnh Trà Vinh làm việc theo hình thức trực tuyến với UBND huyện Cầu Kè về "
    "công tác một cửa.",
    "Ngày 12/8/2021, Thường trực HĐND tỉnh Kon Tum giám sát việc thực hiện Đề án 06 tại huyện Đắk Hà, cuộc họp diễn ra "
    "từ 2 đầu cầu.",
])
def test_a_session_held_online_is_no_visit(text: str) -> None:
    """Online whether the lead reads as oversight ("Đoàn giám sát ... cuộc họp giám sát trực tuyến") or not ("tổ
    chức buổi làm việc trực tuyến", already no visit): never a visit."""
    assert _code(text) is not None


def test_an_assembly_teams_online_oversight_says_why() -> None:
    """The team's oversight reads as a visit but for the link: the reason says it was held online."""
    text = ("Chiều 3/8/2021, Đoàn giám sát của Ủy ban Pháp luật của Quốc hội đã có cuộc họp giám sát trực tuyến với "
            "UBND tỉnh Cà Mau về cải cách thủ tục hành chính.")
    assert _code(text) == "nonvisit.online"


@pytest.mark.parametrize("text", [
    "Ngày 9/5/2023, Đoàn giám sát HĐND huyện Krông Pắc do ông Y Nuê Niê, Phó Chủ tịch HĐND huyện làm trưởng đoàn đã "
    "giám sát việc cung cấp dịch vụ công trực tuyến tại UBND xã Ea Kly.",
    "Ngày 9/5/2023, Đoàn kiểm tra của UBND huyện Krông Pắc do ông Y Nuê Niê, Phó Chủ tịch UBND huyện làm trưởng "
    "đoàn đã "
    "kiểm tra việc tiếp nhận hồ sơ trực tuyến tại Bộ phận một cửa xã Ea Kly.",
])
def test_online_services_checked_at_a_desk_stay_a_visit(text: str) -> None:
    assert _code(text) is None


@pytest.mark.parametrize("lead", [
    "Ủy ban Văn hóa, Giáo dục của Quốc hội đã họp phiên toàn thể lần thứ tư vào chiều 8/3/2023.",
    "Chiều 8/3/2023, Hội đồng Dân tộc tổ chức Phiên họp toàn thể lần thứ tư cho ý kiến báo cáo giám sát.",
])
def test_a_committees_own_plenary_is_no_visit(lead: str) -> None:
    """A committee's plenary ("họp phiên toàn thể", "Phiên họp toàn thể") is its own meeting, whatever oversight it
    speaks of next (s26, fresh44: a plenary whose later sentence states the committee's remit to oversee)."""
    text = lead + " Ủy ban có nhiệm vụ giám sát hoạt động của các cơ quan quản lý nhà nước trong lĩnh vực này."
    assert _code(text) == "nonvisit.own_meeting"


def test_several_teams_in_many_provinces_are_a_round_up() -> None:
    """ "các đoàn kiểm tra của Bộ đã làm việc tại 11 tỉnh": several teams' work summed up from a report, whatever day
    the report bears (s26, fresh44); one team's stops at three communes stay its visit."""
    text = ("Theo báo cáo của Bộ Tư pháp ngày 9/10/2022, các đoàn kiểm tra của Bộ đã làm việc tại 11 tỉnh, gồm: "
            "Lào Cai, Yên Bái, Phú Thọ, Thanh Hóa, Nghệ An, Quảng Nam, Kon Tum, Gia Lai, Tây Ninh, Bến Tre và Cà Mau.")
    assert _code(text) == "nonvisit.round_up"
    one_team = ("Ngày 9/10/2022, Đoàn kiểm tra của UBND huyện Tam Nông do ông Lê Văn Bảy, Phó Chủ tịch UBND huyện "
                "làm trưởng đoàn đã làm việc tại 3 xã: Phú Cường, Phú Đức và Tân Công Sính.")
    assert _code(one_team) is None
