"""Which recommendation or direction to follow up (`u`): one line each, Enter opens it.

Each line gives the kind, the status, the deadline (in red, with "!", when
overdue; the title says what "!" means) and the start of the text, so the
item a user is chasing is found at a glance. Under a `status:` or `overdue`
filter the items it asks for are counted in the title and the others dimmed.
Under the list, the item the cursor is on is shown whole, with its route and
latest response: at 80 columns a line keeps about 27 cells of the text, too
few to tell "Kiến nghị bổ sung 1 biên c…" from its neighbours, and a response
(what a later visit said) was seen only by opening the item (tryout s33).
The text comes from the record and is shown as plain `Text`.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from store.followup import ITEM_FIELDS, STATUSES, ItemRef, get_item, is_overdue, status_label, status_of
from store.periods import day_label

from ..days import visit_day
from ..dialog_keys import ITEMS_KEYS, bind_table, show_keys
from ..i18n import Translator
from ..keys import cursor_keys
from ..safe import one_line, visible
from ..widgets.details import STATUS_STYLE
from ..widgets.key_hint import KeyHint

if TYPE_CHECKING:
    from store.export import ItemTest


def item_refs(record: dict[str, Any]) -> list[ItemRef]:
    """Every recommendation, then every direction, of `record`."""
    return [(field, index) for field in ITEM_FIELDS for index in range(len(record.get(field) or []))]


def next_item(record: dict[str, Any], ref: ItemRef) -> ItemRef:
    """The item after `ref` in the list of `record`'s items (`ref` itself when it is the last)."""
    refs = item_refs(record)
    at = refs.index(ref) if ref in refs else len(refs) - 1
    return refs[min(at + 1, len(refs) - 1)]


