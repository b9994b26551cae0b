"""Issue 12, session 23 (s23/fresh33), sentences written for the tests: a unit's province or district in brackets
between an overseer's title and name (`leader_titles.BRACKETED_PLACE_END`, read by `people._title_before`); the
survey's stated window ("thời gian khảo sát từ ngày A đến ngày B") giving the visit's day, unless it lasts months
(`day_windows.stated_window_start`)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.day_windows import stated_window_start
from store.extract.days import day_mentions
from store.extract.leader_titles import BRACKETED_PLACE_END

TODAY = date(2026, 12, 1)
TAIL = "\n\nĐoàn đề nghị xã tiếp tục công khai thủ tục hành chính."


def extracted(lead: str) -> dict:
    return extract_article(f"Giám sát tại xã Tân Lập\n\n{lead}{TAIL}", today=TODAY).record


@pytest.mark.parametrize("title", [
    "Phó Chủ tịch UBND huyện Đắk Mil (tỉnh Đắk Nông)",
    "Trưởng Ban Pháp chế HĐND huyện Đắk Mil (Đắk Nông)",
    "Chủ tịch HĐND thị xã Tân Châu (An Giang)",
    "Trưởng Ban Kinh tế - Ngân sách HĐND thành phố Bà Rịa (Bà Rịa - Vũng Tàu)",
])
def test_a_bracketed_place_before_the_name_keeps_the_leader(title: str) -> None:
    record = extracted(f"Ngày 5/6/2019, {title} Trần Văn Bình đã giám sát việc tiếp dân tại UBND xã Tân Lập.")
    assert (record.get("leader") or {}).get("name") == "Trần Văn Bình"


@pytest.mark.parametrize("before", [
    "Phó Chủ tịch UBND huyện Tịnh Biên (tỉnh An Giang) ",
    "Chủ tịch UBND thị xã Tân Châu (An Giang) ",
    "Trưởng Ban HĐND thành phố Bà Rịa (Bà Rịa - Vũng Tàu) ",
])
def test_the_bracket_pattern_ends_a_title(before: str) -> None:
    assert BRACKETED_PLACE_END.search(before)


@pytest.mark.parametrize("before", [
    "Chủ tịch UBND huyện (nay là xã Tân Lập) ",  # lower case inside: no place name
    "Chủ tịch UBND huyện Tịnh Biên (tỉnh An Giang), ",  # a comma closes the title
    "Chủ tịch UBND huyện (2016-2021) ",
])
def test_other_brackets_are_no_place_of_the_title(before: str) -> None:
    assert not BRACKETED_PLACE_END.search(before)


def window_days(sentence: str) -> list[str]:
    mentions = day_mentions(sentence)
    return [m.text for m in mentions if stated_window_start(sentence, m, mentions)]


@pytest.mark.parametrize(("sentence", "first"), [
    ("Theo Kế hoạch số 12/KH-HĐND ngày 2/9/2025, thời gian khảo sát từ ngày 15/9 đến ngày 19/9/2025.", "15/9"),
    ("Thời gian làm việc từ ngày 9/10 đến ngày 11/10/2024.", "9/10"),
    ("Đoàn được thành lập, thời gian khảo sát: từ ngày 6/10 đến ngày 8/10/2025.", "6/10"),
    ("Thời gian giám sát trực tiếp là từ ngày 7/11 đến ngày 8/11/2023.", "7/11"),
    ("Thời gian kiểm tra từ ngày 28/12/2023 đến ngày 5/1/2024.", "28/12/2023"),
])
def test_a_short_window_opens_with_the_visit_day(sentence: str, first: str) -> None:
    assert window_days(sentence) == [first]


@pytest.mark.parametrize("sentence", [
    "Thời gian giám sát từ ngày 01/01/2021 đến ngày 31/12/2023.",  # the period overseen
    "Thời gian giám sát từ ngày 1/7/2024 đến ngày 30/9/2024.",  # a quarter: still the period overseen
    "Giám sát việc tiếp dân trong thời gian từ ngày 1/3 đến ngày 5/3/2024.",  # no survey named before the days
    "Kế hoạch số 45/KH-HĐND ngày 2/9/2025 của Thường trực HĐND.",
])
def test_no_window_day(sentence: str) -> None:
    assert window_days(sentence) == []


def test_the_visit_day_inside_a_window_wins() -> None:
    record = extracted("Theo kế hoạch, thời gian giám sát từ ngày 10/4 đến ngày 20/4/2024. Sáng 12/4, đoàn giám sát "
                       "của HĐND huyện do ông Nguyễn Văn Hiếu làm trưởng đoàn đã làm việc với UBND xã Tân Lập.")
    assert record.get("date") == "2024-04-12"
