"""The survey under the list's cursor: its id and record, its details drawn, the one kept while the store is read again.

`Selection` holds no widget: it reads the browsing screen's list and draws
in its details pane (`tui.screens.browser`). A survey's details are drawn
once the cursor settles (the list's cursor is painted first, #17), or at
once when a picker leaves. When the store is read again (an import, a saved
edit) the survey selected is kept: its id waits until the next search
lands, and the list's cursor is put back on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .details_links import DetailsLinks
from .safe import plain
from .widgets.details import describe

if TYPE_CHECKING:
    from .model import Found
    from .screens.browser import BrowserScreen


class Selection:
    """The selected survey of one browser screen (see the module docstring)."""

    def __init__(self, screen: BrowserScreen) -> None:
        self.screen = screen
        self.state = screen.state
        self.keep_id: str | None = None
        """The survey to keep selected when the next search lands (after a reload)."""
        self.wanted: str | None = None
        """A survey just written (an import): selected when a search of the catalog that holds it lands, not one of
        a stale index read meanwhile (which cannot list it), whatever the cursor did in between."""
        self.links = DetailsLinks(screen)
        """The "raised before" lines of the survey shown, found in a thread (`tui.details_links`)."""

    def id(self) -> str | None:
        selected, catalog = self.screen.survey_list.selected, self.state.catalog
        record = catalog.record(selected) if catalog is not None and selected is not None else None
        return record.get("id") if record else None

    def record(self) -> dict[str, Any] | None:
        """The survey under the cursor, fetched now if need be; None (and a note saying so) if there is none."""
        position = self.screen.survey_list.selected
        if self.state.catalog is None or position is None:
            self.screen.notify(self.screen.t("note.no_selection"), markup=False)
            return None
        return self.state.record(position)

    def keep(self) -> None:
        """The store is to be read again: the survey selected now is the one to select when its search lands."""
        self.keep_id = self.keep_id or self.id()

    def to_keep(self) -> str | None:
        """The survey the next search is to find (even past its first page): the one wanted, once the catalog is
        fresh, else the one kept."""
        return self.wanted if self.wanted is not None and not self.state.index_stale else self.keep_id

    def wanted_now(self) -> str | None:
        """The survey just written that the search landing now is to select (`take_kept` takes it)."""
        return self.wanted if not self.state.index_stale else None

    def take_kept(self) -> tuple[str, ...]:
        """The surveys to select as a search lands, the first listed: the one wanted (once the catalog is fresh),
        then the one kept or selected now; kept no longer."""
        kept, self.keep_id = self.keep_id or self.id(), None
        wanted = self.wanted if not self.state.index_stale else None
        if wanted is not None:
            self.wanted = None
        return tuple(survey for survey in (wanted, kept) if survey)

    def moved(self, position: int | None) -> None:
        """The list's cursor moved to `position`."""
        if self.keep_id is not None:  # the store is read again (an import): the record moved to is the one kept,
            self.keep_id = self.id() or self.keep_id  # not the one the reading began on
        self.show(position)

    def show(self, position: int | None) -> None:
        state, details, t = self.state, self.screen.details, self.screen.t
        catalog = state.catalog
        record = catalog.record(position) if catalog and position is not None else None
        if position is None or catalog is None:
            details.show(plain(state.details_message(self.screen.survey_list.message_rest()), keep_newlines=True))
        elif record is None:  # its page is on its way (`BrowserScreen.on_page_fetched` shows it)
            details.show_settled(position, lambda: plain(t("empty.loading")))
        else:  # drawn when the selection settles: the list's cursor is painted first (#17)
            details.show_settled(record, lambda: describe(record, t, state.item_test(), links=self.links.of(record),
                                                          found=state.text_test()))

    def redraw(self, record: dict[str, Any]) -> None:
        """`record` drawn again where the pane shows it now, its links known (`tui.details_links`)."""
        t = self.state.t
        self.screen.details.redraw(record, lambda: describe(record, t, self.state.item_test(),
                                                            links=self.links.of(record), found=self.state.text_test()))

    def show_now(self) -> None:
        """Draw the selected survey at once, not once the selection has settled (a picker is leaving: drawn in
        the frame that shows the rows, rather than in one of its own)."""
        self.show(self.screen.survey_list.selected)
        self.screen.details.settle_now()


def kept_row(found: Found, ids: tuple[str, ...]) -> int:
    """Where the first of `ids` that `found` lists stands (on its first page, or past it when the search kept it);
    the first row when it lists none."""
    for survey in ids:
        row = listed_row(found, survey)
        if row is not None:
            return row
    return 0


def listed_row(found: Found, survey: str) -> int | None:
    """Where `found` lists `survey` (on its first page, or past it when the search kept it); None: not listed."""
    row = next((i for i, record in enumerate(found.first) if record.get("id") == survey), None)
    if row is None and found.kept is not None and found.kept[0] == survey:  # past the first page
        row = found.kept[1]
    return row