class ItemsScreen(ModalScreen[ItemRef | None]):
    """Dismisses with the chosen item's reference, or None (escape)."""

    KEY_TABLE = ITEMS_KEYS
    KEYS_AHEAD = frozenset({"escape", "f1", "enter", "down", "up", "j", "k"})
    """Kept when typed before the list showed (`tui.early_keys`): `u Enter` opens the first item, whose dialog shows
    it and writes nothing until Ctrl+S; the list has no field to type into."""
    """Its keys: bound from it, listed by F1 and offered by the palette (`tui.dialog_keys`)."""
    BINDINGS = [  # j k g G as in the browser's list (the arrows are the list's own)
        *cursor_keys("cursor('down')", "cursor('up')", "cursor('first')", "cursor('last')"),
        Binding("home", "cursor('first')", show=False),
        Binding("end", "cursor('last')", show=False),
    ]
    WINDOW = 200
    DEFAULT_CSS = """
    ItemsScreen #items-options { height: auto; max-height: 18; border: none; padding: 0; }
    ItemsScreen #items-whole { height: auto; max-height: 6; margin-top: 1; }
    """

    def __init__(self, record: dict[str, Any], t: Translator, today: date | None = None,
                 start: ItemRef | None = None, wanted: ItemTest | None = None) -> None:
        super().__init__(classes="dialog")
        self.record = record
        self.wanted = wanted  # the items a `status:` or `overdue` filter asks for; the others dimmed
        self.t = t
        self.today = today
        self.refs = item_refs(record)
        self.start = start
        self.positions = {ref: position for position, ref in enumerate(self.refs)}
        # a window of WINDOW items is listed: an OptionList lays out every option, seconds for 10,000
        self.first = max(0, self.positions.get(start, 0) - self.WINDOW // 2) if start else 0
        # asked once, not once per line: with 10,000 items a per-line scan of all items was quadratic
        self.any_deadline = any(get_item(record, ref).get("deadline") for ref in self.refs)
        bind_table(self, self.KEY_TABLE, t)

    def compose(self) -> ComposeResult:
        with Vertical(id="items", classes="dialog-box"):
            title = self.t("items.title", date=visit_day(self.record, self.t.lang))
            if self.wanted is not None:  # which lines the filter's status or overdue clause means
                matching = sum(1 for ref in self.refs if self.wanted(get_item(self.record, ref)))
                total = self.t.number(len(self.refs))
                title += " · " + self.t("items.matching", n=self.t.number(matching), total=total)
            if any(is_overdue(get_item(self.record, ref), self.today) for ref in self.refs):
                title += " · " + self.t("items.overdue_mark")  # what the "!" after a deadline says
            yield Label(Content(title), classes="dialog-title")
            yield OptionList(id="items-options", markup=False)
            yield Static("", id="items-whole", markup=False)
            yield KeyHint(self.t("items.hint"), classes="dialog-hint")

    def _fill(self) -> None:
        """One line per item, its text cut to the list's width (known after the first layout)."""
        options = self.query_one("#items-options", OptionList)
        highlighted = options.highlighted
        width = max(60, options.scrollable_content_region.width or 90)
        options.clear_options()
        shown = self.refs[self.first: self.first + self.WINDOW]
        if self.first:
            options.add_option(Option(self._more(self.first, "before"), id="more-before"))
        options.add_options([Option(self._line(ref, width), id=f"{ref[0]}-{ref[1]}") for ref in shown])
        if self.first + len(shown) < len(self.refs):
            options.add_option(Option(self._more(len(self.refs) - self.first - len(shown), "after"), id="more-after"))
        if highlighted is None:
            at = self.positions.get(self.start, 0) if self.start else 0
            highlighted = at - self.first + (1 if self.first else 0)
        options.highlighted = min(max(highlighted, 0), options.option_count - 1)

    def _more(self, count: int, where: str) -> Text:
        return Text(self.t(f"items.more_{where}", count=self.t.number(count)), style="dim italic")

    def _line(self, ref: ItemRef, width: int) -> Text:
        field, index = ref
        item = self.record[field][index]
        status = status_of(item)
        line = Text(no_wrap=True, overflow="ellipsis")
        label_width, status_width = self._widths
        line.append(_padded(f"{self.t(f'items.{field}')} {index + 1}", label_width), style="bold")
        line.append(_padded(status_label(status, self.t.lang), status_width), style=STATUS_STYLE.get(status, ""))
        if self.any_deadline:
            late = is_overdue(item, self.today)
            deadline = day_label(visible(item.get("deadline", "")), self.t.lang) + (" !" if late else "")
            line.append(deadline.ljust(13), style="bold red" if late else "dim")
        line.append_text(one_line(item.get("text", ""), width - line.cell_len - 1))
        if self.wanted is not None and not self.wanted(item):
            line.stylize("dim")  # not what the filter asks for, kept in place (the item numbers are the visit's)
        return line

    @cached_property
    def _widths(self) -> tuple[int, int]:
        """Cells of the label and status columns: as wide as the longest of this record's labels and of the
        statuses in this language, with two cells after it ("Recommendation 12" is 17 cells, where "Kiến nghị 12"
        is 12: a fixed 14 ran the English label into its status), never narrower than the columns always were."""
        labels = (f"{self.t(f'items.{field}')} {index + 1}" for field, index in self.refs)
        statuses = (status_label(status, self.t.lang) for status in STATUSES)
        return (max(14, max((cell_len(label) for label in labels), default=0) + 2),
                max(17, max(cell_len(status) for status in statuses) + 2))

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#items-options", OptionList).focus()
        self.call_after_refresh(self._fill)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The item under the cursor whole, under the list (a "more" line shows nothing there)."""
        event.stop()
        field, _, index = (event.option.id or "").rpartition("-")
        ref = (field, int(index)) if field in ITEM_FIELDS and index.isdigit() else None
        shown = self._whole(ref) if ref is not None and ref in self.positions else ""
        self.query_one("#items-whole", Static).update(shown)

    def _whole(self, ref: ItemRef) -> Text:
        """The item's text, its route, and its latest response ("↳ 18/09/2026: …", and how many came before)."""
        item = get_item(self.record, ref)
        whole = Text(visible(item.get("text", "")), style="bold")
        route = " → ".join(visible(part) for part in (item.get("by"), item.get("to")) if part)
        if route:
            whole.append("\n" + route, style="italic dim")
        responses = item.get("responses") or []
        if responses:
            latest = max(responses, key=lambda response: str(response.get("date", "")))
            whole.append(f"\n↳ {day_label(visible(latest.get('date', '')), self.t.lang)}: ", style="dim")
            whole.append(visible(latest.get("text", "")), style="italic")
            if len(responses) > 1:
                whole.append("  " + self.t("items.earlier_responses", count=self.t.number(len(responses) - 1)),
                             style="dim")
        return whole

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if not self.is_active:  # a second Enter of a burst, sent to the list before the first closed it: the app
            return  # had crashed popping the browser ("Can't pop screen"); the first Enter has chosen
        option_id = event.option.id or ""
        if option_id.startswith("more-"):  # move the window a page back or on, keeping the item next to the mark
            before = option_id == "more-before"
            self.first = max(0, self.first - self.WINDOW) if before else self.first + self.WINDOW
            self.query_one("#items-options", OptionList).highlighted = None
            self._fill()
            options = self.query_one("#items-options", OptionList)
            # a page back ends with "more after"; a page on starts with "more before": mark the item beside it
            options.highlighted = options.option_count - 2 if before else 1
            return
        field, _, index = option_id.rpartition("-")
        self.dismiss((field, int(index)))

    def action_leave(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        show_keys(self, self.KEY_TABLE, self.t)

    def action_cursor(self, move: str) -> None:
        """j k g G: the list's cursor down, up, to the first and the last item."""
        options = self.query_one("#items-options", OptionList)
        {"down": options.action_cursor_down, "up": options.action_cursor_up,
         "first": options.action_first, "last": options.action_last}[move]()


def _padded(text: str, width: int) -> str:
    """`text` with spaces after it to `width` cells."""
    return text + " " * max(width - cell_len(text), 0)
