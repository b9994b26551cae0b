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

An item a later visit asked again is marked "↺" in its line, and under the
list "raised before: 12/03/2026, <visit> r2 — open"; `p` `y` `x` `n` act on
that link (`tui.screens.items_links`).

Another office may write the visit while the list is open (a response, a
status, an item deleted). The list asks the store's change token every
`INTERVAL` seconds in a thread and, when it moved, reads the visit again and
redraws, the cursor kept on the same item (`store.item_reread.follow`: its
kind and text); an item opened with Enter is read again first, so its dialog
starts from what is stored and a save is a conflict only when the item
changed after that (tryout s34-offices, Left 1). When the store does not
answer, a line under the title says so and when the list was read; Enter
then says its dialog starts from the list's copy (tryout s40-tryout12).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from store.followup import ITEM_FIELDS, ItemRef, get_item, is_overdue, status_label, status_of
from store.item_reread import follow
from store.periods import day_label

from ..days import visit_day
from ..dialog_keys import ITEMS_KEYS, READER_ITEMS_KEYS, bind_table, show_keys
from ..i18n import Translator
from ..keys import cursor_keys
from ..safe import one_line, visible
from ..widgets.details import STATUS_STYLE
from ..widgets.key_hint import KeyHint
from .item_refs import column_widths, item_refs, padded
from .items_following import StoreFollowing
from .items_links import ItemLinks
from .items_since import FollowUpSession, SinceLooked
from .items_whole import ROWS, rows_of, whole_text

if TYPE_CHECKING:
    from store.export import ItemTest
    from store.item_links import Link

    Links = dict[ItemRef, list[Link]]


