"""Leaders, localities and the visit-or-not flag on phrasings real reports use and earlier rounds left open.

Each test is one class of phrasing seen in real reports kept outside the project (session 11), written here in our
own words with invented people; real unit names, so the gazetteer can place them.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.leader_long_titles import glued_title_word, keep_long_offices, long_office_word, restore_long_offices
from store.extract.person_titles import title_before as _title_before
from store.extract.place_moved_wards import moved_from_district
from store.gazetteer import gazetteer
from tests.leads import TODAY, lead_draft, places_coded


def leader_of(lead: str) -> str | None:
    draft = lead_draft(lead)
    assert draft.non_visit is None, draft.non_visit
    leader = draft.record.get("leader")
    return leader["name"] if leader else None


@pytest.mark.parametrize("lead, name", [
    ("Ngày 5/5/2024, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Hoàng Hiệp đã đến kiểm tra công tác "
     "trữ nước tại xã Long Điền Đông, huyện Đông Hải, tỉnh Bạc Liêu.", "Nguyễn Hoàng Hiệp"),
    ("Ngày 5/5/2024, đoàn công tác do Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn Thanh dẫn đầu đã làm "
     "việc tại xã Phong Thủy, huyện Lệ Thủy, tỉnh Quảng Bình.", "Lê Văn Thanh"),
    ("Ngày 5/5/2024, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Trịnh Thị Thủy đã kiểm tra di tích tại xã Phong "
     "Thủy, huyện Lệ Thủy, tỉnh Quảng Bình.", "Trịnh Thị Thủy"),
    ("Ngày 5/5/2024, ông Nguyễn Văn Khoa, Thứ trưởng Bộ Giáo dục và Đào tạo đã kiểm tra công tác thi tại xã Phong "
     "Thủy, huyện Lệ Thủy, tỉnh Quảng Bình.", "Nguyễn Văn Khoa"),
    ("Ngày 14/9/2024, Phó Chủ tịch Thường trực HĐND tỉnh, Trưởng Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh "
     "Lê Văn Hưng đã kiểm tra tại xã Triệu Thành, huyện Triệu Phong, tỉnh Quảng Trị.", "Lê Văn Hưng"),
    ("Ngày 5/5/2024, đồng chí Võ Trọng Hải, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống thiên tai và tìm "
     "kiếm cứu nạn tỉnh đã kiểm tra đê biển tại xã Cồn Thoi, huyện Kim Sơn, tỉnh Ninh Bình.", "Võ Trọng Hải"),
])
def test_a_long_office_name_leaves_its_holder_the_leader(lead: str, name: str) -> None:
    """A ministry's name with lower-case words, "và", a comma or a dash, and a steering committee named by its task,
    before or after the name: the holder is still read as a person who leads the visit."""
    assert leader_of(lead) == name


def test_the_title_before_a_name_reads_a_ministry_whole() -> None:
    assert _title_before("Sáng 12/3, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch ") == \
        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"
    assert _title_before("Sáng 12/3, Trưởng Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia tỉnh ") == \
        "Trưởng Ban Chỉ đạo thực hiện các chương trình mục tiêu quốc gia tỉnh"


def test_a_steering_task_ends_at_its_unit_and_at_a_verb() -> None:
    words = "Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh gặp gỡ".split()
    assert long_office_word(words, 4, 0)  # "phòng": the task
    assert not long_office_word(words, 9, 0)  # "gặp": after the province, the clause's own words
    words = "Trưởng Ban Chỉ đạo đã gặp".split()
    assert not long_office_word(words, 4, 0)


def test_inner_commas_are_kept_and_put_back() -> None:
    text = "Bộ Văn hóa, Thể thao và Du lịch; Ban Chỉ đạo phòng, chống dịch"
    kept = keep_long_offices(text, "và")
    assert "," not in kept and len(kept) == len(text)
    assert restore_long_offices(kept) == text


def test_another_office_joined_by_and_is_not_one_ministry() -> None:
    """"Sở Y tế và Phó Giám đốc ...": the "và" joins a second office, it belongs to no ministry's name."""
    assert keep_long_offices("Giám đốc Sở Nội vụ và Phó Giám đốc Sở Y tế", "V") == \
        "Giám đốc Sở Nội vụ và Phó Giám đốc Sở Y tế"


def excerpt_leader(text: str) -> tuple[str | None, object]:
    draft = extract_article(text, today=TODAY)
    leader = draft.record.get("leader")
    return (leader["name"] if leader else None), draft.non_visit


