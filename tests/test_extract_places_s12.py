"""Locality classes of session 12 (real pages never tuned on), in sentences written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_abbreviations import spelled_once
from store.extract.place_preamble import distributive


def _places(text: str) -> list[tuple[str, int, int | None]]:
    record = extract_article(text).record
    return [(loc["name"], loc["province"]["code"], (loc.get("ward") or {}).get("code"))
            for loc in record.get("localities", [])]


def _names(text: str) -> list[str]:
    return [name for name, _, _ in _places(text)]


@pytest.mark.parametrize("committee, name", [
    ("Huyện ủy Sơn Hà", "huyện Sơn Hà"),
    ("Ban Thường vụ Huyện ủy Sơn Hà", "huyện Sơn Hà"),
    ("Thị ủy Đức Phổ", "thị xã Đức Phổ"),
])
def test_a_district_known_through_its_party_committee(committee: str, name: str) -> None:
    text = (f"Kiểm tra công tác cán bộ\n\nNgày 3/3/2023, Đoàn kiểm tra của Tỉnh ủy Quảng Ngãi do ông Lê Văn An làm "
            f"trưởng đoàn đã làm việc với {committee} về công tác cán bộ.")
    assert _names(text) == [name]


def test_a_committee_word_before_a_verb_is_no_district() -> None:
    text = ("Ủy ban Kiểm tra Huyện ủy giám sát chi bộ\n\nNgày 3/3/2023, Ủy ban Kiểm tra Huyện ủy đã giám sát Chi bộ "
            "Phòng Nội vụ huyện Sơn Hà.")
    assert "huyện đã" not in " ".join(_names(text))


@pytest.mark.parametrize("preamble", [
    "Thực hiện Kế hoạch kiểm tra công vụ năm 2022 trên địa bàn huyện Sơn Hà.",
    "Thực hiện Nghị quyết của Ban Thường vụ về việc hỗ trợ 3 huyện: Sơn Hà, Sơn Tây, Minh Long.",
])
def test_a_plans_scope_in_the_preamble_is_not_visited(preamble: str) -> None:
    text = (f"Kiểm tra đột xuất\n\n{preamble} Ngày 5/5/2022, Đoàn kiểm tra do ông Lê Văn An làm trưởng đoàn đã kiểm "
            f"tra tại UBND xã Sơn Kỳ, huyện Sơn Hà.")
    assert _names(text) == ["xã Sơn Kỳ"]


def test_a_unit_after_the_preambles_main_verb_is_visited() -> None:
    text = ("Giám sát tại xã\n\nThực hiện Kế hoạch số 12/KH-HĐND, ngày 5/5/2022, Đoàn giám sát do ông Lê Văn An làm "
            "trưởng đoàn đã giám sát tại xã Sơn Kỳ.")
    assert _names(text) == ["xã Sơn Kỳ"]


def test_each_unit_is_no_reference_to_the_visited_one() -> None:
    for text, level, each in [("(Mỗi huyện 100 triệu)", "huyện", True), ("cho từng xã", "xã", True),
                              ("làm việc với UBND huyện", "huyện", False)]:
        assert distributive(text, text.index(level)) is each


@pytest.mark.parametrize("office", ["Ủy ban nhân dân (UBND)", "Uỷ ban nhân dân ( UBND )", "Hội đồng nhân dân (HĐND)"])
def test_an_office_with_its_abbreviation_in_brackets(office: str) -> None:
    assert spelled_once(f"kiểm tra tại {office} các xã: ") == f"kiểm tra tại {office.split('(')[0].strip()} các xã: "
    text = (f"Kiểm tra công vụ\n\nNgày 5/5/2022, Đoàn kiểm tra do ông Lê Văn An làm trưởng đoàn đã kiểm tra tại "
            f"{office} các xã: Sơn Kỳ, Sơn Ba và Sơn Bao, huyện Sơn Hà, tỉnh Quảng Ngãi.")
    assert {"xã Sơn Kỳ", "xã Sơn Bao"} <= set(_names(text))


def test_communes_of_a_constituency_overseen_as_the_communes_above() -> None:
    text = ("Tổ đại biểu giám sát\n\nNgày 5/5/2022, các đại biểu HĐND huyện thuộc Tổ đại biểu đơn vị bầu cử xã Sơn Kỳ, "
            "Sơn Bao tiến hành giám sát đối với UBND các xã trên, tỉnh Quảng Ngãi.")
    assert _names(text) == ["xã Sơn Kỳ", "xã Sơn Bao"]


def test_a_constituency_named_in_a_title_is_no_visit() -> None:
    text = ("Giám sát tại xã\n\nNgày 5/5/2022, Đoàn giám sát do ông Lê Văn An, Tổ trưởng Tổ đại biểu đơn vị bầu cử xã "
            "Sơn Ba, làm trưởng đoàn đã giám sát tại xã Sơn Kỳ, tỉnh Quảng Ngãi.")
    assert _names(text) == ["xã Sơn Kỳ"]


def test_an_unknown_unit_keeps_the_province_of_its_list() -> None:
    text = ("Giám sát giảm nghèo\n\nNgày 5/5/2019, Đoàn giám sát của HĐND tỉnh Cao Bằng do ông Lê Văn An làm trưởng "
            "đoàn đã giám sát tại huyện Trà Lĩnh và huyện Hà Quảng.")
    assert _places(text) == [("huyện Trà Lĩnh", 4, None), ("huyện Hà Quảng", 4, None)]


def test_an_unknown_unit_alone_is_not_placed() -> None:
    text = ("Giám sát giảm nghèo\n\nNgày 5/5/2019, Đoàn giám sát do ông Lê Văn An làm trưởng đoàn đã giám sát tại "
            "huyện Trà Lĩnh.")
    assert _places(text) == []


def test_a_district_typed_in_lower_case_after_its_commune() -> None:
    text = ("Kiểm tra công trình\n\nSáng 5/5/2022, ông Lê Văn An, Phó Chủ tịch UBND tỉnh, đã kiểm tra công trình tại "
            "xã Sơn Kỳ huyện sơn Hà.")
    assert _places(text) == [("xã Sơn Kỳ", 51, 21325)]


def test_communes_listed_after_a_described_count_and_gom() -> None:
    text = ("Giám sát\n\nNgày 5/5/2022, Đoàn giám sát do ông Lê Văn An làm trưởng đoàn đã đến 3 xã có dự án hồ chứa "
            "nước Nước Trong 2 đi qua, gồm: Sơn Kỳ, Sơn Ba thuộc huyện Sơn Hà và xã Ba Vì thuộc huyện Ba Tơ, tỉnh "
            "Quảng Ngãi để kiểm tra.")
    assert _names(text) == ["xã Sơn Kỳ", "xã Ba Vì"]  # Sơn Ba is today in Sơn Kỳ's ward


def test_a_district_after_thuoc_qualifies_the_communes_before_it() -> None:
    text = ("Giám sát\n\nNgày 5/5/2022, Đoàn giám sát do ông Lê Văn An làm trưởng đoàn đã giám sát tại xã Sơn Kỳ thuộc "
            "huyện Sơn Hà và xã Ba Vì thuộc huyện Ba Tơ, tỉnh Quảng Ngãi.")
    assert _names(text) == ["xã Sơn Kỳ", "xã Ba Vì"]


def test_a_headline_bare_name_is_the_district_the_text_names() -> None:
    text = ("Chủ tịch UBND thành phố kiểm tra phòng chống ngập tại Hoàn Kiếm\n\nSáng 4/4/2022, ông Trần Văn Hùng, Chủ "
            "tịch UBND thành phố Hà Nội, cho biết quận Hoàn Kiếm đã nạo vét cống.")
    assert _names(text) == ["quận Hoàn Kiếm"]


def test_a_province_run_into_the_officials_name() -> None:
    text = ("Kiểm tra phòng chống dịch\n\nSáng 2/2/2020, Chủ tịch UBND tỉnh Quảng Ngãi Đặng Văn Minh kiểm tra đột xuất "
            "công tác phòng chống dịch trên địa bàn.\n\nỔ dịch đầu tiên thuộc địa bàn huyện Sơn Hà.")
    assert _names(text) == ["tỉnh Quảng Ngãi"]


def test_a_check_on_the_ground_beside_named_units_keeps_them() -> None:
    text = ("Giám sát nước sạch\n\nNgày 2/2/2020, Tổ đại biểu HĐND tỉnh Quảng Ngãi đơn vị các huyện Sơn Hà và Sơn Tây "
            "đã giám sát việc cấp nước sạch trên địa bàn.")
    assert _names(text) == ["huyện Sơn Hà", "huyện Sơn Tây"]


def test_a_caption_of_a_working_session_with_a_commune() -> None:
    text = ("Kiểm tra giảm nghèo\n\nNgày 2/2/2020, các tổ công tác của huyện Sơn Hà đã kiểm tra công tác giảm nghèo "
            "tại các xã trên địa bàn huyện.\nQuang cảnh buổi làm việc giữa tổ công tác với xã Sơn Kỳ. Ảnh: K.T\n"
            "Các xã đã báo cáo kết quả.")
    assert _names(text) == ["xã Sơn Kỳ"]


@pytest.mark.parametrize("office", ["Đảng bộ", "Công an", "Trạm Y tế"])
def test_a_unit_named_with_its_office_in_a_list_of_offices_checked(office: str) -> None:
    text = (f"Kiểm tra\n\nNgày 2/2/2020, Đoàn kiểm tra do ông Lê Văn An làm trưởng đoàn đã làm việc với Huyện ủy Sơn "
            f"Hà.\n\nĐoàn cũng đã kiểm tra tại Phòng Nội vụ huyện, Trung tâm Y tế huyện và {office} xã Sơn Kỳ.")
    assert _names(text) == ["huyện Sơn Hà", "xã Sơn Kỳ"]


@pytest.mark.parametrize("quarter", ["khu 11", "tổ 5", "thôn 3"])
def test_a_numbered_quarter_of_an_address_before_its_ward(quarter: str) -> None:
    text = (f"Khảo sát\n\nNgày 2/2/2020, Đoàn do ông Lê Văn An làm trưởng đoàn đã khảo sát tại Trại giam ở {quarter} "
            f"xã Sơn Kỳ (Sơn Hà), tỉnh Quảng Ngãi.")
    assert _names(text) == ["xã Sơn Kỳ"]
