"""A class of session 28, f54: a check team's make-up and remit with no set-up verb (`visit_plans._MADE_UP`, read by
`written_plan_reason`).

A province's page on a check team for the year can reach the stored excerpt without its lead ("Chủ tịch UBND tỉnh
ký quyết định thành lập ..."): it opens on the team's make-up, its head then its members ("Đoàn kiểm tra do ông X,
Phó Giám đốc Sở Nội vụ, làm Trưởng đoàn, thành viên gồm đại diện các sở"), then whom it checks ("Đối tượng kiểm
tra là ...") or what it will do ("Đoàn sẽ kiểm tra đột xuất ..."). It read as a visit. A deputy named ("làm Phó
Trưởng đoàn") with a remit was already a team set up; the head and members told together now are too. A team at
work on a day, or told as done, stays a visit, make-up or not.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_plans import written_plan_reason

_MAKE_UP = ("Đoàn kiểm tra cải cách hành chính của tỉnh do ông Lò Văn Sơn, Phó Giám đốc Sở Nội vụ, làm Trưởng đoàn, "
            "thành viên gồm đại diện Sở Tư pháp và Văn phòng UBND tỉnh.\n\n")


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


_SET_UP = [
    # the make-up, then whom it checks
    _MAKE_UP + "Đối tượng kiểm tra là UBND các xã, phường và bộ phận một cửa cấp xã.",
    # the make-up, then its work to come
    _MAKE_UP + "Trong năm, Đoàn sẽ kiểm tra đột xuất việc chấp hành giờ làm việc ở các xã.",
    # members after a semicolon, "các thành viên là", a scope
    "Tổ kiểm tra Đề án 06 do bà Hà Thị Mai làm Trưởng đoàn; các thành viên là cán bộ Công an tỉnh.\n\n"
    "Phạm vi kiểm tra gồm việc làm sạch dữ liệu dân cư ở các xã vùng cao.",
    # "bao gồm" for the members
    "Đoàn kiểm tra công vụ do ông Cầm Văn Lả làm Trưởng đoàn, thành viên bao gồm lãnh đạo các phòng của Sở.\n\n"
    "Đối tượng kiểm tra gồm các sở, ngành và UBND các xã.",
]


@pytest.mark.parametrize("text", _SET_UP)
def test_a_teams_make_up_and_remit_is_a_team_set_up(text: str) -> None:
    said = written_plan_reason(read_article(text))
    assert said is not None and said.code.endswith("team_set_up")
    assert _code(text) is not None


_VISITS = [
    # the make-up, then the team at work on its day
    _MAKE_UP + "Sáng 9/9/2025, Đoàn kiểm tra tại UBND xã Tủa Chùa.\n\n"
    "Đối tượng kiểm tra là việc giải quyết hồ sơ ở bộ phận một cửa.",
    # the make-up told as done, no day
    "Đoàn kiểm tra do ông Lò Văn Sơn làm Trưởng đoàn, thành viên gồm đại diện các sở, đã kiểm tra tại UBND xã "
    "Mường La.\n\nĐối tượng kiểm tra là bộ phận một cửa; Đoàn sẽ báo cáo UBND tỉnh.",
]


@pytest.mark.parametrize("text", _VISITS)
def test_a_team_at_work_stays_a_visit(text: str) -> None:
    assert written_plan_reason(read_article(text)) is None
    assert _code(text) is None


_UNCHANGED = [
    # the make-up without any remit: not enough
    _MAKE_UP + "Các xã chuẩn bị báo cáo theo đề cương.",
    # a head without members, a remit: not the make-up
    "Đoàn kiểm tra do ông Lò Văn Sơn làm Trưởng đoàn.\n\nĐối tượng kiểm tra là UBND các xã.",
]


@pytest.mark.parametrize("text", _UNCHANGED)
def test_no_make_up_and_remit_together_is_left_alone(text: str) -> None:
    assert written_plan_reason(read_article(text)) is None
