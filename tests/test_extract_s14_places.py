"""Session 14, localities on real pages: sites listed each with its unit in brackets, a province-level city after
its district, a person named like a former province, presence at a commune, a cooperative that is no commune.
Sentences written for these tests, with invented names."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_name_tails import in_person_name
from store.extract.place_title_provinces import title_provinces


def _places(text: str) -> list[tuple[str, int | None]]:
    record = extract_article(text, published="2025-12-01").record
    return [(loc["name"], (loc["ward"] or {}).get("code")) for loc in record["localities"]]


def test_every_site_of_a_list_gives_its_commune() -> None:
    text = ("Kiểm tra các điểm xung yếu\n\nSáng 6/8/2025, Phó Chủ tịch UBND thành phố Hải Phòng Vũ Thanh Tùng đã kiểm "
            "tra một số điểm trên địa bàn thành phố, gồm: cống Đồng Ngũ (xã Tiên Lãng), trạm bơm Cổ Am (xã Vĩnh Bảo) "
            "và tuyến đê Đoàn Xá (xã Kiến Thụy).")
    assert [code for _, code in _places(text)] == [11755, 11824, 11680]


def test_a_residents_home_in_brackets_is_no_site() -> None:
    text = ("Thăm hỏi gia đình chính sách\n\nSáng 6/8/2025, Phó Chủ tịch UBND thành phố Hải Phòng Vũ Thanh Tùng đã "
            "kiểm tra cống Đồng Ngũ (xã Tiên Lãng). Ông cũng gặp bà Lê Thị Nụ (ngụ xã Vĩnh Bảo), bà Trần Thị Mai "
            "(ngụ xã Kiến Thụy).")
    assert [code for _, code in _places(text)] == [11755]


def test_a_cooperative_is_no_commune() -> None:
    text = ("Khảo sát mô hình\n\nNgày 18/11/2025, Đoàn khảo sát của HĐND tỉnh Lâm Đồng đã khảo sát trang trại của "
            "Hợp tác xã Phước Lộc (thôn Lạc Xuân, xã Đơn Dương) và vườn cà phê của ông Trần Văn Khải (thôn Đa Nhim, "
            "xã Lạc Dương).")
    assert _places(text) == [("xã Đơn Dương", 24931), ("xã Lạc Dương", 24848)]


@pytest.mark.parametrize("text", [
    "Tại Trường THCS Hòa Minh quận Liên Chiểu thành phố Đà Nẵng, Ban Pháp chế HĐND thành phố đã giám sát ...",
    "Tại Trường THCS Hòa Minh quận Liên Chiểu (thành phố Đà Nẵng), Ban Pháp chế HĐND thành phố đã giám sát ...",
])
def test_a_district_before_its_province_city_is_the_unit(text: str) -> None:
    names = [name for name, _ in _places("Giám sát an toàn trường học\n\n" + text.replace("...", "việc bán trú."))]
    assert names == ["quận Liên Chiểu"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thứ trưởng Trần Hòa Bình", True),
    ("bà Nguyễn Thị Thái Bình", True),
    ("Đoàn ĐBQH Hòa Bình", False),
    ("HĐND tỉnh Thái Bình", False),
    ("tại Thái Bình", False),
])
def test_a_province_after_a_surname_ends_a_persons_name(text: str, expected: bool) -> None:
    position = text.index("Bình") - 4 if "Hòa" in text else text.index("Thái Bình")
    assert in_person_name(text, position) is expected


def test_an_officials_given_name_does_not_place_shared_communes() -> None:
    text = ("Khảo sát đường giao thông\n\nNgày 21/10/2025, Đoàn khảo sát do ông Phạm Thái Bình làm trưởng đoàn đã "
            "khảo sát tại xã Trà Giang (Quảng Ngãi). Ông Phạm Thái Bình đề nghị xã đẩy nhanh tiến độ. Ông Phạm Thái "
            "Bình giao xã báo cáo.")
    assert _places(text) == [("xã Trà Giang", 21244)]


def test_present_at_two_communes_is_a_visit_of_both() -> None:
    text = ("Nắm tình hình sau bão\n\nChiều 30/9/2025, ông Đinh Văn Phúc, Bộ trưởng Bộ Xây dựng đã có mặt tại xã Cẩm "
            "Xuyên và xã Kỳ Anh (tỉnh Hà Tĩnh) để kiểm tra thiệt hại.\n\nTại xã Kỳ Anh, Bộ trưởng kiểm tra trường học.")
    assert [code for _, code in _places(text)] == [18673, 18775]


def test_a_headlines_bare_provinces_after_o_are_visited() -> None:
    names = [m.base for m in title_provinces("Phó Thủ tướng khảo sát tiến độ cao tốc ở Long An, Tiền Giang và Bến Tre")]
    assert names == ["Long An", "Tiền Giang", "Bến Tre"]
    assert title_provinces("Phó Chủ tịch tỉnh kiểm tra xây dựng nông thôn mới ở Thoại Sơn") == []
    assert title_provinces("Người dân ở Long An chờ cao tốc") == []


def test_communes_grouped_by_status_are_no_stops_and_a_count_no_commune() -> None:
    text = ("Khảo sát nông thôn mới\n\nNgày 15/6/2023, Ban Kinh tế - Ngân sách HĐND tỉnh Đồng Tháp đã khảo sát tại xã "
            "Phong Mỹ, huyện Cao Lãnh.\n\nĐến nay huyện có 2 xã đạt chuẩn nông thôn mới kiểu mẫu, gồm Phong Mỹ, "
            "Mỹ Hiệp; 1 xã đạt 17 tiêu chí (Bình Hàng Trung).")
    assert [code for _, code in _places(text)] == [30088]


def test_the_headlines_body_gives_its_province_only_when_nothing_else_does() -> None:
    caption = "\n\nQuang cảnh buổi giám sát tại bệnh viện. Ảnh: Hà An"
    assert _places("HĐND tỉnh Lào Cai giám sát bệnh viện chậm tiến độ" + caption) == [("tỉnh Lào Cai", None)]
    assert _places("HĐND tỉnh Lào Cai giám sát tại xã Bảo Yên" + caption) == [("xã Bảo Yên", 2947)]


def test_a_cemetery_glued_to_its_commune_after_vieng_is_visited() -> None:
    text = ("Thăm, tặng quà gia đình chính sách\n\nNgày 18/5/2026, Phó Chủ tịch nước Lê Văn Tâm đã đến thăm, tặng quà "
            "các gia đình chính sách tại tỉnh Nghệ An.\n\nSau đó, ông viếng nghĩa trang liệt sĩ xã Nam Đàn.")
    assert _places(text) == [("xã Nam Đàn", 17935)]
