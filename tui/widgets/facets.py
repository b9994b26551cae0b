"""The facet sidebar: counts by province → ward, topic, year, body and kind.

Counts come from the index under the active filter less the facet's own
clauses, so several values of one facet can be ticked (OR) while the others
narrow (AND). Enter toggles a value as a filter clause. Only the largest
values of each facet are listed; the pickers (w, t, …) reach the rest.
While the index is being built there are no counts: `wait` shows a line
saying so until the first `show`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.content import Content
from textual.css.scalar import Unit
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.bodies import bodies_of_type, counts_by_type
from store.bodies import label as body_type_label
from store.query import Clause, Filter, facet_clause
from store.taxonomy import taxonomy

from ..i18n import Translator
from ..keys import cursor_keys
from ..safe import visible

LIMITS = {"province": 34, "ward": 5, "topic": 20, "year": 12, "bodytype": 8, "body": 8, "kind": 8}
PICKER_KEYS = {"province": "p", "ward": "w", "topic": "t", "body": "b", "bodytype": "B", "year": "d", "kind": ""}
FacetCounts = dict[str, list[tuple[str, int]]]


class FacetPanel(OptionList):
    BINDINGS = [
        *cursor_keys("cursor_down", "cursor_up", "first", "last"),
        Binding("escape", "screen.focus_list", show=False),
    ]

    @dataclass
    class Toggled(Message):
        clause: Clause

    @dataclass
    class GroupToggled(Message):
        """A kind of body: all its bodies' clauses go in together, or out together when all are in."""

        clauses: list[Clause]

    def __init__(self, t: Translator, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.t = t
        self.counts: FacetCounts = {}
        self.active = Filter()
        """The filter the counts were made under (not `query`: that is the widget's DOM query)."""
        self.ward_provinces: dict[str, tuple[str, ...]] = {}
        self._clauses: list[Clause | tuple[Clause, ...] | None] = []
        self.waiting: str | None = None
        """What the sidebar says while it has no counts yet (the index is being built)."""

    def show(self, counts: FacetCounts, query: Filter, ward_provinces: dict[str, tuple[str, ...]]) -> None:
        self.counts, self.active, self.ward_provinces = counts, query, ward_provinces
        self.waiting = None
        self._rebuild()

    def wait(self, text: str | None) -> None:
        """Say `text` (None: nothing) until counts are shown."""
        self.waiting = text
        self._rebuild()

    def on_resize(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        if not self.counts:
            self.clear_options()  # nothing searched yet (loading): no empty headings
            self._clauses = []
            if self.waiting:
                self._add_waiting()
            return
        keep = (
            self._clauses[self.highlighted]
            if self.highlighted is not None and self.highlighted < len(self._clauses)
            else None
        )
        options: list[Option] = []
        self._clauses = []
        for facet in ("province", "topic", "year", "bodytype", "body", "kind"):
            self._add(options, None, Content.styled(self.t(f"facet.{facet}"), "bold $text-accent"), disabled=True)
            if facet == "province":
                self._add_provinces(options)
            elif facet == "bodytype":
                self._add_body_types(options)
            else:
                self._add_values(options, facet, self.counts.get(facet, []), indent=0)
        self.set_options(options)
        if keep is not None and keep in self._clauses:
            self.highlighted = self._clauses.index(keep)
        elif self.highlighted is None or self._clauses[self.highlighted] is None:
            # a cursor from the start: on the first value, not on a heading nobody can pick
            self.highlighted = next((i for i, clause in enumerate(self._clauses) if clause is not None), None)

    def _add_body_types(self, options: list[Option]) -> None:
        """Kinds of body (`store.bodies`), counted from the body counts; a kind is ticked when all its bodies are."""
        bodies = [body for body, _ in self.counts.get("body", [])]
        for kind, count in counts_by_type(self.counts.get("body", [])):
            clauses = tuple(facet_clause("body", body) for body in bodies_of_type(kind, bodies))
            active = bool(clauses) and all(clause in self.active.clauses for clause in clauses)
            self._add(options, clauses, self._line(body_type_label(kind, self.t.lang), count, 0, active))

    def _add_waiting(self) -> None:
        self.add_option(Option(Content.styled(self.waiting or "", "dim italic"), disabled=True))
        self._clauses.append(None)

    def _add(self, options: list[Option], clause: Clause | tuple[Clause, ...] | None, prompt: Content,
             disabled: bool = False) -> None:
        options.append(Option(prompt, disabled=disabled))
        self._clauses.append(clause)

    def _add_provinces(self, options: list[Option]) -> None:
        """Provinces with their wards beneath; a province counted 0 still shows when its wards count."""
        wards = self.counts.get("ward", [])
        provinces = _limited(self.counts.get("province", []), LIMITS["province"], self.active.values("province"))
        listed = {value for value, _ in provinces}
        for ward, _ in wards:
            for province in self.ward_provinces.get(ward, ()):
                if province not in listed:
                    listed.add(province)
                    provinces.append((province, 0))
        if not provinces:
            self._add(options, None, Content.styled(self.t("facet.none"), "dim"), disabled=True)
        for value, count in provinces:
            self._add(options, facet_clause("province", value), self._prompt("province", value, count, 0))
            inside = [(ward, n) for ward, n in wards if value in self.ward_provinces.get(ward, ())]
            self._add_values(options, "ward", inside, indent=2)

    def _add_values(self, options: list[Option], facet: str, values: list[tuple[str, int]], indent: int) -> None:
        shown = _limited(values, LIMITS[facet], self.active.values(facet))
        if not shown and facet != "ward":
            self._add(options, None, Content.styled(self.t("facet.none"), "dim"), disabled=True)
        for value, count in shown:
            self._add(options, facet_clause(facet, value), self._prompt(facet, value, count, indent))
        hidden = len(values) - len(shown)
        if hidden > 0 and PICKER_KEYS[facet]:
            more = self.t("facet.more", count=self.t.number(hidden), key=PICKER_KEYS[facet])
            self._add(options, None, Content.styled(" " * (indent + 2) + more, "dim"), disabled=True)

    def _prompt(self, facet: str, value: str, count: int, indent: int) -> Content:
        active = facet_clause(facet, value) in self.active.clauses
        label = taxonomy().topic_label(value, self.t.lang) if facet == "topic" else value
        return self._line(label, count, indent, active)

    def _line(self, label: str, count: int, indent: int, active: bool) -> Content:
        number = self.t.number(count)
        width = self._label_width()
        room = max(1, width - indent - 2 - len(number) - 1)
        label = visible(label)
        if len(label) > room:
            label = label[: room - 1] + "…"
        return Content.assemble(
            " " * indent,
            ("● " if active else "  ", "bold $text-success" if active else ""),
            (label, "bold" if active else ""),
            " " * (width - indent - 2 - len(label) - len(number)),
            (number, "dim"),
        )

    def _label_width(self) -> int:
        """Cells for a line: the laid-out width, or before the first layout the width the stylesheet gives
        (else labels would be cut to a guess and redrawn whole a moment later)."""
        laid_out = self.scrollable_content_region.width
        if laid_out:
            return max(laid_out, 20)
        styled = self.styles.width
        if styled is not None and styled.unit == Unit.CELLS:
            gutter = 1 if self.styles.scrollbar_gutter == "stable" else 0
            return max(int(styled.value) - self.styles.gutter.width - gutter * self.styles.scrollbar_size_vertical, 20)
        return 30

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        clause = self._clauses[event.option_index] if event.option_index < len(self._clauses) else None
        if isinstance(clause, tuple):
            self.post_message(self.GroupToggled(list(clause)))
        elif clause is not None:
            self.post_message(self.Toggled(clause))


def _limited(values: list[tuple[str, int]], limit: int, active: list[str]) -> list[tuple[str, int]]:
    """The `limit` largest values, plus any active value beyond them (it must stay visible to untick)."""
    shown = values[:limit]
    extra = [(value, count) for value, count in values[limit:] if value in active]
    return shown + extra
