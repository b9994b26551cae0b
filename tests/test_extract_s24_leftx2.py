"""Session 24, classes left open by the first round: a shared name's warning names today's provinces apart from the
former ones (`place_shared_names.shared_warning`); a destination named through its body or centre
(`place_destinations`); a preparation that is the object of a check (`visit_desk_work._body_prepares`); a session
day that cites surveys (`visit_sittings.session_day`); villages and "(cơ sở X)" named after former communes
(`place_school_names.village_names`); relics as a count noun (`figure_lexicon`, `figure_premises`). Sentences written
for these tests, with invented people."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import Draft, extract_article
from store.extract.place_destinations import destination_named
from store.extract.place_school_names import village_names
from store.extract.place_shared_names import provinces_today, shared_warning
from store.reasons import Reason, reason, say

TODAY = date(2026, 12, 1)


def _draft(text: str) -> Draft:
    return extract_article(text, today=TODAY)


def _wards(draft: Draft) -> list[int | None]:
    return [(loc["ward"] or {}).get("code") for loc in draft.record["localities"]]


def test_a_shared_ward_name_says_todays_provinces_apart_from_former_ones() -> None:
    assert provinces_today("Thuận An", "phường") == ["Hồ Chí Minh", "Huế"]
    warning = shared_warning("phường Thuận An", "Thuận An", "phường")
    assert warning.code == "warn.place_shared_before"
    assert warning.params["count"] == 2 and warning.params["provinces"] == "Hồ Chí Minh, Huế"
    assert warning.params["former"] == "Cần Thơ, Hậu Giang"
    assert "Hồ Chí Minh, Huế" in say(warning, "vi") and "trước năm 2025" in say(warning, "vi")
    assert "today in: Hồ Chí Minh, Huế" in say(warning, "en") and "merged since" in say(warning, "en")


@pytest.mark.parametrize("code", ["warn.place_shared", "warn.place_shared_before", "warn.place_shared_former"])
def test_the_three_shared_name_warnings_read_in_both_languages(code: str) -> None:
    warning = reason(code, name="xã Kim Sơn", count=3, provinces="Đồng Tháp, Gia Lai, Ninh Bình", former="Hà Nội")
    for lang in ("vi", "en"):
        said = say(warning, lang)
        assert "xã Kim Sơn" in said and "{" not in said and said != code
        assert ("Gia Lai" in said) is (code != "warn.place_shared_former")
        assert ("Hà Nội" in said) is (code != "warn.place_shared")
    assert shared_warning("xã Kim Sơn", "Kim Sơn", "xã").params["provinces"] == "Đồng Tháp, Gia Lai, Ninh Bình"


def test_the_drafts_warning_for_an_unplaced_shared_ward() -> None:
    text = ("Kiểm tra số hóa\n\nChiều 8/10/2025, Tổ kiểm tra do bà Lê Thị Hà làm tổ trưởng đã kiểm tra việc số hóa hồ "
            "sơ tại phường Thuận An.")
    draft = _draft(text)
    assert draft.record["localities"] == []
    shared = [w for w in draft.warnings if isinstance(w, Reason) and w.code.startswith("warn.place_shared")]
    assert len(shared) == 1 and shared[0].params["provinces"] == "Hồ Chí Minh, Huế"


@pytest.mark.parametrize(("before", "expected"), [
    ("Buổi chiều, điểm đến tiếp theo của đoàn là UBND ", True),
    ("Điểm đến tiếp theo của đoàn là Trung tâm Phục vụ hành chính công ", True),
    ("Điểm đến cuối cùng trong chương trình là Ủy ban nhân dân ", True),
    ("Điểm đến tiếp theo của đoàn là ", True),
    ("Điểm đến tiếp theo của đoàn sẽ là UBND ", False),
    ("Theo lịch, điểm đến tiếp theo của đoàn dự kiến là UBND ", False),
    ("Sắp tới, điểm đến của đoàn là UBND ", False),
    ("Đoàn đề nghị UBND ", False),
])
def test_a_destination_named_through_its_body(before: str, expected: bool) -> None:
    assert destination_named(before) is expected


def test_the_next_stop_through_the_communes_committee_is_visited() -> None:
    text = ("Giám sát thủ tục\n\nSáng 3/11/2025, Ban Pháp chế HĐND tỉnh Quảng Trị do ông Hồ Văn Nam, Trưởng ban dẫn "
            "đầu đã làm việc tại xã Cam Lộ.\n\nBuổi chiều, điểm đến tiếp theo của đoàn là UBND xã Gio Linh.")
    assert _wards(_draft(text)) == [19597, 19495]
    planned = text.replace("là UBND xã Gio Linh", "sẽ là UBND xã Gio Linh")
    assert _wards(_draft(planned)) == [19597]


def test_a_check_of_a_preparation_is_a_visit_made() -> None:
    text = ("Kiểm tra việc chuẩn bị\n\nChiều 20/6/2025, ông Lê Văn An, Phó Chủ tịch UBND tỉnh Nghệ An cùng đoàn công "
            "tác kiểm tra việc chuẩn bị các điều kiện để xã Đô Lương vận hành từ ngày 1/7.\n\nTheo kế hoạch, từ ngày "
            "1/7 xã sẽ làm việc tại trụ sở mới.")
    assert _draft(text).non_visit is None
    own = text.replace("cùng đoàn công tác kiểm tra việc chuẩn bị các điều kiện để xã Đô Lương vận hành",
                       "họp phân công nhiệm vụ, chuẩn bị các điều kiện cho đoàn")
    assert getattr(_draft(own).non_visit, "code", None) == "nonvisit.to_come"  # the body's own preparation


def test_a_session_day_citing_surveys_is_a_session() -> None:
    text = ("Quốc hội nghe báo cáo\n\nSáng 22/10/2025, tiếp tục chương trình Kỳ họp thứ 10, Quốc hội nghe báo cáo kết "
            "quả giám sát chuyên đề; qua khảo sát tại 12 tỉnh, đoàn ghi nhận nhiều kết quả.")
    assert getattr(_draft(text).non_visit, "code", None) == "nonvisit.session"
    visit = ("Khảo sát\n\nSáng 22/10/2025, Đoàn khảo sát do ông Lê Văn Nam dẫn đầu đã khảo sát tại xã Đô Lương để "
             "chuẩn bị báo cáo trình tại kỳ họp thứ 10.")
    assert _draft(visit).non_visit is None  # a visit told first stays one


def test_villages_and_seats_bear_former_communes() -> None:
    names = village_names("tại thôn Nga Thiện, ấp Mỹ Lương và Trạm y tế xã (cơ sở Nga Vịnh); bản sao 3 hồ sơ")
    assert names == {"nga thien", "my luong", "nga vinh"}


def test_a_shared_commune_placed_by_a_hamlet_named_after_a_former_commune() -> None:
    text = ("Giám sát nước sạch\n\nSáng 18/11/2025, Ban Kinh tế - Ngân sách HĐND xã Yên Thành do ông Phan Văn Thủy, "
            "Trưởng ban làm trưởng đoàn đã giám sát tại xóm Văn Thành.")
    assert _wards(_draft(text)) == [17506]  # Nghệ An's: Văn Thành went into it alone
    seat = text.replace("xóm Văn Thành", "Trạm y tế xã (cơ sở Tăng Thành)")
    assert _wards(_draft(seat)) == [17506]
    assert _wards(_draft(text.replace("xóm Văn Thành", "xóm Yên Thành"))) == []  # the commune's own name: no help


def test_relics_are_counted_and_a_places_own_relics_are_its_make_up() -> None:
    text = ("Giám sát di tích\n\nSáng 14/10/2025, Ban Văn hóa - Xã hội HĐND tỉnh Nghệ An do bà Trần Thị Hoa, Trưởng "
            "ban dẫn đầu đã giám sát tại xã Đô Lương.\n\nXã có 27 di tích. Xã đã tu bổ 9 di tích lịch sử.")
    figures = [(f["value"], f["unit"]) for f in _draft(text).record["figures"]]
    assert (9, "di tích") in figures and all(value != 27 for value, _ in figures)
