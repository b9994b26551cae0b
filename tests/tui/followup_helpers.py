"""Steps the follow-up Pilot tests share: open an item from `u`, wait for a save to land, read the stored item."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from store.store import SurveyStore
from tests.present import present
from tests.tui.browser_helpers import finish
from tui.screens.followup import FollowUpScreen
from tui.screens.items import ItemsScreen


def stored(path: Path, record_id: str) -> dict[str, Any]:
    return present(SurveyStore.open(path).get(record_id))


async def saved_to_the_list(pilot) -> ItemsScreen:
    """Once a save has landed: the list of items it came back to."""
    await asyncio.gather(*(worker.wait() for worker in list(pilot.app.workers)), return_exceptions=True)
    for _ in range(200):
        await pilot.pause()
        if isinstance(pilot.app.screen, ItemsScreen):
            break
    assert isinstance(pilot.app.screen, ItemsScreen)
    return pilot.app.screen


async def back_to_the_browser(pilot) -> None:
    """Once a save has landed: Esc on the list of items it came back to, and the browser reloaded."""
    await saved_to_the_list(pilot)
    await pilot.press("escape")
    await finish(pilot)


async def open_item(pilot, downs: int) -> FollowUpScreen:
    await pilot.press("u")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ItemsScreen)
    await pilot.press(*["down"] * downs, "enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, FollowUpScreen)
    return screen
