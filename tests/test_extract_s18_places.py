"""Session 18, places, dates and items: a commune or ward only since 2025 dates a yearless day, bare communes after
"các địa phương:", a former ward several provinces had, "cùng ngày" pointing back to the one day named before it,
and a report of results that closes a chain of tasks. Sentences written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

from store.extract import Draft, extract_article
from store.extract.item_reports import report_closes_chain
from store.extract.place_shared_names import provinces_with
from store.reasons import Reason, say

TODAY = date(2026, 12, 1)


def _draft(text: str) -> Draft:
    return extract_article(text, today=TODAY)


def _wards(text: str) -> list[int | None]:
    return [(loc["ward"] or {}).get("code") for loc in _draft(text).record["localities"]]


def test_a_commune_only_since_the_reform_dates_a_yearless_day() -> None:
    text = ("Kiểm tra tại xã Đô Lương\n\nSáng 12/9, ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh Nghệ An đã kiểm tra việc "
            "giải quyết thủ tục hành chính tại xã Đô Lương.")
    draft = _draft(text)
    assert draft.record["date"] == "2025-09-12" and draft.record["date_certainty"] == "inferred"
    assert "xã Đô Lương" in say(draft.certainty["date"], "vi")


def test_an_old_commune_of_the_name_elsewhere_leaves_it_unsure_without_a_province() -> None:
    # Thái Bình had a "xã Đô Lương" until an earlier merger: with no province named, the old one may be meant
    text = ("Kiểm tra tại xã Đô Lương\n\nSáng 12/9, ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh đã kiểm tra việc giải "
            "quyết thủ tục hành chính tại xã Đô Lương.")
    assert _draft(text).record["date"] == "2026-09-12"


def test_a_commune_still_planned_or_a_text_of_older_years_dates_nothing() -> None:
    planned = ("Lấy ý kiến về xã mới\n\nSáng 20/4, đoàn công tác của huyện do ông Lê Văn Hùng làm trưởng đoàn đã "
               "làm việc tại xã Đô Lương dự kiến thành lập trên cơ sở sắp xếp 4 đơn vị của tỉnh Nghệ An.")
    older = ("Tổng kết năm 2023\n\nPhát biểu tại hội nghị tổng kết năm 2023 của HĐND xã Đô Lương, tỉnh Nghệ An tổ "
             "chức ngày 26/12, ông Lê Văn Hùng đề nghị các tổ đại biểu tăng cường giám sát.")
    assert _draft(planned).record["date"] == "2026-04-20"
    assert _draft(older).record["date"] == "2023-12-26"


def test_a_trial_run_in_late_june_is_of_2025() -> None:
    text = ("Kiểm tra vận hành thử nghiệm\n\nSáng 25/6, đoàn công tác của Tỉnh ủy Đắk Lắk do ông Lê Văn Hùng, Phó Bí "
            "thư Tỉnh ủy làm trưởng đoàn đã kiểm tra việc vận hành thử nghiệm tại xã Krông Pắc.")
    assert _draft(text).record["date"] == "2025-06-25"


def test_bare_communes_after_the_word_for_localities() -> None:
    text = ("Giám sát chính sách\n\nNgày 14/10/2025, Đoàn giám sát của Ban Dân tộc HĐND tỉnh Đắk Lắk do ông Lê Văn "
            "Hùng, Trưởng ban làm trưởng đoàn đã giám sát tại các địa phương: Ea Kly, Ea Phê và Krông Búk.")
    assert _wards(text) == [24496, 24502, 24310]


def test_agencies_after_the_word_for_units_are_no_communes() -> None:
    text = ("Kiểm tra\n\nNgày 12/5/2023, Đoàn kiểm tra của UBND tỉnh Nghệ An do ông Lê Văn Hùng, Phó Giám đốc Sở Nội "
            "vụ làm trưởng đoàn đã làm việc với các đơn vị: Sở Tài chính và Công an tỉnh.")
    assert all(code is None for code in _wards(text))


def test_a_former_ward_several_provinces_had_is_said_not_guessed() -> None:
    text = ("Kiểm tra cải cách hành chính\n\nSáng 15/9/2025, Đoàn kiểm tra do ông Lê Văn Hùng, Phó Giám đốc Sở Nội vụ "
            "làm trưởng đoàn đã kiểm tra tại phường An Hòa.")
    draft = _draft(text)
    assert draft.record["localities"] == []
    shared = [w for w in draft.warnings if isinstance(w, Reason) and w.code.startswith("warn.place_shared")]
    # no "phường An Hòa" today: the seven are said as provinces of before 2025 (session 24)
    assert len(shared) == 1 and shared[0].code == "warn.place_shared_former"
    assert shared[0].params["count"] == 7 and "Đồng Nai" in shared[0].params["former"]
    assert draft.record["notes"].count("phường An Hòa") == 1  # named in the headline and the lead: one note


def test_a_former_ward_with_its_city_is_placed_without_a_warning() -> None:
    text = ("Giám sát\n\nChiều 9/6/2023, Thường trực HĐND thành phố Biên Hòa do ông Lê Văn Hùng, Phó Chủ tịch HĐND "
            "thành phố làm trưởng đoàn đã giám sát tại phường An Hòa.")
    draft = _draft(text)
    assert _wards(text) == [26380]
    assert not [w for w in draft.warnings if getattr(w, "code", "").startswith("warn.place_shared")]
    assert provinces_with("An Hòa", "phường")[:2] == ["Cần Thơ", "Đồng Nai"]


def test_the_same_day_points_back_to_the_one_day_named_before() -> None:
    lead = ("Chủ tịch UBND huyện đã lập tổ kiểm tra công vụ. Đến ngày 14/4, tổ của huyện đã kiểm tra được 9 xã.\n"
            "Một số công chức chưa đeo thẻ khi làm nhiệm vụ.\n")
    same_day = _draft("Kiểm tra công vụ\n\n" + lead + "Chiều cùng ngày, đoàn kiểm tra đột xuất tại UBND xã Nghĩa Đồng.")
    assert same_day.record["date"] is not None and same_day.record["date"].endswith("-04-14")
    later = _draft("Kiểm tra công vụ\n\n" + lead + "Sau đó, đoàn kiểm tra đột xuất tại UBND xã Nghĩa Đồng.")
    assert later.record.get("date") is None  # a cut-off day is no visit day without "cùng ngày"


def test_the_same_day_after_two_days_is_unsure() -> None:
    text = ("Kiểm tra công vụ\n\nĐến ngày 14/4, tổ của huyện đã kiểm tra được 9 xã; đến ngày 20/4 đã kiểm tra được 12 "
            "xã.\nChiều cùng ngày, đoàn kiểm tra đột xuất tại UBND xã Nghĩa Đồng.")
    assert _draft(text).record.get("date") is None


def test_a_report_of_results_closes_a_chain_only_after_a_bare_verb() -> None:
    assert report_closes_chain("ban hành Kế hoạch, thực hiện khắc phục",
                               "báo cáo kết quả khắc phục những hạn chế đã được chỉ ra")
    assert report_closes_chain("rà soát, chấn chỉnh", "báo cáo kết quả chấn chỉnh các tồn tại")
    assert not report_closes_chain("công khai danh sách hồ sơ quá hạn", "báo cáo kết quả khắc phục trước ngày 30/4")
    assert not report_closes_chain("thực hiện khắc phục", "báo cáo về Sở Nội vụ trước ngày 30/10")


def test_the_chain_is_one_direction_and_a_whole_task_two() -> None:
    text = ("Kiểm tra công vụ\n\nNgày 6/11/2024, Đoàn kiểm tra của UBND huyện Hoằng Hóa do ông Lê Văn Hùng, Trưởng "
            "phòng Nội vụ làm trưởng đoàn đã kiểm tra tại UBND xã Hoằng Lộc.\nSau kiểm tra, ông Lê Văn Hùng yêu cầu xã "
            "thực hiện chấn chỉnh và báo cáo kết quả chấn chỉnh các tồn tại đã chỉ ra. Ông cũng yêu cầu xã thay ngay "
            "danh mục thủ tục đang niêm yết và báo cáo kết quả về Phòng Nội vụ trước ngày 30/11.")
    directions = _draft(text).record["directions"]
    texts = [d["text"] for d in directions]
    # the deadline read from the last ask is its own field, cut from its text (s42/misc24)
    assert texts == ["Thực hiện chấn chỉnh và báo cáo kết quả chấn chỉnh các tồn tại đã chỉ ra.",
                     "Thay ngay danh mục thủ tục đang niêm yết.", "Báo cáo kết quả về Phòng Nội vụ."]
    assert directions[2].get("deadline") == "2024-11-30"


def test_a_new_ward_before_the_start_the_text_says_is_ahead_dates_nothing_from_below() -> None:
    text = ("Tin hoạt động\n\nSáng 12/6, đoàn công tác của UBND tỉnh khảo sát trụ sở phường Cửa Lò. Trụ sở đã bảo đảm "
            "điều kiện để phường mới đi vào hoạt động chính thức từ ngày 1/7/2025.")
    assert _draft(text).record["date"] == "2025-06-12"
