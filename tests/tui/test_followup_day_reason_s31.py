"""A follow-up deadline of a day its month lacks is refused in the reader's words in both languages (a tryout of
session 31: the English line ended in Python's own "(day is out of range for month)", the Vietnamese had its own).
Pilot at 80×24 in Vietnamese and 120×40 in English; the plain reason is also checked for a date filter's refusal,
and a reason of another shape stays the core's text letter for letter."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from store.backends import _sample_records
from tests.tui.followup_host import FollowUpHost, save_deadline
from tui.i18n import Translator
from tui.i18n_errors import explain

RECORD: dict[str, Any] = copy.deepcopy(next(r for r in _sample_records() if r["date"] == "2025-09-09"))
CASES = [("vi", (80, 24), "31/02/2026", "'31/02/2026' không phải ngày có thật (tháng này không có ngày đó)"),
         ("en", (120, 40), "31/02/2026", "'31/02/2026' is not a real date (that month has no such day)"),
         ("en", (120, 40), "2026-04-31", "'2026-04-31' is not a real date (that month has no such day)")]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size", "typed", "said"), CASES)
async def test_a_day_the_month_lacks_is_refused_in_plain_words(lang: str, size: tuple[int, int], typed: str,
                                                               said: str) -> None:
    app = FollowUpHost(RECORD, lang)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown = await save_deadline(app, pilot, typed)
        assert said in shown and app.result == "open", shown
        assert "out of range" not in shown, shown


@pytest.mark.parametrize(("message", "said"), [
    ("ngay: '31/2' is not a real date (day is out of range for month); write 2025, 07/2025",
     "ngay: '31/2' is not a real date (that month has no such day); write 2025, 07/2025"),
    ("'31/2' is not a real date (day is out of range for month)",
     "'31/2' is not a real date (that month has no such day)"),
    ("'x' is not a date (day is out of range for month)", "'x' is not a date (day is out of range for month)"),
    ("unknown field 'abc'", "unknown field 'abc'"),
])
def test_english_keeps_the_core_text_but_python_s_reason(message: str, said: str) -> None:
    assert explain(message, Translator("en")) == said
