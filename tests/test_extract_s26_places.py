"""Session 26, places left open (s26/places): numbered communes in a comma list, list names that open like an
office's, both ends of a work checked along its length (`place_route_ends`), a district of two provinces placing a
commune of two, a toured farm's bracketed commune, a named site checked with no "tại"."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_names import numbered

_TODAY = date(2026, 12, 1)


def _units(text: str) -> list[tuple[str, int, int | None]]:
    record = extract_article(text, today=_TODAY).record
    return [(loc["name"], loc["province"]["code"], (loc.get("ward") or {}).get("code"))
            for loc in record.get("localities", [])]


def test_numbered_communes_listed_with_commas_and_no_va() -> None:
    text = "Sáng 3/5/2023, đoàn giám sát của HĐND huyện đã làm việc với UBND xã An Thạnh 1, Đại Ân 1 về công tác."
    assert _units(text) == [("xã An Thạnh 1", 92, 31615), ("xã Đại Ân 1", 92, 31633)]


def test_a_numbered_name_after_a_numbered_one_keeps_its_number_whatever_follows() -> None:
    text = "tại UBND xã Hòa Tú 1, Gia Hòa 2 về việc"
    start = text.index("Gia Hòa")
    end = start + len("Gia Hòa")
    assert numbered(text, "Gia Hòa", end, series=True) == ("Gia Hòa 2", end + 2)
    assert numbered(text, "Gia Hòa", end) == ("Gia Hòa", end)  # alone, "Gia Hòa" is a commune: "2 về" may count


def test_listed_communes_whose_names_open_like_an_office() -> None:
    text = "Sáng 3/5/2023, đoàn của HĐND huyện Cầu Ngang đã khảo sát tại các xã: Trường Thọ, Long Sơn và Hiệp Mỹ Đông."
    assert _units(text) == [("xã Trường Thọ", 86, 29446), ("xã Long Sơn", 86, 29455)]  # Hiệp Mỹ Đông is Long Sơn now


def test_a_school_ending_a_list_is_no_commune() -> None:
    text = ("Sáng 3/5/2023, đoàn của HĐND huyện Cầu Ngang đã khảo sát tại các xã: Long Sơn, Hiệp Mỹ Đông và Trường "
            "THCS Trường Thọ.")
    assert _units(text) == [("xã Long Sơn", 86, 29455)]


@pytest.mark.parametrize("work", ["tuyến kênh từ xã Chi Khê đến xã Lục Dạ", "đoạn đường từ xã Chi Khê (huyện Con "
                                  "Cuông) đi xã Lục Dạ", "tuyến đê từ xã Chi Khê tới xã Lục Dạ"])
def test_both_ends_of_a_work_checked_along_its_length(work: str) -> None:
    text = f"Sáng 3/5/2023, đoàn của UBND tỉnh Nghệ An đã kiểm tra thực địa {work}."
    assert [u[2] for u in _units(text)] == [17254, 17263]


def test_goods_carried_between_two_communes_are_no_route_checked() -> None:
    text = ("Sáng 3/5/2023, đoàn của UBND tỉnh Nghệ An đã kiểm tra tại UBND xã Chi Khê. Xe cứu trợ đã chở hàng từ xã "
            "Chi Khê đến xã Lục Dạ.")
    assert [u[2] for u in _units(text)] == [17254]


@pytest.mark.parametrize(("district", "commune", "place"), [
    ("Phong Điền", "Mỹ Khánh", (92, 31150)),  # Phong Điền: Cần Thơ, Huế; Mỹ Khánh: Cần Thơ, An Giang
    ("Phú Tân", "Phú Hưng", (91, 30406)),  # Phú Tân: An Giang, Cà Mau; Phú Hưng of both, in Phú Tân only in An Giang
])
def test_a_district_of_two_provinces_places_a_commune_of_two(district: str, commune: str,
                                                             place: tuple[int, int]) -> None:
    text = f"Sáng 3/5/2023, Ban Pháp chế HĐND huyện {district} đã làm việc với UBND xã {commune} về công tác hòa giải."
    assert [u[1:] for u in _units(text)] == [place]


def test_a_farm_toured_its_commune_in_brackets() -> None:
    text = ("Sáng 3/5/2023, đoàn của UBND tỉnh Nghệ An đã đến tham quan trang trại bò sữa của ông Lê Văn Hải (thôn 2, "
            "xã Quỳnh Lâm) và nhà máy chế biến tại xã Quỳnh Thắng.")
    assert [u[2] for u in _units(text)] == [17152, 17224]


def test_a_speakers_bracketed_home_is_no_stop() -> None:
    text = ("Chiều 3/5/2023, ông Lê Văn Hải (thôn 2, xã Quỳnh Lâm) cho biết gia đình đã trồng 2 ha cam. Sáng cùng "
            "ngày, đoàn kiểm tra tại UBND xã Quỳnh Thắng.")
    assert [u[2] for u in _units(text)] == [17224]


def test_a_named_site_checked_with_no_tai() -> None:
    text = ("Sáng 3/5/2023, đoàn của HĐND tỉnh Lào Cai đã làm việc tại UBND xã Bản Xèo. Buổi chiều, đoàn kiểm tra Trạm "
            "Y tế xã Bản Lầu.")
    assert [u[2] for u in _units(text)] == [2725, 2788]


def test_a_site_reporting_is_no_site_checked() -> None:
    text = ("Sáng 3/5/2023, đoàn của HĐND tỉnh Lào Cai đã làm việc tại UBND xã Bản Xèo. Buổi chiều, Trạm Y tế xã Bản "
            "Lầu báo cáo với đoàn qua điện thoại.")
    assert [u[2] for u in _units(text)] == [2725]
