"""Leader and visit-or-not classes of session 12 (realcheck-s11-fresh12 and the sets before it), in sentences
written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, leader_named

_leader = leader_named  # the shared reader (tests/leads.py)


@pytest.mark.parametrize("lead, name", [
    ("Sáng 3/4/2024, Tổng Bí thư Tô Văn Lâm đã đến kiểm tra tại xã Kỳ Tân.", "Tô Văn Lâm"),
    ("Sáng 3/4/2024, Tổng Bí thư Đào Lâm đã đến kiểm tra tại xã Kỳ Tân.", "Đào Lâm"),
    ("Sáng 3/4/2024, Chủ tịch nước Lương Khang đến thăm và kiểm tra tại xã Kỳ Tân.", "Lương Khang"),
    ("Sáng 3/4/2024, Thủ tướng Chính phủ Phạm Văn Chiến đã đến khảo sát tại xã Kỳ Tân.", "Phạm Văn Chiến"),
    ("Sáng 3/4/2024, Phó Thủ tướng Trần Hà cùng đoàn công tác tới khảo sát tại xã Kỳ Tân.", "Trần Hà"),
])
def test_a_top_office_before_a_name_of_two_words_or_more(lead: str, name: str) -> None:
    assert _leader("Kiểm tra tại xã Kỳ Tân\n\n" + lead) == name


def test_a_top_office_with_no_name_names_no_one() -> None:
    assert _leader("Kiểm tra\n\nSáng 3/4/2024, Thủ tướng Chính phủ đã đến khảo sát tại xã Kỳ Tân.") is None


def test_a_headline_glued_to_the_dated_lead() -> None:
    text = ("Thủ tướng kiểm tra dự án tại Hà Nam Sáng 3/4/2024, Thủ tướng Phạm Văn Chiến và đoàn công tác tới khảo sát "
            "tại xã Kỳ Tân.")
    assert _leader(text) == "Phạm Văn Chiến"


@pytest.mark.parametrize("office", [
    "Bí thư Tỉnh ủy Hà Tĩnh", "Phó Bí thư Tỉnh ủy An Giang", "Trưởng Ban Dân vận Huyện ủy Đức Phổ",
    "Phó Chủ tịch HĐND tỉnh Bà Rịa - Vũng Tàu", "Chủ tịch UBND tỉnh Hà Tĩnh", "Bí thư Thành ủy Hải Phòng",
])
def test_no_syllable_of_the_place_before_a_name_is_glued_to_it(office: str) -> None:
    text = f"Kiểm tra\n\nSáng 3/4/2024, {office} Nguyễn Văn An dẫn đầu đoàn công tác kiểm tra tại xã Kỳ Tân."
    assert _leader(text) == "Nguyễn Văn An"


def test_a_caption_line_names_who_speaks_at_the_session() -> None:
    text = ("Kiểm tra thực hiện chính sách tại huyện Tiên Lữ\n\nNgày 8/5/2023, Cục Bảo trợ xã hội - Bộ Lao động đã có "
            "đợt công tác tại huyện Tiên Lữ.\n\nBà Lê Thị Hạnh, Phó Cục trưởng Cục Bảo trợ xã hội phát biểu tại buổi "
            "làm việc với lãnh đạo huyện Tiên Lữ")
    assert _leader(text) == "Lê Thị Hạnh"


@pytest.mark.parametrize("speaker", [
    "Ông Phạm Văn Hùng, Chủ tịch UBND huyện Tiên Lữ phát biểu tại buổi làm việc với đoàn",
    "Ông Phạm Văn Hùng, Chủ tịch UBND xã phát biểu tại buổi làm việc",
])
def test_a_host_who_speaks_at_the_session_never_leads(speaker: str) -> None:
    text = ("Kiểm tra tại huyện Tiên Lữ\n\nSáng 8/5/2023, Đoàn giám sát HĐND tỉnh làm việc với UBND huyện Tiên Lữ.\n\n"
            + speaker)
    assert _leader(text) is None


def test_who_speaks_after_a_long_opening_clause_on_the_oversight() -> None:
    text = ("Giám sát công trình thủy lợi\n\nPhát biểu tại buổi giám sát việc quản lý các hồ chứa nước giai đoạn "
            "2019 - 2023 tại huyện Cam Lộ vào sáng ngày 2/10/2023, Phó Chủ tịch HĐND tỉnh Hồ Thị Mai yêu cầu UBND "
            "huyện kiểm tra an toàn các đập.")
    assert _leader(text) == "Hồ Thị Mai"


def test_who_attends_and_directs_the_oversight() -> None:
    text = ("Giám sát tại xã Kỳ Tân\n\nThường trực HĐND xã Kỳ Tân vừa giám sát việc quản lý đất công. Tại buổi giám "
            "sát, có ông Trần Văn Lực – Phó Chủ tịch HĐND xã dự và chỉ đạo cuộc giám sát.")
    assert _leader(text) == "Trần Văn Lực"


def test_the_overseeing_bodys_officer_who_takes_the_hosts_asks() -> None:
    text = ("Đoàn ĐBQH tỉnh khảo sát tại trại tạm giam\n\nChiều 4/9/2023, Đoàn ĐBQH tỉnh Hà Tĩnh khảo sát tại Trại tạm "
            "giam Công an tỉnh.\n\nPhó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Hà Tĩnh Trần Thị Lan tiếp thu kiến nghị "
            "của Trại tạm giam")
    assert _leader(text) == "Trần Thị Lan"



def test_who_speaks_at_the_session_with_the_team_is_its_host() -> None:
    text = ("Kiểm tra công tác bầu cử\n\nÔng Lê Văn Hòa - Bí thư Tỉnh ủy Hà Tĩnh phát biểu tại buổi làm việc với Đoàn "
            "kiểm tra của Ủy ban Trung ương MTTQ Việt Nam. Ảnh: HT.")
    assert _leader(text) is None


def _flagged(text: str) -> bool:
    return extract_article(text, today=TODAY).non_visit is not None


@pytest.mark.parametrize("text", [
    # a feature lead, the session in a caption, the team's findings later
    "Giám sát tại xã Kỳ Tân\nNhiều năm qua, xã Kỳ Tân (Hà Tĩnh) chăm lo cho người cao tuổi.\nQuang cảnh buổi giám sát "
    "Ảnh: T.L |\nĐoàn giám sát đánh giá cao sự vào cuộc của xã.",
    # the hosts' report first, the team's own check after the session
    "Kiểm tra quy chế làm việc\n\nTheo báo cáo của Huyện ủy Tiên Lữ, cấp ủy đã ban hành quy chế và triển khai kế hoạch "
    "học tập nghị quyết.\n\nSau khi làm việc với Huyện ủy, Đoàn đã kiểm tra trực tiếp tại Đảng ủy xã Thiện Phiến.",
    # teams set up, then a caption line of one at work
    "Giám sát chính sách người có công\n\nVừa qua, Thường trực HĐND huyện Cam Lộ đã thành lập 02 Đoàn giám sát để tiến "
    "hành giám sát việc chi trả trợ cấp.\n\nĐoàn giám sát làm việc tại xã Cam Thành.\n\nCác đoàn ghi nhận việc chi trả "
    "kịp thời.",
    # one oversight, summed up by its findings
    "Xem xét công tác hòa giải\n\nBan Pháp chế HĐND tỉnh vừa giám sát công tác hòa giải tại xã Kỳ Tân. Qua giám sát "
    "cho thấy, từ đầu năm đến nay các tổ hòa giải đã tiếp nhận nhiều vụ việc.",
    "Giám sát bến thủy\n\nTổ đại biểu HĐND tỉnh đơn vị xã Long Hồ và xã Tam Bình vừa hoàn thành đợt giám sát việc quản "
    "lý bến thủy. Qua giám sát cho thấy nhiều bến chưa có giấy phép.",
    # a team set up on a day that went to check
    "Thực hiện kế hoạch của tỉnh. Chiều 5/5/2024, huyện Tiên Lữ đã thành lập tổ công tác đi kiểm tra các bếp ăn "
    "tập thể tại xã Thiện Phiến.",
])
def test_a_visit_told_after_a_lead_that_is_something_else(text: str) -> None:
    assert not _flagged(text)


@pytest.mark.parametrize("text", [
    # days still to come, whatever caption the page has
    "Thành lập Đoàn giám sát\n\nNgày 3/7/2024, Thường trực HĐND huyện Tiên Lữ ban hành Quyết định thành lập Đoàn giám "
    "sát.\n\nQuang cảnh buổi làm việc.\n\nTheo kế hoạch, Đoàn sẽ làm việc với UBND xã Thiện Phiến.",
    # several rounds summed up stay a round-up
    "Giám sát năm 2023\n\nBan Pháp chế HĐND tỉnh vừa hoàn thành các đợt giám sát năm 2023. Qua giám sát cho thấy, từ "
    "đầu năm đến nay các ngành đã có nhiều chuyển biến.",
    # a report-first lead whose teams will come
    "Kế hoạch kiểm tra\n\nTheo báo cáo của Văn phòng UBND huyện, thời gian qua các xã đã hoàn thành nhiều chỉ tiêu. "
    "UBND huyện vừa ban hành kế hoạch kiểm tra; các đoàn sẽ làm việc với các xã trong quý III.",
])
def test_a_plan_a_decision_or_a_round_up_stays_flagged(text: str) -> None:
    assert _flagged(text)


def test_a_constituency_of_communes_each_with_its_level_word_is_one_list() -> None:
    text = ("Giám sát bến thủy\n\nSáng 4/5/2024, Tổ đại biểu HĐND tỉnh đơn vị xã Long Hồ, xã Tam Bình và phường "
            "Bình Minh giám sát việc quản lý bến thủy.")
    names = [loc["name"] for loc in extract_article(text, today=TODAY).record["localities"]]
    assert names == ["xã Long Hồ", "xã Tam Bình", "phường Bình Minh"]


@pytest.mark.parametrize("text", [
    # a team that only announces its decision, its checks to come
    "Công bố quyết định kiểm tra\n\nNgày 5-6, ông Lê Văn Hòa dẫn đầu đoàn kiểm tra đã công bố quyết định kiểm tra đối "
    "với Ban Thường vụ Huyện ủy Tiên Lữ.\n\nTheo đó, đoàn sẽ kiểm tra công tác cán bộ của huyện.",
    "Công bố quyết định giám sát\n\nSáng 5/6/2024, Đoàn giám sát của Tỉnh ủy công bố Quyết định giám sát đối với "
    "Đảng ủy xã Kỳ Tân. Thời gian giám sát dự kiến là một tháng.",
    # a conference that hands out tasks, checks among them after a semicolon
    "Triển khai kế hoạch bảo hiểm y tế toàn dân\n\nTại hội nghị, cùng với việc công bố quyết định thành lập Ban chỉ "
    "đạo, UBND huyện đã chỉ đạo các xã tăng cường tuyên truyền; thường xuyên kiểm tra, rà soát các đối tượng tham gia.",
])
def test_an_announcement_or_a_conferences_tasks_is_no_visit(text: str) -> None:
    assert _flagged(text)


def test_a_team_that_announces_its_decision_and_then_works_is_a_visit() -> None:
    text = ("Kiểm tra tại huyện Tiên Lữ\n\nNgày 5-6-2024, ông Lê Văn Hòa dẫn đầu đoàn kiểm tra đã công bố quyết định "
            "kiểm tra đối với Ban Thường vụ Huyện ủy Tiên Lữ. Sau đó, đoàn đã nghe Ban Thường vụ Huyện ủy báo cáo kết "
            "quả thực hiện công tác cán bộ.")
    assert not _flagged(text)


def test_a_district_leader_with_an_abbreviated_office_at_a_communes_schools_is_a_visit() -> None:
    text = ("Kiểm tra các trường học tại xã Thiện Phiến\n\nChiều ngày 12/8/2023, đồng chí Vũ Văn Tiến – PCT UBND huyện "
            "cùng lãnh đạo Phòng Giáo dục và Đào tạo đã tiến hành kiểm tra các trường học trên địa bàn xã Thiện Phiến "
            "chuẩn bị khai giảng năm học mới.")
    assert not _flagged(text)


def test_a_communes_own_leader_at_its_schools_is_no_visit() -> None:
    text = ("Kiểm tra chuẩn bị năm học mới\n\nNgày 3/9/2025, đồng chí Vũ Văn Tiến – Phó Chủ tịch UBND xã Thiện Phiến "
            "đã kiểm tra công tác chuẩn bị năm học mới tại các trường học trên địa bàn.")
    assert _flagged(text)


def test_a_session_caption_alone_does_not_make_a_decision_page_a_visit() -> None:
    text = ("Thành lập Đoàn giám sát\n\nNgày 3/7/2024, Thường trực HĐND huyện Tiên Lữ ban hành Quyết định thành lập "
            "Đoàn giám sát việc thực hiện chính sách bảo hiểm y tế, do bà Đỗ Thị Vân, Phó Chủ tịch HĐND huyện làm "
            "Trưởng đoàn.\n\nQuang cảnh buổi làm việc.\n\nĐối tượng giám sát là UBND các xã, thị trấn.")
    assert _flagged(text)
