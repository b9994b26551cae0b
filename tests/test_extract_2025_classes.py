"""Classes of phrasing that real reports written after 1 July 2025 (new communes and wards, 34 provinces, the
two-level government) missed (session 8): titles with a department named with a comma or with the 2025 party
committee of a province's party agencies, a dotted city between two officials who go together, places named only
under a photo, two provinces' standing committees visited, and a centre's own set-up counted as results."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_numbers import numbers_in
from store.extract.office_names import body_words_at, office_tail, undot_abbreviations
from tests.leads import TODAY, places_coded
from tests.leads import lead_draft as _draft


def _leader(lead: str) -> str | None:
    return (_draft(lead).record.get("leader") or {}).get("name")


# -- leaders ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lead", "name"), [
    ("Chiều 16/7/2025, ông Trần Quốc Bảo, Phó Chủ tịch UBND TP.HCM, cùng bà Lê Thị Hồng, Giám đốc Sở Nội vụ "
     "TP.HCM, đi kiểm tra tại phường Thủ Dầu Một.", "Trần Quốc Bảo"),
    ("Sáng 2/8/2025, bà Phạm Thị Lan, Phó Chủ tịch UBND TP. Hồ Chí Minh, cùng ông Võ Văn Nam, Phó Giám đốc Sở "
     "Xây dựng, đã khảo sát tại phường Bình Dương.", "Phạm Thị Lan"),
])
def test_the_one_named_first_leads_whoever_goes_with_them(lead: str, name: str) -> None:
    assert _leader(lead) == name


@pytest.mark.parametrize(("lead", "name"), [
    ("Chiều 6/3/2026, đồng chí Nguyễn Văn Tùng - Tỉnh ủy viên, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng "
     "Đoàn công tác số 7 của Ủy ban Bầu cử tỉnh Phú Thọ đã kiểm tra công tác bầu cử tại xã Cẩm Khê.",
     "Nguyễn Văn Tùng"),
    ("Ngày 8/10/2025, Ban Dân tộc HĐND tỉnh Phú Thọ giám sát tại xã Yên Sơn. Dự và chỉ đạo buổi giám sát có đồng chí "
     "Hà Văn Quân, Phó Chủ tịch HĐND tỉnh. Đồng chí Lò Thị Hoa, Tỉnh ủy viên, Phó Bí thư Đảng ủy các cơ quan Đảng "
     "tỉnh, Trưởng Ban Dân tộc HĐND tỉnh chủ trì buổi giám sát.", "Lò Thị Hoa"),
])
def test_titles_with_office_names_written_with_commas_or_lower_case(lead: str, name: str) -> None:
    assert _leader(lead) == name


def test_the_whole_office_name_is_the_title() -> None:
    lead = ("Chiều 6/3/2026, đồng chí Nguyễn Văn Tùng - Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng Đoàn công "
            "tác số 7 của Ủy ban Bầu cử tỉnh Phú Thọ đã kiểm tra tại xã Cẩm Khê.")
    title = _draft(lead).record["leader"]["title"]
    assert title == "Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng Đoàn công tác"


def test_office_tail_only_after_its_own_head() -> None:
    assert office_tail("Giám đốc Sở Văn hóa", ", Thể thao và Du lịch, Trưởng đoàn") == len(", Thể thao và Du lịch")
    assert office_tail("Giám đốc Sở Y tế", ", Thể thao và Du lịch") == 0
    assert body_words_at("Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh".split(), 5) == 3
    assert body_words_at("Bí thư Đảng ủy xã các thôn".split(), 5) == 0
    assert undot_abbreviations("UBND TP.HCM, đi") == "UBND TP·HCM, đi"
    assert undot_abbreviations("UBND TP. Hồ Chí Minh,") == "UBND TP· Hồ Chí Minh,"
    assert undot_abbreviations("tại TP. Sau đó") == "tại TP. Sau đó"  # a space, then no city: may end a sentence


@pytest.mark.parametrize(("lead", "name"), [
    ("Cùng tham dự có Phó Chủ tịch UBND tỉnh Quảng Trị Hoàng Văn Bắc. Chủ tịch UBND tỉnh Quảng Trị Lê Hồng Quân đã "
     "kiểm tra việc tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công phường Đồng Hới.", "Lê Hồng Quân"),
    ("Chiều 9/3/2026, đoàn công tác của Ủy ban Bầu cử tỉnh Quảng Trị đã kiểm tra tại phường Đồng Thuận. Trên cơ sở đó, "
     "Phó Chủ tịch UBND tỉnh Hồ Thị Nguyệt đã trao đổi, lưu ý các địa phương rà soát danh sách cử tri.",
     "Hồ Thị Nguyệt"),
])
def test_the_visiting_official_named_after_the_lead(lead: str, name: str) -> None:
    assert _leader(lead) == name


def test_a_wards_own_chairman_named_later_is_no_visitor() -> None:
    lead = ("Chiều 9/3/2026, đoàn công tác của Ủy ban Bầu cử tỉnh Quảng Trị đã kiểm tra tại phường Đồng Thuận. "
            "Chủ tịch UBND phường Đồng Thuận Lê Văn Hải đã kiểm tra lại danh sách cử tri.")
    assert _leader(lead) is None


# -- localities ------------------------------------------------------------------------------------------------


def _places(lead: str) -> list[tuple[int, int | None, str]]:
    return places_coded(_draft(lead).record)


@pytest.mark.parametrize(("lead", "names"), [
    ("Ngày 14/1/2026, Đoàn kiểm tra số 4 của Ban Bí thư do ông Lê Hoài Nam làm trưởng đoàn đã làm việc với Ban "
     "Thường vụ Tỉnh ủy Lạng Sơn và Ban Thường vụ Tỉnh ủy Cao Bằng.", ["tỉnh Lạng Sơn", "tỉnh Cao Bằng"]),
    ("Sáng 22/10/2025, đoàn công tác do bà Trần Thị Vân dẫn đầu đã làm việc với Thường trực Tỉnh ủy Gia Lai, Thường "
     "trực Tỉnh ủy Đắk Lắk và Thường trực Tỉnh ủy Lâm Đồng.", ["tỉnh Gia Lai", "tỉnh Đắk Lắk", "tỉnh Lâm Đồng"]),
    ("Ngày 3/3/2026, Đoàn kiểm tra đã làm việc với Ban Thường vụ Thành ủy Hải Phòng và Ban Thường vụ Tỉnh ủy Hưng "
     "Yên.", ["thành phố Hải Phòng", "tỉnh Hưng Yên"]),
])
def test_every_province_whose_committee_hosts_is_visited(lead: str, names: list[str]) -> None:
    assert [name for _code, _ward, name in _places(lead)] == names


@pytest.mark.parametrize("lead", [
    "Ngày 7/10/2025, Đoàn giám sát HĐND tỉnh Gia Lai đã có buổi làm việc về hoạt động của Trung tâm Phục vụ hành chính "
    "công phường Quy Nhơn Bắc và Quy Nhơn Nam.",
    "Ngày 7/10/2025, Đoàn giám sát HĐND tỉnh Gia Lai đã giám sát đối với hoạt động của Bộ phận Một cửa phường Quy Nhơn "
    "Bắc và phường Quy Nhơn Nam.",
])
def test_the_wards_whose_centres_the_team_works_on(lead: str) -> None:
    assert [name for _code, _ward, name in _places(lead)] == ["phường Quy Nhơn Bắc", "phường Quy Nhơn Nam"]


def test_a_committee_that_visits_is_still_no_host() -> None:
    lead = ("Sáng 3/4/2025, Ban Thường vụ Tỉnh ủy Cao Bằng làm việc với Đảng ủy xã Quảng Uyên và Đảng ủy xã Hòa An.")
    assert "tỉnh Cao Bằng" not in [name for _code, _ward, name in _places(lead)]


def test_places_listed_under_a_photo_are_visited() -> None:
    text = ("Kiểm tra bầu cử\n\nNgày 11/3/2026, đoàn công tác của Ủy ban Bầu cử tỉnh Sơn La do bà Cầm Thị Phương làm "
            "trưởng đoàn đã kiểm tra công tác chuẩn bị bầu cử tại một số xã.\n\nĐoàn kiểm tra tại các xã Quỳnh Nhai, "
            "Mường Giôn\n\nCác xã đã niêm yết danh sách cử tri.")
    record = extract_article(text, today=TODAY).record
    assert [loc["name"] for loc in record["localities"]] == ["xã Quỳnh Nhai", "xã Mường Giôn"]


def test_a_photo_of_a_place_not_visited_adds_none() -> None:
    text = ("Kiểm tra bầu cử\n\nNgày 11/3/2026, đoàn công tác của Ủy ban Bầu cử tỉnh Sơn La do bà Cầm Thị Phương làm "
            "trưởng đoàn đã kiểm tra công tác chuẩn bị bầu cử tại xã Quỳnh Nhai.\n\nQuang cảnh các xã Mường Giôn, "
            "Mường Chiên\n\nXã đã niêm yết danh sách cử tri.")
    record = extract_article(text, today=TODAY).record
    assert [loc["name"] for loc in record["localities"]] == ["xã Quỳnh Nhai"]


# -- figures ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "values"), [
    ("Hai xã có tỷ lệ đồng bào dân tộc thiểu số trên 92%, tỷ lệ hộ có nước sạch đạt 95%.", [95]),
    ("Người dân tộc Khmer chiếm 35% dân số; tỷ lệ hồ sơ đúng hạn đạt 98%.", [98]),
    ("Tỷ lệ hộ dân tộc thiểu số thoát nghèo đạt 60%.", [60]),
    ("Tỷ lệ hộ nghèo giảm từ 3-4%/năm; 100% hộ dân có điện.", [100]),
    ("Tỷ lệ giải quyết đúng hạn đạt 95 – 98% mỗi tháng, riêng tháng 9 đạt 99%.", [99]),
])
def test_make_up_and_ranges_of_shares_are_no_figures(text: str, values: list[float]) -> None:
    assert [value for value, *_ in numbers_in(text)] == values


# -- non-visits ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lead", [
    "Chiều 5/9/2025, Đảng ủy, HĐND, UBND xã Ea Kar đã tổ chức buổi làm việc với trưởng các thôn, buôn trên địa bàn.",
    "Sáng 20/8/2025, Thường trực Đảng ủy, HĐND, UBND phường Tân Hưng tổ chức hội nghị với các trường học trên địa "
    "bàn phường về năm học mới.",
])
def test_a_units_own_organs_meeting_its_own_institutions_is_no_visit(lead: str) -> None:
    assert _draft(lead).non_visit is not None


@pytest.mark.parametrize("lead", [
    # the organs meet a team from the province: that team's visit
    "Sáng 20/8/2025, Đảng ủy, HĐND, UBND xã Ea Kar đã có buổi làm việc với Đoàn giám sát của HĐND tỉnh Đắk Lắk về "
    "công tác giảm nghèo trên địa bàn xã.",
    # one official checking a desk of the unit's own stays a visit, as the project has it
    "Chủ tịch UBND xã Mường Chà Lò Văn Páo đã đến kiểm tra hoạt động của Trung tâm Phục vụ hành chính công xã.",
])
def test_a_team_from_above_or_one_official_checking_is_still_a_visit(lead: str) -> None:
    assert _draft(lead).non_visit is None
