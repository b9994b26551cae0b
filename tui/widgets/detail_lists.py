"""The details pane's lists: localities, recommendations and directions with their follow-up, difficulties, people.

Each entry is a bullet line with a hanging indent (`tui.hanging`): wrapped lines, the item's route and status
and its responses all align under the text, not under the bullet. Days are written as the UI language writes
them (`store.periods.day_label`: 31/12/2025 in Vietnamese); the stored record keeps ISO. Record text is plain
`Text` made safe by `tui.safe`, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.text import Text

from store.written_places import written_and_today

from ..hanging import Hanging
from ..i18n import Translator
from ..safe import visible

if TYPE_CHECKING:
    from store.export import ItemTest

    from ..found_text import TextTest

FLAG = "bold red"
STATUS_STYLE = {"open": "yellow", "in progress": "cyan", "done": "green", "not accepted": "magenta"}
SHOWN_ITEMS = 100
"""Items of one list drawn in the details pane: a record with 10,000 would take the pane seconds to lay out."""
UNDER = "   "
"""The indent of an item's second line (route, status, deadline): the width of " • "."""


def items_list(items: list[dict[str, Any]], t: Translator, wanted: ItemTest | None = None,
               today: date | None = None, links: dict[int, list[Any]] | None = None,
               found: TextTest | None = None) -> RenderableType:
    """Each item with its route, status, deadline and responses; overdue ones in red; under an item an earlier
    visit asked before (`links`: `id(item)` → `store.item_links.Link`s), "↺ raised before: …".

    Under a `status:`/`overdue` filter the items it asks for get a ▶ and the others are dimmed. An item text or
    a response holding a free-text word of the filter (`found`: `tui.found_text`) ends in "◂ found here".
    """
    from store.periods import day_label  # noqa: PLC0415 - with the first items shown (#17: not on the first frame)

    lines = Hanging()
    shown = first_items(items, wanted)
    for item in shown:
        matched = wanted is not None and wanted(item)
        bullet = Text(" ▶ " if matched else " • ", style="bold reverse" if matched else "")
        said = Text(visible(item.get("text", "")), style="bold" if matched else "dim" if wanted else "")
        lines.add(bullet, _found_mark(said, item.get("text", ""), found, t))
        lines.add(UNDER, _follow_up(item, t, today))
        for response in item.get("responses", []):
            said = Text(f"{day_label(visible(response.get('date', '')), t.lang)}: ", style="dim")
            said.append(visible(response.get("text", "")), style="italic")
            lines.add(Text(UNDER + "↳ ", style="dim"), _found_mark(said, response.get("text", ""), found, t))
        if (links or {}).get(id(item)):
            lines.add(Text(UNDER + "↺ ", style="cyan"), _raised_before((links or {})[id(item)], t))
    return _with_more(lines, len(items) - len(shown), t, "u")


def _found_mark(line: Text, text: str, found: TextTest | None, t: Translator) -> Text:
    """`line`, marked when `text` holds a word of the search: why a visit found by a response alone is listed."""
    if found is not None and found(text):
        line.append("  ◂ " + t("details.found_here"), style="bold cyan")
    return line


def _raised_before(links: list[Any], t: Translator) -> Text:
    """"raised before: 12/03/2026, <visit> r2 — open · suggested", and how many more (the `u` list acts on them)."""
    from store.item_links import said  # noqa: PLC0415 - with the links, which come from a thread

    text = Text(visible(said(links[0], t.lang)), style="cyan")
    text.append(" · " + t("links.confirmed" if links[0].confirmed else "links.suggested_cli"), style="dim")
    if len(links) > 1:
        text.append("  " + t("links.more", count=t.number(len(links) - 1)), style="dim")
    return text


def _follow_up(item: dict[str, Any], t: Translator, today: date | None) -> Text:
    """"UBND … → thành phố  trạng thái: … · hạn 31/12/2025 QUÁ HẠN"."""
    from store.followup import is_overdue, status_label, status_of  # noqa: PLC0415 - with the first items shown
    from store.periods import day_label  # noqa: PLC0415

    text = Text()
    route = " → ".join(visible(part) for part in (item.get("by"), item.get("to")) if part)
    if route:
        text.append(route + "  ", style="dim")
    status = status_of(item)
    text.append(t("details.status", status=visible(status_label(status, t.lang))), style=STATUS_STYLE.get(status, ""))
    if item.get("deadline"):
        late = is_overdue(item, today)
        day = day_label(visible(item["deadline"]), t.lang)
        text.append(" · " + t("details.deadline", date=day), style=FLAG if late else "")
        if late:
            text.append(" " + t("details.overdue"), style="bold reverse red")
    return text


def bullets(pairs: Iterable[tuple[str, str]], t: Translator) -> RenderableType:
    """"• text — where/who", at most SHOWN_ITEMS of them."""
    lines = Hanging()
    hidden = 0
    for number, (first, second) in enumerate(pairs):
        if number >= SHOWN_ITEMS:
            hidden += 1
            continue
        body = Text(visible(first))
        if second:
            body.append(" — " + visible(second), style="dim")
        lines.add(" • ", body)
    if not hidden:
        return lines
    return Group(lines, Text(f" … +{t.number(hidden)}", style="dim italic"))


def localities(places: Iterable[dict[str, Any]]) -> Hanging:
    """"  • TP. Dĩ An (Bình Dương) → Thành phố Hồ Chí Minh", one line each, wrapped under the name."""
    lines = Hanging()
    for place in places:
        lines.add("  • ", Text(locality_line(place)))
    return lines


def locality_line(locality: dict[str, Any]) -> str:
    """"TP. Dĩ An (Bình Dương) → Thành phố Hồ Chí Minh": as written → what it is today (`store.written_places`)."""
    return visible(written_and_today(locality))


def first_items(items: list[Any], wanted: ItemTest | None = None) -> list[Any]:
    """At most SHOWN_ITEMS items in their order, those a filter asks for (`wanted`) first to be kept."""
    if len(items) <= SHOWN_ITEMS:
        return items
    if wanted is None:
        return items[:SHOWN_ITEMS]
    keep = set([i for i, item in enumerate(items) if wanted(item)][:SHOWN_ITEMS])
    for i in range(len(items)):
        if len(keep) >= SHOWN_ITEMS:
            break
        keep.add(i)
    return [items[i] for i in sorted(keep)]


def more_line(hidden: int, t: Translator, key: str) -> Text:
    """"… 1,200 more (press u …)": what the pane leaves out and which key shows it."""
    return Text(t("details.more", count=t.number(hidden), key=key), style="dim italic")


def _with_more(lines: Hanging, hidden: int, t: Translator, key: str) -> RenderableType:
    return Group(lines, more_line(hidden, t, key)) if hidden > 0 else lines
