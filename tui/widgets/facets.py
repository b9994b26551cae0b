"""The facet sidebar: counts by province → ward, topic, year, body and kind.

Counts come from the index under the active filter less the facet's own
clauses, so several values of one facet can be ticked (OR) while the others
narrow (AND): a number is what ticking its value finds (a ward: one more
alternative to the wards ticked; a province: the surveys there, under the
wards ticked too). Enter toggles a value as a filter clause. The wards sit
under their provinces, and a ward ticked leaves out the provinces it is not
in while the other wards stay counted as alternatives: such a province is
shown as a group of its wards, with no number (a "0" there read as if its
wards, beneath, had no surveys either). Only the largest
values of each facet are listed; the pickers (w, t, …) reach the rest.
A ward name several places bear (Tân Định: TP Hồ Chí Minh's phường, Khánh Hòa's
xã) is listed as the place of it in each province (its province beside it only
when it stands under another province's heading), ticked as `ward="Phường Tân
Định, Hồ Chí Minh"` and counted as that clause finds (the counts' worker,
`tui.namesakes.sidebar_places`), as the ward picker offers them; the name alone
only where it finds more (a visit placed in no ward of today).
While the index is being built there are no counts: `wait` shows a line
saying so until the first `show`.

A search changes a few counts, yet the sidebar lists some 300 lines, and
typing a search runs one search per key. So `show` works out each line as a
key (what it says, its count, its width), and the sidebar, a `LineMenu`,
draws again only the lines whose key differs, when they are on screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from textual.binding import Binding
from textual.content import Content
from textual.css.scalar import Unit
from textual.message import Message

from store.bodies import bodies_by_type
from store.bodies import label as body_type_label
from store.folding import fold
from store.levels import split_level
from store.query import Clause, Filter, facet_clause
from store.taxonomy import taxonomy

from ..i18n import Translator
from ..kinds import kind_name
from ..model import short_province
from ..safe import visible
from .line_menu import LineMenu

LIMITS = {"province": 34, "ward": 5, "topic": 20, "year": 12, "bodytype": 8, "body": 8, "kind": 8}
PICKER_KEYS = {"province": "p", "ward": "w", "topic": "t", "body": "b", "bodytype": "B", "year": "d", "kind": ""}
FacetCounts = dict[str, list[tuple[str, int]]]
Places = dict[tuple[str, str], list[tuple[str, int, str]]]
"""(ward name, province in the tree) → the lines of the name's places there: clause value, count, said beside."""
KEPT_CLAUSES = 100_000
"""Body clauses remembered by the sidebar; past this it starts again."""


class Line(NamedTuple):
    """One line of the sidebar: what Enter toggles on it, and what it shows."""

    clause: Clause | tuple[Clause, ...] | None
    key: tuple[Any, ...]


