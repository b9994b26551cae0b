"""Session 18, fresh24: the second merged ward after the first's made-of bracket, a Front's opinion poll held at a
commune's hall, a visit report quoting its host's own checks and ending on the next checks. Sentences written for
these tests, with invented people (the dashed names are tests/test_dashes.py's)."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.place_made_of_gaps import made_of_brackets_dropped
from store.extract.place_mentions import find_mentions
from store.extract.visit_front_polls import front_poll

_TODAY = date(2026, 12, 1)


def _codes(text: str) -> list[int | None]:
    return [(loc["ward"] or {}).get("code") for loc in extract_article(text, today=_TODAY).record["localities"]]


def test_a_made_of_bracket_is_dropped_from_the_gap_but_no_other_bracket() -> None:
    text = "tại UBND phường Hà Lầm (sáp nhập từ các phường Cao Thắng, Hà Trung) và UBND phường Hồng Gai"
    mentions = find_mentions(text, None, False, [])
    for mention in mentions:
        mention.merged_part = mention.base in ("Cao Thắng", "Hà Trung")
    head = next(m for m in mentions if m.base == "Hà Lầm")
    last = next(m for m in mentions if m.base == "Hồng Gai")
    assert made_of_brackets_dropped(text, head.end, last.start, mentions).strip() == "và UBND"
    for mention in mentions:
        mention.merged_part = False
    assert "(" in made_of_brackets_dropped(text, head.end, last.start, mentions)


def test_the_second_merged_ward_told_after_the_firsts_bracket_is_visited() -> None:
    text = ("Kiểm tra bộ máy hai phường mới\n\nSáng 2/7/2025, Chủ tịch UBND tỉnh Khánh Hòa Nguyễn Văn Bình đã kiểm tra "
            "tại UBND phường Cam Linh (sáp nhập từ các phường Cam Thuận, Cam Lợi và Cam Linh) và UBND xã Suối Hiệp "
            "(hợp nhất từ các xã Bình Lộc, Suối Tiên, Suối Hiệp).\n")
    assert _codes(text) == [22432, 22702]


def test_a_provincial_fronts_poll_is_read_a_districts_party_board_or_an_index_is_not() -> None:
    assert front_poll("tại hội trường UBND xã A, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang tổ chức điều tra dư luận xã hội")
    assert front_poll("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Long Hồ tổ chức lấy ý kiến của người dân về ...")
    assert not front_poll("Ban Tuyên giáo Huyện ủy tổ chức điều tra dư luận xã hội tại xã Đông Sơn")
    assert not front_poll("Ban Thường trực Ủy ban MTTQ Việt Nam xã Hòa An tổ chức lấy ý kiến sự hài lòng của người dân")
    assert not front_poll("Ủy ban MTTQ tỉnh tổ chức điều tra dư luận xã hội xác định Chỉ số hài lòng (SIPAS)")


def test_a_fronts_poll_without_a_hall_is_no_visit() -> None:
    """Forms sent out to communes, no session at one place: a poll, as fresh23 v14 and l01 of fresh24."""
    text = ("Khảo sát sự hài lòng\n\nNăm 2022, Ủy ban MTTQ Việt Nam tỉnh Hậu Giang tổ chức điều tra dư luận xã hội về "
            "sự hài lòng của người dân đối với dịch vụ hành chính công tại 15 xã, phường, mỗi nơi 40 phiếu.\n")
    assert extract_article(text, today=_TODAY).non_visit is not None


def test_a_months_work_summed_up_is_still_a_round_up_its_next_checks_are_not() -> None:
    summed = ("Giám sát của HĐND huyện\n\nTrong tháng 2, Thường trực HĐND huyện đã giám sát việc giải quyết đơn thư "
              "tại nhiều xã, thị trấn trên địa bàn.\n")
    assert extract_article(summed, today=_TODAY).non_visit is not None
    planned = ("Kiểm tra công vụ tại huyện Hương Sơn\n\nĐoàn kiểm tra công vụ của Sở Nội vụ Hà Tĩnh vừa kiểm tra "
               "việc chấp hành giờ làm việc tại huyện Hương Sơn.\n\nĐoàn đề nghị huyện chấn chỉnh ngay.\n\n"
               "Trong tháng 6, đoàn sẽ tiếp tục kiểm tra đột xuất các huyện còn lại.\n")
    assert extract_article(planned, today=_TODAY).non_visit is None


def test_another_bodys_report_since_new_year_is_no_hosts_report() -> None:
    text = ("Tăng cường kiểm tra công vụ\n\nTheo báo cáo của Sở Nội vụ tỉnh Quảng Nam, từ đầu năm đến nay, các tổ "
            "kiểm tra đã kiểm tra đột xuất 31 cơ quan, đơn vị.\n")
    assert extract_article(text, today=_TODAY).non_visit is not None
