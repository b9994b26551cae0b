"""The browser takes the day set by `--today` / `SURVEYS_TODAY` as today, and says so (a tryout of session 38: a
trial of "next month" ran the program under `faketime`, and nothing on screen said the day was not the real one).

The `overdue` filter's count and the `u` list's "!" move with the day set; the status line says the day and where
it was set, in both languages; with no day set it says nothing of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from store.store import SurveyStore
from store.today import ENV, set_today
from tests.factories import make_record
from tests.tui.browser_helpers import browsing, finish, screen_text, set_filter
from tui.screens.items import ItemsScreen
from tui.widgets.status_line import StatusLine

pytestmark = pytest.mark.slow  # Pilot flows
DUE = "2026-12-15"
SAID = {"vi": "Hôm nay: 10/01/2027 (đặt bằng --today)", "en": "Today: 2027-01-10 (set by --today)"}
COUNT = {("vi", True): "1 / 6 chuyến", ("vi", False): "0 / 6 chuyến",  # the store: five bundled visits and ours
         ("en", True): "1 of 6 visits", ("en", False): "0 of 6 visits"}


@pytest.fixture
def store(tmp_path: Path) -> Path:
    record = make_record(recommendations=[{"text": "Bổ sung máy quét hồ sơ.", "deadline": DUE}])
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([record])
    return path


@pytest.fixture
def day(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(ENV, raising=False)
    yield
    set_today(None)


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
@pytest.mark.parametrize("late", [True, False])
async def test_overdue_and_the_items_mark_move_with_the_day_set(store: Path, day: None, lang: str,
                                                                size: tuple[int, int], late: bool) -> None:
    set_today(date(2027, 1, 10) if late else date(2026, 12, 1))
    async with browsing(store, lang, size) as (app, pilot):
        status = app.screen.query_one(StatusLine)
        assert (SAID[lang] in status.shown) is late, status.shown
        await pilot.press("u")
        await finish(pilot)
        assert isinstance(app.screen, ItemsScreen)
        assert (DUE.split("-")[2] + "/12/2026 !" if lang == "vi" else f"{DUE} !") in screen_text(app) or not late
        assert (" !" in screen_text(app)) is late, screen_text(app)
        await pilot.press("escape")
        await finish(pilot)
        await set_filter(pilot, "overdue")
        await finish(pilot)
        assert COUNT[lang, late] in app.screen.query_one(StatusLine).shown


async def test_the_environments_day_is_said_as_such(store: Path, day: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "2027-01-10")
    async with browsing(store, "vi", (80, 24)) as (app, _pilot):
        assert "Hôm nay: 10/01/2027 (đặt bằng SURVEYS_TODAY)" in app.screen.query_one(StatusLine).shown
    monkeypatch.delenv(ENV)
    async with browsing(store, "vi", (80, 24)) as (app, _pilot):
        assert "Hôm nay" not in app.screen.query_one(StatusLine).shown
