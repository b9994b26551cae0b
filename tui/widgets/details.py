"""The details pane: one survey in full, scrolling when it is long.

Everything here is built from `Text` objects holding record strings as plain
text (see `tui.safe`), including the figures table's cells: a rich `Table`
given a `str` would parse it as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Static

from store.days import day_text
from store.taxonomy import taxonomy

from ..days import visit_day
from ..i18n import Translator
from ..keys import BACK_DISPLAY, cursor_keys
from ..kinds import kind_name
from ..safe import plain, visible
from .detail_lists import FLAG, SHOWN_ITEMS, STATUS_STYLE, bullets, items_list, localities, locality_line, more_line

__all__ = ["SHOWN_ITEMS", "STATUS_STYLE", "DetailsPane", "describe", "figures_table", "locality_line"]

if TYPE_CHECKING:
    from store.checks import Flag
    from store.export import ItemTest

    from ..found_text import TextTest

_HEADING = "bold underline"
_FLAG = FLAG


SETTLE = 0.08
"""Seconds the selection must stay on one survey before the pane draws it (key repeat is about 0.03 s)."""


class DetailsPane(VerticalScroll, can_focus=True):
    """Scrolls with the arrows, j/k, PageUp/PageDown, g/G."""

    BINDINGS = [
        *cursor_keys("scroll_down", "scroll_up", "scroll_home", "scroll_end"),
        Binding("escape", "screen.focus_list", show=False),
        Binding("enter", "screen.focus_list", show=False),  # Enter opened the visit: again, back (it did nothing);
    ]  # shown in the footer, named in the interface language, once `label_back` has named it

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._timer: Timer | None = None
        self._wanted: tuple[object, Callable[[], RenderableType]] | None = None
        self._shown: object = None
        """What the pane shows now (the `key` given to `show_settled`), so that the same is not drawn twice."""

    def compose(self) -> ComposeResult:
        yield Static(id="details-body")

    def label_back(self, name: str) -> None:
        """Show the way back in the footer while the pane has the focus, in the place of ⏎ Open, named `name` in
        the interface language: at 80×24 the footer had said nothing of Esc (Enter does the same, and a click on
        the key presses it)."""
        self._bindings.key_to_bindings["enter"] = [  # replaced, not added to, on a change of language
            Binding("enter", "screen.focus_list", name, key_display=BACK_DISPLAY)]

    @property
    def pending(self) -> bool:
        """A selection is waiting to settle before it is drawn."""
        return self._timer is not None

    def show(self, renderable: RenderableType) -> None:
        """Show `renderable` now (a message: the list is empty, the store failed); anything pending is dropped."""
        self._stop()
        self._shown = None
        self._draw(renderable)

    def show_settled(self, key: object, build: Callable[[], RenderableType]) -> None:
        """Show what `build` makes once the selection has stayed put for `SETTLE` seconds.

        A survey in full takes the pane a layout of its own; drawn on every `j`, the list's cursor would wait
        for it, and `j` held down would queue one drawing per key. `key` names what is shown (the record
        object): the same key again, once drawn, is not drawn again.
        """
        self._wanted = (key, build)
        if self._timer is None:
            self._timer = self.set_timer(SETTLE, self._settled)
        else:
            self._timer.reset()

    def redraw(self, key: object, build: Callable[[], RenderableType]) -> None:
        """Draw `key` again with what `build` makes now, where it stands (not scrolled back), if the pane shows it
        and nothing else waits to be drawn (the details' links have come: `tui.details_links`)."""
        if self._shown is key and self._timer is None:
            self.query_one("#details-body", Static).update(build())

    def forget(self) -> None:
        """Forget what is drawn, so that the next `show_settled` draws even the same survey (another language)."""
        self._shown = None

    def settle_now(self) -> None:
        """Draw what waits to settle now (a picker is about to leave: drawn in the same frame as the rows)."""
        if self._timer is not None:
            self._timer.stop()
            self._settled()

    def _settled(self) -> None:
        wanted, self._wanted, self._timer = self._wanted, None, None
        if wanted is None or wanted[0] is self._shown:
            return
        key, build = wanted
        self._draw(build())
        self._shown = key

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer, self._wanted = None, None

    def _draw(self, renderable: RenderableType) -> None:
        self.query_one("#details-body", Static).update(renderable)  # the same Static, updated: nothing remounted
        self.scroll_home(animate=False)


def describe(record: dict[str, Any], t: Translator, items: ItemTest | None = None,
             today: date | None = None, links: dict[Any, Any] | None = None,
             found: TextTest | None = None) -> RenderableType:
    """The whole survey as a group of plain-text blocks and a figures table.

    `items` (from `store.export.item_filter`, i.e. a `status:` or `overdue`
    filter) picks the recommendations and directions the filter is about:
    they are marked, the others dimmed. `links`: the earlier items each item
    repeats (`store.item_links`), said under it ("↺ raised before: …").
    `found` (`tui.found_text`): the item texts and responses holding a word
    of the search are marked "◂ found here", and the pane's first line says where when nothing at its top holds
    them ("found in: the response to recommendation 1").
    """
    parts: list[RenderableType] = [*_found_line(record, found, t), *_heading_block(record, t)]
    summary = record.get("summary")
    if summary:
        parts += [_section(t("details.summary")), plain(summary, keep_newlines=True)]
    if record.get("figures"):
        from store.checks import flags_by_figure  # noqa: PLC0415 - only for surveys with figures

        flags = flags_by_figure(record, t.lang)
        title = t("details.figures")
        heading = _section(title)
        if flags:
            heading.append("  ⚠ " + t("details.flags", count=t.number(len(flags))), style=_FLAG)
        parts += [heading, figures_table(record["figures"][:SHOWN_ITEMS], t, flags)]
        if len(record["figures"]) > SHOWN_ITEMS:
            parts.append(more_line(len(record["figures"]) - SHOWN_ITEMS, t, "c"))
    for field in ("recommendations", "directions"):
        if record.get(field):
            repeated = {id(record[field][i]): found for (kind, i), found in (links or {}).items()
                        if kind == field and i < len(record[field])}
            parts += [_section(t(f"details.{field}")), items_list(record[field], t, items, today, repeated, found)]
    if record.get("difficulties"):
        parts += [_section(t("details.difficulties")), bullets(
            ((d.get("text", ""), d.get("locality", "")) for d in record["difficulties"]), t)]
    if record.get("people"):
        parts += [_section(t("details.people")), bullets(
            ((p.get("name", ""), p.get("role", "")) for p in record["people"]), t)]
    if record.get("source"):
        parts += [_section(t("details.source")), _source(record["source"], t.lang)]
    if record.get("notes"):
        parts += [_section(t("details.notes")), plain(record["notes"], style="dim", keep_newlines=True)]
    from store.provenance import said as origins_said  # noqa: PLC0415 - a survey is described after the first frame

    if origins := origins_said(record, t.lang):  # drafted from an article: what came from it, what from a person
        parts += [_section(t("origin.title")), plain("\n".join(origins), style="dim", keep_newlines=True)]
    parts.append(plain(record.get("id", ""), style="dim"))
    return Group(*parts)


def _found_line(record: dict[str, Any], found: TextTest | None, t: Translator) -> list[RenderableType]:
    """The first line of the pane when the search's words are only further down: at 80×24 the mark is below the fold."""
    if found is None:
        return []
    from ..found_text import found_in  # noqa: PLC0415 - only under a search, never on the first frame

    said = found_in(record, found, t)
    return [Text("▾ " + said, style="bold cyan")] if said else []


def _heading_block(record: dict[str, Any], t: Translator) -> tuple[RenderableType, ...]:
    """Date and kind, body, leader, then the localities (bullets) and the topics."""
    text = Text()
    text.append(visit_day(record, t.lang), style="bold")
    if record.get("date_certainty"):
        how = t(f"certainty.{record['date_certainty']}")
        text.append(f" ({t('details.date_certainty', how=how)})", style="dim")
    text.append("  ·  ")
    text.append(t("details.kind") + ": ", style="dim")
    text.append(visible(record.get("kind", "")))
    named = kind_name(record.get("kind", ""), t)
    if named != visible(record.get("kind", "")):  # as written, and in the interface's words when they differ
        text.append(f" ({named})", style="dim")
    text.append("\n")
    text.append(t("details.body") + ": ", style="dim")
    text.append(visible(record.get("body", "")), style="bold")
    leader = record.get("leader", {})
    text.append("\n" + t("details.leader") + ": ", style="dim")
    text.append(visible(leader.get("name", "")), style="bold")
    if leader.get("title"):
        text.append(" — " + visible(leader["title"]))
    text.append("\n" + t("details.localities") + ":", style="dim")
    topics = [taxonomy().topic_label(topic, t.lang) for topic in record.get("topics", [])]
    after = Text(t("details.topics") + ": ", style="dim")
    after.append(visible(" · ".join(topics)), style="")
    return text, localities(record.get("localities", [])), after


def _section(title: str) -> Text:
    return Text("\n" + title, style=_HEADING)


class FiguresTable:
    """The figures as a table that fits the pane: empty columns are left out, and
    in a narrow pane period and locality move under the label."""

    LABEL_ROOM = 30
    """Fewer cells than this left for the label: period and locality go under it."""

    def __init__(self, figures: list[dict[str, Any]], t: Translator,
                 flags: dict[int, list[Flag]] | None = None) -> None:
        self.rows = [figure_cells(figure, t) for figure in figures]
        self.t = t
        self.flags = flags or {}

    def _width(self, column: int, headers: list[str]) -> int:
        return max([len(headers[column])] + [len(row[column]) for row in self.rows])

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.table(options.max_width)

    def table(self, width: int) -> Table:
        t = self.t
        headers = [t("fig.label"), t("fig.value"), t("fig.of"), t("fig.unit"), t("fig.period"), t("fig.locality")]
        used = [0, 1] + [i for i in (2, 3) if any(row[i] for row in self.rows)]
        wide_used = used + [i for i in (4, 5) if any(row[i] for row in self.rows)]
        fixed = sum(self._width(i, headers) + 2 for i in wide_used if i in (1, 2, 3, 4))
        locality = min(self._width(5, headers), 22) if 5 in wide_used else 0
        wide = width - fixed - locality - 2 >= self.LABEL_ROOM
        if wide:
            used = wide_used
        table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, padding=(0, 1), show_edge=False)
        for i in used:
            if i == 0:
                table.add_column(headers[i], ratio=3, overflow="fold")
            elif i == 5:
                table.add_column(headers[i], width=locality, overflow="fold")
            else:
                table.add_column(headers[i], no_wrap=True, justify="right" if i == 1 else "left")
        for number, row in enumerate(self.rows):
            cells = [Text(row[i]) for i in used]
            extra = [part for part in (row[4], row[5]) if part] if not wide else []
            if extra:
                cells[0].append("\n" + " · ".join(extra), style="dim")
            flags = self.flags.get(number, [])
            if flags:
                cells[0] = Text("⚠ ", style=_FLAG) + cells[0]
                cells[1].stylize(_FLAG)
                for flag in flags:
                    cells[0].append(f"\n  {t(f'check.{flag.kind}')}: {visible(flag.message)}", style="red")
            table.add_row(*cells)
        return table


