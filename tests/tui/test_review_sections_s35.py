"""Ctrl+↓ and Ctrl+↑ go from section to section of the review and correction forms, and the footer says so.

At 80×24 the localities were the 6th Tab and the figures twenty further (the offices' tryout, session 34): Tab
overshot twice. Ctrl+↓ is the next section's first field with its heading in sight; Ctrl+↑ this section's first
field, then the one before's; both go round at the ends.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static

from tests.tui.browser_helpers import browsing, open_screen, screen_text
from tests.tui.review_host import review_open
from tests.tui.waiting import until
from tui.screens.review import ReviewScreen
from tui.screens.review_correct import CorrectScreen
from tui.screens.review_focus import section_of

pytestmark = pytest.mark.slow  # Pilot flows

def where(app: App[Any]) -> str:
    """The focused field's section and whether it is its first: "figures 0-keep"."""
    focused = app.focused
    return f"{section_of(focused)} {(focused.id or '').rsplit('-', 2)[-2:]}" if focused else "nothing"


async def press(pilot: Pilot[Any], key: str, section: str) -> None:
    """Press `key` and wait for the first field (its keep box) of `section`, its heading in sight."""
    app = pilot.app
    await pilot.press(key)
    await until(pilot, lambda: (app.focused and app.focused.id) == f"review-{section}-0-keep",
                f"{key} to {section}, at {where(app)}")
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    [heading] = [node for node in screen.query(".review-section") if str(node.render()) == screen.words[section]]
    await pilot.pause()
    assert isinstance(heading, Static) and screen.can_view_entire(heading), section


@pytest.mark.parametrize(("lang", "size", "said"), [("vi", (80, 24), "^↓ Phần sau"),
                                                    ("en", (120, 40), "^↓ Next section")])
async def test_ctrl_down_and_up_go_between_the_review_forms_sections(lang: str, size: tuple[int, int],
                                                                     said: str) -> None:
    async with review_open(lang, size) as (app, pilot, screen):
        assert said in screen_text(app).splitlines()[-1]  # type: ignore[arg-type]
        await press(pilot, "ctrl+down", "localities")
        await press(pilot, "ctrl+down", "figures")
        screen.query_one("#review-figures-1-value").focus()  # a field in the middle of the section
        await pilot.pause()
        await press(pilot, "ctrl+up", "figures")  # this section's start first
        await press(pilot, "ctrl+up", "localities")  # then the one before
        await pilot.press("ctrl+up")  # the visit's own fields: the form's top
        await until(pilot, lambda: app.focused is screen.query_one("#review-id"), f"the id, at {where(app)}")
        assert screen.query_one("#review-scroll").scroll_y == 0
        await pilot.press("ctrl+up")  # round to the last section, the notes
        await until(pilot, lambda: app.focused is screen.query_one("#review-notes"), f"the notes, at {where(app)}")
        await pilot.press("ctrl+down")  # and round again to the top
        await until(pilot, lambda: app.focused is screen.query_one("#review-id"), f"the id again, at {where(app)}")


async def test_the_correction_form_has_them_too_at_80x24(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi", (80, 24)) as (app, pilot):
        screen = await open_screen(pilot, "r", CorrectScreen)
        await screen.rows_ready()
        assert "^↓ Phần sau" in screen_text(app).splitlines()[-1]
        await press(pilot, "ctrl+down", "localities")
        await pilot.press("ctrl+down")
        await until(pilot, lambda: section_of(app.focused) == "figures", f"the figures, at {where(app)}")
