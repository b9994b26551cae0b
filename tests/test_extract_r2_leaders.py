"""Leader classes missed on the session-13 untouched sets (fresh15/16, round 2); sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.leads import leader_named


@pytest.mark.parametrize("team", ["đoàn công tác của Sở Nông nghiệp tỉnh Nghệ An", "Đoàn giám sát của HĐND huyện",
                                  "đoàn kiểm tra liên ngành"])
@pytest.mark.parametrize("person", ["ông Lê Văn Toàn – Phó Giám đốc Sở", "bà Hồ Thị Mai, Trưởng ban"])
def test_the_leading_phrase_written_before_the_person(team: str, person: str) -> None:
    text = f"Kiểm tra\n\nSáng 4/6/2024, dẫn đầu {team}, {person}, cùng lãnh đạo xã đã kiểm tra đê bao tại xã Kỳ Tân."
    assert leader_named(text) == person.split(" ", 1)[1].split(" –")[0].split(",")[0]


def test_the_reporting_chairman_after_a_fronted_phrase_is_no_leader() -> None:
    text = ("Kiểm tra\n\nSáng 4/6/2024, dẫn đầu đoàn công tác của tỉnh, ông Lê Văn Toàn – Phó Chủ tịch UBND tỉnh đã "
            "kiểm tra đê bao tại xã Kỳ Tân. Báo cáo với đoàn, ông Trần Văn Bình, Chủ tịch UBND xã Kỳ Tân cho biết.")
    assert leader_named(text) == "Lê Văn Toàn"


@pytest.mark.parametrize("degrees", ["Phó Giáo sư, Tiến sĩ", "Giáo sư, Tiến sĩ khoa học", "Tiến sĩ khoa học",
                                     "PGS.TS"])
def test_degrees_between_do_and_the_head(degrees: str) -> None:
    text = (f"Khảo sát\n\nSáng 4/6/2024, đoàn khảo sát của Bộ Y tế do {degrees} Trịnh Văn Quế, Thứ trưởng Bộ Y tế "
            "làm trưởng đoàn đã khảo sát trạm y tế tại xã Kỳ Tân.")
    assert leader_named(text) == "Trịnh Văn Quế"


@pytest.mark.parametrize("verb", ["đã đến thăm", "tới thăm", "đã xuống thăm"])
def test_the_first_titled_visitor_after_a_nameless_lead(verb: str) -> None:
    text = ("Kiểm tra điểm thi\n\nNgày 27/6/2024, lãnh đạo tỉnh tổ chức các đoàn đi kiểm tra công tác coi thi tại xã "
            f"Kỳ Tân.\n\nĐồng chí Lò Văn Páo - Phó Bí thư Tỉnh ủy {verb} điểm thi Trường THPT Kỳ Tân.")
    assert leader_named(text) == "Lò Văn Páo"


def test_a_commune_chairman_who_calls_on_the_site_after_a_nameless_lead_is_no_leader() -> None:
    text = ("Kiểm tra điểm thi\n\nNgày 27/6/2024, lãnh đạo tỉnh tổ chức các đoàn đi kiểm tra công tác coi thi tại xã "
            "Kỳ Tân.\n\nĐồng chí Lò Văn Páo - Chủ tịch UBND xã Kỳ Tân đã đến thăm điểm thi.")
    assert leader_named(text) != "Lò Văn Páo"


@pytest.mark.parametrize("words", ["trực tiếp", "đích thân", "hát"])
def test_a_word_or_two_between_the_name_and_leads_the_team(words: str) -> None:
    text = (f"Kiểm tra\n\nChiều 29/10/2024, Chủ tịch UBND tỉnh Cao Bằng Nông Văn Tài {words} dẫn đầu đoàn công tác của "
            "tỉnh kiểm tra tiến độ dự án tại xã Kỳ Tân.")
    assert leader_named(text) == "Nông Văn Tài"


@pytest.mark.parametrize("words", ["tiếp đoàn", "không"])
def test_words_that_bring_in_a_host_or_deny_the_lead_do_not_make_a_head(words: str) -> None:
    text = (f"Kiểm tra\n\nChiều 29/10/2024, Chủ tịch UBND xã Kỳ Tân Nông Văn Tài {words} dẫn đầu đoàn công tác của "
            "tỉnh kiểm tra tiến độ dự án tại xã Kỳ Tân.")
    assert leader_named(text) != "Nông Văn Tài"


@pytest.mark.parametrize("name", ["Nguyễn Thị Y", "Lê Thị Hải Y"])
def test_a_kinh_name_ending_with_the_letter_y(name: str) -> None:
    text = (f"Khảo sát\n\nNgày 26/9/2024, Phó Chủ tịch HĐND tỉnh {name} cùng Ban Pháp chế tiến hành khảo sát tại "
            "xã Kỳ Tân.")
    assert leader_named(text) == name


def test_a_name_before_the_word_y_te_keeps_no_letter() -> None:
    text = ("Kiểm tra\n\nNgày 26/9/2024, đoàn do ông Nguyễn Văn Nam dẫn đầu đã kiểm tra Trạm Y tế xã Kỳ Tân. Ông "
            "Nguyễn Văn Nam Y tế cơ sở cần bổ sung thuốc.")
    assert leader_named(text) == "Nguyễn Văn Nam"


@pytest.mark.parametrize("committee", ["Thị ủy Ba Đồn", "Huyện ủy Mường Tè", "Tỉnh ủy"])
def test_a_party_secretary_named_by_office_in_the_headline(committee: str) -> None:
    text = (f"Quảng Trị: Bí thư {committee} thị sát khu rừng bị lấn chiếm\n\nÔng Hồ Văn Lâm, Bí thư {committee}, khẳng "
            "định sẽ xử lý dứt điểm việc lấn chiếm.")
    assert leader_named(text) == "Hồ Văn Lâm"


def test_another_office_holder_than_the_headlines_secretary_is_no_leader() -> None:
    text = ("Quảng Trị: Bí thư Thị ủy Ba Đồn thị sát khu rừng bị lấn chiếm\n\nÔng Hồ Văn Lâm, Chủ tịch UBND phường "
            "Quảng Thọ, báo cáo việc lấn chiếm.")
    assert leader_named(text) != "Hồ Văn Lâm"


@pytest.mark.parametrize("verb", ["đã đến dâng hương tại Khu di tích", "đến thăm, tặng quà gia đình chính sách",
                                  "đã đến kiểm tra vùng nuôi tôm"])
def test_the_office_holder_and_the_team_as_one_subject(verb: str) -> None:
    text = ("Tin hoạt động\n\nTrong chuyến công tác tại Hà Tĩnh, ngày 2/2/2025, tức mùng 5 Tết, Thủ tướng Trịnh Văn "
            f"Lâm và Đoàn công tác {verb} ở xã Kỳ Tân.")
    assert leader_named(text) == "Trịnh Văn Lâm"


def test_a_commune_chairman_and_the_team_is_no_head() -> None:
    text = ("Tin hoạt động\n\nNgày 2/2/2025, Chủ tịch UBND xã Kỳ Tân Trịnh Văn Lâm và Đoàn công tác đã đến kiểm tra "
            "vùng nuôi tôm ở xã Kỳ Tân.")
    assert leader_named(text) != "Trịnh Văn Lâm"


@pytest.mark.parametrize("body", ["Phó Chủ tịch Thường trực Hội đồng Bầu cử quốc gia",
                                  "Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội"])
def test_the_check_as_a_fronted_clause_then_who_directs(body: str) -> None:
    text = (f"Kiểm tra bầu cử\n\nNgày 23/4/2021, kiểm tra công tác chuẩn bị bầu cử tại tỉnh Bạc Liêu, {body} Đỗ Văn "
            "Khải đề nghị tỉnh rà soát danh sách cử tri.")
    assert leader_named(text) == "Đỗ Văn Khải"


def test_the_checked_provinces_own_chairman_after_a_fronted_check_is_no_leader() -> None:
    text = ("Kiểm tra bầu cử\n\nNgày 23/4/2021, kiểm tra công tác chuẩn bị bầu cử tại tỉnh Bạc Liêu, Chủ tịch UBND "
            "tỉnh Bạc Liêu Đỗ Văn Khải đề nghị Trung ương hỗ trợ kinh phí.")
    assert leader_named(text) != "Đỗ Văn Khải"
