"""Issue 12, session 33 (s33/f71), sentences written for the tests.

A ward or commune named only in a photo caption, after the one-stop desk's long name or "UBND" ("Đoàn khảo sát
thực tế tại Bộ phận tiếp nhận và trả kết quả UBND phường A", "tại Bộ phận một cửa UBND xã B";
`place_captions.visit_captions`): the place the team went. A caption with no check, or a file photo's, stays unread.

A year's checks summed up in a lead opened by the year, the verb told done by "thực hiện", "tiến hành" or "tổ
chức" ("Năm 2024, đoàn kiểm tra ... thực hiện kiểm tra tại các sở: ..."; `visit_kind._ROUND_UP`): a round-up, no one
visit. A visit told with its day, a year's checks still to come, or a host's year-to-date figures stay as they are.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

TODAY = date(2026, 12, 1)

LEAD = ("Sáng 14/10/2025, Đoàn giám sát của Ban Pháp chế HĐND tỉnh Hà Tĩnh do bà Nguyễn Thị Thu Hà, Trưởng ban "
        "làm trưởng đoàn đã giám sát việc giải quyết thủ tục hộ tịch tại một số xã, phường.\n\n")
TAIL = "\n\nTừ ngày 1/7 đến nay, địa phương đã giải quyết 310 hồ sơ hộ tịch đúng hạn."


def names(caption: str) -> list[str]:
    record = extract_article(LEAD + caption + TAIL, today=TODAY).record
    return [loc["name"] for loc in record["localities"]]


def code(text: str) -> str | None:
    non_visit = extract_article(text, today=TODAY).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


@pytest.mark.parametrize(("caption", "place"), [
    ("Đoàn giám sát khảo sát thực tế tại Bộ phận tiếp nhận và trả kết quả UBND phường Thành Sen", "phường Thành Sen"),
    ("Đoàn kiểm tra tại Bộ phận một cửa UBND xã Can Lộc", "xã Can Lộc"),
    ("Đoàn làm việc tại Bộ phận Tiếp nhận và trả kết quả thủ tục hành chính của UBND phường Trần Phú",
     "phường Trần Phú"),
    ("Thành viên đoàn giám sát tại Bộ phận một cửa của UBND xã Cẩm Xuyên", "xã Cẩm Xuyên"),
])
def test_a_place_after_the_desks_long_name_in_a_caption_is_visited(caption: str, place: str) -> None:
    assert names(caption) == [place]


@pytest.mark.parametrize("caption", [
    "Người dân làm thủ tục tại Bộ phận một cửa UBND xã Can Lộc",  # residents, no check
    "Cán bộ Bộ phận tiếp nhận và trả kết quả UBND phường Thành Sen hướng dẫn người dân",  # staff at work
    "Đoàn kiểm tra tại Bộ phận một cửa UBND xã Can Lộc năm 2023 (ảnh tư liệu)",  # a file photo
])
def test_a_desk_caption_with_no_check_names_no_place_visited(caption: str) -> None:
    assert all(not name.startswith(("xã", "phường")) for name in names(caption))


@pytest.mark.parametrize("text", [
    "Năm 2023, Ban Pháp chế HĐND tỉnh Hà Tĩnh tổ chức giám sát việc giải quyết thủ tục đất đai tại các huyện: Cẩm "
    "Xuyên, Kỳ Anh, Đức Thọ.\n\nQua giám sát, Ban ghi nhận còn 120 hồ sơ quá hạn.",
    "Năm 2024, đoàn kiểm tra công vụ của tỉnh thực hiện kiểm tra tại các sở: Nội vụ, Y tế và các xã: Thạch Hà, Can "
    "Lộc.\n\nNhìn chung, cán bộ chấp hành giờ giấc làm việc.",
    "Trong năm 2022, Ban Thường trực Ủy ban MTTQ thành phố tiến hành giám sát tại nhiều phường: Hải Châu, Thanh "
    "Khê.\n\nMặt trận kiến nghị 12 nội dung.",
])
def test_a_years_checks_opened_by_the_year_are_a_round_up(text: str) -> None:
    assert code(text) == "nonvisit.round_up"


@pytest.mark.parametrize("text", [
    # the visit's own day: the year only frames it
    "Năm 2024, Đoàn kiểm tra của tỉnh thực hiện kiểm tra tại 6 xã. Sáng 15/10/2024, đoàn làm việc tại xã Can Lộc "
    "về thủ tục đất đai.\n\nXã đã tiếp nhận 236 hồ sơ.",
    # a host's year told at a dated visit
    "Ngày 12/3/2025, Đoàn giám sát của HĐND tỉnh làm việc với UBND xã Thạch Hà.\n\nNăm 2024, UBND xã tiến hành "
    "tiếp nhận 500 hồ sơ đất đai.",
])
def test_a_year_beside_a_dated_visit_is_no_round_up(text: str) -> None:
    assert code(text) is None


def test_a_years_checks_still_to_come_are_no_round_up() -> None:
    text = ("Năm 2026, Ban Pháp chế HĐND tỉnh sẽ tổ chức giám sát việc giải quyết thủ tục đất đai tại các huyện: Cẩm "
            "Xuyên, Kỳ Anh.\n\nBan đề nghị các địa phương chuẩn bị báo cáo.")
    assert code(text) != "nonvisit.round_up"
