"""Session 37, fresh80: a site visited with its commune written bare in brackets ("khảo sát ... ở chợ Phủ (Thạch
Châu)") is a locality when the gazetteer knows the name at exactly one level and as no district's, and a visit's
verb stands earlier in the sentence. Sentences written for these tests, with invented people; look-alikes (a
district's name, a name of several levels, a person's name, a bracket in a sentence with no visit, a level word
already written) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_site_brackets import site_bracket_units

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 18/4/2024, Ban Kinh tế - Ngân sách HĐND tỉnh Hà Tĩnh đã khảo sát các quầy hàng tại chợ trung tâm "
     "(Đức Lạng) về thanh toán không dùng tiền mặt.", ["xã Đức Lạng"]),
    ("Sáng 16/9/2025, Đoàn giám sát HĐND tỉnh Thanh Hóa đã kiểm tra việc khám bệnh bằng căn cước tại trạm y tế "
     "số 2 (Thiệu Trung).", ["xã Thiệu Trung"]),
    ("Ngày 3/10/2024, Mặt trận tỉnh Thanh Hóa đã khảo sát hợp tác xã dịch vụ nông nghiệp (Hoằng Lộc) về bán "
     "hàng trực tuyến.", ["xã Hoằng Lộc"]),
])
def test_a_site_placed_by_its_commune_bare_in_brackets(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    # a district's name (also a town's once): which unit is unsure
    "Ngày 9/5/2024, Ban Văn hóa - Xã hội HĐND tỉnh Quảng Trị đã kiểm tra hồ sơ tại trường trung học (Cam Lộ).",
    # a name the gazetteer knows as a commune and as a ward
    "Sáng 11/6/2024, Ban Pháp chế HĐND tỉnh Hà Tĩnh đã khảo sát bộ phận một cửa của công an (Cẩm Bình).",
    # a person's name after a farm
    "Chiều 7/11/2023, Ban Kinh tế - Ngân sách HĐND tỉnh Nghệ An đã tham quan trang trại nuôi gà (Nguyễn Văn Sáu).",
    # no visit in the sentence: a market the report names
    "Trên địa bàn huyện hiện có 9 điểm chấp nhận thanh toán bằng mã QR, nhiều nhất là ở chợ Cầu (Gio Mỹ).",
    # the level word already written before the bracket: `place_site_lists` and the mentions read it
    "Đoàn đã khảo sát chợ xã Đức Lạng (Đức Thọ) vào sáng 18/4/2024.",
    # a bracket that holds more than one name
    "Đoàn đã khảo sát chợ trung tâm (Đức Lạng, Đức Thọ) vào sáng 18/4/2024.",
])
def test_look_alikes_give_no_bare_bracket_unit(text: str) -> None:
    assert site_bracket_units(text) == []


def test_the_unit_read_is_the_name_in_the_bracket() -> None:
    text = "Đoàn đã khảo sát hoạt động ở chợ Phủ (Thạch Châu) và làm việc với huyện."
    ((start, end, name, level),) = site_bracket_units(text)
    assert (text[start:end], name, level) == ("Thạch Châu", "Thạch Châu", "xã")
