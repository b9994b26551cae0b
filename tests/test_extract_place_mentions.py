"""Where a visit took place when reports name it around a site, a dated opening or the body that went.

Each test is one class of phrasing seen in real reports from the South, the Mekong delta, the Central
Highlands and the South Central coast (kept outside the project), written here in our own words with
invented people; real unit names, so the gazetteer can place them.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article


def places_of(text: str) -> list[tuple[int, int | None]]:
    return [(loc["province"]["code"], (loc.get("ward") or {}).get("code"))
            for loc in extract_article(text).record["localities"]]


@pytest.mark.parametrize("text, wanted", [
    ("Tối 3/9/2023, Ban Kinh tế - Ngân sách HĐND TP.HCM khảo sát Khu ẩm thực Hải Thượng (phường 4, quận 5) về "
     "việc thu phí điện tử.", [(79, 27301)]),
    ("Ngày 10/3/2026, đoàn kiểm tra làm việc tại tỉnh Gia Lai. Đoàn kiểm tra thực tế tại khu vực bỏ phiếu số 7 "
     "(thuộc phường Pleiku, tỉnh Gia Lai).", [(52, 23575)]),
    ("Chiều 20/6/2024, tại thành phố Đà Nẵng, đoàn công tác do ông Lê Văn Tâm dẫn đầu đã kiểm tra tiến độ tại công "
     "trình Nhà ga T3, phường Hòa Thuận Tây, quận Hải Châu.", [(48, 20257)]),
])
def test_the_ward_of_a_visited_site_written_after_it(text: str, wanted: list[tuple[int, int]]) -> None:
    """In brackets, after "thuộc" or after a comma: the site's ward is visited, not the district or province."""
    assert places_of(text) == wanted


def test_a_residents_ward_in_brackets_is_no_visit() -> None:
    text = ("Ngày 3/9/2023, Ban Pháp chế HĐND TP.HCM khảo sát tại phường 4, quận 5. Tại buổi khảo sát, bà Lâm Thị "
            "Kiều (ngụ phường 7, quận 5) cho biết đã quen nộp hồ sơ trực tuyến.")
    assert places_of(text) == [(79, 27301)]


def test_a_clause_after_a_comma_is_no_site() -> None:
    text = ("Ngày 3/9/2024, Đoàn giám sát HĐND tỉnh Đồng Nai kiểm tra việc giải quyết hồ sơ tại xã Phú Lý. "
            "Đoàn kiểm tra công tác cải cách hành chính, phường Trấn Biên cũng gửi báo cáo.")
    assert places_of(text) == [(75, 26173)]


def test_the_venue_of_a_dated_opening_before_a_provincial_host() -> None:
    text = ("Sáng 18/3/2026, tại phường Long Xuyên (tỉnh An Giang), đoàn công tác do ông Vũ Hồng Thanh dẫn đầu đã "
            "kiểm tra thực tế, làm việc với Ủy ban bầu cử tỉnh An Giang.")
    assert places_of(text) == [(91, 30307)]


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 5/7/2025, năm đoàn công tác của Tỉnh ủy Lâm Đồng đã đến kiểm tra tại các xã, phường.", [(68, None)]),
    ("Ngày 14/8/2025, Đoàn giám sát của Thường trực HĐND tỉnh Đồng Nai đã giám sát việc giải quyết thủ tục hành "
     "chính tại một số xã, phường.", [(75, None)]),
])
def test_a_round_over_unnamed_units_lists_the_bodys_province(text: str, wanted: list[tuple[int, None]]) -> None:
    assert places_of(text) == wanted


def test_a_named_unit_beats_the_bodys_province() -> None:
    text = "Ngày 5/7/2025, đoàn công tác của Tỉnh ủy Lâm Đồng đã đến kiểm tra tại các xã Đạ Huoai và Đạ Tẻh."
    found = places_of(text)
    assert found and (68, None) not in found


def test_a_commune_named_like_an_office_goes_on_the_list() -> None:
    """"Trường" is also a school; a commune of that level has been called "Trường Long", so the list goes on."""
    text = ("Ngày 14/5/2019, Ban Pháp chế HĐND thành phố Cần Thơ giám sát đối với 2 xã Nhơn Ái và Trường Long "
            "(huyện Phong Điền).")
    assert places_of(text) == [(92, 31315), (92, 31309)]


def test_a_school_after_a_commune_stays_off_the_list() -> None:
    text = ("Ngày 14/5/2019, Ban Văn hóa - Xã hội HĐND thành phố Cần Thơ khảo sát tại xã Nhơn Ái và Trường THCS "
            "Nhơn Ái.")
    assert places_of(text) == [(92, 31315)]


def test_a_district_written_at_its_level_before_it_was_raised() -> None:
    text = ("Sáng 12/9/2019, Đoàn giám sát của Thường trực HĐND tỉnh Tây Ninh đã giám sát công tác cải cách hành "
            "chính tại huyện Trảng Bàng.")
    record = extract_article(text).record
    assert [(loc["name"], loc["province"]["code"]) for loc in record["localities"]] == [("huyện Trảng Bàng", 80)]


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 8/8/2022, Ban Pháp chế HĐND tỉnh Sóc Trăng giám sát tại UBND P.3, TP Sóc Trăng.", [(92, 31510)]),
    ("Ngày 3/9/2023, Ban Pháp chế HĐND TP.HCM khảo sát tại P.Tân Định, Q.1 về Đề án 06.", [(79, 26737)]),
    ("Ngày 10/9/2023, Ban Văn hóa - Xã hội HĐND tỉnh Cà Mau khảo sát tại TT.Cái Nước, huyện Cái Nước.", [(96, 32128)]),
])
def test_level_words_abbreviated_as_in_addresses(text: str, wanted: list[tuple[int, int]]) -> None:
    """ "P.3, TP Sóc Trăng": the numbered ward of that city, not the city; "TT." a former town."""
    assert places_of(text) == wanted


def test_a_dated_opening_at_the_office_of_a_commune() -> None:
    text = ("Sáng 6/10/2025, tại Trung tâm Phục vụ hành chính công xã Châu Thành (tỉnh An Giang), Đoàn giám sát HĐND "
            "tỉnh đã làm việc với UBND tỉnh về dịch vụ công.")
    assert places_of(text) == [(91, 30880)]
