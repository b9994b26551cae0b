"""Session 33 items: a later ask's own verb, asks carried out from an earlier round, a span to a month (issue #12).

Sentences of our own. A list's later ask opened by "kiến nghị|đề xuất|đề nghị" reads without it, and a department
named right after it is whom that ask is made to (`item_own_verbs`); a lead that checks how earlier asks were carried
out ("việc thực hiện|khắc phục|triển khai các kiến nghị ...") gives no recommendation (`items._RESOLVED`). A day
to the end of a month is the whole span, not the end month alone (`periods._RANGE_TO_MONTH`).
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.periods import find_periods

_LEAD = "Ngày 2/3/2025, Đoàn giám sát HĐND tỉnh Nghệ An do ông Trần Văn Lâm, Trưởng ban, làm việc tại xã Yên Thành. "


def _asks(text: str) -> list[tuple[str, str | None]]:
    record = extract_article(text).record
    return [(item["text"], item.get("to")) for item in record.get("recommendations", [])]


@pytest.mark.parametrize("asks, second", [
    ("Xã kiến nghị tỉnh cấp máy quét tài liệu; kiến nghị bổ sung hai công chức cho bộ phận một cửa.",
     ("Bổ sung hai công chức cho bộ phận một cửa.", "tỉnh")),
    ("Xã kiến nghị tỉnh cấp máy quét tài liệu; đề nghị Sở Nội vụ sớm giao thêm biên chế cho xã.",
     ("Sớm giao thêm biên chế cho xã.", "Sở Nội vụ")),
    ("UBND xã đề xuất tỉnh sửa chữa trụ sở một cửa; kiến nghị Bộ Công an cấp thêm thiết bị đọc thẻ căn cước.",
     ("Cấp thêm thiết bị đọc thẻ căn cước.", "Bộ Công an")),
    ("Xã đề nghị tỉnh đầu tư đường truyền cho các thôn; đề xuất tổ chức lớp tập huấn chữ ký số cho công chức.",
     ("Tổ chức lớp tập huấn chữ ký số cho công chức.", "tỉnh")),
    ("Xã kiến nghị tỉnh cấp máy quét tài liệu; đồng thời đề nghị Sở Tài chính phân bổ kinh phí bảo trì máy chủ.",
     ("Phân bổ kinh phí bảo trì máy chủ.", "Sở Tài chính")),
])
def test_a_later_ask_reads_without_its_own_verb(asks: str, second: tuple[str, str]) -> None:
    found = _asks(_LEAD + asks)
    assert found[1] == second
    assert not any(text.lower().startswith(("kiến nghị", "đề nghị", "đề xuất")) for text, _ in found)


@pytest.mark.parametrize("asks, second", [
    # the noun, not the verb: the ask keeps its words
    ("Xã kiến nghị tỉnh cấp máy quét tài liệu; đề xuất của xã về trụ sở mới cần được xem xét sớm.",
     "Đề xuất của xã về trụ sở mới cần được xem xét sớm."),
    # no verb of its own: unchanged
    ("Xã kiến nghị tỉnh cấp máy quét tài liệu; bổ sung hai công chức cho bộ phận một cửa.",
     "Bổ sung hai công chức cho bộ phận một cửa."),
])
def test_look_alikes_keep_their_words(asks: str, second: str) -> None:
    assert _asks(_LEAD + asks)[1][0] == second


@pytest.mark.parametrize("lead", [
    "Ngày 9/10/2025, Đoàn giám sát HĐND tỉnh Nghệ An do ông Trần Văn Lâm, Trưởng ban, dẫn đầu đã giám sát việc thực "
    "hiện các kiến nghị sau đợt giám sát năm 2024 tại xã Yên Thành.",
    "Ngày 9/10/2025, Ban Pháp chế HĐND tỉnh Nghệ An do ông Trần Văn Lâm, Trưởng ban, dẫn đầu đã kiểm tra kết quả thực "
    "hiện những kiến nghị mà đoàn nêu lần trước tại xã Yên Thành.",
    "Ngày 9/10/2025, Ban Pháp chế HĐND tỉnh Nghệ An do ông Trần Văn Lâm, Trưởng ban, dẫn đầu đã khảo sát việc triển "
    "khai một số kiến nghị được thống nhất tại kỳ khảo sát trước ở xã Yên Thành.",
    "Ngày 9/10/2025, Ban Pháp chế HĐND tỉnh Nghệ An do ông Trần Văn Lâm, Trưởng ban, dẫn đầu đã giám sát việc khắc "
    "phục các kiến nghị sau cuộc giám sát chuyên đề tại xã Yên Thành.",
])
def test_a_lead_checking_earlier_asks_makes_none(lead: str) -> None:
    found = _asks(lead + " Xã Yên Thành kiến nghị tỉnh cấp thêm máy tính cho bộ phận một cửa.")
    assert found == [("Cấp thêm máy tính cho bộ phận một cửa.", "tỉnh")]


@pytest.mark.parametrize("sentence", [
    "UBND xã Yên Thành nêu những khó khăn, vướng mắc và các kiến nghị để tỉnh xem xét.",
    # "thực hiện" after the noun: what the asks are about, not asks carried out
    "Lãnh đạo xã Yên Thành nêu một số kiến nghị liên quan đến việc thực hiện thủ tục đất đai.",
])
def test_asks_made_at_the_visit_stay_a_recommendation(sentence: str) -> None:
    found = _asks(_LEAD + sentence)
    assert len(found) == 1 and found[0][0].endswith("(bài viết không nêu nội dung cụ thể).")


@pytest.mark.parametrize("text, first, last", [
    ("Từ ngày 1/7/2025 đến hết tháng 2/2026, xã tiếp nhận 1.240 hồ sơ.", date(2025, 7, 1), date(2026, 2, 28)),
    ("Từ 15/3/2024 đến tháng 6/2024, phường giải quyết 310 hồ sơ.", date(2024, 3, 15), date(2024, 6, 30)),
    ("Từ ngày 10/9/2025 tới hết tháng 11 năm 2025, xã cấp 95 chữ ký số.", date(2025, 9, 10), date(2025, 11, 30)),
    # look-alikes, read as before: a day to a day, a month alone, a day to the visit
    ("Từ ngày 1/7 đến 6/9, xã tiếp nhận 420 hồ sơ.", date(2025, 7, 1), date(2025, 9, 6)),
    ("Trong tháng 2/2026, xã tiếp nhận 180 hồ sơ.", date(2026, 2, 1), date(2026, 2, 28)),
    ("Từ ngày 1/7/2025 đến nay, xã tiếp nhận 900 hồ sơ.", date(2025, 7, 1), date(2025, 10, 9)),
])
def test_a_day_to_the_end_of_a_month_is_the_whole_span(text: str, first: date, last: date) -> None:
    periods = find_periods(text, date(2025, 10, 9))
    assert [(p.first, p.last) for p in periods] == [(first, last)]
