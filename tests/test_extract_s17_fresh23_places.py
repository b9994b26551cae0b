"""Session 17, fresh23 places: a repost's source address dates a yearless day, a leader's call on a commune's desk
told over two sentences, a commune's desk in its first weeks dates the reform's year, a city ward merged before 2025
listed with its neighbours. Sentences written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.year_urls import url_month
from store.extract.year_young_desks import young_commune_desk

_TODAY = date(2026, 12, 1)


def test_a_source_address_dates_only_with_its_headlines_slug() -> None:
    address = "https://baokontum.com.vn/chinh-tri/202111/kiem-tra-dot-xuat-tai-xa-dak-ro-nga-4412870/"
    assert url_month(address) == (2021, 11)
    assert url_month(address, "Kiểm tra đột xuất tại xã Đăk Rơ Nga") == (2021, 11)
    assert url_month(address, "Người dân vùng cao đón mùa vụ mới") is None


def test_a_reposts_given_address_keeps_its_source_lines_month() -> None:
    text = ("Kiểm tra đột xuất tại xã Đăk Rơ Nga\n\nTổ kiểm tra công vụ huyện Đăk Tô đã kiểm tra đột xuất tại UBND xã "
            "Đăk Rơ Nga, huyện Đăk Tô vào sáng 18-11.\n\n"
            "https://baokontum.com.vn/chinh-tri/202111/kiem-tra-dot-xuat-tai-xa-dak-ro-nga-4412870/\n")
    given = extract_article(text, today=_TODAY, url="https://kontumtv.vn/kiem-tra-dot-xuat-tai-xa-dak-ro-nga/")
    assert given.record["date"] == "2021-11-18"


def test_a_young_commune_desk_counts_in_weeks_or_a_few_months() -> None:
    assert young_commune_desk("Sau hơn 1 tháng vận hành, điểm phục vụ hành chính công xã Vân Hòa đã giải quyết ...")
    assert young_commune_desk("sau 3 tuần đi vào hoạt động, Trung tâm Phục vụ hành chính công phường An Khê ...")
    assert not young_commune_desk("Sau 4 tháng hoạt động, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận ...")
    assert not young_commune_desk("Sau 9 tháng vận hành, Trung tâm Phục vụ hành chính công xã Vân Hòa ...")


def test_a_call_on_a_commune_then_its_desk_is_a_visit_of_the_commune() -> None:
    text = ("Lãnh đạo thành phố thăm điểm phục vụ hành chính công\n\nSáng 14/8, bà Lưu Thị Hằng - Phó Chủ tịch UBND "
            "TP. Hà Nội đã đến thăm Đảng bộ, chính quyền và nhân dân xã Phúc Sơn.\n\nTại Điểm Phục vụ hành chính "
            "công xã Phúc Sơn, bà trao thư khen cho công chức.\n")
    draft = extract_article(text, today=_TODAY)
    assert not draft.non_visit
    assert [(loc["ward"] or {}).get("code") for loc in draft.record["localities"]] == [10459]


def test_a_call_on_a_communes_people_without_a_desk_is_none() -> None:
    text = ("Lãnh đạo tỉnh thăm xã Tam Nông\n\nSáng 25/7, ông Đỗ Văn Quyết - Phó Chủ tịch UBND tỉnh Phú Thọ đã đến "
            "thăm Đảng bộ, chính quyền và nhân dân xã Tam Nông.\n\nTại nghĩa trang liệt sĩ xã, đoàn dâng hương.\n")
    assert extract_article(text, today=_TODAY).non_visit


def test_a_city_ward_merged_before_2025_takes_its_neighbours_one_ward() -> None:
    text = ("HĐND quận giám sát trật tự đô thị\n\nSáng 22/4/2019, Đoàn giám sát của HĐND quận Hai Bà Trưng đã giám "
            "sát tại 3 phường Lê Đại Hành, Đống Mác và Phạm Đình Hổ.\n")
    record = extract_article(text, today=_TODAY).record
    assert {(loc["ward"] or {}).get("code") for loc in record["localities"]} == {256}
