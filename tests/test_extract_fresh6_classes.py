"""The classes the untouched real set of session 10 (fresh6) showed: timetables and trainings read as visits, a
spot-check round listed unit by unit and a ward Front's own survey read as none, leaders introduced in other ways,
places, figures and dates. Each test states a phrasing in the project's own words."""

from __future__ import annotations

import pytest

from store.earlier_wards import EarlierWard
from store.extract import extract_article
from store.extract.place_seats import seat_successor
from store.extract.year_urls import url_month
from store.reasons import Reason
from tests.leads import TODAY, places_coded
from tests.leads import lead_draft as _draft


@pytest.mark.parametrize("lead", [
    "Theo kế hoạch, từ ngày 4/3 đến ngày 8/3, đoàn kiểm tra của tỉnh làm việc tại 4 đơn vị gồm UBND xã Di Linh, "
    "Sở Y tế, Sở Tư pháp và Sở Xây dựng về việc số hóa hồ sơ. Ngày 18 - 22/3, đoàn kiểm tra tại 3 cơ quan, gồm Sở "
    "Tài chính, UBND xã Đạ Huoai và Văn phòng đăng ký đất đai tỉnh.",
    "Theo kế hoạch, ngày 9 - 13/6, đoàn kiểm tra tại 5 đơn vị thuộc tỉnh về việc giải quyết thủ tục hành chính.",
])
def test_an_inspection_timetable_is_a_plan(lead: str) -> None:
    draft = _draft(lead, "Lãnh đạo tỉnh kiểm tra thủ tục hành chính ở nhiều nơi")
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.plan"


def test_a_timetable_recalled_by_a_visit_made_is_a_visit() -> None:
    draft = _draft("Theo kế hoạch, từ ngày 4/3 đến ngày 8/3/2025, đoàn kiểm tra làm việc tại 4 đơn vị. Qua kiểm tra, "
                   "đoàn ghi nhận UBND xã Di Linh niêm yết đủ thủ tục.")
    assert draft.non_visit is None


def test_a_training_conference_on_oversight_announcing_a_round_is_no_visit() -> None:
    draft = _draft("Sáng 3/10, Ủy ban MTTQ huyện tổ chức hội nghị hướng dẫn giám sát việc hỗ trợ người dân sau bão. "
                   "Ủy ban MTTQ huyện sẽ tổ chức đoàn kiểm tra tại các xã (dự kiến từ ngày 20 đến 24/10).")
    assert draft.non_visit is not None


def test_a_spot_check_round_listed_unit_by_unit_is_one_visit_at_its_communes() -> None:
    draft = _draft("Cụ thể, Tổ kiểm tra công vụ của UBND tỉnh đã kiểm tra: Sở Xây dựng; Phòng Kinh tế huyện cũ; "
                   "UBND xã Bảo Hà; Bộ phận Một cửa xã Mường Bo; UBND phường Cam Đường. Qua kiểm tra, một số công "
                   "chức đi muộn.", "Tổ kiểm tra công vụ tỉnh Lào Cai kiểm tra 5 đơn vị")
    assert draft.non_visit is None
    assert {ward for _, ward, _ in places_coded(draft.record)} == {2989, 3043, 2674}


def test_a_round_up_of_checks_counted_stays_a_round_up() -> None:
    draft = _draft("Năm 2024, Tổ kiểm tra công vụ của tỉnh đã kiểm tra 42 đơn vị, phát hiện nhiều sai sót. Thời "
                   "gian qua, các sở đã chấn chỉnh.", "Tổ kiểm tra công vụ kiểm tra 42 đơn vị")
    assert draft.non_visit is not None


def test_a_team_organised_over_the_days_that_close_the_sentence_is_at_work() -> None:
    draft = _draft("Ủy ban MTTQ Việt Nam phường Phú Xuân tổ chức đoàn khảo sát tại 7/7 tổ dân phố trên địa bàn "
                   "phường từ ngày 6/10/2025 đến ngày 10/10/2025.", "Khảo sát đời sống người dân")
    assert draft.non_visit is None


