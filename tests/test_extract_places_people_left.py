"""Leader and locality classes left on the real sets after session 8 (session 9, places-people-left); the texts are
written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.office_names import election_after, join_committee_dashes


def leader_of(text: str) -> str | None:
    draft = extract_article(text)
    assert draft.non_visit is None, draft.non_visit
    return (draft.record.get("leader") or {}).get("name")


# -- an election committee's head: "Ban Chỉ đạo" in the title, the election named before the verb -------------------


@pytest.mark.parametrize(("title", "rest", "left"), [
    ("Trưởng Ban Chỉ đạo", " cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031 của "
     "tỉnh đã kiểm tra", " đã kiểm tra"),
    ("Chủ tịch Ủy ban bầu cử đại biểu Hội đồng nhân dân tỉnh nhiệm", " kỳ 2026 – 2031 đã đến", " đã đến"),
    ("Chủ tịch Ủy ban bầu cử tỉnh Quảng Bình", " đã tới kiểm tra", " đã tới kiểm tra"),
    ("Trưởng Ban Chỉ đạo", " cuộc bầu cử tỉnh Hà Giang đã", " đã"),
    ("Phó Chủ tịch UBND tỉnh", " cuộc bầu cử đại biểu Quốc hội", " cuộc bầu cử đại biểu Quốc hội"),  # no committee
])
def test_an_election_named_after_its_committee_is_skipped_to_reach_the_verb(title: str, rest: str, left: str) -> None:
    assert rest[election_after(title, rest):] == left


@pytest.mark.parametrize("lead", [
    "Chiều 11/3/2026, đồng chí Lò Văn Thắm, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo cuộc bầu cử "
    "đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031 của tỉnh đã kiểm tra công "
    "tác chuẩn bị bầu cử tại xã Mường Khương.",
    "Đó là yêu cầu của đồng chí Lò Văn Thắm – Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo Bầu cử tỉnh tại buổi kiểm tra công "
    "tác bầu cử ở xã Mường Khương ngày 11/3/2026.",
])
def test_the_head_of_an_election_steering_committee_leads(lead: str) -> None:
    assert leader_of(lead) == "Lò Văn Thắm"


def test_a_subtitle_naming_no_one_above_the_dated_lead_is_not_the_lead() -> None:
    text = ("Bí thư Tỉnh ủy kiểm tra điểm bỏ phiếu ở vùng biên.\n\nChiều 11/3/2026, đồng chí Lò Văn Thắm, Bí thư "
            "Tỉnh ủy đã kiểm tra công tác chuẩn bị bầu cử tại xã Mường Khương, tỉnh Lào Cai.")
    assert leader_of(text) == "Lò Văn Thắm"


# -- how the visit's subject is written ------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Sáng 6/5/2025, ông Đỗ Minh Quân - Phó Chủ tịch UBND tỉnh Nghệ An đã tới kiểm tra tiến độ xây dựng nhà ở xã "
    "hội tại phường Thái Hòa.",
    "Sáng 6/5/2025, Phó Chủ tịch nước Đỗ Minh Quân dẫn đầu đoàn công tác đã kiểm tra việc xóa nhà tạm tại phường "
    "Thái Hòa, tỉnh Nghệ An.",
    "Sáng 6/5/2025, Phó Thủ tướng Chính phủ Đỗ Minh Quân đã tới kiểm tra việc xóa nhà tạm tại phường Thái Hòa, tỉnh "
    "Nghệ An.",
    "Sáng 6/5/2025, tổ giám sát của HĐND tỉnh Nghệ An do ông Đỗ Minh Quân, Trưởng Ban Văn hóa – Xã hội HĐND tỉnh dẫn "
    "đoàn đã làm việc với UBND phường Thái Hòa.",
    "Sáng 6/5/2025, các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An: Đỗ Minh Quân - Phó Chủ tịch UBND tỉnh; Hồ Thị "
    "Mai - Trưởng Ban Tổ chức Tỉnh ủy đã kiểm tra tiến độ xây nhà ở xã hội tại phường Thái Hòa.",
])
def test_the_visits_subject_is_its_leader(lead: str) -> None:
    assert leader_of(lead) == "Đỗ Minh Quân"


def test_a_committees_dash_joins_its_two_fields_and_nothing_else() -> None:
    joined = join_committee_dashes("Trưởng Ban Kinh tế – Ngân sách, Trưởng đoàn")
    assert len(joined) == len("Trưởng Ban Kinh tế – Ngân sách, Trưởng đoàn") and "tế –" not in joined
    assert join_committee_dashes("Phó Chủ tịch HĐND tỉnh – Trưởng đoàn") == "Phó Chủ tịch HĐND tỉnh – Trưởng đoàn"


def test_the_second_of_officials_listed_after_a_colon_and_hosts_in_a_list_do_not_lead() -> None:
    hosts = ("Sáng 6/5/2025, Đoàn giám sát HĐND tỉnh Nghệ An làm việc tại phường Thái Hòa. Các đồng chí lãnh đạo "
             "phường: Đỗ Minh Quân, Hồ Thị Mai báo cáo với đoàn về tiến độ xây nhà ở xã hội.")
    assert leader_of(hosts) is None


# -- sites checked on the ground "thuộc" the units listed after them --------------------------------------------------


def places_of(text: str) -> list[str]:
    return [place["name"] for place in extract_article(text).record.get("localities", [])]


def test_sites_checked_on_the_ground_place_every_listed_unit_they_lie_in() -> None:
    text = ("Sáng 4/6/2024, đoàn công tác của UBND tỉnh Cà Mau đã khảo sát thực tế các cống ngăn mặn và tuyến kè thuộc "
            "các huyện Cái Nước, Đầm Dơi và Năm Căn.")
    assert places_of(text) == ["huyện Cái Nước", "huyện Đầm Dơi", "huyện Năm Căn"]


def test_works_a_report_places_in_a_unit_are_no_visit_there() -> None:
    text = ("Sáng 4/6/2024, Đoàn giám sát HĐND tỉnh Cà Mau đã giám sát tại huyện Cái Nước. Theo báo cáo, một số cống "
            "ngăn mặn thuộc huyện Đầm Dơi chậm tiến độ.")
    assert places_of(text) == ["huyện Cái Nước"]


# -- a head named only under a photo ---------------------------------------------------------------------------------


_BODY_LEAD = "Ngày 3/10/2025, Đoàn ĐBQH tỉnh Gia Lai đã khảo sát việc chi trả trợ cấp tại xã Hoài Ân."


@pytest.mark.parametrize(("caption", "leader"), [
    ("Các ĐBQH: Rơ Mah Tuấn, Lê Thị Na và Hồ Văn Sơn làm việc với UBND xã Hoài Ân. Ảnh: T.H", "Rơ Mah Tuấn"),
    ("ĐBQH Lê Thị Na khảo sát việc chi trả tại nhà văn hóa thôn. Ảnh: T.H", "Lê Thị Na"),
    ("Ông Hồ Văn Sơn, Chủ tịch UBND xã Hoài Ân báo cáo với đoàn. Ảnh: T.H", None),  # a host
    ("Các ĐBQH: Rơ Mah Tuấn, Lê Thị Na và Hồ Văn Sơn làm việc với UBND xã Hoài Ân", None),  # no credit: no caption
])
def test_a_captioned_subject_who_visits_leads_when_no_sentence_names_a_head(caption: str, leader: str | None) -> None:
    text = f"{_BODY_LEAD}\n\n{caption}\n\nĐoàn đề nghị xã chi trả đúng hạn cho người cao tuổi."
    assert leader_of(text) == leader


# -- provinces a central team hears; a name glued by a hyphen --------------------------------------------------------


def test_the_provinces_whose_committees_report_to_a_central_team_are_visited() -> None:
    text = ("Ngày 9/5/2019, Đoàn kiểm tra của Bộ Nội vụ do ông Vũ Đăng Minh, Vụ trưởng làm trưởng đoàn đã nghe UBND "
            "các tỉnh Bà Rịa-Vũng Tàu và Bình Thuận báo cáo việc sắp xếp thôn, tổ dân phố.")
    assert places_of(text) == ["tỉnh Bà Rịa-Vũng Tàu", "tỉnh Bình Thuận"]


def test_a_team_that_hears_no_report_from_the_provinces_it_names_visits_none_of_them() -> None:
    text = ("Ngày 9/5/2019, Đoàn kiểm tra của Bộ Nội vụ do ông Vũ Đăng Minh, Vụ trưởng làm trưởng đoàn đã làm việc tại "
            "xã Hòa Thắng. Kinh nghiệm của UBND các tỉnh Bà Rịa-Vũng Tàu và Bình Thuận được nêu để tham khảo.")
    assert places_of(text) == ["xã Hòa Thắng"]


# -- a headline's bare province ---------------------------------------------------------------------------------------


def test_a_headlines_bare_province_is_visited_when_the_text_names_only_its_organs() -> None:
    text = ("Ban Dân nguyện khảo sát tại Cao Bằng\n\nĐoàn đã nghe Thường trực HĐND và Đoàn ĐBQH tỉnh Cao Bằng báo cáo "
            "việc tiếp công dân, giải quyết đơn thư.")
    assert places_of(text) == ["tỉnh Cao Bằng"]


def test_a_headlines_bare_province_is_not_listed_beside_the_commune_visited() -> None:
    text = ("Ban Dân nguyện khảo sát tại Cao Bằng\n\nNgày 5/8/2025, đoàn đã khảo sát việc tiếp công dân tại xã Quảng "
            "Uyên, tỉnh Cao Bằng.")
    assert places_of(text) == ["xã Quảng Uyên"]