@pytest.mark.parametrize("closing", [
    "Sau khi khảo sát, đồng chí Đỗ Văn Chiến yêu cầu",
    "Kết thúc chuyến khảo sát, đồng chí Đỗ Văn Chiến đề nghị",
    "Sau khi nghe báo cáo và ý kiến các thành viên, ông Đỗ Văn Chiến ghi nhận kết quả, đề nghị",
])
def test_the_head_named_only_as_the_check_closes(closing: str) -> None:
    """No phrasing names a head; the one who sums up as the check closes leads, not the host listed before."""
    text = ("Cùng đi có lãnh đạo Sở Giao thông vận tải tỉnh Quảng Trị.\nVề phía huyện có ông Lê Quang Minh, Chủ tịch "
            "UBND huyện Triệu Phong.\nĐoàn đã khảo sát tuyến đường đoạn qua xã Triệu Thành, huyện Triệu Phong.\n"
            f"{closing} chủ đầu tư sớm khắc phục các đoạn sạt lở.")
    assert excerpt_leader(text) == ("Đỗ Văn Chiến", None)


def test_the_host_who_sums_up_is_no_head() -> None:
    """The chairman the hosts' side lists, or a commune's own officer, is never taken for the head."""
    text = ("Về phía huyện có ông Lê Quang Minh, Chủ tịch UBND huyện Triệu Phong.\nĐoàn đã khảo sát tuyến đường tại xã "
            "Triệu Thành, huyện Triệu Phong.\nSau khi khảo sát, ông Lê Quang Minh đề nghị tỉnh hỗ trợ kinh phí.")
    assert excerpt_leader(text)[0] is None
    text = ("Ngày 3/5/2024, đoàn giám sát làm việc tại xã Triệu Thành, huyện Triệu Phong, tỉnh Quảng Trị.\n"
            "Sau khi nghe báo cáo, ông Lê Quang Minh, Chủ tịch UBND xã Triệu Thành đề nghị đoàn kiến nghị tỉnh hỗ trợ.")
    assert excerpt_leader(text)[0] is None


@pytest.mark.parametrize("opening", ["Đánh giá chung kết quả giám sát", "Nhận xét kết quả giám sát",
                                     "Kết luận buổi giám sát"])
def test_an_excerpt_opening_on_the_committee_heads_summing_up(opening: str) -> None:
    """A caption run into the sentence, then the committee's head sums up the oversight: a visit, and its head."""
    text = ("Theo báo cáo, năm 2023 UBND xã Tân Thành đã chi trả đầy đủ chế độ cho người có công.\nToàn cảnh buổi làm "
            f"việc\n{opening}, bà Nguyễn Thị Kim Loan - Trưởng ban Kinh tế - Xã hội cơ bản thống nhất với báo cáo của "
            "UBND xã.")
    assert excerpt_leader(text) == ("Nguyễn Thị Kim Loan", None)


_INSIDE_THE_COMMUNE = ("Qua giám sát cho thấy, năm 2022 UBND xã đã bố trí phòng tiếp công dân riêng.\n"
                       "Phát biểu kết luận, ông Trương Quốc Việt - Trưởng ban Pháp chế HĐND xã đề nghị UBND xã trả lời "
                       "công dân đúng hạn.\n")


@pytest.mark.parametrize("byline", ["Hoài Thương (xã Phong Thủy)", "Hoài Thương - xã Phong Thủy"])
def test_the_commune_named_only_in_the_byline(byline: str) -> None:
    """The text says only "UBND xã"; the correspondent signs with the commune; the site gives the province."""
    draft = extract_article(_INSIDE_THE_COMMUNE + byline, today=TODAY,
                            url="https://hdnd.quangbinh.gov.vn/tin-hoat-dong/giam-sat.html")
    assert draft.non_visit is None
    assert places_coded(draft.record) == [(44, 19249, "xã Phong Thủy")]


def test_a_byline_commune_outside_the_sites_province_is_no_guess() -> None:
    """Phong Thủy is no commune of Hà Tĩnh: with that site the byline places nothing."""
    draft = extract_article(_INSIDE_THE_COMMUNE + "Hoài Thương - xã Phong Thủy", today=TODAY,
                            url="https://hdnd.hatinh.gov.vn/tin-hoat-dong/giam-sat.html")
    assert draft.record["localities"] == []


