"""The classes the untouched real set realcheck-s11-fresh9 showed, each stated on sentences of our own."""

from __future__ import annotations

from store.extract.figure_checked_places import checked_place_count
from store.extract.figure_context import number_is_context
from store.extract.figure_enumerated import items_named_after
from store.extract.figure_posts import staff_by_post
from store.extract.text import read_article
from store.extract.visit_desk_work import desk_work_reason
from tests.leads import figure_triples, lead_draft

_LEAD = ("Tin\n\nNgày 3/4/2024, Đoàn giám sát HĐND huyện Thạch Hà do ông Lê Văn Sơn, Phó Chủ tịch HĐND huyện làm "
         "trưởng đoàn làm việc tại xã Thạch Kênh. ")


def test_a_staff_count_split_by_office_in_brackets_keeps_only_the_count() -> None:
    text = "Xã bố trí 4 công chức ( Địa chính 02, Tư pháp - Hộ tịch 01, Văn phòng 01 ) tại bộ phận một cửa."
    at = text.index("02")
    assert staff_by_post(text, at, at + 2, "công chức")
    got = figure_triples(_LEAD + text)
    assert got == [(4, "công chức", None)]


def test_a_split_of_files_by_channel_in_brackets_is_untouched() -> None:
    # "(trực tuyến 900, trực tiếp 300)" splits a count of files, not staff by office: parts of the count
    got = figure_triples(_LEAD + "Xã tiếp nhận 1.200 hồ sơ (trực tuyến 900, trực tiếp 300).")
    assert (900, "hồ sơ", 1200) in got


def test_homes_taken_as_samples_after_the_check_are_no_figures() -> None:
    text = "Đoàn cũng khảo sát, gặp gỡ thực tế tại 2 hộ nghèo, 1 hộ cận nghèo và 1 hộ có công."
    for number in ("2 hộ", "1 hộ cận", "1 hộ có"):
        at = text.index(number)
        assert checked_place_count(text, at, at + 4, int(number[0]), "hộ")
    assert not figure_triples(_LEAD + text)


def test_homes_helped_are_still_counted() -> None:
    got = figure_triples(_LEAD + "Năm 2023, xã đã hỗ trợ xây mới nhà cho 12 hộ nghèo và 3 hộ cận nghèo.")
    assert {(12, "hộ", None), (3, "hộ", None)} <= set(got)


def test_polling_places_the_team_checks_are_no_figures_but_the_places_own_are() -> None:
    got = figure_triples(_LEAD + "Đoàn đã kiểm tra tại các thôn cùng 04 điểm bầu cử, trong đó có 01 điểm đặt tại "
                                 "nhà văn hóa. Xã có 11 khu vực bỏ phiếu.")
    assert got == [(11, "khu vực bỏ phiếu", None)]


def test_a_count_of_polling_places_set_up_is_a_figure() -> None:
    assert (612, "khu vực bỏ phiếu", None) in figure_triples(_LEAD + "Đến nay đã lập 612 khu vực bỏ phiếu.")


def test_tasks_counted_then_named_one_by_one_are_no_figure() -> None:
    text = "Xã đã hoàn thành 2 nhiệm vụ trọng tâm được huyện giao là làm đường liên thôn; xây trường mầm non."
    at = text.index("2 nhiệm vụ")
    assert items_named_after(text, 2, "nhiệm vụ", at + len("2 nhiệm vụ"))
    assert not figure_triples(_LEAD + text)


def test_tasks_counted_with_their_parts_stay_figures() -> None:
    got = figure_triples(_LEAD + "Năm 2023, xã được giao 24 nhiệm vụ, đã hoàn thành 20 nhiệm vụ.")
    assert (24, "nhiệm vụ", None) in got


def test_a_norm_of_space_per_person_is_context() -> None:
    text = "Nhiều phòng chưa bảo đảm tiêu chuẩn 3 m2/người theo quy định."
    at = text.index("3 m2")
    assert number_is_context(text, at, at + 4, "m2")
    assert not figure_triples(_LEAD + text)


def test_an_area_per_household_given_is_not_a_norm() -> None:
    text = "Xã đã giao 120 m2/hộ cho các hộ tái định cư."
    at = text.index("120")
    assert not number_is_context(text, at, at + 6, "m2")


def test_a_capacity_in_brackets_is_no_part_of_the_count_before() -> None:
    got = figure_triples(_LEAD + "Trạm y tế có lúc tiếp nhận gần 90 người bệnh (sức chứa của trạm là 40 người bệnh).")
    pairs = [(value, whole) for value, _unit, whole in got]  # the unit's stored word is the lexicon's business
    assert (40, None) in pairs and (40, 90) not in pairs


