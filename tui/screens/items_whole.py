"""The text under the follow-up list (`u`): the item under the cursor whole, its route, latest response and link.

It has eight rows at most (`ItemsScreen`'s CSS; the list above keeps the rest of an 80×24 screen): an item of three
rows, its route, the latest response and a link line of two. The item's text is the point of it and is shown whole;
the latest response takes one row, cut with "…" where it is longer (Enter opens the item, whose dialog lists every
response whole), so that the link line after it ("↺ raised before: … · p opens, y confirms, x drops") keeps its keys
in sight: in six rows, a response of three rows had pushed that line's end, the keys, out of sight with no sign
(tryout s38-tryout10). Record text is shown as plain `Text`, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text

from store.periods import day_label

from ..safe import visible

if TYPE_CHECKING:
    from store.item_links import Link

    from ..i18n import Translator


def whole_text(item: dict[str, Any], links: list[Link], at: int, t: Translator, width: int,
               read_only: bool = False) -> Text:
    """`item`'s text, its route, its latest response (one row of `width` cells, with how many came before) and the
    link `links[at]` it may repeat, with the keys that act on it: for a reader (`read_only`) only `p`, since y and x
    save a decision, which a read-only store refuses."""
    whole = Text(visible(item.get("text", "")), style="bold")
    route = " → ".join(visible(part) for part in (item.get("by"), item.get("to")) if part)
    if route:
        whole.append("\n" + route, style="italic dim")
    if responses := item.get("responses") or []:
        whole.append("\n")
        whole.append_text(_latest(responses, t, width))
    if links:
        from store.item_links import said  # noqa: PLC0415 - with the links, which are loaded in a thread

        link = links[at]
        whole.append("\n↺ " + visible(said(link, t.lang)), style="dim strike" if link.dropped else "cyan")
        whole.append(" · " + _decided(link, t, read_only), style="dim")
        if len(links) > 1:  # one at a time: `n` shows (and acts on) the next
            whole.append("  " + t("links.which", at=t.number(at + 1), count=t.number(len(links))), style="dim")
    return whole


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
