"""Session 21, places and years: a numbered ward bounds a day only in a province the text gives; a district name two
provinces had is chosen by the province named, or not at all; a person's home written without "quê"/"sinh"/"sống" is
no place visited; a former city's name said of its area after the reform the text states bounds nothing. Sentences
written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.place_former_districts import former_district_mentions
from store.extract.place_homes import home_before
from store.extract.year_ceased_names import _bare_districts, _districts_by_key, shared_district, spoken_city

_TODAY = date(2026, 12, 1)


def _record(text: str, url: str | None = None) -> dict:
    return extract_article(text, today=_TODAY, url=url).record


def _where(record: dict) -> list[tuple[str, int]]:
    return [(p["name"], p["province"]["code"]) for p in record["localities"]]


# 1. numbered wards
def test_a_numbered_ward_placed_by_the_body_bounds_the_day() -> None:
    record = _record("Chiều 3/11, Đoàn ĐBQH tỉnh Cà Mau đã tiếp xúc cử tri tại phường 9.\n\nCó 120 cử tri dự.")
    assert record["date"] == "2024-11-03" and _where(record) == [("phường 9", 96)]


def test_a_numbered_ward_placed_by_a_ward_one_province_had() -> None:
    record = _record("Sáng 26/9, đoàn khảo sát của Ban Văn hóa - Xã hội đã khảo sát trạm y tế phường 2 và trạm y tế "
                     "phường Tân Xuyên.\n\nHai trạm có 17 cán bộ.")
    assert record["date"] == "2024-09-26" and _where(record)[0] == ("phường 2", 96)


def test_a_numbered_ward_no_text_places_is_no_guess_and_no_bound() -> None:
    record = _record("Sáng 3/10, đoàn khảo sát của Ban Pháp chế đã khảo sát nhà văn hóa tại phường 11.\n\n"
                     "Phường có 9 nhà văn hóa.")
    assert record["date"] == "2026-10-03" and record["localities"] == []


def test_the_outlets_province_alone_sets_no_numbered_bound() -> None:
    text = ("Sáng 22/10, đoàn khảo sát của Ban Văn hóa - Xã hội đã khảo sát bếp ăn tại trường mầm non, phường 8.\n\n"
            "Trường có 410 trẻ.")
    assert _record(text, "https://baocamau.vn/xa-hoi/khao-sat-a1.html")["date"] == "2026-10-22"


# 2. a district name two provinces had
def test_shared_district_names() -> None:
    assert shared_district("Bảo Lâm", frozenset({68})) == ("huyện", "Bảo Lâm")  # xã Bảo Lâm 1–5 carry a number
    assert shared_district("Bình Tân", frozenset({86})) == ("huyện", "Bình Tân")
    assert shared_district("Bảo Lâm", frozenset({4})) is None  # xã Bảo Lâm stands in Cao Bằng
    assert shared_district("Bảo Lâm", frozenset({4, 68})) is None and shared_district("Bảo Lâm", frozenset()) is None
    assert shared_district("Châu Thành", frozenset({82})) is None  # xã Châu Thành stands


@pytest.mark.parametrize("province, expected", [
    ("Lâm Đồng", [("huyện Bảo Lâm", 68)]),
    ("", []),
])
def test_a_shared_district_name_where_the_visit_went(province: str, expected: list[tuple[str, int]]) -> None:
    body = f"Ban Kinh tế - Ngân sách HĐND tỉnh {province}".rstrip()
    record = _record(f"Sáng 6/11, {body} đã giám sát việc trồng rừng tại Bảo Lâm.\n\nĐã trồng 300 ha.")
    assert _where(record) == expected
    assert record["date"] == ("2024-11-06" if expected else "2026-11-06")


def test_no_bare_district_name_is_two_provinces() -> None:
    assert all(len({d["old_province"] for d in _districts_by_key()[key]}) == 1 for key in _bare_districts())


# 3. homes
@pytest.mark.parametrize("text, place, home", [
    ("Ông Lê Văn Hùng, người xã Kim Liên, cho biết", "xã", True),
    ("Bà Nguyễn Thị Lan (xã Hưng Nguyên) đề nghị", "xã", True),
    ("Ông Trần Văn Sang (Vũng Liêm) đề nghị", "Vũng", True),
    ("Cử tri xã Đại Huệ phản ánh", "xã", True),
    ("Cử tri ở Vũng Liêm phản ánh", "Vũng", True),
    ("Một giáo viên ở Thanh Chương cho biết", "Thanh", True),
    ("Bà Lò Thị Xuân, một hộ nghèo ở Lang Chánh, cho biết", "Lang", True),
    ("Anh hiện sống ở xã Hạnh Lâm", "xã", True),
    ("Đoàn đã tiếp xúc cử tri xã Đại Huệ", "xã", False),  # the meeting's place
    ("ý kiến của cử tri xã Đại Huệ", "xã", False),
    ("bảo hiểm y tế học sinh tại xã Cẩm Mỹ", "xã", False),  # a pupil's, not a home
    ("kiểm tra bếp ăn bán trú ở xã Bảo Yên", "xã", False),  # a school's boarding
    ("cơ sở lưu trú tại phường Bãi Cháy", "phường", False),  # a lodging
    ("Đoàn làm việc với người dân xã Kim Liên", "xã", False),  # the residents the visit meets
])
def test_home_before(text: str, place: str, home: bool) -> None:
    assert home_before(text, text.index(place)) is home


def test_a_home_is_no_visited_district_and_no_bound() -> None:
    assert former_district_mentions("Một giáo viên ở Thanh Chương cho biết.", None, False, []) == []
    record = _record("Sáng 9/10, đoàn giám sát của HĐND tỉnh Nghệ An đã giám sát việc chi trả trợ cấp. Cử tri ở Thanh "
                     "Chương phản ánh tiền về chậm.\n\nTrong 9 tháng năm 2025, toàn tỉnh chi trả cho 71% đối tượng.")
    assert record["date"] == "2025-10-09" and _where(record) == [("tỉnh Nghệ An", 40)]


@given(st.sampled_from(["quê ở", "người", "một giáo viên ở", "cử tri ở", "hiện sống tại", "ông Hải ("]),
       st.sampled_from(["xã Kim Liên", "Thanh Chương", "Vĩnh Cửu", "phường 7"]),
       st.text(alphabet="abcdeghiklmnoprstuvxyàáảãạăâđêôơư ,", max_size=30))
def test_a_home_word_right_before_a_place_is_a_home_whatever_comes_before(home: str, place: str, opening: str) -> None:
    text = f"{opening}. {home} {place}".replace("( ", "(")  # the sentence before, whatever it ends on
    assert home_before(text, text.rindex(place))


# 4. a former city's name said of the area after the reform
@pytest.mark.parametrize("text, spoken", [
    ("khu dân cư phía nam TP Vinh", True),
    ("du khách khi ghé TP. Bảo Lộc", True),
    ("tại thành phố Buôn Ma Thuột", True),
    ("Thường trực HĐND TP Vinh", False),
    ("làm việc với UBND thành phố Vinh", False),
    ("lãnh đạo TP Vinh", False),
    ("Thành ủy Vinh", False),
])
def test_spoken_city(text: str, spoken: bool) -> None:
    starts = [i for i in range(len(text)) if text.startswith(("TP", "thành phố", "Thành ủy"), i)]
    assert spoken_city(text, starts[-1]) is spoken


@pytest.mark.parametrize("text, expected", [
    # a ward of 2025 visited, the old city's name for the area: the ward's bound
    ("Sáng 24/9, đoàn khảo sát của HĐND tỉnh Nghệ An đã khảo sát kênh tại phường Trường Vinh. Kênh chạy qua khu dân "
     "cư phía nam TP Vinh.", "2025-09-24"),
    # an organ of the city: before the reform, the new ward named too or not
    ("Sáng 17/9, Thường trực HĐND TP Vinh đã giám sát công viên trung tâm TP Vinh.", "2024-09-17"),
    # the arrangement still ahead: no fact of the reform
    ("Sáng 14/5, đoàn khảo sát các trụ sở ở trung tâm TP Vinh có thể dùng lại khi sắp xếp đơn vị hành chính cấp xã.",
     "2025-05-14"),
])
def test_a_former_citys_name_and_the_reform(text: str, expected: str) -> None:
    assert _record(text + "\n\nCó 5 trụ sở.")["date"] == expected


def test_the_former_city_is_no_locality_beside_the_ward_after_the_reform() -> None:
    record = _record("Sáng 20/10, đoàn giám sát HĐND tỉnh Đắk Lắk đã làm việc với UBND phường Buôn Ma Thuột về cấp "
                     "giấy phép xây dựng tại TP Buôn Ma Thuột sau khi vận hành chính quyền địa phương hai cấp.\n\n"
                     "Phường đã cấp 214 giấy phép.")
    assert record["date"] == "2025-10-20" and [p["name"] for p in record["localities"]] == ["phường Buôn Ma Thuột"]
