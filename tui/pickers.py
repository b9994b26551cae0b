"""The one-key filters that open a dialog: w p t b B (pickers), d (dates), W T (this survey's).

Kept apart from `tui.app` so the app module stays about state and workers.
The choices offered are the facet values of the current search, so each
shows how many surveys it would leave under the rest of the filter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from store.query import DATE_FIELDS, Clause, Filter, facet_clause

from .former import former_choices
from .fuzzy import Choice
from .model import ward_label
from .vocabulary import Joined, bodies_by_type, bodies_of_kind, offered

if TYPE_CHECKING:
    from .app import SurveysApp

    _Base = SurveysApp
else:
    _Base = object


class PickerMixin(_Base):
    def choices(self, facet: str, only: list[str] | None = None) -> Sequence[Choice]:
        """Values of `facet` with their counts; `only` keeps just those values (in that order).

        Provinces come with the provinces and districts merged away that surveys name (marked as
        former); body types are counted from the body counts (`tui.vocabulary`, made once per vocabulary).
        """
        facets = self.found.facets if self.found else {}
        assert self.catalog is not None
        if facet == "bodytype":
            kinds = [(kind, count) for kind, count, _ in bodies_by_type(facets.get("body", []))]
            return offered(self.catalog, self.lang, facet, kinds)
        today = offered(self.catalog, self.lang, facet, facets.get(facet, []), only)
        if facet == "province" and only is None:
            return Joined(today, former_choices(self.catalog, self.found, self.active_filter, self.t))
        return today

    def action_pick(self, facet: str) -> None:
        if self.catalog is None:
            if self.is_listed and self.load_error is None:
                self.notify(self.t("note.indexing"), markup=False)  # the choices and their counts need the index
            return

        def picked(value: str | None) -> None:
            if value is None:
                return
            if facet == "bodytype":
                self.apply_filter(self.with_body_type(value))
            elif value.startswith(("province:", "ward=")):  # a former unit: its clause is the value
                self.apply_filter(self.active_filter.with_clause(Filter.parse(value).clauses[0]))
            else:
                self.apply_filter(self.active_filter.with_clause(facet_clause(facet, value)))

        self._open_picker(facet, None, picked)

    def type_clauses(self, kind: str) -> list[Clause]:
        """One `body=` clause per body of type `kind` counted under the filter (ORed, as facet values are)."""
        bodies = [body for body, _ in self.found.facets.get("body", [])] if self.found else []
        return [facet_clause("body", body) for body in bodies_of_kind(kind, bodies)]

    def with_body_type(self, kind: str) -> Filter:
        kept = self.active_filter.without_field("body")
        for clause in self.type_clauses(kind):
            kept = kept.with_clause(clause)
        return kept

    def _open_picker(self, facet: str, only: list[str] | None, picked: Callable[[str | None], None]) -> None:
        """Open at once, so keys typed next land in it; the counts follow when the search in flight lands."""
        from .screens.picker import PickerScreen  # noqa: PLC0415 - loaded when first used: a fast start

        shown = self.found
        picker = PickerScreen(self.t(f"picker.{facet}"), self.choices(facet, only), self.t)
        self.push_screen(picker, picked)
        # counts of a search still in flight: offer them again when it lands (not when they are already these)
        def counted() -> None:
            if self.found is not shown:
                picker.set_choices(self.choices(facet, only))

        self.when_current(counted)

    def action_only(self, facet: str) -> None:
        """Only this survey's ward or topic: at once if it has one, else a picker of its own.

        Works while the index is being built: the filter is searched when it is ready.
        """
        position = self.survey_list.selected
        if self.catalog is None or position is None:
            self.notify(self.t("note.no_selection"), markup=False)
            return
        record = self.record(position)
        if facet == "ward":
            values = list(dict.fromkeys(ward_label(loc) for loc in record.get("localities", [])))
        else:
            values = list(record.get("topics", []))
        if not values:
            self.notify(self.t(f"note.no_{facet}"), markup=False)
            return

        def picked(value: str | None) -> None:
            if value is not None:
                self.apply_filter(self.active_filter.without_field(facet).with_clause(facet_clause(facet, value)))

        if len(values) == 1:
            picked(values[0])
            return
        self._open_picker(facet, values, picked)

    def action_dates(self) -> None:
        dates = [c for c in self.active_filter.clauses if c.field in DATE_FIELDS]
        current = _typed_form(dates[-1]) if dates else ""

        def chosen(clause: Clause | None) -> None:
            if clause is not None:
                kept = Filter(tuple(c for c in self.active_filter.clauses if c.field not in DATE_FIELDS))
                self.apply_filter(kept.with_clause(clause))

        from .screens.dates import DatesScreen  # noqa: PLC0415 - loaded when first used: a fast start

        self.push_screen(DatesScreen(self.t, current), chosen)


def _typed_form(clause: Clause) -> str:
    """What the user would type in the date dialog for an existing date clause."""
    return f"{clause.field} {clause.value}" if clause.field in ("since", "until") else clause.value
