"""Which units a visit went to, written the ways real reports write them, and how sure each choice is.

Each test is one class of phrasing seen in real reports (kept outside the project), written
here in our own words with invented people and figures; real unit names, so the gazetteer can
place them. The leader's certainty note sits here too: like a locality chosen among namesakes,
a leader inferred from the overseeing body's officer must say so on review.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.reasons import say


def places_of(text: str) -> list[tuple[int, int | None]]:
    return [(loc["province"]["code"], (loc.get("ward") or {}).get("code"))
            for loc in extract_article(text).record["localities"]]


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 8/5/2022, Đoàn giám sát HĐND huyện Bắc Sơn do ông Lò Văn Hải làm trưởng đoàn giám sát UBND xã Vũ Lễ.",
     [(20, 6364)]),
    ("Ngày 15/10/2025, Thường trực HĐND tỉnh Bắc Ninh kiểm tra Trung tâm phục vụ hành chính công phường Quế Võ.",
     [(24, 9247)]),
    ("Sáng 1/7/2025, Chủ tịch UBND tỉnh Nguyễn Văn Hòa kiểm tra hoạt động của Trung tâm phục vụ hành chính công "
     "xã Hà Linh và xã Toàn Lưu.", [(42, 18502), (42, 18634)]),
])
def test_a_unit_named_as_what_is_overseen_is_visited(text: str, wanted: list[tuple[int, int]]) -> None:
    """No "tại": the office overseen carries the unit ("giám sát bộ phận một cửa xã A"), and the district of the
    overseeing body is then no visit of its own."""
    assert places_of(text) == wanted


def test_a_count_word_between_the_cue_and_a_list_without_a_colon() -> None:
    text = ("Sáng 2/12/2025, Ban Pháp chế HĐND thành phố Cần Thơ do bà Lâm Thu Vân dẫn đầu khảo sát ở ba phường "
            "Ninh Kiều, Cái Khế và Tân An.")
    assert places_of(text) == [(92, 31135), (92, 31120), (92, 31147)]


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 19/9/2024, Ủy ban MTTQ tỉnh Cà Mau giám sát Đề án 06 tại Công an xã Tân Hưng Đông và UBND thị trấn "
     "Cái Nước, huyện Cái Nước.", [(96, 32140), (96, 32128)]),
    ("Chiều 25/10/2024, Đoàn ĐBQH tỉnh Cà Mau khảo sát tại UBND xã Tân Hưng Đông (huyện Cái Nước) và xã Khánh "
     "Bình Tây (huyện Trần Văn Thời).", [(96, 32140), (96, 32104)]),
])
def test_offices_and_bracketed_districts_between_the_units_of_one_list(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


@pytest.mark.parametrize("body, province", [("HĐND huyện Lộc Bình", 20), ("Ủy ban MTTQ huyện Gia Lộc", 31),
                                            ("Thường trực HĐND thành phố Hạ Long", 22), ("HĐND huyện Bù Đăng", 75)])
def test_the_district_of_the_overseeing_body_places_a_commune_found_in_many_provinces(body: str, province: int) -> None:
    """"xã Thống Nhất" exists in nine provinces: the body's own district says which one, and no guess is made
    without it."""
    (found,) = places_of(f"Ngày 6/3/2024, Đoàn giám sát {body} giám sát tại xã Thống Nhất.")
    assert found[0] == province and found[1] is not None


def test_a_former_commune_split_in_2025_keeps_its_likeliest_part_and_says_so() -> None:
    draft = extract_article("Ngày 6/3/2021, Đoàn giám sát HĐND huyện Gia Lộc giám sát tại xã Thống Nhất.")
    (locality,) = draft.record["localities"]
    assert locality["ward"]["name"] == "Xã Yết Kiêu"  # the source's default part
    note = draft.certainty["localities[0]"]
    assert "was split" in note and "Phường Thạch Khôi" in note


def test_a_leader_inferred_from_the_overseeing_officer_carries_a_certainty_note() -> None:
    inferred = extract_article(
        "Chiều 21/10/2025, Đoàn giám sát của Thường trực HĐND xã Tam Đảo giám sát tại Trung tâm phục vụ hành chính "
        "công xã. Bà Đào Thị Nhung, Phó Chủ tịch HĐND xã Tam Đảo, đề nghị xã sớm khắc phục hồ sơ trễ hạn.")
    assert inferred.record["leader"]["name"] == "Đào Thị Nhung"
    assert inferred.certainty["leader"].startswith("inferred: no one is said to lead")
    stated = extract_article("Ngày 4/4/2024, Đoàn giám sát HĐND huyện Võ Nhai do ông Lý Văn Hào làm trưởng đoàn "
                             "giám sát tại xã Bình Long.")
    assert stated.record["leader"]["name"] == "Lý Văn Hào" and "leader" not in stated.certainty


@pytest.mark.parametrize("text", [
    "Ngày 14/11/2025, HĐND tỉnh Thanh Hóa khảo sát tại xã Nga Thắng, Nga An và Hồ Vương.",
    "Ngày 14/11/2025, HĐND tỉnh Thanh Hóa khảo sát tại các xã: Nga Thắng; Nga An; Hồ Vương.",
    "Ngày 14/11/2025, HĐND tỉnh Thanh Hóa khảo sát tại các địa phương: xã Nga Thắng, xã Nga An, xã Hồ Vương.",
])
def test_a_list_under_one_level_word_closed_by_va_or_split_by_semicolons(text: str) -> None:
    assert places_of(text) == [(38, 16114), (38, 16144), (38, 16138)]


def test_a_district_and_then_its_communes_in_one_list() -> None:
    text = ("Ngày 9/10/2023, Ban Pháp chế HĐND tỉnh Gia Lai giám sát tại Trung tâm hành chính công huyện Đak Đoa và "
            "các xã Ia Băng, Kon Gang thuộc huyện.")
    assert places_of(text) == [(52, None), (52, 23710), (52, 23701)]


def test_the_office_in_the_lead_and_its_holder_named_after_is_the_leader_with_a_note() -> None:
    draft = extract_article("Chủ tịch UBND tỉnh Bắc Ninh đã đến kiểm tra đột xuất tại Bộ phận Tiếp nhận và Trả kết "
                            "quả xã Phật Tích vào sáng 14/3/2024. Qua kiểm tra, bà Lê Thu Hằng ghi nhận cán bộ có mặt "
                            "đầy đủ.")
    assert draft.record["leader"]["name"] == "Lê Thu Hằng"
    assert draft.certainty["leader"].startswith("inferred: the lead names only the office")
    assert places_of("Chủ tịch UBND tỉnh Bắc Ninh đã đến kiểm tra tại Bộ phận Tiếp nhận và Trả kết quả xã Phật Tích "
                     "và xã Hoàn Sơn, huyện Tiên Du; Trung tâm Hành chính công huyện Yên Phong.") == \
        [(24, 9349), (24, 9340), (24, None)]


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 2/3/2023, Đoàn giám sát HĐND tỉnh Nghệ An giám sát đối với xã: Mã Thành, Lăng Thành và Đô Thành.",
     [(40, 17515), (40, 17524), (40, 17530)]),
    ("Ngày 2/3/2023, Đoàn giám sát HĐND thị xã Hương Trà giám sát tại các phường bao gồm: Tứ Hạ, Hương Xuân "
     "và xã Bình Tiến.", [(46, 19996), (46, 20017), (46, 20035)]),
    ("Ngày 2/3/2023, Đoàn khảo sát HĐND tỉnh Bắc Giang khảo sát tại các xã: Cấm Sơn (huyện Lục Ngạn), Canh nậu "
     "(huyện Yên Thế) và Cao Xá.", [(24, 7531), (24, 7246), (24, 7339)]),
    ("Ngày 2/3/2023, Đoàn giám sát HĐND huyện Cái Nước giám sát tại Ủy ban nhân dân xã Tân Hưng và Ủy ban nhân dân "
     "xã Hưng Mỹ.", [(96, 32137), (96, 32140)]),
])
def test_lists_after_a_colon_or_bao_gom_with_brackets_and_offices(text: str, wanted: list) -> None:
    """A colon or "bao gồm" after one level word opens a list, with or without a count; a bracketed old district
    qualifies the name before it; a name's later syllable may be typed in lower case; "Ủy ban nhân dân" between
    two units is an office, never a unit called "Ủy"."""
    assert places_of(text) == wanted


def test_a_list_of_districts_ends_at_an_office_and_a_shared_district_name_takes_the_old_province() -> None:
    draft = extract_article("Ngày 10/7/2020, Đoàn khảo sát HĐND tỉnh Trà Vinh khảo sát tại các huyện Càng Long, "
                            "Châu Thành, Sở Tài chính.")
    assert [(loc["name"], loc.get("former_province")) for loc in draft.record["localities"]] == [
        ("huyện Càng Long", "Trà Vinh"), ("huyện Châu Thành", "Trà Vinh")]


def test_a_bare_name_the_article_writes_as_a_district_is_that_district() -> None:
    text = ("Ngày 12/9/2023, Đoàn khảo sát HĐND tỉnh Bến Tre làm việc với UBND huyện Giồng Trôm. "
            "Trong buổi làm việc tại Giồng Trôm, đoàn ghi nhận nhiều kết quả.")
    assert [loc["name"] for loc in extract_article(text).record["localities"]] == ["huyện Giồng Trôm"]


def test_a_ward_merged_before_2025_is_placed_in_its_province_only_and_says_so() -> None:
    draft = extract_article("Ngày 16/7/2019, Đoàn giám sát HĐND thành phố giám sát tại UBND phường Trần Quang Khải.")
    (locality,) = draft.record["localities"]
    assert (locality["province"]["code"], locality["ward"], locality.get("former_province")) == (37, None, "Nam Định")
    assert "merged before 2025" in draft.certainty["localities[0]"]


def test_a_name_a_unit_of_2025_bears_is_never_placed_by_the_earlier_list() -> None:
    """ "xã Thống Nhất" with no clue: one of today's namesakes, not the Hà Nội commune merged in 2019."""
    assert places_of("Ngày 17/9/2021, Đoàn kiểm tra của UBND huyện đã kiểm tra tại xã Thống Nhất.") == []