class FacetPanel(LineMenu):
    BINDINGS = [Binding("escape", "screen.focus_list", show=False)]

    @dataclass
    class Toggled(Message):
        clause: Clause

    @dataclass
    class GroupToggled(Message):
        """A kind of body: all its bodies' clauses go in together, or out together when all are in."""

        clauses: list[Clause]

    def __init__(self, t: Translator, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.t = t
        self.counts: FacetCounts = {}
        self.active = Filter()
        """The filter the counts were made under (not `query`: that is the widget's DOM query)."""
        self.ward_provinces: dict[str, tuple[str, ...]] = {}
        self.body_kinds: Mapping[str, str] = {}
        self._clauses: list[Clause | tuple[Clause, ...] | None] = []
        """What each line toggles (None: a heading or a note)."""
        self._keys_shown: list[tuple[Any, ...]] = []
        """What each line shows, as a key: equal keys draw the same (see `draw`)."""
        self._width = 30
        self._body_clauses: dict[str, Clause] = {}
        self._grouped: tuple[list[tuple[str, int]], dict[str, list[tuple[str, int]]]] | None = None
        """The ward counts last grouped by province, and their groups (`_by_province`)."""
        self.waiting: str | None = None
        """What the sidebar says while it has no counts yet (the index is being built)."""

    def show(self, counts: FacetCounts, query: Filter, ward_provinces: dict[str, tuple[str, ...]],
             body_kinds: Mapping[str, str] | None = None) -> None:
        """Show `counts`, made under `query`; `body_kinds` are the body types the index keeps (others are typed
        here, the first time at a cost)."""
        if ward_provinces is not self.ward_provinces:
            self._grouped = None
        self.counts, self.active, self.ward_provinces = counts, query, ward_provinces
        self.body_kinds = body_kinds or {}
        self.waiting = None
        self._rebuild()

    def wait(self, text: str | None) -> None:
        """Say `text` (None: nothing) until counts are shown."""
        self.waiting = text
        self._rebuild()

    def on_resize(self) -> None:
        self._rebuild()

    def _rebuild(self) -> None:
        """Work out the lines the counts call for; the lines that differ from those shown are drawn again."""
        if not self.counts:  # nothing searched yet (loading): no empty headings
            self._update([Line(None, ("waiting", self.waiting))] if self.waiting else [])
            return
        keep = (
            self._clauses[self.highlighted]
            if self.highlighted is not None and self.highlighted < len(self._clauses)
            else None
        )
        self._width = self._label_width()
        lines: list[Line] = []
        for facet in ("province", "topic", "year", "bodytype", "body", "kind"):
            lines.append(Line(None, ("heading", facet)))
            if facet == "province":
                self._add_provinces(lines)
            elif facet == "bodytype":
                self._add_body_types(lines)
            else:
                self._add_values(lines, facet, self.counts.get(facet, []), indent=0)
        self._update(lines)
        if keep is not None and keep in self._clauses:
            self.highlighted = self._clauses.index(keep)
        elif self.highlighted is None or self._clauses[self.highlighted] is None:
            # a cursor from the start: on the first value, not on a heading nobody can pick
            self.highlighted = next((i for i, clause in enumerate(self._clauses) if clause is not None), None)

    def _update(self, lines: list[Line]) -> None:
        self._clauses = [line.clause for line in lines]
        self._keys_shown = [line.key for line in lines]
        self.show_lines(self._keys_shown, [line.clause is not None for line in lines])

    def draw(self, key: Any) -> Content:
        """The drawing of a line from its key: ("heading", facet), ("none",), ("more", text, indent),
        ("waiting", text), ("group", label, width) or ("value", label, count, indent, active, width)."""
        if key[0] == "heading":
            return Content.styled(self.t(f"facet.{key[1]}"), "bold $text-accent")
        if key[0] == "none":
            return Content.styled(self.t("facet.none"), "dim")
        if key[0] == "more":
            return Content.styled(" " * (key[2] + 2) + key[1], "dim")
        if key[0] == "waiting":
            return Content.styled(key[1] or "", "dim italic")
        if key[0] == "group":
            return self._group(key[1])
        if key[0] == "place":
            return self._place(*key[1:6])
        _, label, count, indent, active, _ = key
        return self._line(label, count, indent, active)

    def _add_body_types(self, lines: list[Line]) -> None:
        """Kinds of body (`store.bodies`), counted from the body counts; a kind is ticked when all its bodies are."""
        ticked = set(self.active.clauses)
        for kind, count, bodies in bodies_by_type(self.counts.get("body", []), self.body_kinds):
            clauses = tuple(self._body_clause(body) for body in bodies)
            active = bool(clauses) and all(clause in ticked for clause in clauses)
            lines.append(Line(clauses, self._value_key(body_type_label(kind, self.t.lang), count, 0, active)))

    def _body_clause(self, body: str) -> Clause:
        """A body's clause, made once per name: a kind such as "other" may gather thousands of bodies."""
        clause = self._body_clauses.get(body)
        if clause is None:
            if len(self._body_clauses) > KEPT_CLAUSES:
                self._body_clauses.clear()
            clause = self._body_clauses[body] = facet_clause("body", body)
        return clause

    def _add_provinces(self, lines: list[Line]) -> None:
        """Provinces with their wards beneath; a province the filter leaves out (a ward elsewhere ticked) still
        shows, as a group without a number, when its wards count (unless it is ticked: it stays to be unticked)."""
        wards = self.counts.get("ward", [])
        provinces = _limited(self.counts.get("province", []), LIMITS["province"], self.active.values("province"))
        listed = {value for value, _ in provinces}
        inside = self._by_province(wards)
        places = self._places()
        for province in inside:  # in the order of their most counted ward
            if province not in listed:
                listed.add(province)
                provinces.append((province, 0))
        if not provinces:
            lines.append(Line(None, ("none",)))
        ticked = self.active.values("province")
        for value, count in provinces:
            if count or value in ticked:
                lines.append(Line(facet_clause("province", value), self._facet_key("province", value, count, 0)))
            else:
                lines.append(Line(None, ("group", value, self._width)))
            self._add_wards(lines, value, inside.get(value, []), places)

    def _by_province(self, wards: list[tuple[str, int]]) -> dict[str, list[tuple[str, int]]]:
        """The counted wards of each province, most counted first: one pass over the wards (18,000 at 100,000
        surveys), kept while the counts are the same list (a ward picked: the wards are counted without it)."""
        if self._grouped is None or self._grouped[0] is not wards:
            inside: dict[str, list[tuple[str, int]]] = {}
            for ward, count in wards:
                for province in self.ward_provinces.get(ward, ()):
                    inside.setdefault(province, []).append((ward, count))
            self._grouped = (wards, inside)
        return self._grouped[1]

    def _add_wards(self, lines: list[Line], province: str, wards: list[tuple[str, int]], places: Places) -> None:
        """The wards listed under `province`, a shared name's as its places there (`_places`), in the name's
        stead; the first few, and any ticked."""
        if not places:
            self._add_values(lines, "ward", wards, indent=2)
            return
        named = {name for name, _ in places}
        # where the name stood (the first few are those whose places were counted), as the picker has them
        found = [entry for ward, count in wards
                 for entry in (places.get((ward, province), []) if ward in named else [(ward, count, None)])]
        ticked = set(self.active.clauses)
        limit = LIMITS["ward"]
        shown = [(value, count, said) for i, (value, count, said) in enumerate(found)
                 if i < limit or facet_clause("ward", value) in ticked]
        for value, count, said in shown:
            clause = facet_clause("ward", value)
            if said is None:  # a name one place bears
                lines.append(Line(clause, self._facet_key("ward", value, count, 2)))
                continue
            name = value.rpartition(",")[0] if "," in value else value
            lines.append(Line(clause, ("place", split_level(name.strip())[1], said, count, 2, clause in ticked,
                                       self._width)))
        if len(found) > len(shown):
            more = self.t("facet.more", count=self.t.number(len(found) - len(shown)), key=PICKER_KEYS["ward"])
            lines.append(Line(None, ("more", more, 2)))

    def _places(self) -> Places:
        """The lines of the shared names' places (`tui.namesakes.sidebar_places`), each under the province of the
        tree it lies in ("Phường Tân Định, Hồ Chí Minh" under Thành phố Hồ Chí Minh), its province said beside it
        (its level too where the province has another place of the name); the name alone under the first of
        the name's provinces none of its places is in, else its first."""
        places: Places = {}
        alone: list[tuple[str, int]] = []
        for value, count in self.counts.get("ward_places", []):
            head, _, where = value.rpartition(",")
            if not head:
                alone.append((value, count))
                continue
            level, name = split_level(head.strip())
            provinces = self.ward_provinces.get(name, ())
            tree = next((p for p in provinces if fold(short_province(p)) == fold(where.strip())),
                        provinces[0] if provinces else None)
            if tree is not None:  # under its own province the heading says it ("Hạ Long" under Quảng Ninh)
                said = "" if fold(short_province(tree)) == fold(where.strip()) else where.strip()
                places.setdefault((name, tree), []).append((value, count, said))
        for key, found in places.items():
            if len(found) > 1:  # a phường and a xã of one name in one province: the level says which
                places[key] = [(value, count, ", ".join(part for part in ((split_level(value)[0] or "").lower(),
                                                                          said) if part))
                               for value, count, said in found]
        for name, count in alone:
            provinces = self.ward_provinces.get(name, ())
            tree = next((p for p in provinces if (name, p) not in places), provinces[0] if provinces else None)
            if tree is not None:  # the name alone, in one wording whether its places are in one province or several:
                # "every place" beside "all of them" read as two kinds of entry (tryout9), "all of them" alone
                # oddly (tryout11): "old and new" (`facet.all_of_name`); `w` names the provinces
                places.setdefault((name, tree), []).append((name, count, self.t("facet.all_of_name")))
        return places

    def _add_values(self, lines: list[Line], facet: str, values: list[tuple[str, int]], indent: int) -> None:
        shown = _limited(values, LIMITS[facet], self.active.values(facet))
        if facet == "year":  # on a time line: "2025 3, 2023 2, 2022 1, 2024 1" (by count) read as jumbled
            shown = sorted(shown, key=lambda value: value[0], reverse=True)
        if not shown and facet != "ward":
            lines.append(Line(None, ("none",)))
        for value, count in shown:
            lines.append(Line(facet_clause(facet, value), self._facet_key(facet, value, count, indent)))
        hidden = len(values) - len(shown)
        if hidden > 0 and PICKER_KEYS[facet]:
            more = self.t("facet.more", count=self.t.number(hidden), key=PICKER_KEYS[facet])
            lines.append(Line(None, ("more", more, indent)))

    def _facet_key(self, facet: str, value: str, count: int, indent: int) -> tuple[Any, ...]:
        active = facet_clause(facet, value) in self.active.clauses
        if facet == "topic":
            label = taxonomy().topic_label(value, self.t.lang)
        elif facet == "kind":  # "giám sát" is "oversight" to an English reader, as in the status line
            label = kind_name(value, self.t)
        else:
            label = value
        return self._value_key(label, count, indent, active)

    def _value_key(self, label: str, count: int, indent: int, active: bool) -> tuple[Any, ...]:
        return ("value", label, count, indent, active, self._width)

    def _group(self, label: str) -> Content:
        """A province shown only as the group of its wards: its name, dim, no number."""
        label = visible(label)
        room = max(1, self._width - 2)
        if len(label) > room:
            label = label[: room - 1] + "…"
        return Content.assemble("  ", (label, "dim"))

    def _line(self, label: str, count: int, indent: int, active: bool) -> Content:
        return self._place(label, "", count, indent, active)

    def _place(self, name: str, said: str, count: int, indent: int, active: bool) -> Content:
        """A place of a shared name: its name, then dim what tells it from the others (its province), cut to the
        width before the name is."""
        number = self.t.number(count)
        room = max(1, self._width - indent - 2 - len(number) - 1)
        name, said = visible(name), " · " + visible(said) if said else ""
        if len(name) + len(said) > room:
            said = said[: room - len(name) - 1] + "…" if room - len(name) >= 5 else ""
        if len(name) > room:
            name = name[: room - 1] + "…"
        return Content.assemble(
            " " * indent,
            ("● " if active else "  ", "bold $text-success" if active else ""),
            (name, "bold" if active else ""),
            *([(said, "dim")] if said else []),
            " " * (self._width - indent - 2 - len(name) - len(said) - len(number)),
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

    def on_line_menu_selected(self, event: LineMenu.Selected) -> None:
        event.stop()
        clause = self._clauses[event.index] if event.index < len(self._clauses) else None
        if isinstance(clause, tuple):
            self.post_message(self.GroupToggled(list(clause)))
        elif clause is not None:
            self.post_message(self.Toggled(clause))


def _limited(values: list[tuple[str, int]], limit: int, active: list[str]) -> list[tuple[str, int]]:
    """The `limit` largest values, plus any active value beyond them (it must stay visible to untick)."""
    shown = values[:limit]
    if not active or len(values) <= limit:  # no pass over the rest (5,000 bodies at a million surveys)
        return shown
    wanted = set(active)
    return shown + [(value, count) for value, count in values[limit:] if value in wanted]