def _desk(text: str) -> str | None:
    found = desk_work_reason(read_article(text))
    return found.code if found else None


def test_a_committee_meeting_on_its_next_quarter_is_its_own_meeting() -> None:
    assert _desk("Chiều nay, Ban Pháp chế HĐND tỉnh Kon Tum đã họp triển khai nhiệm vụ giám sát của Ban trong quý "
                 "IV năm 2021.\nTrong quý III, Ban đã giám sát 3 sở.\nDự kiến trong quý IV, Ban tập trung thẩm tra "
                 "các báo cáo.") == "nonvisit.own_meeting"


def test_a_meeting_with_a_unit_on_the_quarter_is_not_planning_at_the_desk() -> None:
    assert _desk("Chiều nay, Ban Pháp chế HĐND tỉnh Kon Tum đã họp với UBND xã Đắk Cấm triển khai nhiệm vụ giám sát "
                 "trong quý IV năm 2021.\nDự kiến trong quý IV, Ban tập trung thẩm tra các báo cáo.") is None


def test_desk_preparation_with_a_schedule_to_come_is_no_visit_yet() -> None:
    assert _desk("Đoàn giám sát HĐND huyện tiến hành giám sát chuyên đề\n\nĐoàn đã phân công nhiệm vụ cho các thành "
                 "viên, nghiên cứu hồ sơ do các xã gửi.\nTheo kế hoạch, ngày 5/9/2020 đoàn sẽ làm việc với UBND "
                 "huyện.") == "nonvisit.to_come"


def test_a_visit_made_then_a_schedule_for_the_next_stays_a_visit() -> None:
    assert _desk("Sáng 3/9/2020, đoàn giám sát đã khảo sát thực tế tại xã Hòa Phú sau khi nghiên cứu báo cáo của "
                 "xã.\nTheo kế hoạch, ngày 5/9/2020 đoàn sẽ làm việc với UBND huyện.") is None


def test_an_assembly_committee_at_a_province_is_no_internal_meeting() -> None:
    assert _desk("Sáng 14/3, tại UBND tỉnh Gia Lai, Phó Chủ tịch Quốc hội đã làm việc với lãnh đạo tỉnh.") is None
    assert _desk("Sáng 14/3, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội đã làm việc với Thường trực Ủy ban Pháp luật "
                 "của Quốc hội.") == "nonvisit.own_meeting"


def test_the_fallback_takes_the_whole_list_of_units_named_once() -> None:
    # no "tại": the group's constituency list is where it oversees, every unit of it
    draft = lead_draft("Ngày 4/5/2021, Tổ đại biểu HĐND tỉnh Vĩnh Long đơn vị các huyện Trà Ôn, Long Hồ và Vũng Liêm "
                       "đã giám sát việc khai thác cát trên địa bàn.")
    assert [p["name"] for p in draft.record["localities"]] == ["huyện Trà Ôn", "huyện Long Hồ", "huyện Vũng Liêm"]


def test_the_fallback_keeps_one_unit_when_no_list_follows() -> None:
    draft = lead_draft("Ngày 4/5/2021, Tổ đại biểu HĐND tỉnh Vĩnh Long đơn vị huyện Trà Ôn đã giám sát việc khai thác "
                       "cát trên địa bàn; huyện Long Hồ chưa được giám sát.")
    assert [p["name"] for p in draft.record["localities"]][:1] == ["huyện Trà Ôn"]


def test_an_office_after_a_unit_does_not_continue_its_list() -> None:
    # "tại trụ sở Đảng ủy xã A, Đảng ủy xã B": "Đảng" is an office's first word, no commune of the list
    draft = lead_draft("Trong 02 ngày 16, 19/6/2023 tại trụ sở Đảng ủy xã Tân Thành, Đảng ủy xã Thuận Quý. Tổ giám sát "
                       "của Ban Tổ chức Huyện ủy do đồng chí Lê Văn Tư làm Tổ trưởng đã tiến hành giám sát.")
    assert all("Đảng" not in p["name"] for p in draft.record["localities"])


def test_an_allowance_scale_written_as_a_span_is_no_figure() -> None:
    assert not figure_triples(_LEAD + "Các đối tượng được hưởng mức trợ cấp từ 270 - 540.000 đồng/tháng.")


def test_one_allowance_rate_stays_a_figure() -> None:
    assert (360000, "đồng", None) in figure_triples(_LEAD + "Người cao tuổi được hưởng mức trợ cấp 360.000 đồng/tháng.")