def test_a_namesake_commune_is_placed_by_the_communes_named_with_it() -> None:
    """ "xã Đức Quang" is today a commune of Hà Tĩnh and was one of Cao Bằng; "Thị Hoa" was only Cao Bằng's."""
    assert places_of("Ngày 9/10/2017, Đoàn giám sát của Ủy ban MTTQ huyện giám sát tại UBND xã Đức Quang và "
                     "xã Thị Hoa.") == [(4, 1552), (4, 1561)]


def test_a_ward_with_a_syllable_typed_in_lower_case_is_read_whole() -> None:
    assert places_of("Chiều 15/5/2023, Đoàn giám sát HĐND thị xã Hương Trà giám sát tại phường Hương xuân.") == [
        (46, 20017)]


def test_a_comma_list_under_one_level_word_takes_only_names_of_that_level() -> None:
    """ "tại phường A, B, C" with no "và": B and C are wards too; a province after the comma is not."""
    assert places_of("Ngày 20/4/2022, Đoàn khảo sát HĐND quận khảo sát tại phường Phúc Xá, Trúc Bạch, Ngọc Khánh "
                     "trong năm 2021.") == [(1, 97), (1, 4), (1, 25)]
    assert places_of("Ngày 20/4/2024, Đoàn khảo sát HĐND tỉnh khảo sát tại phường Lái Thiêu, Bình Dương.") == [
        (79, 25966)]


