"""The survey list: a virtual list that renders only the rows on screen.

A store may hold 100,000 surveys. A DataTable or a widget per row would
build all of them; this list keeps only the number of rows (a `range` of
places in the search's order) and a cursor, and asks its source for a row
when the Line API asks for that screen line, so opening, filtering and
jumping to the end cost the same at any size. A row whose record has not
been fetched yet is drawn blank and not remembered.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..keys import cursor_keys
from ..layout import TOPICS_BESIDE_FACETS
from ..model import Row
from ..safe import one_line
from ..short_names import short_name

RowSource = Callable[[int], "Row | None"]
"""A row by its place in the list; None while its record is being fetched (drawn blank, asked again later)."""
_FIELDS = ("locality", "body", "leader", "topics")
_SHARES = {4: (0.32, 0.28, 0.18, 0.22), 3: (0.42, 0.36, 0.22), 2: (0.55, 0.45)}
_DATE_WIDTH = 11
"""04/09/2025 (or 2025-09-04) and the "?" of an inferred year (`tui.days`)."""
_GAP = 2
_CACHE_SIZE = 2048
_BLANK = Row("…", "", "", "", "")
_DIM = Style(dim=True)
_DIMMED = ("leader", "topics")
_HIDDEN = Segment("▾", Style(bold=True))
"""In the cell before the date: the search's words are in none of the row's fields, nor at the pane's top (a
response, a figure): `tui.found_text.hidden_match`, which the details' "▾ found in" line says where."""


