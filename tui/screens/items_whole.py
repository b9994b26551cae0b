"""The text under the follow-up list (`u`): the item under the cursor whole, its route, latest response and link.

It has eight rows at most (`ItemsScreen`'s CSS; the list above keeps the rest of an 80×24 screen): an item of three
rows, its route, the latest response and a link line of two. The latest response takes one row, cut with "…" where
it is longer (Enter opens the item, whose dialog lists every response whole), so that the link line after it ("↺
raised before: … · p opens, y confirms, x drops") keeps its keys in sight: in six rows, a response of three rows had
pushed that line's end, the keys, out of sight with no sign (tryout s38-tryout10). The item's text is the point of it
and takes every row the rest leaves; an item of four rows and more (about 280 characters at 80 columns) pushed the
link line out too, so past those rows it is cut with "… (Enter shows it whole)": the dialog shows it whole. Record
text is shown as plain `Text`, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from store.periods import day_label

from ..safe import visible

if TYPE_CHECKING:
    from store.item_links import Link

    from ..i18n import Translator

ROWS = 8
"""Rows of the text under the list (`ItemsScreen`'s CSS: `max-height: 8`)."""
_MEASURE = Console(width=200, color_system=None, file=None, legacy_windows=False)
"""Only measures: where `Text.wrap` breaks the rows (the Static under the list wraps the same way)."""


def whole_text(item: dict[str, Any], links: list[Link], at: int, t: Translator, width: int,
               read_only: bool = False) -> Text:
    """`item`'s text, its route, its latest response (one row of `width` cells, with how many came before) and the
    link `links[at]` it may repeat, with the keys that act on it: for a reader (`read_only`) only `p`, since y and x
    save a decision, which a read-only store refuses. The item's text takes the rows the rest leaves of `ROWS`, cut
    with "…" and where to read it whole when longer."""
    rest = Text()
    route = " → ".join(visible(part) for part in (item.get("by"), item.get("to")) if part)
    if route:
        rest.append("\n" + route, style="italic dim")
    if responses := item.get("responses") or []:
        rest.append("\n")
        rest.append_text(_latest(responses, t, width))
    if links:
        from store.item_links import said  # noqa: PLC0415 - with the links, which are loaded in a thread

        link = links[at]
        rest.append("\n↺ " + visible(said(link, t.lang)), style="dim strike" if link.dropped else "cyan")
        rest.append(" · " + _decided(link, t, read_only), style="dim")
        if len(links) > 1:  # one at a time: `n` shows (and acts on) the next
            rest.append("  " + t("links.which", at=t.number(at + 1), count=t.number(len(links))), style="dim")
    rows = len(rest[1:].wrap(_MEASURE, width)) if rest else 0
    whole = _cut(Text(visible(item.get("text", "")), style="bold"), max(ROWS - rows, 2), width, t)
    whole.append_text(rest)
    return whole


def rows_of(text: Text, width: int) -> int:
    """The rows `text` takes wrapped at `width` cells, as the Static under the list wraps it."""
    return len(text.wrap(_MEASURE, max(width, 1)))


def _cut(text: Text, rows: int, width: int, t: Translator) -> Text:
    """`text` as wrapped at `width`, on `rows` rows at most: past them its last row ends "… (Enter: …)"."""
    lines = text.wrap(_MEASURE, width)
    if len(lines) <= rows:
        return text
    more = Text(" … " + t("items.text_cut"), style="dim")
    last = lines[rows - 1].copy()
    last.rstrip()
    last.truncate(max(width - more.cell_len, 1))
    if (space := last.plain.rfind(" ")) > last.cell_len // 2:  # between words ("chi nh …" read as a word)
        last = last[:space]
    return Text("\n").join([*lines[: rows - 1], last + more])


def _decided(link: Link, t: Translator, read_only: bool) -> str:
    """What was decided of the link and the keys that act on it; a reader's wording names no saving key."""
    reader = "_reader" if read_only else ""
    if link.dropped:
        return t("links.dropped" + reader)
    if link.confirmed:
        return t("links.confirmed") + " · " + t("links.open")
    return t("links.suggested" + reader)


def _latest(responses: list[dict[str, Any]], t: Translator, width: int) -> Text:
    """"↳ 18/09/2026: …" on one row of `width` cells, the count of earlier ones kept whole at its end."""
    latest = max(responses, key=lambda response: str(response.get("date", "")))
    head = f"↳ {day_label(visible(latest.get('date', '')), t.lang)}: "
    tail = "  " + t("items.earlier_responses", count=t.number(len(responses) - 1)) if len(responses) > 1 else ""
    said = Text(visible(latest.get("text", "")), style="italic")
    room = width - cell_len(head) - cell_len(tail)
    if said.cell_len > room:
        said.truncate(max(room, 1), overflow="ellipsis")
    line = Text(head, style="dim")
    line.append_text(said)
    line.append(tail, style="dim")
    return line
