"""Every message of the status line is read whole, at 80×24 in Vietnamese and at 120×40 in English.

A bad filter's reason (170 cells in Vietnamese, with the list of field names) was cut at the 80th column of the
one-row line, mid-word, and only a note in the corner said it whole. The line now takes the rows a message needs,
wrapped between words, under the filter input; the count stays one row (its kinds shown as far as they fit whole).
"""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console
from textual.app import App, ComposeResult

from store.query import QueryError
from tests.tui.browser_helpers import browsing, notes, screen_text, set_filter, settle, type_text
from tui.i18n import CATALOG, Translator
from tui.i18n_errors import explain
from tui.kinds import kind_counted
from tui.widgets.filter_bar import _parse
from tui.widgets.status_line import StatusLine

SIZES = [("vi", (80, 24)), ("en", (120, 40))]
BAD_FILTERS = ["tinhh:x", "colour:red", "nam=2025", "nam:20255", "tu:31/02/2025", "hinhthuc:abc", "trangthai:xyz",
               "quahan:1", "tu:2025-09..2025-07", "ngay:2025-07..2025-05", "since:May", "tinh:",
               'tinh: "binh duong"']
"""Filters the core refuses, each for another reason; the longest reasons list every field or value."""
KINDS = ("khảo sát", "giám sát", "kiểm tra", "làm việc", "đối thoại")
PATH = "/home/nguyen.van.an/.local/share/surveys/surveys.json"
"""The longest values the line is given: a store's path, a total, the seconds between tries to reach a server."""


class LineOnly(App[None]):
    CSS = "#status { height: 1; padding: 0 1; }"  # as the browser's stylesheet gives it

    def compose(self) -> ComposeResult:
        yield StatusLine(id="status")


def _rows(app: App[None], line: StatusLine) -> list[str]:
    console = Console(file=StringIO(), width=app.size.width, height=app.size.height, record=True,
                      color_system=None, legacy_windows=False)
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text().splitlines()[: line.rows]


def _messages(t: Translator) -> list[str]:
    """Every whole message the browser puts on the line, with the largest values it is given."""
    values = {"path": PATH, "total": t.number(100_000), "seconds": t.number(2),
              "day": "10/01/2027", "how": "SURVEYS_TODAY"}  # status.today: a day set by --today / SURVEYS_TODAY
    said = [t(key, **values) for key in CATALOG if key.startswith("status.")
            and key not in ("status.count", "status.kinds", "status.kind", "status.counting", "status.stale_index")]
    for text in BAD_FILTERS:
        with pytest.raises(QueryError) as refused:
            _parse(text)
        said.append(t("filter.error", error=explain(str(refused.value), t)))
    return said


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_every_message_is_read_whole_between_words(lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    app = LineOnly()
    async with app.run_test(size=size) as pilot:
        line = app.query_one(StatusLine)
        for message in _messages(t):
            line.say(message, error=True)
            await pilot.pause()
            rows = _rows(app, line)
            assert " ".join(" ".join(row.split()) for row in rows) == " ".join(message.split()), (message, rows)
            assert all(len(row.rstrip()) <= size[0] - 1 for row in rows), rows  # the padding is kept
        line.say("5 / 5")
        await pilot.pause()
        assert line.rows == 1 and line.styles.height is not None and line.styles.height.value == 1  # given back


@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_the_count_stays_one_row_and_shows_kinds_only_whole(lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    app = LineOnly()
    async with app.run_test(size=size) as pilot:
        line = app.query_one(StatusLine)
        head = t("status.count", shown=t.number(99_999), total=t.number(100_000), sort=t("sort.locality"))
        head += t("status.counting")
        counted = [kind_counted(kind, 19_999, t) for kind in KINDS]
        kinds = [t("status.kinds", kinds=counted[0])] + [", " + kind for kind in counted[1:]]
        line.say(head, optional=tuple(kinds))
        await pilot.pause()
        shown = line.shown
        assert line.rows == 1 and len(_rows(app, line)) == 1
        assert shown.startswith(head) and len(shown) <= size[0] - 2, shown
        taken = shown[len(head):]
        assert taken in ["".join(kinds[:count]) + (", …" if 0 < count < len(kinds) else "")
                         for count in range(len(kinds) + 1)], taken  # whole pieces, the rest said by "…"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "size"), SIZES)
async def test_a_bad_filter_is_said_whole_under_the_input_and_the_line_shrinks_back(
        bundled_store: Path, lang: str, size: tuple[int, int]) -> None:
    t = Translator(lang)
    async with browsing(bundled_store, lang, size=size) as (app, pilot):
        await pilot.press("colon", "ctrl+u")
        await type_text(pilot, "tinhh:x")
        await pilot.press("enter")
        await pilot.pause()
        with pytest.raises(QueryError) as refused:
            _parse("tinhh:x")
        message = t("filter.error", error=explain(str(refused.value), t))
        line = app.browser.query_one(StatusLine)
        rows = screen_text(app).splitlines()[1: 1 + line.rows]
        assert " ".join(" ".join(row.split()) for row in rows) == message, rows
        assert line.rows == (3 if lang == "vi" else 2)
        assert not notes(app)  # said once, where the user is typing
        assert app.focused is app.filter_bar.input  # the user fixes it where it is
        await pilot.press("escape")
        await settle(pilot)
        assert line.rows == 1 and screen_text(app).splitlines()[1].strip().startswith(
            t("status.count", shown="5", total="5", sort=t("sort.date")))
        await set_filter(pilot, "nam:2025")
        assert line.rows == 1