def test_the_days_that_close_a_teams_sentence_give_its_first_day() -> None:
    draft = _draft("Ủy ban MTTQ Việt Nam phường Phú Xuân tổ chức đoàn khảo sát tại 7/7 tổ dân phố trên địa bàn phường "
                   "từ ngày 6/10/2025 đến ngày 10/10/2025.", "Khảo sát đời sống người dân")
    assert draft.record["date"] == "2025-10-06"


def test_a_period_overseen_at_the_end_of_the_sentence_is_no_visit_day() -> None:
    draft = _draft("Đoàn giám sát HĐND phường Phú Xuân giám sát việc giải quyết hồ sơ đất đai của UBND phường từ ngày "
                   "1/7/2025 đến ngày 30/9/2025.", "Giám sát giải quyết hồ sơ")
    assert draft.record.get("date") != "2025-07-01"


def _leader(lead: str, title: str = "Tin hoạt động") -> str | None:
    return (_draft(lead, title).record.get("leader") or {}).get("name")


def test_a_session_chaired_by_the_visitor_named_with_an_honorific_and_a_host() -> None:
    assert _leader("Chiều 4/11/2025, dưới sự chủ trì của bà Lò Thị Mai – Phó Trưởng Ban Dân tộc HĐND tỉnh và ông Sùng "
                   "A Páo – Chủ tịch UBND xã Mường Bo, Đoàn giám sát đã làm việc với xã Mường Bo.") == "Lò Thị Mai"


def test_a_team_that_has_its_head_whose_title_follows_without_a_comma() -> None:
    assert _leader("Ngày 3/10/2025, Đoàn giám sát HĐND xã Di Linh giám sát tại Trạm Y tế xã. Đoàn có ông "
                   "Nguyễn Văn Toàn Phó Chủ tịch HĐND xã làm trưởng đoàn.") == "Nguyễn Văn Toàn"


def test_who_speaks_at_the_session_with_the_province_leads_when_no_head_is_named() -> None:
    lead = ("Tham gia đoàn kiểm tra có đại diện các bộ, ngành. Phát biểu tại buổi làm việc với UBND tỉnh Lào Cai, "
            "Thứ trưởng Bộ Nội vụ Vũ Đăng Minh nhấn mạnh, tỉnh cần đẩy mạnh số hóa hồ sơ.")
    assert _leader(lead, "Thứ trưởng Vũ Đăng Minh phát biểu tại buổi làm việc với lãnh đạo tỉnh") == "Vũ Đăng Minh"


def test_the_units_own_official_speaking_at_the_session_hosts_it() -> None:
    lead = ("Tham gia đoàn kiểm tra có đại diện các bộ, ngành. Phát biểu tại buổi làm việc với UBND tỉnh Lào Cai, "
            "Phó Chủ tịch UBND tỉnh Lào Cai Hoàng Quốc Bảo khẳng định, tỉnh sẽ khắc phục ngay các tồn tại.")
    assert _leader(lead, "Kiểm tra cải cách hành chính tại Lào Cai") != "Hoàng Quốc Bảo"


def _values(lead: str) -> list[float | int]:
    return [f["value"] for f in _draft(lead).record["figures"]]


def test_a_population_is_context_not_a_figure() -> None:
    values = _values("Sáng 9/10/2025, Đoàn giám sát HĐND tỉnh làm việc tại phường Kỳ Lừa, phường có dân số đông với "
                     "hơn 64.000 người. Phường đã tiếp nhận 3.120 hồ sơ.")
    assert 64000 not in values and 3120 in values


def test_a_threshold_that_describes_a_finding_counts_nothing() -> None:
    values = _values("Sáng 9/10/2025, Tổ kiểm tra công vụ kiểm tra tại UBND xã Văn Lãng. Các phòng có từ 3 cán bộ "
                     "chưa có biển tên; 5 cán bộ đi muộn.")
    assert 3 not in values and 5 in values


