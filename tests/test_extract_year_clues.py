"""A year note quotes the clue it was read from (`store.extract.year_reform_clues`) and reads as a sentence."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.year_reform_clues import reform_clue
from store.reasons import reason, say

CENTRE = "Trung tâm Phục vụ hành chính công phường"


def test_since_first_july_at_a_wards_centre_is_quoted_not_called_two_level_government() -> None:
    said = reform_clue("Từ ngày 1/7 đến nay, trung tâm đã tiếp nhận 5.210 hồ sơ.", CENTRE)
    assert said is not None and said.code == "year.since_july"
    vi, en = say(said, "vi"), say(said, "en")
    assert "Từ ngày 1/7 đến nay" in vi and CENTRE in vi and "2 cấp" not in vi
    assert "Từ ngày 1/7 đến nay" in en and "two-level" not in en


def test_two_level_government_named_is_quoted_as_written() -> None:
    said = reform_clue("Sau hai tháng vận hành chính quyền địa phương 2 cấp, phường ổn định.", None)
    assert said is not None and said.code == "year.two_tier_said"
    assert '"chính quyền địa phương 2 cấp"' in say(said, "vi")


def test_new_units_named_are_quoted_as_written() -> None:
    said = reform_clue("Đây là xã mới thành lập sau khi sắp xếp đơn vị hành chính.", None)
    assert said is not None and said.code == "year.reform_said"
    assert "\"xã mới thành lập\"" in say(said, "vi")


def test_a_visit_told_with_its_wards_centre_gives_the_centre_clue() -> None:
    text = ("Phường Long Biên: kiểm tra trung tâm phục vụ người dân\n\nSáng 12/11, ông Nguyễn Văn Hùng, Chủ tịch UBND "
            "phường Long Biên, đã kiểm tra hoạt động của Trung tâm Phục vụ hành chính công phường Long Biên.\n\n"
            "Từ ngày 1/7 đến nay, trung tâm đã tiếp nhận 5.210 hồ sơ.")
    draft = extract_article(text, today=date(2026, 12, 5))
    assert draft.record["date"] == "2025-11-12"
    assert "Từ ngày 1/7 đến nay" in draft.certainty["date"] and "two-level" not in draft.certainty["date"]


def test_no_sign_of_the_year_reads_as_a_sentence() -> None:
    why = reason("year.nothing", day="3/11", today="5/12/2026")
    vi = say(reason("date.inferred", written="Sáng 3/11", year=2026, why=why), "vi")
    assert "suy ra từ ngày hôm nay (5/12/2026), vì bài không cho biết năm" in vi
    en = say(reason("date.inferred", written="Sáng 3/11", year=2026, why=why), "en")
    assert "inferred from today's date (5/12/2026), as nothing in the article tells the year" in en