def test_a_ward_name_ending_in_a_number_is_read_whole() -> None:
    assert places_of("Sáng 7/11/2023, Đoàn giám sát HĐND quận giám sát tại phường Mỹ Đình 1.") == [(1, 592)]


def test_each_commune_takes_its_own_district_among_those_the_article_names() -> None:
    """Văn Quan and Chi Lăng (Lạng Sơn) both had a xã Hòa Bình; the district written after each decides."""
    assert places_of("Ngày 18/6/2024, Đoàn giám sát HĐND tỉnh Lạng Sơn giám sát tại xã Khánh Khê, huyện Văn Quan; "
                     "xã Hòa Bình, huyện Chi Lăng.") == [(20, 6286), (20, 6505)]
    assert places_of("Ngày 18/6/2024, Đoàn giám sát HĐND tỉnh Lạng Sơn giám sát tại xã Hòa Bình (huyện Văn Quan).") \
        == [(20, 6253)]


def test_a_count_then_la_opens_the_list() -> None:
    assert places_of("Ngày 22/3/2022, Đoàn giám sát HĐND huyện Văn Quan giám sát tại 2 xã là Tri Lễ và Điềm He.") == [
        (20, 6313), (20, 6280)]


@pytest.mark.parametrize("text, wanted", [
    # Gia Lâm lasted to 2025 without its Kim Sơn; the Kim Sơn of that list (Sơn Tây) is another unit
    ("Ngày 5/5/2019, Đoàn giám sát HĐND thành phố giám sát tại xã Kim Sơn, huyện Gia Lâm.", [(1, None)]),
    # Sơn A moved from Văn Chấn to Nghĩa Lộ before 2025: the same unit, so what it became
    ("Ngày 5/5/2019, Đoàn giám sát HĐND tỉnh giám sát tại xã Sơn A, huyện Văn Chấn.", [(15, 4660)]),
    # Thông Nông was merged into Hà Quảng in 2020: its communes are found in their new district
    ("Ngày 5/5/2019, Đoàn giám sát HĐND tỉnh giám sát tại xã Cần Nông, huyện Thông Nông.", [(4, 1366)]),
])
def test_a_commune_beside_its_district_is_one_of_that_district_or_none(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 5/5/2023, Đoàn công tác làm việc tại xã Hòa Phú, Củ Chi.", [(79, 27544)]),
    ("Ngày 5/5/2023, Đoàn giám sát làm việc tại xã Hòa Phú, Hòa Vang, Đà Nẵng.", [(48, 20320)]),
])
def test_a_district_written_without_its_level_word_after_a_ward_places_it(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


def test_how_a_namesake_was_placed_is_said_for_wards_by_their_neighbours_and_for_districts() -> None:
    draft = extract_article("Ngày 9/10/2017, Đoàn giám sát của Ủy ban MTTQ huyện giám sát tại UBND xã Đức Quang và "
                            "xã Thị Hoa.")
    assert "named with it" in draft.certainty["localities[0]"]
    draft = extract_article("Ngày 10/7/2020, Đoàn khảo sát HĐND tỉnh Trà Vinh khảo sát tại huyện Châu Thành.")
    note = draft.certainty["localities[0]"]
    assert "Bến Tre" in note and "Trà Vinh chosen by the province" in note


def test_a_list_item_runs_on_in_lower_case_only_when_the_longer_name_is_a_unit() -> None:
    assert places_of("Ngày 5/5/2023, Đoàn giám sát HĐND tỉnh Nam Định giám sát tại các xã: Hải Nam, Hải Quang tham "
                     "gia đầy đủ.") == [(37, 14248), (37, 14287)]


@pytest.mark.parametrize("text, wanted", [
    # the title names the district; the lead goes to a village of one of its communes
    ("Kiểm tra khắc phục sạt lở tại huyện Bảo Yên\n\nNgày 12/9/2024, Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Văn Tám "
     "đã kiểm tra công tác khắc phục sạt lở tại thôn Làng Nủ, xã Phúc Khánh, huyện Bảo Yên.", [(15, 2998)]),
    ("Ngày 12/9/2023, Đoàn khảo sát của HĐND thành phố Hà Nội do ông Đỗ Văn Hải làm trưởng đoàn đã khảo sát tại "
     "tổ dân phố số 5, phường Phúc Xá, quận Ba Đình.", [(1, 97)]),
])
def test_a_village_named_before_its_commune_leaves_the_commune_visited(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # one commune of that name before 2025 (Tứ Kỳ, Hải Dương), three today
    ("Ngày 17/9/2021, Đoàn kiểm tra của UBND huyện đã kiểm tra công tác cải cách hành chính tại xã Tân Kỳ.",
     [(31, 11113)]),
    # the same name in 2025 with no province named: three communes today, none chosen
    ("Ngày 17/9/2025, Đoàn kiểm tra do ông Lê Văn Ba làm trưởng đoàn đã kiểm tra tại xã Tân Kỳ.", []),
    # and with the province named, today's one there
    ("Ngày 17/9/2025, Đoàn giám sát của HĐND tỉnh Nghệ An đã giám sát tại xã Tân Kỳ.", [(40, 17266)]),
])
def test_the_visits_day_picks_the_list_a_ward_is_read_in(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


def test_a_commune_named_like_an_old_province_is_no_province_hint() -> None:
    """'xã Hòa Bình' with 'HĐND tỉnh Lạng Sơn': four communes of that name were in Lạng Sơn, so only the province;
    never the old province Hòa Bình (Phú Thọ today)."""
    text = ("Giám sát tại xã Hòa Bình\n\nNgày 6/6/2023, Đoàn giám sát của HĐND tỉnh Lạng Sơn đã giám sát tại "
            "xã Hòa Bình.")
    assert places_of(text) == [(20, None)]


def test_a_list_of_communes_each_with_its_district_after_a_dash() -> None:
    """'tại 03 xã: A - X, B - Y': each commune then its district after a dash; the districts whose reports were
    read, named after, are no visit."""
    text = ("Ngày 9/8/2019, Ban Dân tộc HĐND tỉnh Bình Thuận khảo sát trực tiếp tại 03 xã: Hàm Chính - Hàm Thuận "
            "Bắc, Gia Huynh - Tánh Linh, Măng Tố - Tánh Linh; xem xét báo cáo của UBND các huyện: Tuy Phong, "
            "Bắc Bình.")
    assert places_of(text) == [(68, 23098), (68, 23188), (68, 23152)]


def test_a_province_named_without_its_level_word_where_the_visit_goes() -> None:
    text = ("Chiều 28/2/2026, tại Hà Tĩnh, Phó Thủ tướng Chính phủ Lê Văn Năm đã làm việc với lãnh đạo tỉnh về "
            "công tác chuẩn bị bầu cử.")
    assert places_of(text) == [(42, None)]


def test_the_city_a_title_names_as_where_the_units_lie_is_no_visit_of_its_own() -> None:
    text = ("Giám sát quỹ đất công tại các xã, phường trên địa bàn thành phố Thái Nguyên\n\nNgày 17/5/2018, Đoàn giám "
            "sát số 1 do bà Lê Thị Hoa làm trưởng đoàn đã giám sát tại các đơn vị: phường Chùa Hang, phường Tích "
            "Lương.")
    assert places_of(text) == [(19, 5710), (19, 5500)]


@pytest.mark.parametrize("text, wanted", [
    # made a ward of thị xã Chũ in 2025; the commune of that name in Quốc Oai (Hà Nội) lies in no district written
    ("Ngày 12/9/2023, Đoàn giám sát của HĐND tỉnh Bắc Giang đã giám sát tại xã Phượng Sơn, huyện Lục Ngạn. Trước "
     "đó, đoàn đã học tập kinh nghiệm tại Hà Nội.", [(24, 7612)]),
    ("Ngày 14/6/2023, Ban Văn hóa - Xã hội HĐND tỉnh Bắc Giang đã khảo sát tại thị trấn Chũ, huyện Lục Ngạn.",
     [(24, 7525)]),
])
def test_a_commune_or_town_made_a_ward_before_2025_is_found_as_that_ward(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # the units an election district is made of, after "gồm"
    ("Ngày 3/3/2026, Phó Chủ tịch HĐND tỉnh Hà Tĩnh Lê Văn Hai đã kiểm tra công tác bầu cử tại Đơn vị bầu cử số 2, "
     "gồm các xã Toàn Lưu, Can Lộc và các phường Hà Huy Tập.", [(42, 18634), (42, 18406), (42, 18652)]),
    # polling stations in villages, each group's commune in brackets; stations "thuộc" a ward
    ("Chiều 5/3/2026, Chủ tịch UBND tỉnh Phú Thọ Lê Văn Ba đã kiểm tra tại các khu vực bỏ phiếu: số 3 thôn Đông, "
     "số 4 thôn Tây (xã Bình Xuyên); số 7 thôn Nam (xã Xuân Lãng) và một số khu vực bỏ phiếu thuộc phường Vĩnh Yên. "
     "Cùng đi có Bí thư Đảng ủy phường Xuân Hòa.", [(25, 8950), (25, 8971), (25, 8707)]),
    ("Ngày 6/3/2026, Phó Chủ tịch UBND tỉnh Phú Thọ Lê Văn Ba đã kiểm tra tại điểm bỏ phiếu số 25 thôn Xây Dựng, xã "
     "Bình Xuyên.", [(25, 8950)]),
])
def test_election_checks_at_polling_stations_and_districts_made_of_units(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 3/9/2025, đoàn của HĐND tỉnh Sơn La kiểm tra việc vận hành chính quyền cấp xã. Lãnh đạo các xã "
     "Long Hẹ, Co Mạ và Mường Bám đã báo cáo những khó khăn về trụ sở.", [(14, 3763), (14, 3781), (14, 3760)]),
    ("Ngày 3/9/2025, đoàn của HĐND tỉnh Sơn La kiểm tra việc vận hành chính quyền cấp xã tại xã Long Hẹ. "
     "Dự buổi làm việc có lãnh đạo các xã Co Mạ và Mường Bám.", [(14, 3763)]),
])
def test_communes_whose_officials_report_to_the_team_are_visited(text: str, wanted: list) -> None:
    """ "Lãnh đạo các xã A, B và C đã báo cáo ...": the hosts report to the team; officials who only attend do not."""
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 12/4/2024, Đoàn giám sát của Ủy ban Pháp luật của Quốc hội làm việc với Sở Nội vụ tỉnh Lai Châu.",
     [(12, None)]),
    ("Ngày 7/11/2023, Đoàn công tác của Quốc hội làm việc với Cục Thuế và Kho bạc Nhà nước tỉnh Ninh Thuận.",
     [(56, None)]),
])
def test_a_national_team_at_a_provincial_agency_visits_the_province(text: str, wanted: list) -> None:
    """A province-level visit lists the province (tuned t120, t237); "Cục Thuế" is an agency, no place name."""
    assert places_of(text) == wanted


