"""Visit-or-not and leader classes of session 14 (#12); sentences written for these tests, details invented."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, leader_named


def _non_visit(text: str) -> object:
    return extract_article(text, today=TODAY).non_visit


# -- teams set up and given their remit --------------------------------------------------------------------------


@pytest.mark.parametrize("set_up", ["lập 3 đoàn kiểm tra", "thành lập hai đoàn kiểm tra liên ngành",
                                    "tổ chức 4 đoàn kiểm tra"])
def test_teams_set_up_with_their_remit_and_no_day_are_no_visit(set_up: str) -> None:
    text = (f"Kiểm tra an toàn thực phẩm\n\nUBND tỉnh Hà Tĩnh {set_up} để kiểm tra an toàn thực phẩm tại các chợ, "
            "siêu thị trên địa bàn.\n\nCác đoàn cũng kiểm tra việc niêm yết giá tại các cửa hàng.")
    said = _non_visit(text)
    assert said and getattr(said, "code", "") == "nonvisit.team_set_up"


def test_teams_set_up_then_one_at_work_on_its_day_is_a_visit() -> None:
    text = ("Kiểm tra an toàn thực phẩm\n\nUBND tỉnh Hà Tĩnh lập 2 đoàn kiểm tra an toàn thực phẩm.\n\nSáng "
            "12/1/2024, Đoàn 1 do Phó Chủ tịch UBND tỉnh Lê Ngọc Châu làm trưởng đoàn đã kiểm tra chợ xã Cẩm Xuyên.")
    assert _non_visit(text) is None
    assert leader_named(text) == "Lê Ngọc Châu"


def test_teams_told_as_having_checked_are_at_work() -> None:
    text = ("Kiểm tra an toàn thực phẩm\n\nUBND tỉnh Hà Tĩnh lập 2 đoàn kiểm tra an toàn thực phẩm. Các đoàn kiểm tra "
            "tại các chợ trên địa bàn.\n\nĐoàn 1 do ông Lê Ngọc Châu làm trưởng đoàn đã kiểm tra chợ xã Cẩm Xuyên.")
    assert _non_visit(text) is None


def test_a_day_inside_a_documents_reference_is_no_teams_day() -> None:
    text = ("Kiểm tra chi trả hỗ trợ\n\nThực hiện Nghị quyết 15/NQ-CP ngày 9/4/2024, Ủy ban MTTQ tỉnh Hà Tĩnh vừa "
            "thành lập hai đoàn kiểm tra liên ngành để kiểm tra việc chi trả hỗ trợ.\n\nTheo đó, hai đoàn tiến hành "
            "kiểm tra Ủy ban MTTQ các huyện.")
    assert _non_visit(text)


# -- a speech at a body's own review conference under a headline about oversight ---------------------------------


@pytest.mark.parametrize("opening", ["Tại Hội nghị sơ kết công tác 6 tháng đầu năm 2024",
                                     "Phát biểu tại hội nghị tổng kết năm 2023"])
def test_a_review_conference_speech_under_a_headline_on_oversight_is_no_visit(opening: str) -> None:
    text = (f"Chủ tịch HĐND tỉnh Bình Định: Giám sát xong phải theo đến cùng\n\n{opening} của Thường trực HĐND tỉnh "
            "Bình Định diễn ra chiều 8/7, ông Hồ Quốc Dũng, Chủ tịch HĐND tỉnh, lưu ý hoạt động giám sát phải theo "
            "dõi việc thực hiện kiến nghị đến cùng.")
    assert _non_visit(text)


def test_a_conference_held_with_a_visiting_team_stays_a_visit() -> None:
    text = ("Chủ tịch HĐND tỉnh Bình Định: Giám sát xong phải theo đến cùng\n\nTại hội nghị làm việc với Đoàn giám "
            "sát của HĐND tỉnh chiều 8/7/2024, ông Hồ Quốc Dũng, Trưởng đoàn, đề nghị UBND xã Cẩm Xuyên rà soát số "
            "liệu.")
    assert _non_visit(text) is None


def test_recommendations_after_oversight_are_a_noun() -> None:
    text = ("Tin hoạt động\n\nÔng Hồ Quốc Dũng cho biết Thường trực HĐND tỉnh sẽ theo dõi việc giải quyết các kiến "
            "nghị sau giám sát của các sở, ngành.")
    assert _non_visit(text)


# -- a body's years summed up, oversight counted with a qualifier ------------------------------------------------


@pytest.mark.parametrize("counted", ["đã giám sát hơn 40 cuộc", "đã giám sát trên 120 cuộc", "khảo sát gần 30 lượt"])
def test_oversight_counted_with_a_qualifier_is_a_round_up(counted: str) -> None:
    text = (f"Phát huy vai trò giám sát\n\nBan Thanh tra nhân dân xã Bảo Yên {counted}, kiến nghị khắc phục nhiều "
            "sai sót trong quản lý công trình.")
    said = _non_visit(text)
    assert said and getattr(said, "code", "") == "nonvisit.round_up"


def test_a_span_of_years_opening_a_bodys_work_is_a_round_up() -> None:
    text = ("Phát huy vai trò giám sát\n\nGiai đoạn 2019 - 2024, Ủy ban MTTQ xã Bảo Yên đã giám sát việc thu chi "
            "ngân sách và quản lý công trình của xã.")
    assert _non_visit(text)


# -- national leaders ----------------------------------------------------------------------------------------------


def test_the_leader_and_the_team_of_an_office_after_occasion_clauses() -> None:
    text = ("Thăm, tặng quà Tết\n\nNhân dịp đón Xuân Giáp Thìn, chuẩn bị kỷ niệm ngày thành lập Đảng, sáng 5/2/2024, "
            "Phó Thủ tướng Trần Văn Hào và Đoàn công tác của Chính phủ đã đến thăm, tặng quà các gia đình chính sách "
            "tại xã Cẩm Xuyên, tỉnh Hà Tĩnh.")
    assert _non_visit(text) is None
    assert leader_named(text) == "Trần Văn Hào"


def test_a_commune_official_and_the_team_of_an_office_is_no_leader() -> None:
    text = ("Thăm, tặng quà Tết\n\nSáng 5/2/2024, Chủ tịch UBND xã Cẩm Xuyên Phan Văn Hòa và Đoàn công tác của "
            "xã đã đến thăm các gia đình chính sách.")
    assert leader_named(text) != "Phan Văn Hòa"


@pytest.mark.parametrize("office", ["Chủ tịch Quốc hội", "Thủ tướng", "Phó Chủ tịch nước"])
def test_the_holder_named_only_in_the_headline(office: str) -> None:
    text = (f"Hoạt động của {office} Trần Đức Minh tại Nghệ An\n\nChiều 3/5/2024, {office} đến thăm Trạm Y tế xã "
            "Quỳnh Lưu, tặng quà cho các y, bác sĩ.")
    assert _non_visit(text) is None
    assert leader_named(text) == "Trần Đức Minh"


def test_a_headline_person_whose_office_the_lead_sends_nowhere_is_no_leader() -> None:
    text = ("Hoạt động của Thủ tướng Trần Đức Minh tại Nghệ An\n\nChiều 3/5/2024, Chủ tịch UBND tỉnh Lê Văn Hải "
            "cho biết tỉnh đã chuẩn bị đón đoàn.")
    assert leader_named(text) != "Trần Đức Minh"


@pytest.mark.parametrize("office", ["Phó Chủ tịch Trung ương Hội Nông dân Việt Nam",
                                    "Phó Chủ tịch Thường trực Hội Liên hiệp Phụ nữ Việt Nam",
                                    "Bí thư Trung ương Đoàn"])
def test_a_national_unions_head_on_a_tet_trip_is_a_visit(office: str) -> None:
    text = (f"Thăm, chúc Tết vùng biên\n\nĐoàn do ông Lương Quốc Đoàn, {office} làm trưởng đoàn, đã đến thăm, chúc "
            "Tết các hộ nghèo tại xã Mường Khương, tỉnh Lào Cai ngày 20/1/2024.")
    assert _non_visit(text) is None


def test_a_provincial_unions_head_on_a_gift_call_stays_none() -> None:
    text = ("Thăm, chúc Tết vùng biên\n\nĐoàn do bà Lò Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lào Cai làm "
            "trưởng đoàn, đã đến thăm, tặng quà các hộ nghèo tại xã Mường Khương ngày 20/1/2024.")
    assert _non_visit(text)


def test_a_page_copied_from_after_the_lead_of_a_national_gift_call() -> None:
    text = ("Phó Thủ tướng Nguyễn Hữu Long tặng quà gia đình chính sách xã Ea Kar\n\nCùng đi với đoàn có Phó Chủ tịch "
            "UBND tỉnh Đắk Lắk, lãnh đạo các sở, ngành.\n\nDịp này, Phó Thủ tướng đã tặng quà cho các gia đình chính "
            "sách của xã.")
    assert _non_visit(text) is None
    assert leader_named(text) == "Nguyễn Hữu Long"


def test_a_provincial_gift_call_copied_from_after_its_lead_stays_none() -> None:
    text = ("Phó Chủ tịch UBND tỉnh Nguyễn Hữu Long tặng quà gia đình chính sách xã Ea Kar\n\nCùng đi với đoàn có "
            "lãnh đạo các sở, ngành.\n\nDịp này, đoàn đã tặng quà cho các gia đình chính sách của xã.")
    assert _non_visit(text)


def test_later_visit_words_after_one_still_to_come_are_to_come_too() -> None:
    text = ("Tin hoạt động\n\nNăm 2025, Đoàn ĐBQH tỉnh sẽ giám sát việc cấp giấy chứng nhận quyền sử dụng đất, đồng "
            "thời mời cử tri tham gia một số buổi giám sát tại các xã.")
    assert _non_visit(text)


def test_a_visit_done_beside_one_to_come_stays_a_visit() -> None:
    text = ("Tin hoạt động\n\nSáng 5/6/2024, Đoàn ĐBQH tỉnh đã giám sát việc cấp giấy chứng nhận tại xã Cẩm Xuyên và "
            "sẽ khảo sát tiếp tại xã Cẩm Bình.")
    assert _non_visit(text) is None


@pytest.mark.parametrize("speaker", ["Phó Trưởng đoàn chuyên trách", "Trưởng đoàn chuyên trách"])
def test_a_delegations_full_time_head_is_an_office(speaker: str) -> None:
    text = (f"Nâng cao chất lượng giám sát\n\nPhát biểu tại hội nghị tổng kết năm 2023 của Đoàn ĐBQH tỉnh Nghệ An sáng "
            f"20/12, bà Lê Thị Hằng, {speaker} Đoàn ĐBQH tỉnh, cho rằng hoạt động giám sát cần đi vào những việc "
            "cử tri bức xúc.")
    assert _non_visit(text)


# -- the head named only as the one who praises the hosts -----------------------------------------------------------


def test_the_one_who_praises_the_hosts_after_a_nameless_lead_leads() -> None:
    text = ("Khảo sát tại Lào Cai\n\nTrước khi làm việc với tỉnh, Đoàn công tác đã đi kiểm tra một số tuyến đường "
            "biên giới.\n\nĐồng chí Vũ Đình Toàn đã biểu dương những kết quả đạt được trong năm qua của tỉnh.")
    assert leader_named(text) == "Vũ Đình Toàn"


def test_a_host_who_reports_elsewhere_is_no_praiser() -> None:
    text = ("Khảo sát tại Lào Cai\n\nTrước khi làm việc với tỉnh, Đoàn công tác đã đi kiểm tra một số tuyến đường "
            "biên giới.\n\nÔng Vũ Đình Toàn báo cáo với đoàn về tình hình của tỉnh. Ông Vũ Đình Toàn ghi nhận những "
            "kết quả đạt được của tỉnh.")
    assert leader_named(text) != "Vũ Đình Toàn"


def test_praise_with_no_visiting_team_names_no_leader() -> None:
    text = ("Tin hoạt động\n\nTỉnh tổ chức hội nghị tổng kết năm.\n\nĐồng chí Vũ Đình Toàn đã biểu dương những kết quả "
            "đạt được trong năm qua của tỉnh.")
    assert leader_named(text) != "Vũ Đình Toàn"
