"""What a failed worker of the browsing screen leaves: the one place such failures land, and the browser stays up.

Every worker the screen runs (`tui.loading`, `tui.searching`, `tui.pickers`,
`tui.survey_actions`) fails into `WorkerFailures.landed`: a store that did not
open is said by the list and the details pane in full (a toast would only
repeat it); a page or a search that failed leaves the rows as they are and
says so; anything else leaves a note titled by its group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.worker import Worker, WorkerState

from .i18n_errors import explain
from .safe import visible

if TYPE_CHECKING:
    from .screens.browser import BrowserScreen

_FAILED = {"export": "note.export_failed", "followup": "note.save_failed"}
"""Title of the note a failed worker of each group leaves."""


class WorkerFailures:
    """The failures of one browser screen's workers (see the module docstring)."""

    def __init__(self, screen: BrowserScreen) -> None:
        self.screen = screen
        self.state = screen.state

    def landed(self, event: Worker.StateChanged) -> None:
        """Say what failed, keep the browser running."""
        if event.state != WorkerState.ERROR:
            return
        screen = self.screen
        screen.first_frame.release()
        group, error = event.worker.group, event.worker.error
        if group == "load":  # the list and details say it in full; a toast would only repeat it
            self._load_failed(error)
            return
        if group == "page":
            screen.searches.pages_failed()
        elif group == "search":  # the rows are the last search's: said, or the filter bar would vouch for them
            screen.searches.landed(screen.searches.generation)  # nothing more will land for it
            screen.searches.splitting, screen.searches.failed = 0, screen.searches.generation
            screen.set_status(screen.t("status.search_failed"), error=True)
            screen.searches.run_waiting()
        elif group == "followup" and _changed_meanwhile(error):  # nothing was saved: show what is stored now
            screen.reload()
        if group in ("search", "page") and _said_on_top(screen, error):
            return
        title = screen.t(_FAILED.get(group, "note.error"))
        screen.notify(visible(explain(str(error), screen.t)), title=title, severity="error", markup=False, timeout=10)

    def _load_failed(self, error: BaseException | None) -> None:
        screen, state = self.screen, self.state
        screen.loader.failed(error)
        screen.set_status(screen.t("status.failed"))
        screen.watcher.failed_to_open(error)  # a server that did not answer: tried again (`tui.watching`)
        if state.catalog is None:
            screen.show_load_error()
        screen.facets.wait(None)


def _said_on_top(screen: BrowserScreen, error: BaseException | None) -> bool:
    """A store out of reach, said by the screen over the browser where it says its own (the `u` list's line under
    its title, `store_unreached`), not by a note over that screen: `L` in the list searches again under it, and a
    stopped server's note had covered the list (session 42). The browser's status line says it when it is on top."""
    from store.errors import StoreOutOfReach  # noqa: PLC0415 - loaded with the store already

    top = screen.app.screen
    said = getattr(top, "store_unreached", None)
    if top is screen or not isinstance(error, StoreOutOfReach) or not callable(said):
        return False
    said()
    return True


def _changed_meanwhile(error: BaseException | None) -> bool:
    from .screens.followup_save import ChangedMeanwhile  # noqa: PLC0415 - loaded by the save that raised it

    return isinstance(error, ChangedMeanwhile)
