"""A negation the filter cannot read is refused, said whole, in the reader's language (sessions 32, 33).

On 8eeb07e1 `không quá hạn` (and `not overdue`) was applied as free text: the list showed the visits holding the
words, or none, and nothing said the filter has no negation. Since session 33 a negated follow-up clause is read
(tests/tui/test_ux_s33_negated_items.py); a negation of a visit's field or of free text (`trừ tinh:x`, `not dịch`)
is refused: the status line under the input says what can be negated, the list and the filter stay as they were,
and the word quoted is searched as before. Pilot at 80×24 in Vietnamese and 120×40 in English, on the bundled sample.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.query import Filter, QueryError
from tests.tui.browser_helpers import active_filter, browsing, listed_ids, screen_text, set_filter, settle, type_text
from tui.i18n import Translator
from tui.i18n_errors import explain
from tui.widgets.status_line import StatusLine

SIZES = [("vi", (80, 24), "trừ tinh:x", '"trừ" quahan'), ("en", (120, 40), "not dịch", '"not" overdue')]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size", "typed", "quoted"), SIZES)
async def test_a_negation_is_refused_and_the_list_stays(bundled_store: Path, lang: str, size: tuple[int, int],
                                                        typed: str, quoted: str) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await set_filter(pilot, "nam:2025")
        before = listed_ids(app)
        await pilot.press("colon", "ctrl+u")
        await type_text(pilot, typed)
        await pilot.press("enter")
        await settle(pilot)
        with pytest.raises(QueryError) as refused:
            Filter.parse(typed)
        message = t("filter.error", error=explain(str(refused.value), t))
        word = typed.split()[0]
        assert message.startswith(t("filter.error", error=f"{word}: ")), message
        line = app.browser.query_one(StatusLine)
        rows = screen_text(app).splitlines()[1: 1 + line.rows]
        assert " ".join(" ".join(row.split()) for row in rows) == message, rows  # whole, between words
        assert ("chỉ phủ định được" if lang == "vi" else "can be negated") in message
        assert app.focused is app.filter_bar.input  # fixed where it is typed
        assert listed_ids(app) == before and active_filter(app) == Filter.parse("nam:2025")
        await pilot.press("ctrl+u")
        await type_text(pilot, quoted)  # the word itself, quoted, and the overdue clause
        await pilot.press("enter")
        await settle(pilot)
        assert active_filter(app).values("text") == [word] and "overdue" in active_filter(app).fields()
        assert line.rows == 1
