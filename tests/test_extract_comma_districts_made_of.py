"""Session 36, places20: a commune's district written bare after a comma, and the wordings that name a new unit's
former parts, on sentences written for these tests with invented people.

- "tại xã Tân Hưng, Đồng Phú về việc ...": the district after the comma, with the sentence going on in a lower-case
  word, says where the commune lay, as before a stop (`place_mentions._name_going_on`); not a province ("xã Dân Hóa,
  Quảng Trị về ..."), and it adds no locality of its own.
- After the reform, "xã Xuân Lai, Thọ Xuân": a commune of before it whose name no commune of its province bears
  today, with the district it lay in, is one locality (`place_namesake_communes._former_home`); a name a commune of
  today bears keeps session 32's reading (two communes of today).
- "xã A, xã mới được hợp nhất từ ...", "(sáp nhập 3 xã ...)", "(trước là các xã ...)", "- đơn vị hành chính mới được
  sắp xếp từ", "(do các xã ... hợp thành)": the parts are no visits (`place_merged_parts`); a plan still to come and a
  unit said again with no made-of clause keep their reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(body: str) -> list[tuple[int, int | None]]:
    record = extract_article("Đoàn công tác làm việc\n\n" + body, today=_TODAY).record
    return [(unit["province"]["code"], (unit.get("ward") or {}).get("code")) for unit in record.get("localities") or []]


@pytest.mark.parametrize(("body", "want"), [
    ("Ngày 3/6/2024, Ban Pháp chế HĐND tỉnh Bình Phước do ông Lò Văn Khiêm làm trưởng đoàn đã giám sát tại xã Tân "
     "Hưng, Đồng Phú về an ninh trật tự.", [(75, 25378)]),  # Hớn Quản had a Tân Hưng too
    ("Ngày 2/7/2024, đoàn do ông Hà Văn Lực làm trưởng đoàn đã khảo sát tại phường Tân Phong, Biên Hòa để nắm việc "
     "thu phí.", [(75, 26188)]),  # no province: not today's Tân Phong of Lai Châu
    ("Ngày 15/5/2023, Thường trực HĐND tỉnh Thái Bình do bà Lò Thị Mai làm trưởng đoàn đã làm việc tại xã Quang "
     "Trung, Kiến Xương nhằm đánh giá tiến độ.", [(33, 13075)]),
    ("Ngày 9/9/2024, đoàn do ông Hà Văn Lực làm trưởng đoàn đã kiểm tra tại xã Tân Lập, Đồng Phú về đất đai.",
     [(75, 25363)]),  # no province, a name of many
])
def test_a_bare_district_after_a_commune_then_a_word_places_the_commune(body: str,
                                                                       want: list[tuple[int, int | None]]) -> None:
    assert _places(body) == want


@pytest.mark.parametrize(("body", "want"), [
    ("Ngày 12/11/2025, đoàn do ông Hà Văn Lực làm trưởng đoàn đã khảo sát tại xã Dân Hóa, Quảng Trị về cấp nước.",
     [(44, 18904)]),  # a province, not the former town of Quảng Trị
    ("Ngày 22/4/2024, Ban Văn hóa - Xã hội HĐND tỉnh Ninh Bình do bà Lò Thị Mai làm trưởng đoàn đã giám sát tại xã "
     "Gia Lâm, Nho Quan về trường học.", [(37, 14389)]),  # the district then, no second locality
    ("Ngày 2/7/2024, Ban Pháp chế HĐND tỉnh Bình Phước do ông Hà Văn Lực làm trưởng đoàn đã giám sát tại xã Tân Lập, "
     "Chủ tịch UBND xã báo cáo về đất đai.", [(75, 25363)]),  # a title, no district
])
def test_look_alikes_of_a_bare_district_after_a_comma(body: str, want: list[tuple[int, int | None]]) -> None:
    assert _places(body) == want


@pytest.mark.parametrize(("body", "want"), [
    ("Ngày 16/10/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Thanh Hóa do ông Hà Văn Lực làm trưởng đoàn đã giám sát tại "
     "xã Xuân Lai, Thọ Xuân.", [(38, 15592)]),
    ("Ngày 8/11/2025, Ban Pháp chế HĐND tỉnh Thanh Hóa do bà Lò Thị Mai làm trưởng đoàn đã khảo sát tại xã Hoằng "
     "Tân, Hoằng Hóa.", [(38, 15961)]),
])
def test_an_old_commune_with_its_former_district_after_the_reform_is_one_locality(
        body: str, want: list[tuple[int, int | None]]) -> None:
    assert _places(body) == want


@pytest.mark.parametrize(("body", "want"), [
    ("Ngày 20/10/2025, Ban Pháp chế HĐND tỉnh Ninh Bình do ông Hà Văn Lực làm trưởng đoàn đã khảo sát tại xã Gia "
     "Lâm, Nho Quan.", [(37, 14389), (37, 14428)]),  # a commune of today first: two of today (session 32)
    ("Ngày 16/4/2024, Ban Kinh tế - Ngân sách HĐND tỉnh Thanh Hóa do ông Hà Văn Lực làm trưởng đoàn đã giám sát tại "
     "xã Xuân Lai, Thọ Xuân.", [(38, 15592)]),  # before the reform: the district, as before
    ("Ngày 14/10/2025, Ban Pháp chế HĐND tỉnh Đồng Nai do bà Lò Thị Mai làm trưởng đoàn đã khảo sát tại xã Tân Hưng, "
     "Đồng Phú.", [(75, 25378), (75, 25363)]),  # a xã Tân Hưng of today in the province: two, as on the base
])
def test_look_alikes_of_an_old_commune_after_the_reform(body: str, want: list[tuple[int, int | None]]) -> None:
    assert _places(body) == want


_LEAD = "Ngày 5/11/2025, Đoàn giám sát của HĐND tỉnh {} do ông Hà Văn Lực làm trưởng đoàn đã giám sát tại {}."


@pytest.mark.parametrize(("province", "where", "want"), [
    ("Phú Thọ", "xã Vĩnh Hưng, xã mới được hợp nhất từ các xã Nghĩa Hưng, Yên Lập và Đại Đồng", [(25, 9100)]),
    ("Lạng Sơn", "xã Đồng Đăng (sáp nhập thị trấn Đồng Đăng và 4 xã Bảo Lâm, Hồng Phong, Thụy Hùng, Phú Xá)",
     [(20, 6184)]),
    ("Cao Bằng", "xã Nguyễn Huệ (trước là các xã Ngũ Lão, Nguyễn Huệ và Quang Trung)", [(4, 1699)]),
    ("Lạng Sơn", "xã Vũ Lễ (vốn là ba xã Vũ Sơn, Chiến Thắng và Vũ Lễ)", [(20, 6364)]),
    ("Hà Nội", "xã Hòa Xá - đơn vị hành chính mới được sắp xếp từ các xã Thái Hòa, Hòa Phú, Phù Lưu và Bình Lưu "
     "Quang", [(1, 10417)]),
    ("Hải Phòng", "phường Thành Đông (do các phường Cẩm Thượng, Bình Hàn, Nguyễn Trãi và xã An Thượng hợp thành)",
     [(31, 10510)]),
])
def test_a_new_units_former_parts_are_no_visits(province: str, where: str, want: list[tuple[int, int | None]]) -> None:
    assert _places(_LEAD.format(province, where)) == want


@pytest.mark.parametrize(("province", "where", "want"), [
    ("Phú Thọ", "xã Sơn Đông, đơn vị được tỉnh khen về thu ngân sách, rồi làm việc tại xã Cao Phong",
     [(25, 8866), (25, 5089)]),
    ("Phú Thọ", "xã Vĩnh Hưng, xã Yên Lập và xã Đại Đồng", [(25, 9100), (25, 8290), (25, 5347)]),
])
def test_look_alikes_of_a_made_of_clause(province: str, where: str, want: list[tuple[int, int | None]]) -> None:
    assert _places(_LEAD.format(province, where)) == want


def test_a_merger_still_to_come_names_no_parts() -> None:
    body = ("Ngày 11/3/2025, Ban Pháp chế HĐND tỉnh Lạng Sơn do bà Lò Thị Mai làm trưởng đoàn đã khảo sát tại xã Tân "
            "Đoàn về dự kiến hợp nhất các xã Tân Thành, Tân Đoàn và Tràng Phái.")
    assert _places(body) == [(20, 6316)]
