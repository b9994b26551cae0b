"""Classes #12 left open after session 9, fixed in session 10 (open-items): a district named only by the site's
banner or address, a commune's page under a district's portal; a reprimand after spot checks told with no day, ..."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_article, extract_file
from store.extract.place_companies import in_firm_name
from store.extract.place_sites import _from_address, _from_banner
from store.extract.year_lives import life_event_year
from store.reasons import Reason, say
from tests.leads import TODAY

TUNED = Path(__file__).parent / "articles" / "tuned"


def _record(text: str, url: str | None = None) -> dict:
    return extract_article(text, today=TODAY, url=url).record


def _places(record: dict) -> list[tuple]:
    return [(loc["name"], loc["province"]["code"], (loc["ward"] or {}).get("code")) for loc in record["localities"]]


# -- a district named only by the site ---------------------------------------------------------------------------

def test_banner_district_and_province() -> None:
    found = _from_banner(["ỦY BAN NHÂN DÂN HUYỆN HỮU LŨNG", "TỈNH LẠNG SƠN"])
    assert found is not None and (found.written, found.province) == ("huyện Hữu Lũng", "Lạng Sơn")


def test_banner_numbered_district_of_a_city() -> None:
    found = _from_banner(["QUẬN 3 - THÀNH PHỐ HỒ CHÍ MINH"])
    assert found is not None and found.written == "quận 3"


def test_banner_of_a_province_or_two_districts_names_none() -> None:
    assert _from_banner(["ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"]) is None
    assert _from_banner(["HUYỆN HỮU LŨNG - HUYỆN BẮC SƠN"]) is None
    assert _from_banner(["Huyện Hữu Lũng tổ chức hội nghị"]) is None  # a sentence, no banner


def test_address_labels_name_a_district() -> None:
    assert _from_address("https://huulung.gov.vn/a").written == "huyện Hữu Lũng"  # type: ignore[union-attr]
    assert _from_address("https://leloi.ngoquyen.gov.vn/a").written == "quận Ngô Quyền"  # type: ignore[union-attr]
    # a province's own site, a national outlet, and a name two districts of the province share are no district
    assert _from_address("https://hdnd.tayninh.gov.vn/a") is None
    assert _from_address("https://dantri.com.vn/a") is None
    assert _from_address("https://caolanh.dongthap.gov.vn/a") is None


_VISIT = ("Ngày 9/10/2020, Tổ đại biểu HĐND huyện số 3 đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo tại "
          "xã Tân Thành{district}.\nĐoàn đề nghị UBND xã tiếp tục rà soát đối tượng.\n")


def test_site_district_places_a_shared_commune_name() -> None:
    record = _record(_VISIT.format(district=""), url="https://huulung.gov.vn/tin/1.html")
    assert _places(record) == [("xã Tân Thành", 20, 6445)]


def test_without_the_site_a_shared_commune_name_stays_unplaced() -> None:
    assert _places(_record(_VISIT.format(district=""))) == []


def test_a_district_the_text_names_wins_over_the_site() -> None:
    record = _record(_VISIT.format(district=", huyện Bắc Sơn, tỉnh Lạng Sơn"), url="https://huulung.gov.vn/tin/1.html")
    assert [(name, code) for name, code, _ in _places(record)] == [("xã Tân Thành", 20)]
    assert record["localities"][0]["ward"]["code"] != 6445


def test_district_site_ward_known_there_only_before_2025_keeps_the_province() -> None:
    text = ("Ngày 5/4/2017, Đoàn giám sát HĐND phường Lê Lợi đã làm việc với UBND phường về công tác cải cách "
            "hành chính.\n")
    record = _record(text, url="https://leloi.ngoquyen.gov.vn/tin/2.html")
    assert _places(record) == [("phường Lê Lợi", 31, None)]


def test_district_offices_unnamed_give_the_district_only_when_no_ward_is_meant() -> None:
    offices = ("Ngày 20/9/2024, Ủy ban Kiểm tra Huyện ủy đã giám sát chuyên đề đối với Chi bộ Phòng Nội vụ huyện và "
               "Chi bộ Trung tâm Dịch vụ nông nghiệp huyện.\n")
    url = "https://duclinh.binhthuan.dcs.vn/post/1.aspx"
    assert _places(_record(offices, url=url)) == [("huyện Đức Linh", 68, None)]
    ward = ("Sáng 17/4/2024, tại hội trường UBND phường, Huyện ủy đã làm việc với Đảng ủy phường về chương trình "
            "công tác năm của Phòng Nội vụ huyện.\n")
    assert _places(_record(ward, url=url)) == []


# -- a reprimand after spot checks ------------------------------------------------------------------------------

def test_a_reprimand_after_undated_checks_has_its_reason_in_both_languages() -> None:
    said = extract_file(TUNED / "t611_department_head_reprimands_after_rounds_of_checks.txt", today=TODAY).non_visit
    assert isinstance(said, Reason) and said.code == "nonvisit.reprimand" and say(said, "vi") != say(said, "en")


@pytest.mark.parametrize("text", [
    # the check's own day told after the reprimand
    "Chủ tịch UBND huyện Nghĩa Hưng vừa phê bình UBND xã Nghĩa Lâm.\nTheo đó, sáng 14/3/2023, Tổ kiểm tra công vụ "
    "huyện đã kiểm tra đột xuất việc chấp hành giờ giấc làm việc tại UBND xã Nghĩa Lâm.\n",
    # a visit whose head criticises the hosts at the session: the criticism is no letter after checks
    "Sáng 14/3/2023, Đoàn giám sát HĐND huyện Nghĩa Hưng do ông Trần Văn Hòa làm trưởng đoàn đã kiểm tra tại UBND "
    "xã Nghĩa Lâm. Trưởng đoàn đã phê bình việc chậm trả hồ sơ.\n",
])
def test_a_visit_with_a_reprimand_stays_a_visit(text: str) -> None:
    assert extract_article(text, today=TODAY).non_visit is None


# -- staff listed by post -----------------------------------------------------------------------------------------

def _values(text: str) -> list[tuple]:
    return [(f["value"], f["unit"]) for f in _record(text)["figures"]]


_CHECK_AT = "Sáng 21/8/2023, Tổ kiểm tra công vụ huyện Cẩm Xuyên đã kiểm tra đột xuất tại UBND xã Cẩm Quan. "


def test_posts_listed_after_gom_are_no_figures() -> None:
    text = _CHECK_AT + ("Có 4 công chức vắng mặt, gồm 2 công chức địa chính - xây dựng, 1 công chức văn hóa - xã hội "
                        "và 1 công chức tài chính - kế toán.\n")
    assert _values(text) == [(4, "công chức")]


def test_one_post_assigned_is_still_a_figure() -> None:
    text = _CHECK_AT + "Xã đã bố trí 2 công chức tư pháp - hộ tịch làm việc thường xuyên tại bộ phận một cửa.\n"
    assert _values(text) == [(2, "công chức")]


def test_a_count_of_staff_with_no_post_after_a_list_opener_stays() -> None:
    text = _CHECK_AT + "Xã có 12 cán bộ, công chức, trong đó 3 công chức vắng mặt không có lý do.\n"
    assert (3, "công chức") in _values(text)


# -- a firm named after a province --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "firm"), [
    ("xưởng may của Công ty TNHH May mặc Phú Thọ đặt tại xã", True),
    ("do Công ty Cổ phần Chè Thái Nguyên bao tiêu", True),
    ("khai thác của Công ty Than Khánh Hòa.", True),
    # the firm's place, written after a preposition, is the province
    ("Công ty may đóng tại Phú Thọ đã tuyển 300 lao động", False),
    ("Đoàn ĐBQH tỉnh Phú Thọ khảo sát", False),
])
def test_a_province_ending_a_firms_name_is_no_province(text: str, firm: bool) -> None:
    province = next(name for name in ("Phú Thọ", "Thái Nguyên", "Khánh Hòa") if name in text)
    assert in_firm_name(text, text.index(province)) is firm


def test_a_province_the_text_names_beside_a_firm_still_counts() -> None:
    text = ("Sáng 10/5/2024, Ban Văn hóa - Xã hội HĐND tỉnh Ninh Bình khảo sát tại xã Liên Minh. Đoàn thăm xưởng của "
            "Công ty TNHH May mặc Phú Thọ.\n")
    assert _places(_record(text)) == [("xã Liên Minh", 37, 13786)]


# -- a second unit opening its sentence ---------------------------------------------------------------------------

_FIRST = ("Sáng 12/9/2024, Đoàn giám sát HĐND tỉnh Lai Châu do ông Lò Văn Phương làm trưởng đoàn đã giám sát tại UBND "
          "xã Sìn Hồ.\n")


@pytest.mark.parametrize("then", [
    "Xã Nậm Tăm cũng đã bố trí đủ công chức tại bộ phận một cửa.",
    "UBND xã Nậm Tăm cũng đã niêm yết đầy đủ thủ tục hành chính.",
    "Riêng xã Nậm Tăm, đoàn ghi nhận còn 3 hồ sơ trễ hạn.",
    "Còn tại UBND xã Nậm Tăm, đoàn ghi nhận còn 3 hồ sơ trễ hạn.",
    "Đối với xã Nậm Tăm, đoàn đề nghị sớm khắc phục.",
    "Trong khi đó, UBND xã Nậm Tăm chưa niêm yết thủ tục hành chính.",
    "Qua kiểm tra, đoàn ghi nhận UBND xã Nậm Tăm có bố trí phòng tiếp công dân.",
])
def test_the_next_commune_opening_its_sentence_is_visited(then: str) -> None:
    assert [name for name, _, _ in _places(_record(_FIRST + then + "\n"))] == ["xã Sìn Hồ", "xã Nậm Tăm"]


@pytest.mark.parametrize("then", [
    "Xã Nậm Tăm cũng là địa phương có nhiều đồng bào dân tộc thiểu số.",  # a description, no stop
    "Năm 2025, xã Nậm Tăm cũng đã được sáp nhập.",  # not at the opening
])
def test_a_commune_described_after_the_visit_is_no_stop(then: str) -> None:
    assert [name for name, _, _ in _places(_record(_FIRST + then + "\n"))] == ["xã Sìn Hồ"]



# -- a year of a person's life ------------------------------------------------------------------------------------

_GIFT_CHECK = ("Sáng 25/7, đoàn công tác của HĐND tỉnh Quảng Trị do ông Nguyễn Đăng Quang làm trưởng đoàn đã kiểm tra "
               "việc thực hiện chính sách người có công tại xã Gio Mỹ.\n{then}\n")


@pytest.mark.parametrize("then", [
    "Đoàn thắp hương tại nhà thờ liệt sĩ Phan Văn Tài, hy sinh năm 1972.",
    "Đoàn thăm ông Hồ Văn Tư, thương binh, nhập ngũ tháng 4 năm 1970.",
    "Bà Lê Thị Gái sinh năm 1950, có chồng và hai con là liệt sĩ.",
])
def test_a_year_of_a_life_dates_no_visit(then: str) -> None:
    record = extract_article(_GIFT_CHECK.format(then=then), today=date(2025, 5, 1)).record
    assert record["date"] == "2024-07-25"


@pytest.mark.parametrize(("text", "life"), [
    ("liệt sĩ hy sinh năm 1972", True),
    ("ông sinh năm 1945", True),
    ("được phong tặng danh hiệu Anh hùng lực lượng vũ trang năm 1978", True),
    ("hồ sơ phát sinh năm 2024", False),  # what arose in a year is a period of figures
    ("học sinh năm 2024", False),
    ("thu ngân sách năm 2024", False),
])
def test_which_years_date_a_life(text: str, life: bool) -> None:
    assert life_event_year(text, text.index("năm")) is life


# -- a commune's People's Inspection Board ------------------------------------------------------------------------

def test_a_peoples_inspection_board_overseeing_its_commune_is_a_visit() -> None:
    text = ("Từ ngày 8 đến ngày 10/4/2021, Ban Thanh tra nhân dân xã Phước Vinh, huyện Châu Thành tổ chức giám sát "
            "việc chi trả trợ cấp xã hội cho người cao tuổi tại các ấp.\n")
    assert extract_article(text, today=TODAY).non_visit is None


# -- a page's date line with its counts ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Thứ sáu - 07/04/2023 10:21 125 0", "Thứ Năm, 06/04/2023 08:15",
                                  "07/04/2023 10:21 88"])
def test_a_date_line_with_a_weekday_dash_and_counts_dates_the_page(line: str) -> None:
    text = (f"Thường trực HĐND xã giám sát công tác cấp trợ cấp\n\n{line}\n\nChiều ngày 5/4, Thường trực HĐND xã Tân "
            "Bình, thành phố Tây Ninh tổ chức giám sát đối với UBND xã về công tác cấp trợ cấp năm 2023.\n")
    assert extract_article(text, today=TODAY).record["date"] == "2023-04-05"


def test_staff_on_duty_beside_an_office_holder_are_no_figure() -> None:
    text = _CHECK_AT + "Vào lúc 16h30, bộ phận một cửa của xã vẫn có đủ 3 công chức và 1 Phó Chủ tịch trực.\n"
    assert _values(text) == []