@pytest.mark.parametrize("body, district", [("HĐND thành phố Đà Nẵng", "huyện Hoà Vang"),
                                            ("HĐND Thành phố Hồ Chí Minh", "huyện Củ Chi"),
                                            ("HĐND thành phố Hà Nội", "huyện Thạch Thất")])
def test_a_district_whose_only_namesake_is_itself_gets_no_same_name_note(body: str, district: str) -> None:
    """The district data name a city without "Thành phố" ("Đà Nẵng"), the chosen district's province with it: the
    note said "huyện Hoà Vang is also a unit in Đà Nẵng; Thành phố Đà Nẵng chosen …", its own province for another."""
    draft = extract_article(f"Ngày 12/3/2024, Đoàn giám sát {body} do ông Lê Văn Bình làm trưởng đoàn giám sát "
                            f"tại UBND {district}.", published="2024-03-13")
    assert [loc["name"] for loc in draft.record["localities"]] == [district]
    assert "localities[0]" not in draft.certainty


def test_a_district_named_in_other_old_provinces_names_them_and_not_its_own() -> None:
    draft = extract_article("Ngày 12/3/2024, Đoàn giám sát HĐND tỉnh Tiền Giang do ông Lê Văn Bình làm trưởng đoàn "
                            "giám sát tại UBND huyện Châu Thành.", published="2024-03-13")
    note = draft.certainty["localities[0]"]
    for lang, own_first in (("en", "Tiền Giang chosen by the province"), ("vi", "chọn Tiền Giang theo tỉnh")):
        said = say(note, lang)
        others = said.split(";")[0]
        assert "Bến Tre" in others and "Long An" in others and "Tiền Giang" not in others and own_first in said