class SurveyList(ScrollView, can_focus=True):
    """Rows of surveys, newest first unless sorted otherwise; line 0 is the column header."""

    COMPONENT_CLASSES = {
        "survey-list--header", "survey-list--cursor", "survey-list--cursor-blurred",
    }
    DEFAULT_CSS = """
    SurveyList {
        overflow-x: hidden;
        background: $surface;
        & > .survey-list--header { text-style: bold; color: $text-accent; background: $panel; }
        & > .survey-list--cursor {
            background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
        }
        & > .survey-list--cursor-blurred { background: $block-cursor-blurred-background; }
    }
    """
    BINDINGS = [
        # With priority, as the browser's keys that act on the selected visit (u r o D) have: those act when the app
        # reads them, and a move without it travelled to the list and back to the app first, by then answered by
        # the screen that key had opened ("k u" in one burst: the `u` list of the visit selected before `k`, and
        # `k` moved that list's cursor; tryout s36-polish9). Only while the list has the focus, as before.
        *cursor_keys("cursor_down", "cursor_up", "first", "last", arrows=True, priority=True),
        Binding("pagedown", "page_down", show=False, priority=True),
        Binding("pageup", "page_up", show=False, priority=True),
    ]

    @dataclass
    class Highlighted(Message):
        """The cursor moved to the record at `position` (None: the list is empty)."""

        position: int | None

    @dataclass
    class Chosen(Message):
        """A double click on the record at `position` (Enter is the screen's: `tui.keys`, "Open")."""

        position: int

    def __init__(self, headers: Row, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._headings: tuple[int, ...] = ()
        self._topics_from = 0
        """The list's least width for a topics column (`beside_facets`); 0: the columns' own rule."""
        self.headers = headers
        self.rows: Sequence[int] = ()
        self.cursor = 0
        self.message = ""
        self.fitted: tuple[int, int] | None = None
        """The room (lines) and width (cells) `Panes.fit_list` gave the message; None: as laid out."""
        self._source: RowSource | None = None
        self._cache: OrderedDict[int, Row] = OrderedDict()

    @property
    def headers(self) -> Row:
        """The column headings (in the interface language): each column is at least as wide as its own."""
        return self._headers

    @headers.setter
    def headers(self, headers: Row) -> None:
        self._headers = headers
        self._headings = tuple(cell_len(getattr(headers, field)) for field in _FIELDS)

    def beside_facets(self, shown: bool) -> None:
        """Whether the facet sidebar is shown beside the list: then the topics column waits for the room that leaves
        the other three the widths they have at the sidebar's threshold (`tui.layout.TOPICS_BESIDE_FACETS`)."""
        topics_from = TOPICS_BESIDE_FACETS if shown else 0
        if topics_from != self._topics_from:
            self._topics_from = topics_from
            self.refresh()

    # -- feeding -----------------------------------------------------------
    def set_source(self, source: RowSource | None) -> None:
        """Where rows come from; a new source (new store, new language) drops the cache."""
        self._source = source
        self._cache.clear()
        self.refresh()

    def set_rows(self, rows: Sequence[int], keep: int | None = None, message: str = "") -> None:
        """Show `rows` (record positions); keep the cursor on `keep` if it is still there."""
        self.rows = rows
        self._cache.clear()  # places in a new search are other records
        self.message = message
        self.cursor = _index_of(rows, keep) if keep is not None else 0
        self.virtual_size = Size(0, len(rows) + 1)
        self.scroll_to(y=0, animate=False)
        self._ensure_visible()
        self.refresh()
        self.post_message(self.Highlighted(self.selected))

    def message_rest(self) -> str:
        """The lines of the message the list has no room for (the details pane says them: `split_message`)."""
        room, width = self.fitted or (self.size.height - 1, self.scrollable_content_region.width)
        return split_message(self.message, width - 1, room)[1] if self.message and not self.rows else ""

    @property
    def selected(self) -> int | None:
        return self.rows[self.cursor] if self.rows else None

    # -- moving ------------------------------------------------------------
    def move_to(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        before, top = self.cursor, round(self.scroll_offset.y)
        if index != self.cursor:
            self.cursor = index
            self.post_message(self.Highlighted(self.selected))
        self._ensure_visible()
        if round(self.scroll_offset.y) == top:  # only the two cursor lines change: a key costs two rows (#17)
            self.refresh_line(before + 1)
            self.refresh_line(index + 1)
        else:
            self.refresh()

    @property
    def page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def action_cursor_down(self) -> None:
        self.move_to(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(self.cursor - 1)

    def action_page_down(self) -> None:
        self.move_to(self.cursor + self.page)

    def action_page_up(self) -> None:
        self.move_to(self.cursor - self.page)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self.rows) - 1)

    def action_choose(self) -> None:
        if self.selected is not None:
            self.post_message(self.Chosen(self.selected))

    def _ensure_visible(self) -> None:
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + self.page:
            self.scroll_to(y=self.cursor - self.page + 1, animate=False)

    def on_click(self, event: events.Click) -> None:
        if event.y < 1:
            return
        index = round(self.scroll_offset.y) + event.y - 1
        if 0 <= index < len(self.rows):
            self.move_to(index)
            if event.chain >= 2:
                self.action_choose()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def on_resize(self) -> None:
        self._ensure_visible()

    # -- drawing -----------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            return self._strip(self._cells(self.headers, width), width, base + self._style("header"))
        if not self.rows:
            lines = split_message(self.message, width - 1, self.size.height - 1)[0]
            text = Text(" " + lines[y - 1], end="") if y - 1 < len(lines) else Text("")
            return self._strip(text, width, base + Style(dim=True))
        index = round(self.scroll_offset.y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(width, base)
        style = base
        if index == self.cursor:
            style += self._style("cursor" if self.has_focus else "cursor-blurred")
        return self._row_strip(self._row(self.rows[index]), width).apply_style(style)

    def _style(self, part: str) -> Style:
        return self.get_component_rich_style(f"survey-list--{part}")

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        """One screen line: `style` (background, cursor) under the cells' own styles."""
        segments = [segment for segment in text.render(self.app.console) if segment.text != "\n"]
        return Strip(segments).adjust_cell_length(width).apply_style(style)

    def _row_strip(self, row: Row, width: int) -> Strip:
        """A row's line without the cursor's or the list's style, made as segments straight from its cells
        (a `Text` per cell rendered by Rich cost about 1 ms a row: a dozen of the frame that answers Enter in
        a picker at 100,000 records); the cells are cut and padded as `one_line` cuts them, a leader
        shortened to initials first (`tui.short_names`)."""
        segments = [_HIDDEN if row.hidden_match else Segment(" "), Segment(_cell(row.date, _DATE_WIDTH))]
        for field, cell_width in columns(width, self._headings, self._topics_from):
            text = getattr(row, field)
            if field == "leader":  # "N.T. Yến", not "Nguyễn Thị…": the given name is the one people go by
                text = short_name(text, cell_width)
            segments.append(Segment(" " * _GAP))
            segments.append(Segment(_cell(text, cell_width), _DIM if field in _DIMMED else None))
        return Strip(segments).adjust_cell_length(width)

    def _row(self, position: int) -> Row:
        row = self._cache.get(position)
        if row is None:
            row = self._source(position) if self._source else None
            if row is None:
                return _BLANK
            self._cache[position] = row
            if len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return row

    def _cells(self, row: Row, width: int) -> Text:
        text = Text(" ", end="")
        text.append_text(one_line(row.date, _DATE_WIDTH))
        for field, cell_width in columns(width, self._headings, self._topics_from):
            text.append(" " * _GAP)
            style = "dim" if field in ("leader", "topics") else ""
            text.append_text(one_line(getattr(row, field), cell_width, style))
        return text


@lru_cache(maxsize=64)
def columns(width: int, headings: tuple[int, ...] = (), topics_from: int = 0) -> list[tuple[str, int]]:
    """Which columns fit in `width` cells, and how wide each is: narrow lists drop topics, then leader.
    `headings`: the cells each column's heading takes; a column narrower than its heading takes what it lacks
    from the column with the most room beyond its own (at 80 columns "Trưởng đoàn" had read "Trưởng đo…").
    `topics_from`: no topics column below this width (beside the sidebar, `SurveyList.beside_facets`)."""
    for count in (4, 3, 2):
        rest = width - 1 - _DATE_WIDTH - count * _GAP
        if (rest >= count * 13 and (count < 4 or width >= topics_from)) or count == 2:
            shares = _SHARES[count]
            widths = [max(1, int(rest * share)) for share in shares]
            widths[-1] = max(1, rest - sum(widths[:-1]))
            _fit_headings(widths, headings[:count])
            return list(zip(_FIELDS[:count], widths, strict=True))
    return []


def _fit_headings(widths: list[int], headings: tuple[int, ...]) -> None:
    for index, heading in enumerate(headings):
        while widths[index] < heading:
            room = [(width - least, other) for other, (width, least) in enumerate(zip(widths, headings, strict=True))
                    if other != index]
            spare, donor = max(room, default=(0, -1))
            if spare <= 0:
                return
            widths[donor] -= 1
            widths[index] += 1


def _cell(text: str, width: int) -> str:
    """`text` (made visible already: a `Row`) cut with an ellipsis and padded to `width` cells, as
    `Text.truncate(width, overflow="ellipsis", pad=True)` does in `tui.safe.one_line`."""
    width = max(width, 0)
    length = cell_len(text)
    if length > width:
        return set_cell_size(text, width - 1) + "…"
    return text + " " * (width - length)


def _index_of(rows: Sequence[int], position: int) -> int:
    try:
        return rows.index(position)
    except ValueError:
        return 0


@lru_cache(maxsize=16)
def message_lines(message: str, width: int) -> tuple[str, ...]:
    """The list's message (why it has no rows) in lines of `width` cells, each of its lines wrapped at spaces, its
    indent kept: the list is the one place it is said, and a long filter had run off its right edge at 80 columns."""
    lines: list[str] = []
    for line in message.splitlines():
        indent = line[:len(line) - len(line.lstrip(" "))]
        wrapped = Text(line.lstrip(" ")).wrap(_CONSOLE, max(1, width - len(indent)))
        lines += [indent + part.plain.rstrip() for part in wrapped] or [""]
    return tuple(lines)


def split_message(message: str, width: int, room: int) -> tuple[tuple[str, ...], str]:
    """The message as the list shows it in `room` lines of `width` cells (`message_lines`), and the rest, which the
    details pane right under it says: the list keeps the whole lines that fit, the rest are the lines after them (a
    filter of several lines at 80×24 had cut off its end and the hint under it). A first line that does not fit
    alone is shown cut, and the details pane says the whole message."""
    shown: list[str] = []
    lines = message.splitlines()
    for at, line in enumerate(lines):
        wrapped = message_lines(line, width)
        if len(shown) + len(wrapped) > room:
            return (wrapped[:max(0, room)], message) if not shown else (tuple(shown), "\n".join(lines[at:]))
        shown += wrapped
    return tuple(shown), ""


_CONSOLE = Console(width=1000)
