"""Classes of leaders' on-site visits (inspections, working trips) that real pages outside the project's topic
taught (session 12, realcheck-s12-offtopic), in sentences written for these tests."""

from __future__ import annotations

import pytest

from store.extract.text import read_article
from tests.leads import lead_draft, leader_named


@pytest.mark.parametrize("lead, name", [
    ("Thời sựNgày 29/4/2024, Thủ tướng Chính phủ Trần Văn Minh và đoàn công tác đi kiểm tra công trường tại xã "
     "Kỳ Tân.", "Trần Văn Minh"),
    ("Nóng: Ngày 8-10-2024, Thủ tướng Lý Văn An đã đến thị sát tình hình mưa lũ tại xã Kỳ Tân.", "Lý Văn An"),
    ("Chiều 8/9/2024, Thủ tướng Chính phủ Lý Văn An đã trực tiếp đến xã Kỳ Tân và xã Kỳ Hoa để kiểm tra thiệt hại.",
     "Lý Văn An"),
    ("Chiều 17/7/2017, nhân chuyến về làm việc với tỉnh Hà Tĩnh, đồng chí Lê Văn Hòa - Ủy viên Bộ Chính trị, Phó "
     "Thủ tướng Chính phủ đã đến thăm và làm việc với xã Kỳ Tân.", "Lê Văn Hòa"),
    ("Dịp này, Bí thư Tỉnh ủy Đỗ Văn Trọng cùng đoàn công tác đã đến tham quan mô hình trồng rau ở xã Kỳ Tân.",
     "Đỗ Văn Trọng"),
    ("Sáng 27/7/2024, đồng chí Võ Văn Nam – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đc Trần Thị Hạnh – Trưởng Ban "
     "Tuyên giáo Tỉnh ủy đã đến kiểm tra tại xã Kỳ Tân.", "Võ Văn Nam"),
])
def test_the_lead_subject_who_goes_to_see_a_place_leads(lead: str, name: str) -> None:
    assert leader_named("Lãnh đạo kiểm tra tại Kỳ Tân\n\n" + lead) == name


def test_a_page_copied_from_after_its_lead_opens_on_companions() -> None:
    text = ("Phó Thủ tướng kiểm tra kỳ thi\n\nTham gia đoàn công tác còn có ông Phạm Văn Lâm - Thứ trưởng Bộ Giáo dục "
            "và Đào tạo.\n\nPhó Thủ tướng Chính phủ Lê Văn Long cùng đoàn công tác đã trực tiếp kiểm tra điểm thi tại "
            "xã Kỳ Tân.")
    assert leader_named(text) == "Lê Văn Long"


def test_a_wish_quoted_first_names_its_author_after() -> None:
    text = ("An ninh vùng biên\n\nPhải giữ vững an ninh. Đây là mong muốn của Bộ trưởng Phan Văn Hùng trong buổi làm "
            "việc với Đảng ủy xã Kỳ Tân chiều 14/5/2024.")
    assert leader_named(text) == "Phan Văn Hùng"


def test_politburo_membership_is_one_title() -> None:
    draft = lead_draft("Sáng 6/11/2024, đồng chí Vũ Văn Bình - Ủy viên Bộ Chính trị, Phó Chủ tịch Quốc hội đã đến thăm "
                       "và làm việc với xã Kỳ Tân.")
    assert "Ủy viên Bộ Chính trị" in draft.record["leader"]["title"]


def test_a_section_label_glued_to_the_day_is_split_off() -> None:
    article = read_article("Tin\n\nGiao thôngChiều 21/3/2024, đoàn kiểm tra tại xã Kỳ Tân.")
    assert article.sentences[0].text.startswith("Giao thông Chiều 21/3/2024")
    assert lead_draft("Giao thôngChiều 21/3/2024, Phó Thủ tướng Đinh Văn Hải đi kiểm tra tại xã Kỳ Tân.") \
        .record["date"] == "2024-03-21"


@pytest.mark.parametrize("lead", [
    "Ngày 12-9-2024, Thủ tướng Lương Văn Tiến đã trực tiếp đến xã Kỳ Tân để thị sát tình hình sạt lở và trao 200 "
    "suất quà.",
    "Ngày 12-9-2024, Thủ tướng Lương Văn Tiến đã đến xã Kỳ Tân, huyện Kỳ Anh để kiểm tra tình hình sạt lở.",
])
def test_a_leader_who_went_to_a_place_to_check_visits(lead: str) -> None:
    assert lead_draft(lead).non_visit is None


@pytest.mark.parametrize("lead", [
    "Sáng 11/4/2024, Chủ tịch UBND tỉnh Trần Văn Phúc cùng đoàn công tác đã đến tham quan trang trại ở xã Kỳ Tân.",
    "Sáng 22/5/2024, phát biểu chỉ đạo tại buổi làm việc với Ban Thường vụ Huyện ủy Kỳ Anh, Phó Chủ tịch Quốc hội "
    "Nguyễn Văn Hòa đề nghị huyện hoàn thiện hạ tầng.",
])
def test_a_tour_and_a_speech_at_a_working_session_are_visits(lead: str) -> None:
    assert lead_draft(lead).non_visit is None


def test_a_team_formed_that_day_is_a_visit_when_its_findings_follow() -> None:
    lead = "Chiều 9/8/2024, Công an xã Kỳ Tân cùng UBND xã đã lập đoàn kiểm tra phòng cháy tại chợ xã Kỳ Tân."
    assert lead_draft(lead + "\n\nKết quả kiểm tra cho thấy chợ thiếu bình chữa cháy.").non_visit is None


def test_a_team_formed_with_no_findings_told_is_no_visit_yet() -> None:
    lead = "Chiều 9/8/2024, UBND xã Kỳ Tân đã lập đoàn kiểm tra phòng cháy tại các chợ trên địa bàn."
    assert lead_draft(lead + "\n\nĐoàn có nhiệm vụ kiểm tra trong tháng 9.").non_visit is not None


def test_where_a_leader_went_to_check_is_visited_and_a_central_city_is_a_city() -> None:
    draft = lead_draft("Chiều 8/9/2024, Thủ tướng Chính phủ Lý Văn An đã trực tiếp đến Quảng Ninh và Hải Phòng để "
                       "kiểm tra tình hình thiệt hại.")
    assert [place["name"] for place in draft.record["localities"]] == ["tỉnh Quảng Ninh", "thành phố Hải Phòng"]


def test_a_holder_named_after_the_level_word_is_no_unit() -> None:
    draft = lead_draft("Sáng 6/5/2024, Chủ tịch Ủy ban nhân dân tỉnh Trần Văn Khải đã đến kiểm tra các công trình "
                       "trên địa bàn tỉnh.", title="Chủ tịch UBND tỉnh Bến Tre kiểm tra các công trình")
    assert [place["name"] for place in draft.record["localities"]] == ["tỉnh Bến Tre"]


def test_a_unit_named_after_a_person_is_still_a_unit() -> None:
    draft = lead_draft("Sáng 6/5/2024, đoàn giám sát của HĐND tỉnh Cà Mau làm việc với UBND huyện Trần Văn Thời.")
    assert "huyện Trần Văn Thời" in [place["name"] for place in draft.record["localities"]]


def test_since_when_a_state_began_is_no_visit_day() -> None:
    draft = lead_draft("Ngày 27.10.2024, đoàn công tác của tỉnh đã đi kiểm tra tình hình thiệt hại tại xã Kỳ Tân. "
                       "Đây là xã bị cô lập từ đêm 17.10 do sạt lở.")
    assert draft.record["date"] == "2024-10-27"
