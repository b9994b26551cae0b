"""Leader and visit-or-not classes found by composing leads from parts (scripts/dev/phrasings.py): a body, the way
its head is introduced, the verb, the place and the day, crossed; sentences written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, lead_draft, leader_named

_BODIES = [("HĐND tỉnh Nghệ An", "Phó Chủ tịch HĐND tỉnh"),
           ("Ban Dân tộc HĐND tỉnh Lạng Sơn", "Trưởng Ban Dân tộc HĐND tỉnh"),
           ("Sở Nội vụ tỉnh Đắk Lắk", "Giám đốc Sở Nội vụ"),
           ("Ủy ban Pháp luật của Quốc hội", "Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội")]


@pytest.mark.parametrize("body, title", _BODIES)
@pytest.mark.parametrize("name", ["Lê Quang", "Hà Thu", "Kiều Oanh"])
def test_a_two_word_name_right_after_a_title_leads(body: str, title: str, name: str) -> None:
    lead = f"Sáng 12/9/2024, {title} {name} dẫn đầu đoàn công tác của {body} đã khảo sát tại xã Kỳ Tân."
    assert leader_named("Khảo sát tại xã Kỳ Tân\n\n" + lead) == name


@pytest.mark.parametrize("office", ["Chủ tịch UBND xã Lê Lợi", "Chủ tịch UBND tỉnh Hà Nam",
                                    "Chủ tịch UBND huyện Lâm Hà"])
def test_a_place_of_two_words_after_a_title_is_no_one(office: str) -> None:
    text = f"Tin hoạt động\n\nSáng 12/9/2024, {office} đã báo cáo với đoàn công tác của tỉnh về tiến độ giải ngân."
    assert lead_draft(text.split("\n\n", 1)[1]).record.get("leader") is None


def test_an_assembly_committee_named_with_a_lower_case_field_keeps_its_head() -> None:
    lead = ("Chiều 5/6/2023, Ủy viên Thường trực Ủy ban Pháp luật của Quốc hội Nguyễn Hữu Thông dẫn đầu đoàn giám sát "
            "làm việc với UBND xã Kỳ Tân.")
    assert leader_named("Giám sát\n\n" + lead) == "Nguyễn Hữu Thông"


def test_the_heads_office_then_another_title_then_the_name() -> None:
    text = ("Giám sát\n\nSáng 12/9/2024, Chủ tịch UBND xã Kỳ Tân Tạ Văn Khánh đã tiếp và làm việc với Đoàn giám sát "
            "của Ban Pháp chế HĐND tỉnh. Trưởng đoàn giám sát, Trưởng Ban Pháp chế HĐND tỉnh Đỗ Thị Lan đề nghị xã rà "
            "soát.")
    assert leader_named(text) == "Đỗ Thị Lan"


@pytest.mark.parametrize("verb", ["chủ trì", "chủ tọa"])
def test_the_session_chaired_by_the_head_after_the_lead(verb: str) -> None:
    text = ("Giám sát\n\nChiều 3/10/2024, Đoàn giám sát của HĐND tỉnh Nghệ An đã làm việc với UBND xã Kỳ Tân. "
            f"Buổi làm việc do bà Bùi Ngọc Ánh, Phó Chủ tịch HĐND tỉnh {verb}.")
    assert leader_named(text) == "Bùi Ngọc Ánh"


def test_a_host_chairing_the_session_never_leads() -> None:
    text = ("Giám sát\n\nChiều 3/10/2024, Đoàn giám sát của HĐND tỉnh Nghệ An đã làm việc với UBND xã Kỳ Tân. "
            "Buổi làm việc do ông Tạ Văn Khánh, Chủ tịch UBND xã Kỳ Tân chủ trì.")
    assert leader_named(text) is None


def test_two_co_chairs_over_two_days_the_first_leads_and_it_is_a_visit() -> None:
    draft = lead_draft("Trong hai ngày 8 và 9/7/2024, Phó Chủ tịch UBND tỉnh Vũ Đức Thắng cùng Phó Chủ tịch UBND tỉnh "
                       "Ngô Thị Hạnh đồng chủ trì buổi làm việc của UBND tỉnh Hà Tĩnh tại xã Kỳ Tân.")
    assert draft.non_visit is None
    assert draft.record["leader"]["name"] == "Vũ Đức Thắng"


@pytest.mark.parametrize("title", ["Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh", "Phó Chủ tịch HĐND tỉnh"])
def test_a_caption_calling_someone_the_head(title: str) -> None:
    text = ("Giám sát\n\nChiều 3/10/2024, Đoàn giám sát của HĐND tỉnh Bắc Ninh đã làm việc với UBND xã Kỳ Tân.\n\n"
            "Báo cáo với đoàn, ông Tạ Văn Khánh, Chủ tịch UBND xã Kỳ Tân, cho biết xã đã hoàn thành các chỉ tiêu.\n\n"
            f"{title} Lương Thị Kim Chi, Trưởng đoàn giám sát phát biểu tại buổi làm việc. (Ảnh: Minh Anh)")
    assert leader_named(text) == "Lương Thị Kim Chi"


@pytest.mark.parametrize("lead", [
    "Chiều 3/10/2024, HĐND tỉnh Nghệ An họp phiên thường kỳ; Phó Chủ tịch HĐND tỉnh Bùi Ngọc Ánh chủ trì, nghe báo cáo "
    "của các đoàn làm việc tại xã Kỳ Tân.",
    "Chiều 3/10/2024, tại phiên giải trình của Thường trực HĐND tỉnh, đoàn giám sát đã nêu các tồn tại qua làm việc "
    "tại xã Kỳ Tân.",
    "Chiều 3/10/2024, Phó Chủ tịch HĐND tỉnh Bùi Ngọc Ánh điều hành phiên chất vấn; các đại biểu hỏi về những tồn tại "
    "mà đoàn giám sát phát hiện khi làm việc tại xã Kỳ Tân.",
    "Chiều 3/10/2024, đoàn công tác của UBND tỉnh do ông Vũ Đức Thắng, Phó Chủ tịch UBND tỉnh dẫn đầu đã đối thoại với "
    "người dân xã Kỳ Tân về bồi thường.",
])
def test_a_sitting_or_a_dialogue_with_visit_words_is_no_visit(lead: str) -> None:
    assert lead_draft(lead).non_visit is not None


@pytest.mark.parametrize("lead", [
    "Chiều 3/10/2024, Đoàn giám sát của HĐND tỉnh do ông Vũ Đức Thắng, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã làm "
    "việc với UBND xã Kỳ Tân và đối thoại với một số hộ dân.",
    "Chiều 3/10/2024, để chuẩn bị cho phiên chất vấn, Đoàn giám sát của HĐND tỉnh do ông Vũ Đức Thắng, Phó Chủ tịch "
    "HĐND tỉnh làm trưởng đoàn đã khảo sát tại xã Kỳ Tân.",
])
def test_a_visit_that_mentions_a_dialogue_or_a_sitting_stays_a_visit(lead: str) -> None:
    assert lead_draft(lead).non_visit is None


@pytest.mark.parametrize("body", ["UBND tỉnh Hà Tĩnh", "Sở Nội vụ tỉnh Đắk Lắk", "Bộ Nội vụ"])
def test_who_speaks_on_behalf_of_the_team_leads_it(body: str) -> None:
    text = (f"Kiểm tra\n\nSáng 12/9/2024, Đoàn kiểm tra của {body} đã làm việc với UBND xã Kỳ Tân.\n\n"
            "Báo cáo với đoàn, ông Tạ Văn Khánh, Chủ tịch UBND xã Kỳ Tân, cho biết xã đã hoàn thành các chỉ tiêu.\n\n"
            "Thay mặt đoàn kiểm tra, bà Đỗ Thị Lan, Phó Giám đốc Sở Nội vụ ghi nhận kết quả xã đạt được.")
    assert leader_named(text) == "Đỗ Thị Lan"


def test_who_speaks_on_behalf_of_the_hosts_never_leads() -> None:
    text = ("Kiểm tra\n\nSáng 12/9/2024, Đoàn kiểm tra của Sở Nội vụ đã làm việc với UBND xã Kỳ Tân.\n\n"
            "Thay mặt UBND xã, ông Tạ Văn Khánh, Chủ tịch UBND xã Kỳ Tân cảm ơn đoàn.")
    assert leader_named(text) is None


def test_questions_under_a_headline_quoting_an_official_are_an_interview() -> None:
    text = ("Trưởng Ban Pháp chế HĐND tỉnh Đỗ Thị Lan: Giám sát phải đến nơi đến chốn\n\nXin bà cho biết đoàn giám sát "
            "đã làm việc tại xã Kỳ Tân ra sao?\n\n- Đoàn đã làm việc với UBND xã Kỳ Tân và đi thực tế tại hai thôn.")
    assert extract_article(text, today=TODAY).non_visit is not None
