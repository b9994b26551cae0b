"""A menu of one-line entries drawn with the Line API: a cursor, Enter, and entries that cannot be chosen.

The facet sidebar lists some 300 lines and is given new counts on every
search, often on every key of a typed search. As an `OptionList` each
changed line cost a new option, the list's caches cleared and every option
measured again (wrapped to learn its height), some 25–70 ms a search at
100,000 records. Here every entry is one line by construction: an entry is
a key (any hashable value saying what it shows) that a subclass draws
(`draw`), a line is drawn only when it is on screen, and its drawing is
kept until its key, the width or the cursor changes. `show_lines` compares
the new keys with those shown and refreshes only the lines that differ.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual, visualize

from ..keys import cursor_keys

_KEPT = 1024
"""Drawn lines kept (a few screens of the sidebar)."""


class LineMenu(ScrollView, can_focus=True):
    """Entries of one line each, a cursor over those that can be chosen; Enter or a click posts `Selected`."""

    COMPONENT_CLASSES = {"line-menu--cursor", "line-menu--cursor-blurred"}
    DEFAULT_CSS = """
    LineMenu {
        overflow-x: hidden;
        & > .line-menu--cursor-blurred { background: $block-cursor-blurred-background; }
        & > .line-menu--cursor {
            color: $block-cursor-foreground; background: $block-cursor-background; text-style: bold;
        }
    }
    """
    BINDINGS = [
        *cursor_keys("cursor_down", "cursor_up", "first", "last", arrows=True),
        Binding("pagedown", "page_down", show=False),
        Binding("pageup", "page_up", show=False),
        Binding("enter", "select", show=False),
    ]

    @dataclass
    class Selected(Message):
        """Enter or a click on the entry at `index`."""

        index: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._keys: list[Hashable] = []
        self._enabled: list[bool] = []
        self._cursor: int | None = None
        self._drawn: dict[tuple[Hashable, int, str], Strip] = {}

    # -- what a subclass gives ------------------------------------------------
    def draw(self, key: Hashable) -> Content:
        """The line `key` stands for."""
        raise NotImplementedError

    # -- entries ---------------------------------------------------------------
    @property
    def entry_count(self) -> int:
        return len(self._keys)

    def key_at(self, index: int) -> Hashable:
        return self._keys[index]

    def entry_text(self, index: int) -> str:
        """The plain text of entry `index` (what it says, without its styles)."""
        return self.draw(self._keys[index]).plain

    def show_lines(self, keys: Sequence[Hashable], enabled: Sequence[bool]) -> None:
        """Show these entries: a line whose key is the one shown at its place is left as drawn."""
        old = self._keys
        self._keys, self._enabled = list(keys), list(enabled)
        if len(old) != len(self._keys):
            self.virtual_size = Size(0, len(self._keys))
            self.refresh()
        else:  # one region from the first changed line on screen to the last: a refresh per line cost some
            top, height = round(self.scroll_offset.y), self.scrollable_content_region.height  # 80 µs, 135 of them
            window = range(top, min(len(self._keys), top + height)) if height else range(len(self._keys))  # when
            changed = [index for index in window if self._keys[index] != old[index]]  # a ward was picked (#17);
            if changed:  # lines off screen are drawn from their keys when scrolled to
                self.refresh_lines(changed[0], changed[-1] - changed[0] + 1)
        if self._cursor is not None and self._cursor >= len(self._keys):
            self._cursor = None

    # -- the cursor ------------------------------------------------------------
    @property
    def highlighted(self) -> int | None:
        return self._cursor

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None and not 0 <= index < len(self._keys):
            index = None
        before, self._cursor = self._cursor, index
        if before != index:
            for line in (before, index):
                if line is not None:
                    self.refresh_line(line)
        if index is not None:
            self._into_view(index)

    def _into_view(self, index: int) -> None:
        top, height = round(self.scroll_offset.y), self.scrollable_content_region.height
        if index < top:
            self.scroll_to(y=index, animate=False)
        elif height and index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)

    def _step(self, start: int, step: int) -> int | None:
        """The first entry that can be chosen from `start` on, going by `step`."""
        index = start
        while 0 <= index < len(self._keys):
            if self._enabled[index]:
                return index
            index += step
        return None

    def _move(self, start: int, step: int) -> None:
        found = self._step(start, step)
        if found is not None:
            self.highlighted = found

    def action_cursor_down(self) -> None:
        self._move(0 if self._cursor is None else self._cursor + 1, 1)

    def action_cursor_up(self) -> None:
        self._move(len(self._keys) - 1 if self._cursor is None else self._cursor - 1, -1)

    def action_first(self) -> None:
        self._move(0, 1)

    def action_last(self) -> None:
        self._move(len(self._keys) - 1, -1)

    def action_page_down(self) -> None:
        page = max(1, self.scrollable_content_region.height - 1)
        at = 0 if self._cursor is None else self._cursor
        self._move(min(len(self._keys) - 1, at + page), -1)

    def action_page_up(self) -> None:
        page = max(1, self.scrollable_content_region.height - 1)
        at = 0 if self._cursor is None else self._cursor
        self._move(max(0, at - page), 1)

    def action_select(self) -> None:
        if self._cursor is not None and self._enabled[self._cursor]:
            self.post_message(self.Selected(self._cursor))

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_offset.y) + event.y
        if 0 <= index < len(self._keys) and self._enabled[index]:
            self.highlighted = index
            self.post_message(self.Selected(index))

    def on_focus(self) -> None:
        if self._cursor is not None:
            self.refresh_line(self._cursor)

    def on_blur(self) -> None:
        if self._cursor is not None:
            self.refresh_line(self._cursor)

    def redraw(self) -> None:
        """Draw every line again from its key (the words behind a key changed: another language)."""
        self._drawn.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn.clear()  # a new theme: the kept drawings have the old colours

    # -- drawing ---------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_offset.y) + y
        if not 0 <= index < len(self._keys):
            return Strip.blank(width, self.rich_style)
        look = ""
        if index == self._cursor:
            look = "line-menu--cursor" if self.has_focus else "line-menu--cursor-blurred"
        kept = (self._keys[index], width, look)
        strip = self._drawn.get(kept)
        if strip is None:
            if len(self._drawn) >= _KEPT:
                self._drawn.clear()
            strip = self._drawn[kept] = self._strip(self.draw(self._keys[index]), width, look)
        return strip

    def _strip(self, content: Content, width: int, look: str) -> Strip:
        """One line: the widget's style (with the cursor's, on the cursor's line) under the content's own."""
        style = self.get_visual_style(look) if look else self.visual_style
        visual: Visual = visualize(self, content, markup=False)
        strips = Visual.to_strips(self, visual, width, 1, style)
        strip = strips[0] if strips else Strip.blank(width, style.rich_style)
        return strip.extend_cell_length(width, style.rich_style).crop(0, width)
