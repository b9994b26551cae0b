"""A ward picked is answered by one whole frame (`tui.frames_out.draw_now`): when the browser draws the first frame
after the picker leaves, no widget still holds a request to be laid out or repainted that the screen has not taken
(before, the sidebar's layout, or the list's, reached the screen only after that frame, and a second frame of the
whole screen followed)."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget

from tests.tui.browser_helpers import browsing, settle, type_text
from tui.frames_out import draw_now
from tui.screens.browser import BrowserScreen
from tui.screens.picker import PickerScreen


def _left_behind(screen: BrowserScreen) -> list[str]:
    """Requests for the next frame the screen has not taken yet: a widget's flag (its queue has not turned idle), or
    its Layout or Update message still queued for the screen."""
    waiting = [f"{type(widget).__name__}#{widget.id}" for widget in screen.walk_children(Widget)
               if widget._layout_required or widget._repaint_required]
    pending: list[object] = list(getattr(screen._message_queue, "values", ()))  # (Textual's own queue)
    queued = [type(message).__name__ for message in pending if type(message).__name__ in ("Layout", "Update")]
    return sorted(waiting + queued)


async def test_the_frame_answering_a_pick_holds_every_widgets_request(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en") as (app, pilot):
        browser = app.browser
        left_behind: list[list[str]] = []
        draw = browser._compositor_refresh

        def drawn() -> None:
            if app.screen is browser and not app._batch_count:
                left_behind.append(_left_behind(browser))
            draw()

        await pilot.press("w")
        await type_text(pilot, "lai")
        assert isinstance(app.screen, PickerScreen)
        browser._compositor_refresh = drawn  # type: ignore[method-assign]
        await pilot.press("enter")
        await settle(pilot)
        assert app.active_filter.values("ward")  # the ward is picked
        assert left_behind and left_behind[0] == []  # the first frame after the picker held every request


async def test_draw_now_draws_every_widgets_request_in_its_frame(bundled_store: Path) -> None:
    """The sidebar and the list asked to be laid out, their queues not yet idle: the frame `draw_now` draws has
    taken both requests (drawn at the screen's next turn instead, it had not: they came after it)."""
    async with browsing(bundled_store, "en") as (app, pilot):
        browser = app.browser
        left_behind: list[list[str]] = []
        draw = browser._compositor_refresh

        def drawn() -> None:
            left_behind.append(_left_behind(browser))
            draw()

        browser._compositor_refresh = drawn  # type: ignore[method-assign]
        with app.batch_update():
            browser.facets.refresh(layout=True)
            browser.survey_list.refresh(layout=True)
        draw_now(browser)  # at once, as a pick's batch ends: no turn of the loop in between
        await settle(pilot)
        assert left_behind and left_behind[0] == []
