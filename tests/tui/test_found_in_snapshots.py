"""A visit found by `/` through a response alone says so on the details pane's first line, inside the fold at 80×24
(vi) and at 120×40 (en): "có từ đang tìm ở: phản hồi kiến nghị 1" / "found in: the response to recommendation 1".
The "◂ search words here" mark beside the response is far below (docs/tryout-s35-product15.md, left open)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.followup import save_followup
from store.tinydb_repository import TinyDBRepository
from tests.bundled import RACH_DUA
from tests.tui.browser_helpers import browsing, details_text, settle, type_text
from tests.tui.test_screen_snapshots import IDS, SIZES, pressing
from tui.app import SurveysApp

pytestmark = pytest.mark.slow  # SVG snapshots and Pilot flows

SAID = "Bộ đã có văn bản hướng dẫn."


@pytest.fixture
def answered(bundled_store: Path) -> Path:
    """The bundled store with a response to Rạch Dừa's first recommendation that no other field of it holds."""
    repository = TinyDBRepository(bundled_store)
    save_followup(repository, RACH_DUA, ("recommendations", 0), response=("2025-12-01", SAID))
    repository.close()
    return bundled_store


@pytest.mark.parametrize(("lang", "size"), SIZES, ids=IDS)
def test_found_by_a_response(snap_compare, answered: Path, lang: str, size: tuple[int, int]) -> None:
    assert snap_compare(SurveysApp(answered, lang=lang), terminal_size=size,
                        run_before=pressing("slash", typed="bo da co van ban", then=("enter",)))


@pytest.mark.parametrize(("lang", "said"), [("vi", "▾ có từ đang tìm ở: phản hồi kiến nghị 1"),
                                            ("en", "▾ found in: the response to recommendation 1")])
async def test_the_first_line_of_the_pane_says_where(answered: Path, lang: str, said: str) -> None:
    async with browsing(answered, lang, size=(80, 24)) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "bo da co van ban")
        await settle(pilot)
        assert details_text(app).splitlines()[0].strip() == said
        await pilot.press("escape")
        await settle(pilot)
        assert "▾" not in details_text(app)
