"""Leader and visit-or-not classes of session 15 (ethnic names, office-first visitors, captions, trips); the texts are
written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.leader_local_offices import local_office
from store.extract.person_names import name_at


def leader_of(text: str) -> str | None:
    draft = extract_article(text)
    assert draft.non_visit is None, draft.non_visit
    return (draft.record.get("leader") or {}).get("name")


# -- names of other peoples, bare after a title and its province ----------------------------------------------------


@pytest.mark.parametrize(("title", "name"), [
    ("Phó Chủ tịch HĐND tỉnh Gia Lai", "Rah Lan Hiếu"),
    ("Trưởng Ban Dân tộc HĐND tỉnh Ninh Thuận", "Katơr Thị Nga"),
    ("Trưởng Ban Dân tộc HĐND tỉnh Lâm Đồng", "K'Điệp"),
    ("Phó Trưởng Ban Dân tộc HĐND tỉnh Đắk Lắk", "H'Dim Ayŭn"),
    ("Phó Chủ tịch UBND tỉnh Lào Cai", "Cứ A Sài"),
    ("Phó Chủ tịch UBND tỉnh Cao Bằng", "Lành Văn Tuấn"),
])
def test_a_name_of_another_people_after_a_title_and_its_province(title: str, name: str) -> None:
    text = f"Sáng 3/10/2024, {title} {name} cùng đoàn công tác đã kiểm tra tại xã Tân Lập."
    assert leader_of(text) == name


@pytest.mark.parametrize(("place", "name"), [
    ("tỉnh Lâm Đồng", "Y Thanh Hà Niê Kđăm"),  # seven capitalised words, the province's two first
    ("tỉnh Lâm Đồng", "Cil Ha Thuyên"),
    ("tỉnh Ninh Thuận", "Pi Năng Thị Thủy"),
    ("Thành phố Hồ Chí Minh", "Nguyễn Văn Nên"),
    ("tỉnh Lâm Đồng", "H Yim Kđoh"),
])
def test_a_province_that_opens_like_a_surname_ends_the_title(place: str, name: str) -> None:
    text = f"Sáng 3/10/2024, Phó Chủ tịch HĐND {place} {name} cùng đoàn công tác đã kiểm tra tại xã Tân Lập."
    assert leader_of(text) == name


@pytest.mark.parametrize("words", ["Lăng Bác", "Má Hai", "Hoàng Thành", "Lành Mạnh"])
def test_two_capitalised_words_after_a_title_need_a_third_to_be_a_name(words: str) -> None:
    text = f"Trưởng Ban {words} đã đến"
    assert name_at(text, len("Trưởng Ban "), need_surname=True) is None


# -- the visitor named by office first ------------------------------------------------------------------------------


@pytest.mark.parametrize("joined", [", ông", ", đồng chí", " - bà"])
def test_an_office_then_an_honorific_opens_the_lead(joined: str) -> None:
    text = (f"Chiều 4/11/2024, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Hải Dương{joined} Lê Văn Hiệu cùng các thành "
            "viên đoàn đã giám sát tại xã Cẩm Vũ, huyện Cẩm Giàng.")
    assert leader_of(text) == "Lê Văn Hiệu"


def test_a_date_before_an_honorific_is_no_title() -> None:
    text = ("Ngày 4/11/2024, ông Lê Văn Hiệu, Phó Chủ tịch HĐND tỉnh cùng các thành viên đoàn đã giám sát tại xã Cẩm "
            "Vũ, huyện Cẩm Giàng.")
    assert leader_of(text) == "Lê Văn Hiệu"


@pytest.mark.parametrize("goes", ["về kiểm tra", "xuống kiểm tra", "đã xuống khảo sát", "về thăm và làm việc"])
def test_going_down_or_back_to_a_place_is_the_visit(goes: str) -> None:
    text = f"Sáng 6/3/2025, Phó Chủ tịch UBND tỉnh, Đại tá Hồ Văn Mười {goes} tại xã Ea Tu."
    assert leader_of(text) == "Hồ Văn Mười"


# -- a photo caption that places its subject --------------------------------------------------------------------------


@pytest.mark.parametrize("place", ["(giữa)", "(ngồi giữa)", "(thứ 2 từ trái sang)", "(bìa phải)", "(áo xanh)"])
def test_a_place_in_the_photo_between_the_name_and_the_verb(place: str) -> None:
    text = ("Ngày 9/5/2025, Ban Pháp chế HĐND tỉnh Bắc Ninh giám sát tại phường Kinh Bắc. Lãnh đạo phường báo cáo "
            f"kết quả.\nTrưởng Ban Pháp chế HĐND tỉnh Ngô Văn Tuấn {place} kiểm tra hồ sơ. Ảnh: Ngọc Mai")
    assert leader_of(text) == "Ngô Văn Tuấn"


def test_a_bracket_that_is_no_place_in_the_photo_still_ends_the_reading() -> None:
    text = ("Ngày 9/5/2025, Ban Pháp chế HĐND tỉnh Bắc Ninh giám sát tại phường Kinh Bắc.\nÔng Ngô Văn Tuấn (phường "
            "Kinh Bắc) kiểm tra hồ sơ. Ảnh: Ngọc Mai")
    assert leader_of(text) is None


# -- visit or not ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("team", ["cùng đoàn khảo sát", "và đoàn công tác kiểm tra",
                                  "cùng các thành viên đoàn giám sát"])
def test_a_verb_after_going_with_the_team_is_the_visit(team: str) -> None:
    text = f"Sáng 2/10/2025, Phó Chủ tịch HĐND tỉnh Lê Thị Mai {team} việc thu hồi đất tại xã Tân Phú."
    assert leader_of(text) == "Lê Thị Mai"


@pytest.mark.parametrize("sentence", [
    "Sáng 2/10/2025, UBND xã Tân Phú họp cùng đoàn kiểm tra liên ngành của huyện về kế hoạch năm sau.",
    "Sáng 2/10/2025, Phó Chủ tịch HĐND tỉnh Lê Thị Mai sẽ cùng đoàn giám sát việc thu hồi đất tại xã Tân Phú.",
])
def test_a_team_named_after_with_the_team_is_no_visit(sentence: str) -> None:
    assert extract_article(sentence).non_visit is not None


@pytest.mark.parametrize(("lead", "visit"), [
    ("Bộ trưởng Bộ Y tế Đào Hồng Lan đã đến thăm, tặng quà các gia đình chính sách tại xã Mường Ảng", True),
    ("Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng cùng đoàn công tác đã dâng hương tại Đền thờ liệt sĩ xã Đồng Lộc", True),
    ("Thừa ủy quyền của Bộ trưởng Bộ Nội vụ, Giám đốc Sở Nội vụ đã trao quà cho các gia đình tại xã Đồng Lộc", False),
    # the minister's own meeting, with gifts handed out there: no stop in a province
    ("tại Hà Nội, Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì hội nghị tổng kết năm và tặng quà các bệnh viện", False),
])
def test_a_ministers_call_with_gifts_or_incense_is_a_stop_of_a_national_trip(lead: str, visit: bool) -> None:
    draft = extract_article(f"Chiều 20/1/2025, {lead}.")
    assert (draft.non_visit is None) is visit


# -- a caption's speaker; "Xã hội" of a social-affairs body is no commune --------------------------------------------


@pytest.mark.parametrize(("speaker", "leader"), [
    ("Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Hà Thị Nga (giữa)", "Hà Thị Nga"),
    ("Chủ tịch UBND xã Hội Hợp Trần Văn Tâm (giữa)", None),  # the commune's own chairman hosts
])
def test_a_credited_captions_speaker_leads_unless_a_communes_office(speaker: str, leader: str | None) -> None:
    text = ("Ngày 9/5/2025, Ban Văn hóa - Xã hội HĐND tỉnh Phú Thọ khảo sát tại xã Hội Hợp.\n"
            f"{speaker} phát biểu tại buổi khảo sát. Ảnh: Ngọc Mai")
    assert leader_of(text) == leader


@pytest.mark.parametrize(("title", "local"), [
    ("Phó Chủ nhiệm Ủy ban Văn hóa và Xã hội của Quốc hội", False),
    ("Trưởng Ban Văn hóa - Xã hội HĐND tỉnh", False),
    ("Thứ trưởng Bộ Lao động - Thương binh và Xã hội", False),
    ("Chủ tịch UBND xã Hội Hợp", True),
    ("Phó Chủ tịch UBND xã", True),
    ("Trưởng Ban Văn hóa - Xã hội HĐND phường Tân An", True),
])
def test_social_affairs_is_no_communes_office(title: str, local: bool) -> None:
    assert local_office(title) is local


@pytest.mark.parametrize("sentence", [
    "Sáng 5/3/2025, Giám đốc Sở Y tế tỉnh Lâm Đồng Bệnh Viện Đa Khoa đã kiểm tra tại xã Tân Lập.",
    "Sáng 5/3/2025, đoàn giám sát của HĐND tỉnh Bà Rịa - Vũng Tàu đã kiểm tra tại phường Bà Rịa.",
])
def test_title_cased_words_after_a_province_and_a_ladys_place_are_no_person(sentence: str) -> None:
    assert (extract_article(sentence).record.get("leader") or {}).get("name") is None
