"""Session 32 (fresh69): a headline's posted stamp, a tag item glued to its lead, a commune's kind before its name.

Sentences of my own. Each positive case fails without its rule (the function did not exist, and the extraction
read no date, no lead or no commune); each look-alike must stay as it is.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract.date_glued_stamps import glued_item, posted_at_end
from store.extract.place_descriptors import blank_descriptors


@pytest.mark.parametrize(("line", "day", "headline"), [
    ("Chủ tịch xã kiểm tra bộ phận một cửa Ngày đăng: 03/04/2023 | 08:15 | Lượt xem: 77", date(2023, 4, 3),
     "Chủ tịch xã kiểm tra bộ phận một cửa"),
    ("Ban Pháp chế khảo sát tại huyện Ea Kar Cập nhật: 21/11/2022 - 14:02", date(2022, 11, 21),
     "Ban Pháp chế khảo sát tại huyện Ea Kar"),
    ("Đoàn giám sát làm việc với xã Hòa Phú Đăng ngày: 09/01/2024", date(2024, 1, 9),
     "Đoàn giám sát làm việc với xã Hòa Phú"),
])
def test_a_labelled_stamp_closing_a_headline_dates_the_page(line: str, day: date, headline: str) -> None:
    found = posted_at_end(line)
    assert found is not None and found[0] == day and line[:found[1]] == headline


@pytest.mark.parametrize("line", [
    "Ngày đăng: 03/04/2023",  # the whole line: the stamp shapes of `markers` read it
    "Đoàn giám sát làm việc tại xã Hòa Phú ngày 03/04/2023",  # no label: may be the visit's own day
    "Cập nhật: 21/11/2022, Ban Pháp chế làm việc với huyện Ea Kar",  # not at the line's end
    "Số liệu của huyện được cập nhật 30/06/2024",  # no colon: content
])
def test_other_days_at_a_line_end_are_no_posted_stamp(line: str) -> None:
    assert posted_at_end(line) is None


@pytest.mark.parametrize(("line", "headline", "day", "lead"), [
    ("Bí thư kiểm tra Trung tâm hành chính công xã Hòa BìnhTin tức - 12/05 09:00Sáng 11/5, ông Lê Văn Tám đã đến.",
     "Bí thư kiểm tra Trung tâm hành chính công xã Hòa Bình", None, "Sáng 11/5, ông Lê Văn Tám đã đến."),
    ("Đoàn khảo sát làm việc tại huyện Krông PắcThời sự - 02/10/2022Chiều 1/10, đoàn khảo sát đã làm việc.",
     "Đoàn khảo sát làm việc tại huyện Krông Pắc", date(2022, 10, 2), "Chiều 1/10, đoàn khảo sát đã làm việc."),
    ("Giám sát hồ sơ đất đai ở thị xã Ninh HòaKinh tế – Xã hội - 30/08 17:45Ngày 29/8, đoàn giám sát đã làm việc.",
     "Giám sát hồ sơ đất đai ở thị xã Ninh Hòa", None, "Ngày 29/8, đoàn giám sát đã làm việc."),
])
def test_a_tag_item_is_cut_into_headline_and_lead(line: str, headline: str, day: date | None, lead: str) -> None:
    assert glued_item(line) == (headline, day, lead)


@pytest.mark.parametrize("line", [
    "Ngày 12/5 - 13/5, đoàn giám sát làm việc tại xã Hòa Bình",  # a span of days, nothing glued
    "Kiểm tra tại phường An Phú - 12/05 09:00 Sáng 11/5, ông Lê Văn Tám đến",  # spaces: no glued item
    "Đoàn giám sát về giai đoạn 2021 - 2025 tại xã Hòa Bình",  # a period
    "Phường An Phú - 12/05Sáng nay đoàn đến",  # no category glued to a headline's last word
])
def test_lines_with_no_glued_item_stay(line: str) -> None:
    assert glued_item(line) is None


@pytest.mark.parametrize(("text", "read"), [
    ("Đoàn đã làm việc tại xã biên giới Ia Dom.", "Đoàn đã làm việc tại xã Ia Dom."),
    ("Phó Chủ tịch tỉnh kiểm tra huyện miền núi Sơn Tây.", "Phó Chủ tịch tỉnh kiểm tra huyện Sơn Tây."),
    ("Đoàn đến phường ven biển Quy Nhơn Đông.", "Đoàn đến phường Quy Nhơn Đông."),
    ("Mặt trận giám sát tại xã biên giới, vùng cao Ia Lốp và xã Ea Súp.",
     "Mặt trận giám sát tại xã Ia Lốp và xã Ea Súp."),
])
def test_a_kind_between_level_and_name_is_blanked(text: str, read: str) -> None:
    blanked = blank_descriptors(text)
    assert len(blanked) == len(text) and " ".join(blanked.split()) == read


@pytest.mark.parametrize("text", [
    "Đoàn khảo sát tại các xã biên giới Hương Sơn.",  # the border communes of a district
    "Giám sát ở hai xã ven biển Thanh Hóa.",  # a count: communes of a province
    "Đoàn làm việc tại xã biên giới Việt - Lào.",  # a border, no commune's name
    "Đoàn làm việc với các xã biên giới của tỉnh.",  # no name
    "Đồn biên phòng làm việc tại vùng biên giới Ia Dom.",  # no level word
])
def test_kinds_naming_no_commune_stay(text: str) -> None:
    assert blank_descriptors(text) == text
