"""Units listed the ways northern reports list them: after a count and a colon each behind its office, after a
description of the list, "làm việc cùng" the units, far after the verb, or right after the day that opens the lead.

Each test is one class of phrasing seen in real reports (kept outside the project), written in our own words with
invented people; real unit names, so the gazetteer can place them.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_lists import described_list
from store.extract.place_names import known_prefix, same_spelling
from tests.test_extract_places import places_of


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 3/4/2023, Tổ kiểm tra của Sở Nội vụ tỉnh Thái Bình kiểm tra đột xuất các đơn vị: Chi cục Thi đua "
     "(Sở Nội vụ); UBND xã Đông Hợp (huyện Đông Hưng) và UBND thị trấn Diêm Điền (huyện Thái Thụy).",
     [(33, 12688), (33, 12826)]),
    ("Ngày 2/10/2025, đoàn giám sát tại hai địa phương: Công an phường Kinh Bắc và UBND xã Lạng Giang, tỉnh Bắc Ninh.",
     [(24, 9187), (24, 7375)]),
])
def test_units_after_a_count_of_units_and_a_colon_each_after_its_office(text: str, wanted: list) -> None:
    """ "kiểm tra N đơn vị: <office>; UBND xã A (huyện X) và UBND thị trấn B": the units of the list are visited, the
    districts in brackets only place them."""
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Ngày 5/6/2024, Ban Kinh tế - Ngân sách HĐND tỉnh Hà Tĩnh khảo sát tại các xã vùng biên giới: Sơn Kim 1 và "
     "Sơn Hồng, huyện Hương Sơn.", [(42, 18196), (42, 18160)]),
    ("Ngày 6/11/2025, HĐND tỉnh Quảng Ninh khảo sát các phường có tỷ lệ nộp trực tuyến thấp gồm Hà Lầm và "
     "Cao Xanh.",
     [(22, 6676), (22, 6658)]),
])
def test_a_description_between_the_level_word_and_the_list(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


def test_the_description_of_a_list_ends_at_its_colon_or_gom() -> None:
    text = "tại các xã nông thôn mới nâng cao: A, B"
    assert text[described_list(text, text.index("xã") + 2):].startswith(": A")
    text = "các phường có tỷ lệ NTM thấp gồm A"
    assert text[described_list(text, text.index("phường") + 6):].startswith(" gồm A")
    text = "tại các xã Hòa An, Hòa Bình: A"  # a name, not a description
    assert described_list(text, text.index("xã") + 2) == text.index("xã") + 2


def test_working_together_with_the_units_is_a_visit() -> None:
    text = ("Chiều 16/10/2025, đoàn công tác của Quốc hội do ông Hoàng Văn Sính làm trưởng đoàn đã làm việc cùng "
            "lãnh đạo hai tỉnh Lạng Sơn và Cao Bằng.")
    localities = extract_article(text).record["localities"]
    assert [(loc["name"], loc["province"]["code"]) for loc in localities] == [
        ("tỉnh Lạng Sơn", 20), ("tỉnh Cao Bằng", 4)]


def test_units_whose_work_is_checked_far_after_the_verb() -> None:
    text = ("Ngày 20/5/2024, Đoàn kiểm tra của UBND huyện Hưng Nguyên đã kiểm tra kết quả thực hiện các chỉ tiêu "
            "về cải cách hành chính, chuyển đổi số và dịch vụ công trực tuyến năm 2023 của hai xã Hưng Tây và "
            "Hưng Lĩnh.")
    assert places_of(text) == [(40, 18001), (40, 18028)]


def test_a_place_after_the_day_that_opens_the_lead() -> None:
    text = ("Sáng 14/10/2025, tại xã Nga Sơn, Đoàn giám sát của Thường trực HĐND tỉnh Thanh Hóa đã giám sát việc giải "
            "quyết thủ tục hành chính. Chiều cùng ngày, đoàn làm việc với UBND xã Hậu Lộc.")
    assert places_of(text) == [(38, 16093), (38, 16012)]


def test_a_name_run_into_the_next_sentence_is_cut_back_to_a_known_name() -> None:
    assert known_prefix("Kim Phú Đoàn", 20) == ("Kim Phú", 15)
    assert known_prefix("Sơn Kim 2", 9) == ("Sơn Kim 2", 9)
    assert known_prefix("Xyz Abc", 7) == ("Xyz Abc", 7)


def test_a_tone_mark_on_the_other_vowel_is_the_same_name() -> None:
    assert same_spelling("Thanh Thủy", "Thanh Thuỷ") and same_spelling("Hòa Bình", "Hoà Bình")
    assert not same_spelling("Nam Đàn", "Nấm Dẩn") and not same_spelling("Thanh Thủy", "Thanh Thúy")


@pytest.mark.parametrize("text, wanted", [
    # Ba Vì never had a Sơn Đông: the bracket is Tản Lĩnh's, and Hà Nội's one Sơn Đông (of Sơn Tây) is meant
    ("Ngày 6/2/2024, đoàn kiểm tra của UBND thành phố Hà Nội kiểm tra đột xuất các đơn vị: UBND xã Tản Lĩnh, "
     "UBND xã Sơn Đông (huyện Ba Vì).", [(1, 9694), (1, 9616)]),
    # Đan Phượng had a Hồng Hà: the bracket is its own and holds
    ("Ngày 6/2/2024, đoàn kiểm tra của UBND thành phố Hà Nội kiểm tra đột xuất các đơn vị: UBND xã Tản Lĩnh, "
     "UBND xã Hồng Hà (huyện Đan Phượng).", [(1, 9694), (1, 9817)]),
])
def test_a_district_after_a_list_places_only_the_units_it_had(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


def test_bare_names_that_end_in_a_number() -> None:
    text = "Ngày 12/4/2022, Đoàn giám sát HĐND tỉnh Hà Tĩnh khảo sát tại Sơn Kim 1 và Sơn Hồng."
    assert places_of(text) == [(42, 18196), (42, 18160)]


@pytest.mark.parametrize("text, wanted", [
    # Tân Lập: a commune of Vũ Thư and one of Yên Mỹ, both in today's Hưng Yên; the bracket says which
    ("Ngày 12/4/2022, Ban Pháp chế HĐND tỉnh Thái Bình khảo sát tại UBND các xã Đông Hợp (Đông Hưng), "
     "Tân Lập (Vũ Thư).", [(33, 12688), (33, 13246)]),
    # Thành Sơn: one in Quan Hóa, one in Bá Thước; the bracket closing the list names Bá Thước
    ("Ngày 12/4/2022, Đoàn giám sát HĐND tỉnh Thanh Hóa giám sát tại các xã Thành Sơn, Lương Ngoại (Bá Thước).",
     [(38, 14956), (38, 14953)]),
])
def test_a_district_in_brackets_without_its_level_word(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # Tân Tiến and Nghĩa Hưng are communes of several provinces; each bracket says which
    ("Ngày 12/9/2025, Đoàn khảo sát của Quốc hội khảo sát tại xã Tân Tiến (Thanh Hóa) và xã Nghĩa Hưng (Ninh Bình).",
     [(38, 16108), (37, 13891)]),
    ("Ngày 12/9/2025, Đoàn khảo sát của Quốc hội khảo sát tại xã Yên Thành (Tuyên Quang) và xã Tân Mai (Phú Thọ).",
     [(8, 1234), (25, 5206)]),
    # "(Tuyên Quang)" is the province, not the old city of that name, and places no other ward
    ("Ngày 12/9/2025, Đoàn khảo sát của Quốc hội khảo sát tại xã Tân Tiến (Thanh Hóa) và phường Bình Thuận "
     "(Tuyên Quang).", [(38, 16108), (8, 2524)]),
])
def test_namesakes_each_placed_by_the_province_in_brackets(text: str, wanted: list) -> None:
    assert places_of(text) == wanted


def test_a_province_after_a_comma_ends_a_ward_name_for_the_hints() -> None:
    text = "Ngày 12/9/2025, đoàn khảo sát tại xã Tân Tiến, Thanh Hóa."
    assert places_of(text) == [(38, 16108)]
