"""Session 24, classes left by fresh37/fresh38: a committee's review of a session's papers at its own table
(`visit_reviews`), two peers meeting on their own merger (`visit_mergers`), a unit named in a merger still ahead
bounds the year (`year_ceased_units`), and a fraction keeps its own whole (`figure_past_counts`)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_mergers import meets_on_its_merger
from store.extract.visit_reviews import review_at_its_table

_TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(("text", "review"), [
    ("Thẩm tra các báo cáo, tờ trình và dự thảo nghị quyết trình tại Kỳ họp thứ 9, các thành viên Ban đã góp ý.",
     True),
    ("Chiều 3/12, tại trụ sở HĐND tỉnh, Ban Kinh tế - Ngân sách tổ chức phiên họp thẩm tra các tờ trình trình "
     "kỳ họp.", True),
    ("Ban Văn hóa - Xã hội HĐND tỉnh thẩm tra sơ bộ hồ sơ dự thảo nghị quyết về học phí.", True),
    ("Sáng 5/11, Ban Pháp chế HĐND tỉnh khảo sát tại UBND huyện A để phục vụ thẩm tra các báo cáo trình kỳ họp.",
     False),
    ("Sáng 5/11, Ban Kinh tế - Ngân sách làm việc với Sở Tài chính về dự toán, phục vụ thẩm tra báo cáo.", False),
    ("Ngày 5/11, đoàn thẩm tra hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới tại xã A.", False),
])
def test_a_review_of_session_papers_at_its_table(text: str, review: bool) -> None:
    assert review_at_its_table(read_article("Tin HĐND\n\n" + text)) is review


@pytest.mark.parametrize(("text", "merger"), [
    ("Chiều 15/4, Thường trực HĐND tỉnh Cao Bằng đã có buổi làm việc với Thường trực HĐND tỉnh Bắc Kạn về việc "
     "xây dựng phương án hợp nhất.", True),
    ("Sáng 2/3, lãnh đạo hai xã tổ chức hội nghị thống nhất phương án sáp nhập.", True),
    ("Sáng 2/3, UBND xã Yên Lạc và xã Yên Phú họp bàn việc sáp nhập bộ máy.", True),
    ("Sáng 2/3, đoàn công tác của tỉnh kiểm tra công tác chuẩn bị sáp nhập tại xã Yên Lạc và xã Yên Phú.", False),
    ("Sáng 2/3, Phó Chủ tịch UBND tỉnh làm việc với huyện A về phương án sáp nhập các xã.", False),
])
def test_peers_meeting_on_their_merger(text: str, merger: bool) -> None:
    assert meets_on_its_merger(read_article("Tin địa phương\n\n" + text)) is merger


def test_a_province_named_in_a_merger_still_ahead_bounds_the_year() -> None:
    text = ("Khảo sát tại Trung tâm Phục vụ hành chính công tỉnh\n\nSáng 8/5, Ban Pháp chế HĐND tỉnh Thái Nguyên "
            "khảo sát tại Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên.\n\nTrung tâm chuẩn bị hồ sơ theo "
            "phương án hợp nhất tỉnh Bắc Kạn và tỉnh Thái Nguyên.\n")
    assert extract_article(text, today=_TODAY).record["date"] == "2025-05-08"


def test_a_merger_told_as_made_bounds_nothing() -> None:
    text = ("Khảo sát tại Trung tâm Phục vụ hành chính công tỉnh\n\nSáng 8/5, Ban Pháp chế HĐND tỉnh Thái Nguyên "
            "khảo sát tại Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên.\n\nTừ khi hợp nhất tỉnh Bắc Kạn và "
            "tỉnh Thái Nguyên, trung tâm đã tiếp nhận nhiều hồ sơ.\n")
    assert extract_article(text, today=_TODAY).record["date"] != "2025-05-08"


def test_a_fraction_keeps_its_whole_named_earlier_of_another_period() -> None:
    text = ("Kiểm tra tại huyện Bảo Lâm\n\nNgày 9/10/2021, đoàn kiểm tra của tỉnh Cao Bằng làm việc với UBND huyện "
            "Bảo Lâm.\n\nNăm 2020, huyện đề ra 44 nhiệm vụ cụ thể. 9 tháng năm 2021, huyện đã hoàn thành 31/44 "
            "nhiệm vụ.\n")
    figures = extract_article(text, today=_TODAY).record["figures"]
    assert [(f["value"], f.get("of")) for f in figures] == [(44, None), (31, 44)]


def test_a_compared_count_without_a_slash_still_loses_its_whole() -> None:
    text = ("Kiểm tra tại huyện Bảo Lâm\n\nNgày 9/10/2024, đoàn kiểm tra của tỉnh Cao Bằng làm việc với UBND huyện "
            "Bảo Lâm.\n\nNăm 2024, huyện tiếp nhận 1.860 hồ sơ, đã giải quyết 1.842 hồ sơ (cùng kỳ năm trước giải "
            "quyết 1.650 hồ sơ).\n")
    figures = extract_article(text, today=_TODAY).record["figures"]
    assert [(f["value"], f.get("of")) for f in figures] == [(1860, None), (1842, 1860), (1650, None)]
