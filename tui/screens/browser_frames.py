"""How the browsing screen draws its frames: one whole frame where Textual would draw two, none while repaints are held.

`BrowserFrames` is the base of `tui.screens.browser.BrowserScreen` (over
`BrowserKeys`): it overrides Textual's update of the screen so that a frame
waits while the terminal still writes the one before (`tui.frames_out`), a
repaint held (the launch's first frame, a pick applied under its picker) is
only noted, and what waits for a frame (`tui.after_frame.AfterFrame`) runs
once that frame is drawn, by this screen or by the dialog over it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .browser_keys import BrowserKeys

if TYPE_CHECKING:
    from ..after_frame import AfterFrame


class BrowserFrames(BrowserKeys):
    """The browsing screen's drawing; `BrowserScreen` gives the widgets, the searching and `after_frame`."""

    after_frame: AfterFrame
    _updating = False
    """In Textual's update of the screen (`_on_timer_update`): a repaint pending is drawn before it ends."""

    def _on_timer_update(self) -> None:
        frames = getattr(self.app, "frames_out", None)
        if frames is not None and frames.writing():  # the frame before is on its way: this one at the next tick
            self._update_timer.resume()
            return
        self._updating = True
        try:
            super()._on_timer_update()
        finally:
            self._updating = False

    def _compositor_refresh(self) -> None:
        """Textual renders the whole screen after each layout even while repaints are held, then throws the
        render away: while they are held (the launch's first frame, a pick applied under its picker), a repaint
        is only noted, and drawn when the batch ends. And when an update lays the screen out with a repaint of
        the whole screen pending (a picker has just left: it covered the screen), Textual drew the parts laid
        out, then the whole screen again, in the same update: two frames, the first with the picker's remains
        (#17: 8-13 KB and a few milliseconds before the frame that answered Enter). The whole screen alone is
        drawn.

        What waits for the frame (`AfterFrame`) runs once it is drawn: by this screen when it is the app's, or,
        under a dialog it shows through (the list of items a follow-up saved returns to, while the store
        reloads), by the dialog's next update, which draws what this refresh handed it. Not before: here the
        browser has only marked what changed. Under a screen that hides it (a picker) it draws nothing and what
        waits runs once it is back on top."""
        if self.app._batch_count:
            self._repaint_required = True
            return
        if self._updating and self._repaint_required:  # `Screen._on_timer_update` draws it all right after
            return
        super()._compositor_refresh()
        if self.app.screen is self:
            self.after_frame.drawn()
        elif self.after_frame.awaited and self.is_current:  # under a dialog, drawn in its update
            self.app.screen.call_after_refresh(self.after_frame.drawn)
