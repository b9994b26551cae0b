"""Switching the interface language in the browser (`L`), without a restart.

Every screen and widget looks its words up through the one `Translator` the browser's state holds
(`tui.state.BrowserState.t`), so switching is: that translator takes the other language, the words drawn
once (labels, column headings, key descriptions, the title) are drawn again, and the search on screen runs
again, which redraws the list, the facet counts, the status line and the selected survey in the new
language; the notes still on screen are said again in it (`tui.toasts`). Dialogs opened afterwards are
made in it. The choice is kept in the store's settings file (`tui.settings`), so the next browser on this
store opens in it; `--lang` still wins for one run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .toasts import Toasts

if TYPE_CHECKING:
    from .screens.browser_keys import BrowserKeys


def switch_language(screen: BrowserKeys) -> None:
    """The other language, everywhere on screen, the notes still shown said again in it; a note says which."""
    screen.state.switch_language()
    t = screen.state.t
    screen.app.title = t("title")
    screen.relabel()
    if isinstance(toasts := getattr(screen.app, "toasts", None), Toasts):  # the browser's app (`tui.app`)
        toasts.again(t)
    screen.notify(t("note.language"), markup=False)
