"""Session 29 lead1: who heads a visit told around its host, and the host named only by its report. Sentences written
for these tests (no real article is copied); people invented, places from the gazetteer.

- the visitor named after the host at a session and hearing it ("Tại buổi làm việc với lãnh đạo phường A, ông X,
  <office>, đã nghe báo cáo / ghi nhận ..."; `leader_sessions.hears_at_session_with_unit`); a local official who
  hears his own staff, or who reports to the team, never leads;
- a head named with no title who goes "cùng đoàn <kind>" to the visit's verb (`leader_bare_heads`), and a chair
  "Tham gia có đồng chí X - <office>" with no "đoàn" (`leader_members`); a member with no head's office listed so is no
  leader: the head never named gives none;
- the commune or ward that reports ("Theo báo cáo của UBND xã A, ..."; "Báo cáo với đoàn, UBND phường B cho biết")
  visited beside a later stop (`place_host_reports`); a unit named only in a recommendation, or a district's report,
  is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

TODAY = date(2026, 12, 1)
ASKS = "Đoàn đề nghị xã tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến."


def record_of(*lines: str) -> dict:
    return extract_article("\n\n".join(lines) + "\n", today=TODAY).record


def leader_of(*lines: str) -> str | None:
    return (record_of(*lines).get("leader") or {}).get("name")


def places_of(*lines: str) -> list[str]:
    return [loc["name"] for loc in record_of(*lines).get("localities", [])]


@pytest.mark.parametrize(("lines", "name"), [
    (("Tại buổi làm việc với lãnh đạo xã Hưng Nguyên, bà Đào Thị Yến, Phó Chủ tịch UBND tỉnh Nghệ An, đã nghe báo cáo "
      "về việc cấp tài khoản định danh điện tử.", "Lãnh đạo xã cho biết xã đã cấp 2.300 tài khoản."), "Đào Thị Yến"),
    (("Tại buổi làm việc với UBND phường Cái Khế, ông Mai Văn Tín, Giám đốc Sở Nội vụ thành phố Cần Thơ, ghi nhận "
      "phường đã giảm thời gian chờ ở bộ phận một cửa.", ASKS), "Mai Văn Tín"),
    (("Chiều 4/12/2025, tại buổi làm việc với Đảng ủy xã Ba Tơ, ông Phan Quốc Khánh, Phó Bí thư Tỉnh ủy Quảng Ngãi, "
      "đã nghe báo cáo kết quả chuyển đổi số.", ASKS), "Phan Quốc Khánh"),
])
def test_the_visitor_who_hears_the_host_leads(lines: tuple[str, ...], name: str) -> None:
    assert leader_of(*lines) == name


@pytest.mark.parametrize("lines", [
    # the commune's own chairman hears his staff at a session with his commune: a host
    ("Tại buổi làm việc với lãnh đạo xã Nam Đàn, ông Trịnh Văn Lộc, Chủ tịch UBND xã Nam Đàn, đã nghe các công chức "
     "báo cáo về hồ sơ trễ hạn.", "Xã đã tiếp nhận 1.200 hồ sơ."),
    # a session "với đoàn": who hears there is the host
    ("Tại buổi làm việc với đoàn công tác của tỉnh, ông Trịnh Văn Lộc, Bí thư Đảng ủy xã, đã nghe báo cáo của các "
     "ngành.", "Xã đã tiếp nhận 1.200 hồ sơ."),
])
def test_a_local_official_who_hears_is_no_leader(lines: tuple[str, ...]) -> None:
    assert leader_of(*lines) is None


@pytest.mark.parametrize(("lines", "name"), [
    (("Báo cáo của Đảng ủy xã cho thấy xã đã giải quyết 1.900 hồ sơ.", "Hạ tầng mạng ở các thôn còn yếu.",
      "Nhiều người dân chưa có điện thoại thông minh.",
      "Phát biểu tại buổi làm việc, ghi nhận những kết quả xã đạt được, bà Lò Thị Xuân nhấn mạnh việc hỗ trợ "
      "người dân.",
      "Trước đó, bà Lò Thị Xuân cùng đoàn giám sát đã có buổi làm việc với xã Mường La."), "Lò Thị Xuân"),
    (("Từ ngày 3 đến ngày 4/9/2025, Đoàn đại biểu Quốc hội tỉnh Nghệ An đã khảo sát tại xã Nam Đàn. Tham gia có "
      "đồng chí Hồ Văn Kiên - Phó Chủ tịch HĐND tỉnh Nghệ An.", "Xã đã tiếp nhận 980 hồ sơ."), "Hồ Văn Kiên"),
])
def test_a_head_named_bare_or_taking_part_with_a_chair_leads(lines: tuple[str, ...], name: str) -> None:
    assert leader_of(*lines) == name


@pytest.mark.parametrize("lines", [
    # a member listed with no head's office: the head is never named, so no leader
    ("Từ ngày 3 đến ngày 4/9/2025, Đoàn đại biểu Quốc hội tỉnh Nghệ An đã khảo sát tại xã Nam Đàn. Tham gia có "
     "đồng chí Hồ Văn Kiên - Đại biểu Quốc hội chuyên trách.", "Xã đã tiếp nhận 980 hồ sơ."),
    # "cùng đoàn" with no team's kind: a host walks beside the team
    ("Báo cáo của Đảng ủy xã cho thấy xã đã giải quyết 1.900 hồ sơ.", "Hạ tầng mạng ở các thôn còn yếu.",
     "Nhiều người dân chưa có điện thoại thông minh.",
     "Sau đó, ông Lò Văn Piêng cùng đoàn đến thăm điểm hỗ trợ người dân ở xã Mường La."),
])
def test_a_member_or_a_guide_is_no_leader(lines: tuple[str, ...]) -> None:
    assert leader_of(*lines) is None


@pytest.mark.parametrize(("lines", "places"), [
    (("Theo báo cáo của UBND xã Ba Tơ, xã đã tiếp nhận 1.040 hồ sơ từ đầu tháng 7.",
      "Kết luận buổi giám sát, ông Lê Hữu Phát, Trưởng Ban Pháp chế HĐND tỉnh Quảng Ngãi, đề nghị xã rà soát hồ sơ.",
      "Cùng ngày, đoàn giám sát đã làm việc với UBND xã Nghĩa Hành."), ["xã Ba Tơ", "xã Nghĩa Hành"]),
    (("Báo cáo với đoàn, UBND phường Đông Hà cho biết phường đã số hóa 5.200 hồ sơ.",
      "Kết luận buổi khảo sát, bà Võ Thị Na, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Quảng Trị, đề nghị phường "
      "rà soát hồ sơ.", "Chiều cùng ngày, đoàn khảo sát làm việc tại xã Cam Lộ."), ["phường Đông Hà", "xã Cam Lộ"]),
])
def test_the_reporting_unit_is_visited_beside_a_later_stop(lines: tuple[str, ...], places: list[str]) -> None:
    assert places_of(*lines) == places


@pytest.mark.parametrize(("lines", "places"), [
    # a commune named only in a recommendation: not visited
    (("Sáng 5/11/2025, đoàn giám sát của HĐND tỉnh Quảng Ngãi làm việc với UBND xã Nghĩa Hành.",
      "Ông Lê Hữu Phát đề nghị UBND xã Ba Tơ học tập cách làm của xã Nghĩa Hành."), ["xã Nghĩa Hành"]),
    # a report cited late in the story, not at its opening: any unit's figures
    (("Sáng 5/11/2025, đoàn giám sát của HĐND tỉnh Quảng Ngãi làm việc với UBND xã Nghĩa Hành.",
      "Xã đã tiếp nhận 1.040 hồ sơ.", "Ông Lê Hữu Phát đề nghị xã rà soát hồ sơ.",
      "Theo báo cáo của UBND xã Ba Tơ, việc số hóa hồ sơ ở đó đã xong."), ["xã Nghĩa Hành"]),
])
def test_a_unit_named_otherwise_is_not_visited(lines: tuple[str, ...], places: list[str]) -> None:
    assert places_of(*lines) == places
