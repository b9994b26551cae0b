"""Session 25, fresh42left: units listed per district, each group closed by its district after "của", "thuộc" or in
brackets ("xã A, B của huyện X và xã C của huyện Y"): every group's units are visited, the districts only qualify."""

from __future__ import annotations

from store.extract import extract_article


def _places(lead: str) -> list[str]:
    record = extract_article("Kiểm tra tại cơ sở\n\n" + lead + "\n").record
    return [place["name"] for place in record["localities"]]


def test_the_second_district_group_after_cua_is_kept() -> None:
    assert _places("Ngày 3/5/2024, Phó Chủ tịch UBND tỉnh Thanh Hóa Lê Đức Giang kiểm tra tại xã Quảng Nham, "
                   "Quảng Khê của huyện Quảng Xương và xã Hoằng Phụ của huyện Hoằng Hóa.") == \
        ["xã Quảng Nham", "xã Quảng Khê", "xã Hoằng Phụ"]


def test_one_commune_per_district_after_cua() -> None:
    assert _places("Ngày 3/5/2024, Phó Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Đệ kiểm tra tại xã Nghi Thuận của "
                   "huyện Nghi Lộc và xã Hưng Tân của huyện Hưng Nguyên.") == ["xã Nghi Thuận", "xã Hưng Tân"]


def test_groups_closed_by_thuoc_or_brackets_keep_every_unit() -> None:
    assert _places("Ngày 3/5/2024, Phó Chủ tịch UBND tỉnh Thanh Hóa Lê Đức Giang kiểm tra tại xã Quảng Nham thuộc "
                   "huyện Quảng Xương và xã Hoằng Phụ thuộc huyện Hoằng Hóa.") == ["xã Quảng Nham", "xã Hoằng Phụ"]
    assert _places("Ngày 3/5/2024, Phó Chủ tịch UBND tỉnh Thanh Hóa Lê Đức Giang kiểm tra tại các xã Quảng Nham "
                   "(huyện Quảng Xương) và xã Hoằng Phụ (huyện Hoằng Hóa).") == ["xã Quảng Nham", "xã Hoằng Phụ"]


def test_a_district_after_cua_is_no_visit_of_its_own() -> None:
    assert "huyện Quảng Xương" not in _places("Ngày 3/5/2024, đoàn công tác của tỉnh Thanh Hóa kiểm tra tại xã "
                                              "Quảng Nham của huyện Quảng Xương.")
