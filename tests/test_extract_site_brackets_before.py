"""Session 38, places24: a site opening its sentence with "Tại" or "Ở", its commune bare in brackets, is a locality
when the visit's verb closes the sentence before ("Đoàn đã đến kiểm tra thực tế. Tại trạm y tế (Cẩm Duệ), ...").
Sentences written for these tests, with invented people; look-alikes (a report's sentence before, a site further
into its sentence, a district's name, no sentence before) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_site_brackets import site_bracket_units

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 21/5/2024, đoàn giám sát HĐND tỉnh Hà Tĩnh đã xuống kiểm tra thực tế. Tại trạm y tế (Cẩm Duệ), đoàn "
     "ghi nhận phòng khám còn chật.", ["xã Cẩm Duệ"]),
    ("Chiều 9/10/2023, đoàn khảo sát của tỉnh Nghệ An đi thăm một trường ven biển. Ở trường tiểu học (Nghi "
     "Phong), nhà trường còn thiếu phòng học.", ["xã Nghi Phong"]),
    ("Sáng 17/7/2024, đoàn của HĐND tỉnh Thanh Hóa đến thăm chợ. Sau đó, tại chợ đầu mối (Hoằng Đồng), các quầy "
     "đã xếp lại.", ["xã Hoằng Đồng"]),
])
def test_a_site_opening_its_sentence_after_the_visit_told_before(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, before", [
    # the sentence before tells a report, no visit
    ("Tại trạm y tế (Hương Đô), số lượt khám tăng gấp đôi.", "Theo báo cáo của huyện, trạm đã đạt chuẩn."),
    # a visit before, but the site is further into its sentence: what it got, not where the team went
    ("Năm 2022, chợ trung tâm (Thiên Lộc) được đầu tư lớn.", "Đoàn đã kiểm tra hồ sơ quản lý chợ."),
    # a district's bare name in the bracket, whatever came before
    ("Tại trường trung học (Cam Lộ), đoàn xem hồ sơ.", "Đoàn đã đến kiểm tra thực tế."),
    # no sentence before
    ("Tại trạm y tế (Cẩm Duệ), phòng khám còn chật.", ""),
    # a level word already written before the bracket
    ("Tại chợ xã Đức Lạng (Đức Thọ), các quầy đã xếp lại.", "Đoàn đã đến khảo sát."),
])
def test_look_alikes_give_no_unit(text: str, before: str) -> None:
    assert site_bracket_units(text, before) == []


def test_the_sentence_before_is_what_lets_the_opening_site_in() -> None:
    text = "Tại trạm y tế (Cẩm Duệ), đoàn ghi nhận phòng khám còn chật."
    assert site_bracket_units(text) == []
    ((start, end, name, level),) = site_bracket_units(text, "Đoàn đã xuống kiểm tra thực tế một trạm y tế.")
    assert (text[start:end], name, level) == ("Cẩm Duệ", "Cẩm Duệ", "xã")


def test_a_report_between_the_visit_and_the_site_lets_nothing_in() -> None:
    text = ("Ngày 14/8/2024, đoàn giám sát HĐND tỉnh Hà Tĩnh đã đến kiểm tra thực tế tại huyện Hương Khê. Theo báo "
            "cáo của huyện, trạm đã đạt chuẩn. Tại trạm y tế (Hương Đô), số lượt khám tăng.")
    assert _places(text) == ["huyện Hương Khê"]
