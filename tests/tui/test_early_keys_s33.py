"""A dialog's own keys that type into no field and write nothing are kept when typed ahead (`KEYS_AHEAD`).

Session 32 dropped every key read before a dialog's first frame (`tui.early_keys`), so `e Esc` typed in one
stroke left the export dialog open and `u Enter` opened only the list. Kept now: Esc and F1 in the export, follow-up
and correction dialogs, Esc in the delete confirmation (never "y": `test_early_keys_s32`), the follow-up list's
Enter. Still dropped: any key into a field (`r r`, a paste), and Esc before the review of an imported draft (it would
leave an article out unseen). The keys are delivered as in `test_early_keys_s32`: from the screen's `on_mount`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.extract import extract_file
from store.store import SurveyStore
from tests.tui.browser_helpers import browsing, burst, finish
from tests.tui.test_early_keys_s32 import ARTICLES, SIZES, key, late, opened
from tests.tui.waiting import drained, until
from tui.screens.browser import BrowserScreen
from tui.screens.confirm_delete import ConfirmDeleteScreen
from tui.screens.export_dialog import ExportScreen
from tui.screens.followup import FollowUpScreen
from tui.screens.help import HelpScreen
from tui.screens.items import ItemsScreen
from tui.screens.review import ReviewScreen
from tui.screens.review_correct import CorrectScreen

pytestmark = pytest.mark.slow  # Pilot flows


@pytest.mark.parametrize("lang, size", SIZES)
@pytest.mark.parametrize("opener, kind", [("e", ExportScreen), ("r", ReviewScreen)], ids=["export", "correction"])
async def test_esc_typed_with_the_opening_key_closes_the_dialog(bundled_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                              lang: str, size: tuple[int, int], opener: str,
                                                              kind: type) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, kind, key("escape"))
        burst(app, opener)
        await drained(pilot)
        await finish(pilot)
        assert isinstance(app.screen, BrowserScreen)


@pytest.mark.parametrize("lang, size", SIZES)
async def test_f1_typed_with_e_shows_the_dialog_keys(bundled_store: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                     size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, ExportScreen, key("f1"))
        burst(app, "e")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the export dialog's keys")
        assert isinstance(app.screen_stack[-2], ExportScreen)


@pytest.mark.parametrize("lang, size", SIZES)
async def test_esc_typed_with_d_keeps_the_survey(bundled_store: Path, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                 size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        chosen = str(app.record(app.survey_list.selected or 0)["id"])
        late(monkeypatch, ConfirmDeleteScreen, key("escape"))
        burst(app, "D")
        await drained(pilot)
        await finish(pilot)
        assert isinstance(app.screen, BrowserScreen)
        assert SurveyStore.open(bundled_store).get(chosen) is not None


@pytest.mark.parametrize("lang, size", SIZES)
async def test_u_enter_in_one_stroke_opens_the_first_item(bundled_store: Path, monkeypatch: pytest.MonkeyPatch,
                                                          lang: str, size: tuple[int, int]) -> None:
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, ItemsScreen, key("enter"))
        burst(app, "u")
        dialog = await opened(pilot, FollowUpScreen)
        assert app.screen is dialog and isinstance(app.screen_stack[-2], BrowserScreen)


@pytest.mark.parametrize("lang, size", SIZES)
async def test_esc_typed_ahead_of_a_drafts_review_is_still_dropped(bundled_store: Path,
                                                                  monkeypatch: pytest.MonkeyPatch, lang: str,
                                                                  size: tuple[int, int]) -> None:
    """Look-alike: Esc there leaves an article out of the import, a decision about a draft not yet seen."""
    draft = extract_file(ARTICLES / "a04_cu_chi.html")
    async with browsing(bundled_store, lang, size) as (app, pilot):
        late(monkeypatch, ReviewScreen, key("escape"))
        app.push_screen(ReviewScreen(draft, lang))
        screen = await opened(pilot, ReviewScreen)
        assert app.screen is screen and not isinstance(screen, CorrectScreen)
