"""A bare app that opens the follow-up screen on one record's first recommendation, as the browser does: shared by
the Pilot tests of the follow-up screen's refusals (a day its month lacks, a deadline before the visit)."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tui.screens.followup import FollowUpScreen


class FollowUpHost(App[None]):
    """Opens `FollowUpScreen` on `record`'s first recommendation; `result` is what it closed with ("open" until)."""

    def __init__(self, record: dict[str, Any], lang: str) -> None:
        super().__init__()
        self.record = record
        self.lang = lang
        self.result: Any = "open"

    def on_mount(self) -> None:
        def done(record: Any) -> None:
            self.result = record
        self.push_screen(FollowUpScreen(self.record, ("recommendations", 0), self.lang, today=date(2026, 12, 6)), done)


async def save_deadline(app: FollowUpHost, pilot: Pilot[None], typed: str) -> str:
    """Type `typed` as the deadline, press Ctrl+S, and return what the screen's error line says."""
    app.screen.query_one("#followup-deadline", Input).value = typed
    await pilot.press("ctrl+s")
    await pilot.pause()
    return str(app.screen.query_one("#followup-error", Static).render())
