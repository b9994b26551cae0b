"""A follow-up report that opens on an official's word to the press (session 40, fresh85; `day_cues.press_talk_day`,
read in `dates.find_visit_day`).

"Ngày 14/9, trao đổi với PV, ông X cho biết ..." is the day the press was told what came of a check; the check
itself is told after it ("Trước đó, chiều 12/9, Phó Chủ tịch ... đã kiểm tra đột xuất ..."), and that day is the
visit's. A report that opens on the check's own day, a word to the press later in it, and a talk at the check itself
("trao đổi với phóng viên tại buổi kiểm tra") keep their day.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.dates import resolve_visit_date
from store.extract.day_cues import press_talk_day
from store.extract.text import read_article

_CHECK = ("\n\nTrước đó, chiều 12/9/2024, đoàn kiểm tra của tỉnh Hà Tĩnh do ông Đào Văn Khánh, Phó Chủ tịch UBND "
          "tỉnh, dẫn đầu đã kiểm tra đột xuất bộ phận một cửa của UBND huyện Đức Thọ.")


def _day(text: str) -> date | None:
    return resolve_visit_date(read_article(text), today=date(2026, 12, 1)).day


@pytest.mark.parametrize("lead", [
    "Ngày 14/9/2024, trao đổi với PV, ông Lê Văn An, Chủ tịch UBND huyện Đức Thọ, cho biết huyện đã kiểm điểm.",
    "Ngày 14/9/2024, trả lời phóng viên, ông Lê Văn An cho biết huyện đã kiểm điểm các công chức.",
    "Ngày 14/9/2024, chia sẻ với báo chí, ông Lê Văn An cho biết huyện đã kiểm điểm các công chức.",
    "Ngày 14/9/2024, nói với nhà báo, bà Lê Thị An cho biết huyện đã kiểm điểm các công chức.",
    "Ngày 14/9/2024, trả lời phỏng vấn báo chí, ông Lê Văn An cho biết huyện đã kiểm điểm các công chức.",
])
def test_the_check_told_after_a_word_to_the_press_is_the_visit(lead: str) -> None:
    assert _day(lead + _CHECK) == date(2024, 9, 12)


@pytest.mark.parametrize(("text", "day"), [
    # the check's own day first; a word to the press later in the report
    ("Sáng 14/9/2024, đoàn kiểm tra của tỉnh Hà Tĩnh đã kiểm tra đột xuất UBND huyện Đức Thọ. Trao đổi với PV, ông "
     "Lê Văn An cho biết huyện sẽ chấn chỉnh." + _CHECK, date(2024, 9, 14)),
    # a talk at the check itself
    ("Sáng 14/9/2024, trao đổi với phóng viên tại buổi kiểm tra đột xuất ở UBND huyện Đức Thọ, ông Lê Văn An cho "
     "biết đoàn không báo trước.", date(2024, 9, 14)),
    ("Ngày 14/9/2024, trao đổi với PV bên lề buổi làm việc với UBND huyện Đức Thọ, ông Lê Văn An cho biết đoàn sẽ "
     "trở lại.", date(2024, 9, 14)),
])
def test_a_check_day_first_or_a_talk_at_the_check_keeps_its_day(text: str, day: date) -> None:
    assert _day(text) == day


@pytest.mark.parametrize(("after", "said"), [
    (", trao đổi với PV Báo Hà Tĩnh, ông An cho biết", True),
    (", trả lời phóng viên, bà An cho biết", True),
    (" trao đổi với phóng viên, ông An cho biết", True),
    (", trao đổi với phóng viên tại buổi kiểm tra, ông An cho biết", False),
    (", trao đổi với đoàn kiểm tra, ông An cho biết", False),  # with the team, not the press
    (", đoàn kiểm tra đã trao đổi với PV", False),  # the talk is not what the day opens
])
def test_what_a_press_talk_day_is(after: str, said: bool) -> None:
    assert press_talk_day(after) is said


def test_the_leader_of_the_check_is_kept_with_its_day() -> None:
    record = extract_article("Ngày 14/9/2024, trao đổi với PV, ông Lê Văn An, Chủ tịch UBND huyện Đức Thọ, cho biết "
                             "huyện đã kiểm điểm." + _CHECK).record
    assert (record["date"], (record.get("leader") or {}).get("name")) == ("2024-09-12", "Đào Văn Khánh")