def test_a_byline_of_another_level_than_the_text_refers_to_places_nothing() -> None:
    text = _INSIDE_THE_COMMUNE.replace("xã", "huyện") + "Hoài Thương - xã Phong Thủy"
    draft = extract_article(text, today=TODAY, url="https://hdnd.quangbinh.gov.vn/tin-hoat-dong/giam-sat.html")
    assert all(loc["level"] != "xã" for loc in draft.record["localities"])


def test_a_districts_own_team_on_its_site_places_the_district() -> None:
    """"Tổ kiểm tra công vụ huyện" at offices it never names, on the district's own site: the district."""
    text = ("Qua kiểm tra, các đơn vị được kiểm tra đều chấp hành nghiêm giờ làm việc.\nTổ kiểm tra công vụ huyện đề "
            "nghị lãnh đạo các đơn vị được kiểm tra chấn chỉnh những hạn chế.")
    draft = extract_article(text, today=TODAY, url="https://namsach.haiduong.gov.vn/cai-cach-hanh-chinh/kiem-tra.html")
    assert draft.non_visit is None
    assert places_coded(draft.record) == [(31, None, "huyện Nam Sách")]
    # a commune's team, or a district's team at a commune it calls "xã": not the district's own round
    draft = extract_article(text.replace("các đơn vị được kiểm tra đều", "UBND xã"), today=TODAY,
                            url="https://namsach.haiduong.gov.vn/cai-cach-hanh-chinh/kiem-tra.html")
    assert draft.record["localities"] == []


def test_a_commune_written_with_the_district_it_left() -> None:
    """"xã Chà Cang, huyện Mường Nhé": no commune of Mường Nhé by 2025, the one Chà Cang of Điện Biên is meant."""
    draft = lead_draft("Ngày 21/6/2023, Đoàn giám sát HĐND tỉnh Điện Biên làm việc tại xã Chà Cang, huyện Mường Nhé.")
    assert places_coded(draft.record) == [(11, 3166, "xã Chà Cang")]


def test_a_name_two_communes_of_the_old_province_shared_is_no_guess() -> None:
    """"xã Quang Trung, huyện Vũ Thư": Thái Bình had two communes of that name, neither in Vũ Thư — no guess here."""
    district = gazetteer().resolve("huyện Vũ Thư", "huyện", "Thái Bình")
    assert district is not None
    assert moved_from_district("Quang Trung", "xã", district) is None
    chiem_hoa = gazetteer().resolve("huyện Chiêm Hóa", "huyện", "Tuyên Quang")
    assert chiem_hoa is not None
    found = moved_from_district("Thổ Bình", "xã", chiem_hoa)
    assert found is not None and found.ward is not None and found.ward.code == 2296


@pytest.mark.parametrize("committee", ["Kinh tế-Ngân sách", "Văn hóa-Xã hội", "Kinh tế - Ngân sách"])
def test_a_committees_fields_glued_by_a_hyphen_stay_in_the_title(committee: str) -> None:
    """"Phó Trưởng Ban Văn hóa-Xã hội HĐND tỉnh làm Trưởng đoàn": the title read whole, so the head is seen as one."""
    lead = (f"Ngày 9/8/2022, đoàn do ông Bùi Chí Tình, Phó Trưởng Ban {committee} HĐND tỉnh làm Trưởng đoàn đã khảo "
            "sát tại xã Trường Xuân, huyện Tháp Mười, tỉnh Đồng Tháp. Đoàn do ông Lâm Văn Hòa, Phó Trưởng Ban Văn "
            "Hóa - Xã hội HĐND tỉnh làm Trưởng đoàn đã khảo sát tại xã Đốc Binh Kiều.")
    assert leader_of(lead) == "Bùi Chí Tình"
    assert glued_title_word("hóa-Xã", {"hoa"}) and not glued_title_word("nhà-ở", {"hoa"})


def test_a_plan_and_its_team_then_the_members_sent_to_the_sites_is_a_visit() -> None:
    """The plan drawn up and the team set up are the background once the team sends its members to the sites."""
    text = ("Ban Thường trực Ủy ban MTTQ huyện Cái Nước xây dựng kế hoạch và thành lập Đoàn giám sát việc chi hỗ trợ "
            "trên địa bàn huyện.\nĐoàn giám sát phân công thành viên xuống trực tiếp các điểm chi trả tại các xã.")
    assert extract_article(text, today=TODAY).non_visit is None
    plan_only = text.split("\n")[0]
    assert extract_article(plan_only, today=TODAY).non_visit is not None
