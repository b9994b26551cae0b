"""The filter bar (`:`) and the free-text search line (`/`).

Both end up as one `Filter`: the bar replaces it with what was typed, the
search line adds (or replaces) the last free-text clause as the user types,
and escape puts back the filter that was there before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.query import Clause, Filter

from .safe import visible
from .widgets.filter_bar import FilterBar
from .widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from .app import SurveysApp

    _Base = SurveysApp
else:
    _Base = object


class SearchMixin(_Base):
    _search_base: Filter | None = None

    def on_filter_bar_applied(self, message: FilterBar.Applied) -> None:
        self.apply_filter(message.query)
        self.survey_list.focus()

    def on_filter_bar_invalid(self, message: FilterBar.Invalid) -> None:
        text = self.t("filter.error", error=message.error)
        self._set_status(text, error=True)
        self.notify(visible(text), severity="error", markup=False)

    def on_filter_bar_left(self, message: FilterBar.Left) -> None:
        self._show_count()
        self.survey_list.focus()

    def action_edit_filter(self) -> None:
        self.screen.set_focus(self.filter_bar.input)

    def action_search(self) -> None:
        texts = [c for c in self.active_filter.clauses if c.field == "text"]
        last = texts[-1] if texts and self.active_filter.clauses[-1] == texts[-1] else None
        self._search_base = self.active_filter.toggled(last) if last else self.active_filter
        self.query_one("#search-bar", SearchBar).open(last.value if last else "")

    def _with_search(self, text: str) -> Filter:
        base = self._search_base if self._search_base is not None else self.active_filter
        return base.with_clause(Clause("text", text.strip())) if text.strip() else base

    def on_search_bar_typed(self, message: SearchBar.Typed) -> None:
        self.apply_filter(self._with_search(message.text))

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        wanted = self._with_search(message.text) if message.keep else (self._search_base or self.active_filter)
        self._search_base = None
        if wanted != self.active_filter:
            self.apply_filter(wanted)
        self.survey_list.focus()