def figures_table(figures: list[dict[str, Any]], t: Translator,
                  flags: dict[int, list[Flag]] | None = None) -> FiguresTable:
    """The figures table; `flags` (by figure index, from `store.checks`) marks figures that do not add up."""
    return FiguresTable(figures, t, flags)


def figure_cells(figure: dict[str, Any], t: Translator) -> tuple[str, str, str, str, str, str]:
    """(label, value, of/rate, unit, period, locality) as the UI language writes numbers."""
    unit = visible(figure.get("unit", ""))
    value = figure.get("value")
    shown = "" if not isinstance(value, (int, float)) else t.number(value)
    if unit == "%" and shown:
        shown, unit = shown + "%", ""
    of = figure.get("of")
    rate = ""
    if isinstance(of, (int, float)) and isinstance(value, (int, float)):
        rate = "/ " + t.number(of)
        if of:
            rate += f" = {t.percent(round(value / of * 100, 2))}"
    from store.periods import figure_period  # noqa: PLC0415 - loaded with the first figures shown (#17)

    span = figure_period(figure, t.lang)
    return (visible(figure.get("label", "")), shown, rate, unit, visible(span), visible(figure.get("locality", "")))


def _source(source: dict[str, Any], lang: str) -> Text:
    """Outlet, author, title, day published and url; the day as the reader writes it (it was ISO in Vietnamese
    under a heading that writes the visit's day 04/09/2025)."""
    order = ("outlet", "author", "title", "published", "url")
    values = [day_text(visible(source[key]), lang) if key == "published" else visible(source[key])
              for key in order if source.get(key)]
    return Text(" · ".join(values))