class ItemsScreen(ModalScreen[ItemRef | None]):
    """Dismisses with the chosen item's reference, or None (escape)."""

    KEY_TABLE = ITEMS_KEYS
    """Its keys: bound from it, listed by F1 and offered by the palette (`tui.dialog_keys`)."""
    KEYS_AHEAD = frozenset({"escape", "f1", "enter", "down", "up", "j", "k"})
    """Kept when typed before the list showed (`tui.early_keys`): `u Enter` opens the first item, whose dialog shows
    it and writes nothing until Ctrl+S; the list has no field to type into."""
    BINDINGS = [  # with priority, as p y x n F1 have: a move or Enter acts when read, before a key sent after it
        # ("Enter F1" in one burst: F1 came first, Enter was dropped; tryout s36-polish10). The list takes no other key.
        *cursor_keys("cursor('down')", "cursor('up')", "cursor('first')", "cursor('last')", arrows=True,
                     priority=True),
        Binding("pagedown", "cursor('page_down')", show=False, priority=True),
        Binding("pageup", "cursor('page_up')", show=False, priority=True),
        Binding("enter", "choose", show=False, priority=True),
    ]
    WINDOW = 200
    DEFAULT_CSS = """
    ItemsScreen #items-options { height: auto; max-height: 18; border: none; padding: 0; }
    ItemsScreen #items-whole { height: auto; max-height: 8; margin-top: 1; }
    """

    def __init__(self, record: dict[str, Any], t: Translator, today: date | None = None,
                 start: ItemRef | None = None, wanted: ItemTest | None = None,
                 find_links: Callable[[dict[str, Any]], tuple[dict[str, Any], Links]] | None = None,
                 decide: Callable[[dict[str, Any], ItemRef, Link, str | None], dict[str, Any]] | None = None,
                 open_earlier: Callable[[Link], None] | None = None,
                 read: Callable[[str], dict[str, Any] | None] | None = None,
                 token: Callable[[], str] | None = None, read_only: bool = False, since: str | None = None,
                 session: FollowUpSession | None = None) -> None:
        super().__init__(classes="dialog")
        self.record = record
        self.read_only = read_only
        """A reader's list (a read-only store): Enter shows an item, y and x say why they do nothing."""
        self.linked = ItemLinks(self, find_links, decide, open_earlier)
        """The earlier items each item repeats, and `n` `p` `y` `x` on them (`tui.survey_actions` gives the calls)."""
        self.looked = SinceLooked(self, since, session)
        """The items changed since this list was last opened (`c` lists only those) and `z`, this session's undo."""
        self.following = StoreFollowing(self, read, token)
        """Another office's write to the visit, shown while the list is open and read before an item opens."""
        self.current: ItemRef | None = None
        self._whole_rows = 0  # rows of the text under the list, as last shown (`_fit_list`)
        self._filled_width = 0  # the list's width its lines were made for (`_fill_to_width`)
        self.wanted = wanted  # the items a `status:` or `overdue` filter asks for; the others dimmed
        self.t = t
        self.today = today
        self.start = start
        self._items_of(record)
        # a window of WINDOW items is listed: an OptionList lays out every option, seconds for 10,000
        self.first = max(0, self.positions.get(start, 0) - self.WINDOW // 2) if start else 0
        bind_table(self, ITEMS_KEYS, t)  # y and x bound for a reader too: they say why they do nothing
        self.KEY_TABLE = READER_ITEMS_KEYS if read_only else ITEMS_KEYS  # what F1 and the palette list

    def _items_of(self, record: dict[str, Any]) -> None:
        self.refs = item_refs(record)
        self.positions = {ref: position for position, ref in enumerate(self.refs)}
        # asked once, not once per line: with 10,000 items a per-line scan of all items was quadratic
        self.any_deadline = any(get_item(record, ref).get("deadline") for ref in self.refs)

    def compose(self) -> ComposeResult:
        with Vertical(id="items", classes="dialog-box"):
            yield Label(Content(self._title()), id="items-title", classes="dialog-title")
            yield Label(Content(self.looked.line(self.refs)), id="items-changed", classes="dialog-hint")
            reach = Label("", id="items-reach", classes="dialog-hint")  # the store out of reach (`StoreFollowing`)
            reach.display = False
            yield reach
            yield OptionList(id="items-options", markup=False)
            yield Static("", id="items-whole", markup=False)
            if self.read_only:  # why Enter only shows, said where the keys are
                yield Label(Content(self.t("items.read_only")), id="items-read-only", classes="dialog-hint")
            yield KeyHint(self.t("items.hint_reader" if self.read_only else "items.hint"), classes="dialog-hint")

    def _title(self) -> str:
        title = self.t("items.title", date=visit_day(self.record, self.t.lang))
        if self.wanted is not None:  # which lines the filter's status or overdue clause means
            matching = sum(1 for ref in self.refs if self.wanted(get_item(self.record, ref)))
            total = self.t.number(len(self.refs))
            title += " · " + self.t("items.matching", n=self.t.number(matching), total=total)
        if any(is_overdue(get_item(self.record, ref), self.today) for ref in self.refs):
            title += " · " + self.t("items.overdue_mark")  # what the "!" after a deadline says
        return title

    def _fill(self, at: ItemRef | None = None) -> None:
        """One line per item, its text cut to the list's width (known after the first layout); `at`, the item to
        highlight (else the line highlighted stays)."""
        line = self.looked.line(self.refs)  # with the marks it counts: a copy read again had marked items, uncounted
        changed = self.query_one("#items-changed", Label)
        changed.update(Content(line))
        changed.display = bool(line)
        options = self.query_one("#items-options", OptionList)
        highlighted = options.highlighted
        if at is not None and at in self.positions:
            if not self.first <= self.positions[at] < self.first + self.WINDOW:
                self.first = max(0, self.positions[at] - self.WINDOW // 2)
            highlighted = self.positions[at] - self.first + (1 if self.first else 0)
        self._filled_width = options.scrollable_content_region.width
        width = max(60, self._filled_width or 90)
        options.clear_options()
        shown = self.refs[self.first: self.first + self.WINDOW]
        if self.looked.only:  # `c`: the changed items only, however far apart
            shown = self.looked.changed_refs(self.refs)
            highlighted = shown.index(at) if at in shown else min(highlighted or 0, max(len(shown) - 1, 0))
        elif self.first:
            options.add_option(Option(self._more(self.first, "before"), id="more-before"))
        options.add_options([Option(self._line(ref, width), id=f"{ref[0]}-{ref[1]}") for ref in shown])
        if self.first + len(shown) < len(self.refs) and not self.looked.only:
            options.add_option(Option(self._more(len(self.refs) - self.first - len(shown), "after"), id="more-after"))
        if highlighted is None:
            position = self.positions.get(self.start, 0) if self.start else 0
            highlighted = position - self.first + (1 if self.first else 0)
        if options.option_count:  # none once another office has deleted every item
            options.highlighted = min(max(highlighted, 0), options.option_count - 1)

    def _more(self, count: int, where: str) -> Text:
        return Text(self.t(f"items.more_{where}", count=self.t.number(count)), style="dim italic")

    def _line(self, ref: ItemRef, width: int) -> Text:
        field, index = ref
        item = self.record[field][index]
        status = status_of(item)
        line = Text(no_wrap=True, overflow="ellipsis")
        label_width, status_width = self._widths
        line.append(padded(f"{self.t(f'items.{field}')} {index + 1}", label_width), style="bold")
        line.append(padded(status_label(status, self.t.lang), status_width), style=STATUS_STYLE.get(status, ""))
        if self.any_deadline:
            late = is_overdue(item, self.today)
            deadline = day_label(visible(item.get("deadline", "")), self.t.lang) + (" !" if late else "")
            line.append(deadline.ljust(13), style="bold red" if late else "dim")
        if self.looked.changed(item):  # changed since the list was last opened: the line under the title counts them
            line.append("● ", style="bold yellow")
        if self.linked.repeats(ref):  # asked before (the line under the list: when)
            line.append("↺ ", style="bold cyan")
        line.append_text(one_line(item.get("text", ""), width - line.cell_len - 1))
        if self.wanted is not None and not self.wanted(item):
            line.stylize("dim")  # not what the filter asks for, kept in place (the item numbers are the visit's)
        return line

    @cached_property
    def _widths(self) -> tuple[int, int]:
        return column_widths(self.refs, self.t)

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#items-options", OptionList).focus()
        self.call_after_refresh(self._fill)
        self.linked.ask()
        self.following.start()

    def on_screen_resume(self) -> None:
        self.following.shown()  # an Enter read while the help covered the list

    def take(self, stored: dict[str, Any], redraw: bool = True) -> bool:
        """`stored`, the visit as stored now, in place of the list's copy: the title, the lines and the text under
        them drawn from it, the cursor kept on the item it was on (its kind and text: r2 is r1 once r1 is deleted).
        False when it is the copy already."""
        if stored == self.record:
            return False
        before, current = self.record, self.current
        self.record = stored
        if [(r[0], get_item(before, r).get("text")) for r in self.refs] != \
                [(r[0], get_item(stored, r).get("text")) for r in item_refs(stored)]:  # items added, deleted, edited
            at = self.positions.get(current, 0) if current is not None else 0
            self.linked.forget()  # keyed by label: asked again
            self.__dict__.pop("_widths", None)
            self._items_of(stored)
            found = follow(before, stored, current) if current is not None else None  # else the line it was on
            self.current = self.start = found or (self.refs[min(at, len(self.refs) - 1)] if self.refs else None)
        else:
            self._items_of(stored)
        if redraw:
            self.redraw()
        return True

    def redraw(self) -> None:
        """The title, the changed count, the lines and the text under them, drawn again from the list's copy."""
        self.query_one("#items-title", Label).update(Content(self._title()))
        self._fill(self.current)
        self._show_whole()

    @property
    def links(self) -> Links:
        """Each item's links, the dropped ones last: the follow-up dialog says the first (`tui.survey_actions`)."""
        return self.linked.found

    def redraw_lines(self, lines: bool = True) -> None:
        """The lines (their "↺" marks) and the text under them drawn again, once the links are known or one is
        chosen."""
        if lines:
            self._fill()
        self._show_whole()

    def _show_whole(self) -> None:
        shown = self._whole(self.current) if self.current is not None and self.current in self.positions else Text()
        whole = self.query_one("#items-whole", Static)
        whole.update(shown)
        # its rows counted from the text, not measured: measured after the refresh, the Static still had the rows
        # of the item before, so a save's response and history rows pushed the keys' line out (tryout s41-tryout13)
        self._whole_rows = min(ROWS, rows_of(shown, whole.content_region.width or 70)) if shown else 0
        self.call_after_refresh(self._fit_list)

    def say_reach(self, line: str) -> None:
        """The line under the title that says the store is out of reach (`line`), or none (""); the list fitted
        to the room left, so the keys' line stays in the box at 80×24."""
        reach = self.query_one("#items-reach", Label)
        reach.update(Content(line))
        reach.display = bool(line)
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        """The list no taller than the room its neighbours leave in the box (90 % of the screen): at 80×24 a changed
        count and a status row had pushed the keys' line off the box's bottom, unseen."""
        if not self.is_attached or not self.query("#items"):  # dismissed before the refresh came (an Enter burst)
            return
        box, options = self.query_one("#items"), self.query_one("#items-options", OptionList)
        whole = self.query_one("#items-whole", Static)
        rest = sum((self._whole_rows if part is whole else part.outer_size.height) + part.styles.margin.height
                   for part in box.children if part is not options and part.display)
        options.styles.max_height = max(3, min(18, self.size.height * 9 // 10 - box.styles.gutter.height - rest))
        self.call_after_refresh(self._fill_to_width)

    def _fill_to_width(self) -> None:
        """The lines made again when the list's width changed since they were made: a list fitted shorter shows a
        scrollbar, and lines made for the width before it wrapped, each item on two rows."""
        if self.is_attached and self.query("#items-options") and \
                self.query_one("#items-options", OptionList).scrollable_content_region.width != self._filled_width:
            self._fill()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The item under the cursor whole, under the list (a "more" line shows nothing there)."""
        event.stop()
        field, _, index = (event.option.id or "").rpartition("-")
        self.current = (field, int(index)) if field in ITEM_FIELDS and index.isdigit() else None
        self._show_whole()

    def _whole(self, ref: ItemRef) -> Text:
        """The item whole, under the list (`tui.screens.items_whole`), as wide as the text there."""
        width = self.query_one("#items-whole", Static).content_region.width or 70
        whole = whole_text(get_item(self.record, ref), self.linked.of(ref), self.linked.shown(ref), self.t, width,
                           self.read_only)
        if (undo := self.looked.hint(ref, width)) is not None:  # the status's last change; `z` when this run saved it
            whole.append("\n").append_text(undo)
        return whole

    def action_next_link(self) -> None:
        self.linked.next()

    def action_earlier(self) -> None:
        self.linked.earlier()

    def action_confirm_link(self) -> None:
        self.linked.decide("confirmed")

    def action_drop_link(self) -> None:
        self.linked.decide("dropped")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if not self.is_active:  # a second Enter of a burst, sent to the list before the first closed it: the app
            return  # had crashed popping the browser ("Can't pop screen"); the first Enter has chosen
        self._choose(event.option.id or "")

    def action_choose(self) -> None:
        """Enter: the item under the cursor, chosen when the key is read (a click chooses through the list)."""
        options = self.query_one("#items-options", OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id or "")

    def _choose(self, option_id: str) -> None:
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
        self.following.open((field, int(index)))

    def action_only_changed(self) -> None:
        self.looked.toggle()

    def action_undo(self) -> None:
        self.looked.undo(self.current)

    def action_leave(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        show_keys(self, self.KEY_TABLE, self.t)

    def action_switch_language(self) -> None:
        """L: the other language, for the browser under the list (`tui.language`: its words, the notes) and the list."""
        from ..language import switch_language  # noqa: PLC0415 - loaded when first used

        browser = getattr(self.app, "browser", None)
        if browser is not None and callable(getattr(browser, "relabel", None)):
            switch_language(browser)
        self.relabel()

    def store_unreached(self) -> None:
        """A question of the browser under the list went unanswered (its search again after `L`): said on the list's
        own line, as its own questions are (`tui.worker_failures`), the list kept as it is."""
        self.following.unreached()

    def relabel(self) -> None:
        """Every word of the list again in the language `t` has just switched to: the keys (F1, the palette, the
        hint), the title, the lines, the text under them and the out-of-reach line (`StoreFollowing.line`)."""
        bind_table(self, ITEMS_KEYS, self.t)
        self.__dict__.pop("_widths", None)  # the kinds' and statuses' words have other lengths
        self.query_one(KeyHint).relabel(self.t("items.hint_reader" if self.read_only else "items.hint"))
        if self.read_only:
            self.query_one("#items-read-only", Label).update(Content(self.t("items.read_only")))
        self.say_reach(self.following.line())
        self.redraw()

    def action_cursor(self, move: str) -> None:
        """j k g G and the arrows, PgUp PgDn: the list's cursor down, up, to the first and the last item, a page."""
        options = self.query_one("#items-options", OptionList)
        {"down": options.action_cursor_down, "up": options.action_cursor_up, "first": options.action_first,
         "last": options.action_last, "page_down": options.action_page_down, "page_up": options.action_page_up}[move]()