def test_a_change_from_one_count_to_another_is_not_a_threshold() -> None:
    values = _values("Sáng 9/10/2025, Đoàn giám sát làm việc tại xã Văn Lãng. Số quầy có từ 2 quầy tăng lên 4 quầy.")
    assert 2 in values or 4 in values


def test_the_communes_whose_sites_were_checked_are_all_visited() -> None:
    draft = _draft("Ngày 5/11/2025, Đoàn giám sát HĐND tỉnh Lạng Sơn đã khảo sát thực tế 4 cơ sở gồm: 2 nhà văn hóa "
                   "và 2 trạm y tế của các xã Thụy Hùng, Hội Hoan.")
    assert {ward for _, ward, _ in places_coded(draft.record)} == {6148, 6151}


def test_a_commune_made_a_town_before_2025_written_as_a_commune_is_resolved() -> None:
    draft = _draft("Ngày 10/9/2018, Đoàn giám sát HĐND huyện Tân Lạc, tỉnh Hòa Bình giám sát tại xã Mãn Đức.")
    assert [(province, ward) for province, ward, _ in places_coded(draft.record)] == [(25, 5128)]


def test_a_bare_name_of_a_list_keeps_the_lists_level() -> None:
    draft = _draft("Ngày 4/4/2024, Đoàn khảo sát HĐND tỉnh Bắc Giang khảo sát tại 2 xã, thị trấn gồm: Thắng, Hoàng Vân "
                   "(huyện Hiệp Hòa).")
    assert "thị trấn Thắng" in [name for _, _, name in places_coded(draft.record)]


def test_a_district_seat_merged_before_2025_is_todays_unit_named_after_the_district() -> None:
    draft = _draft("Sáng 20/5/2021, Phó Chủ tịch UBND tỉnh Nghệ An Hoàng Nghĩa Hiếu đã kiểm tra công tác bầu cử tại "
                   "thị trấn Yên Thành, huyện Yên Thành.")
    assert [(province, ward) for province, ward, _ in places_coded(draft.record)] == [(40, 17506)]


def test_a_town_not_named_as_its_district_stays_in_its_province() -> None:
    assert seat_successor(EarlierWard("Thị trấn Bo", "thị trấn", "Bo", "Huyện Kim Bôi", "Hòa Bình")) is None


@pytest.mark.parametrize(("url", "month"), [
    ("http://baohagiang.example.vn/thoi-su/202102/tin-bai-772709/", (2021, 2)),
    ("https://example.vn/2019/11/giam-sat-tai-xa", (2019, 11)),
    ("https://example.vn/tin/giam-sat-202113-772709.html", None),  # an article's number, no month folder
    ("https://example.vn/tin/giam-sat-tai-xa-123456/", None),
    (None, None),
])
def test_the_month_folder_of_an_address(url: str | None, month: tuple[int, int] | None) -> None:
    assert url_month(url) == month


def test_a_day_without_a_year_takes_the_year_of_the_address_folder() -> None:
    draft = extract_article("Kiểm tra Bộ phận Một cửa\n\nSáng 14.3, Phó Chủ tịch UBND tỉnh Lào Cai Nguyễn Thành Sinh "
                            "đã đến kiểm tra Bộ phận Một cửa xã Võ Lao.", today=TODAY,
                            url="https://example.vn/chinh-tri/202303/kiem-tra-mot-cua-123456/")
    assert draft.record["date"] == "2023-03-14"


def test_a_ward_opening_the_lead_is_chosen_over_the_province_of_the_centre_it_works_at() -> None:
    draft = _draft("Sáng ngày 5/11, UBND phường Cam Đường tổ chức tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính "
                   "công tỉnh. Lãnh đạo phường đã đến kiểm tra ngày làm việc đầu tiên. Hồ sơ được nhận ở Nhà khối "
                   "hành chính phường Cam Đường và tại Trung tâm Phục vụ hành chính công tỉnh Lào Cai.")
    assert [ward for _, ward, _ in places_coded(draft.record)] == [2674]
