"""The browser's one piece of shared state: which store, which filter and sort, what the search found.

`BrowserState` is handed down to the main screen and the controllers that
act for it (`tui.loading`, `tui.searching`, `tui.pickers`,
`tui.survey_actions`); they change it only on the UI thread, in the handlers
of the messages their workers post (`tui.messages`). Widgets never hold it:
they are given what they show. Nothing here touches the screen, so the
derived views (the records for export, the `status:` item test, the empty
list's message) can be read anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.days import day_text
from store.query import Filter, QueryError
from store.today import chosen

from . import layout
from .i18n import Translator
from .kinds import kind_counted
from .safe import visible
from .settings import (
    Settings,
    UserSettings,
    interface_lang,
    load_settings,
    load_user,
    save_settings,
    save_user_lang,
    settings_path,
)

if TYPE_CHECKING:
    from store.export import ItemTest
    from store.name_suggestions import UnknownPlace

    from .found_text import TextTest
    from .model import Catalog, Found


ITEM_FIELDS = frozenset({"status", "overdue", "to", "answered", "changed", "closed"})
"""The follow-up clauses, which narrow the items of a visit the `u` list and the details' ▶ show."""
EMPTY_FILTER_SHOWN = 600
"""The most of a filter the empty list's message repeats (eight lines at 80 columns, the details pane's room): a
pasted page in the search had wrapped to hundreds of lines and pushed the hint under it (x, X) out of sight. The
filter bar above still holds all of it."""


@dataclass(frozen=True)
class StoreRef:
    """Where the store is, in the three forms the browser needs."""

    location: str
    """What opens the store (`open_repository`); a URL must not go through `Path`, which folds its `//`."""
    label: str
    """The location fit for the screen: a URL without its password."""
    settings_file: Path
    """Where the browser keeps filter, sort and sidebar for this store."""
    path: Path
    """The file store, or for a shared archive the local file its browser settings are kept in."""

    @classmethod
    def of(cls, store_path: Path | str) -> StoreRef:
        from store.backends import is_postgres_url, printable_location  # noqa: PLC0415 - loaded with the store

        location = str(store_path)
        settings_file = settings_path(location)
        path = settings_file if is_postgres_url(location) else Path(store_path)
        return cls(location, printable_location(store_path), settings_file, path)


@dataclass(eq=False)
class BrowserState:
    """The active filter and sort, the open catalog and the search on screen, in one language."""

    store: StoreRef
    t: Translator
    settings: Settings
    filter: Filter = field(default_factory=Filter)
    sort: str = "date"
    catalog: Catalog | None = None
    found: Found | None = None
    counted: Found | None = None
    """The newest search whose counts were shown (in the sidebar): a picker offers its counts while those of the
    search on screen are awaited, or failed (`tui.choices`)."""
    load_error: str | None = None
    typed_invalid: bool = False
    """The filter bar holds a filter typed with an error: the list still shows the filter applied before."""
    index_stale: bool = False
    """The catalog is an index older than the store; a new one is being built."""
    listed: bool = False
    """The list has shown the store's records once (from an index that may be stale)."""
    preloaded: list[dict[str, Any]] | None = None
    """Records given in memory (tests): the store is not read."""
    ask_before_creating: bool = False
    """True when `--db` named this store: a path that does not exist is offered, never made silently."""
    unknown: tuple[Filter, tuple[UnknownPlace, ...]] | None = None
    """A filter that found nothing, and its place names that name no unit with the names nearest each
    (`Searches.say_unknown_places`): the empty list says them under the filter."""
    user: UserSettings = field(default_factory=UserSettings)
    """The user's own settings as read at the start: the name the follow-up history gives them, their last looks."""
    _text_test: tuple[Filter, TextTest | None] | None = field(default=None, repr=False)
    """`text_test` of the filter it was made for: every list row asks it."""

    @classmethod
    def open(cls, store_path: Path | str, lang: str | None, records: list[dict[str, Any]] | None = None
             ) -> BrowserState:
        """The state a browser starts from: the filter, sort, sidebar and language remembered for this store.
        `lang` None: the language last chosen in the browser on this store, else on any (the user's), else the
        locale's."""
        store = StoreRef.of(store_path)
        settings, user = load_settings(store.settings_file), load_user()
        chosen = interface_lang(lang, settings.lang, user.lang)
        return cls(store, Translator(chosen), settings, _parse_or_empty(settings.filter), settings.sort,
                   preloaded=records, user=user)

    @property
    def lang(self) -> str:
        return self.t.lang

    def record(self, position: int) -> dict[str, Any]:
        """The record at `position` of the list, fetched now if its page has not come yet."""
        assert self.catalog is not None
        record = self.catalog.record_now(position)
        assert record is not None
        return record

    def view_records(self) -> list[dict[str, Any]]:
        """The surveys the filter picks, newest first (as `surveys export` writes them), whatever the sort."""
        if self.catalog is None or self.found is None:
            return []
        return self.catalog.all_records(self.found)

    @property
    def shown_query(self) -> Filter:
        """The filter of the search on screen (the active one until a search has landed)."""
        return self.found.query if self.found else self.filter

    def item_test(self) -> ItemTest | None:
        """Which recommendations and directions the follow-up clauses of the shown filter ask for (`status:`,
        `overdue`, `to:`, `answered:`, `changed:`, `closed:`); `to:` alone had left every item bright."""
        query = self.shown_query
        if not ITEM_FIELDS & query.fields():
            return None  # every item: the export code (which says so too) need not load for the first screen
        from store.export import items_asked  # noqa: PLC0415 - the export code loads when first needed

        return items_asked(query)

    def text_test(self) -> TextTest | None:
        """Which item texts and responses hold a free-text word of the shown filter (`tui.found_text`)."""
        query = self.shown_query
        if not query.values("text"):
            return None
        if self._text_test is None or self._text_test[0] is not query:  # each list row asks: made once a search
            from .found_text import text_test  # noqa: PLC0415 - with the first survey described, not on the first frame

            self._text_test = (query, text_test(query))
        return self._text_test[1]

    def empty_message(self) -> str:
        """What the list says when it has no rows: why not."""
        if self.load_error is not None:  # whole, with its heading (`tui.loading`)
            return "\n".join(visible(line) for line in self.load_error.splitlines())
        if self.catalog is None:
            return self.t("empty.loading")
        if len(self.catalog) == 0:  # the store, here; how to fill it in the details pane (`details_message`)
            return self._empty_store()[0]
        key = "empty.match_kept" if self.typed_invalid else "empty.match"  # the bar shows the bad text, not this
        span = self.shown_query.date_span()
        if key == "empty.match" and span.start > span.end:  # `tu:2025 den:2023`: why, not only that none matched
            key = "empty.no_days"
        said = self.t(key, filter=visible(self.shown_query.render(self.t.lang), limit=EMPTY_FILTER_SHOWN))
        if key != "empty.match" or self.unknown is None or self.unknown[0] != self.shown_query:
            return said
        lines = said.split("\n")  # the heading, the filter, then what to press: the names right under the filter
        return "\n".join([*lines[:2], *self._unknown_lines(self.unknown[1]), *lines[2:]])

    def _unknown_lines(self, places: tuple[UnknownPlace, ...]) -> list[str]:
        """One line per place name that names no unit, with the names nearest it ("Có phải ý bạn là: Hà Nội?")."""
        from store.name_suggestions import nearest_said  # noqa: PLC0415 - loaded with the names it says

        lines = []
        for place in places:
            unknown = self.t(f"empty.unknown_{place.field}", name=repr(visible(place.value)))
            nearest = nearest_said(place.nearest, self.t.lang)
            lines.append(f"{unknown} {nearest}" if nearest else unknown)
        return lines

    def details_message(self, list_rest: str = "") -> str:
        """What the details pane says while the list has no rows: the lines of the list's message the list has no
        room for (`list_rest`, `tui.widgets.survey_list.split_message`), else nothing, the list says why right under
        the filter (both had said "No visit matches the filter" with it, one above the other); but how to fill an
        empty store (the list's few rows at 80×24 had lost it under a long path). A store that failed to open is
        said so too, its heading once: the details pane had said the whole of it again under the list's lines."""
        if self.catalog is not None and len(self.catalog) == 0:
            return "\n".join(part for part in (list_rest, self._empty_store()[1]) if part)
        return list_rest

    def _empty_store(self) -> tuple[str, str]:
        """An empty store's message: its first line (the store, for the list) and the rest (how to fill it)."""
        said, _, how = self.t("empty.store", path=visible(self.store.label)).partition("\n")
        return said, how

    def count_text(self, counting: bool) -> tuple[str, tuple[str, ...]]:
        """The status line: how many shown of how many, the sort, and what is still under way; then the visits by
        kind, one piece each, which the line shows as far as they fit whole (`StatusLine.say`)."""
        assert self.catalog is not None
        t = self.t
        shown = self.found.total if self.found else 0
        text = t("status.count", shown=t.number(shown), total=t.number(len(self.catalog)), sort=t(f"sort.{self.sort}"))
        if counting:
            text += t("status.counting")
        if self.catalog.read_only:  # why the edit keys are not in the footer (`BrowserKeys.refused_actions`)
            text += t("status.read_only")
        if self.index_stale:
            text += t("status.stale_index")
        if (day := chosen()) is not None:  # a trial's "next month": said, so no one reads its overdue items as real
            text += t("status.today", day=day_text(day[0].isoformat(), t.lang), how=day[1])
        kinds = kinds_said(self.found, t) if self.found else []
        if kinds:  # last: a narrow terminal leaves out kinds, never the sort or what is under way
            kinds[0] = t("status.kinds", kinds=kinds[0])
        return text, tuple(kinds[:1] + [", " + kind for kind in kinds[1:]])

    def remember(self) -> None:
        """Keep filter and sort for next time (the filter in English, which both languages read)."""
        self._keep(replace(self.settings, filter=self.filter.render(), sort=self.sort))

    def facets_shown(self, width: int) -> bool:
        """Whether the sidebar is shown at `width` columns: as chosen at such a width, else as it allows."""
        return layout.facets_shown(width, self.settings.facets, self.settings.facets_narrow)

    def choose_facets(self, width: int, shown: bool) -> None:
        """`f` made the sidebar `shown` at `width`: kept for such widths (forgotten if the width's own)."""
        choice = layout.chosen(width, shown)
        if layout.is_wide(width):
            self._keep(replace(self.settings, facets=choice))
        else:
            self._keep(replace(self.settings, facets_narrow=choice))

    def switch_language(self) -> str:
        """The other language, from now on for every word looked up through `t` (the one translator the screens
        and widgets share), and remembered for this store's next browser."""
        self.t.lang = "en" if self.t.lang == "vi" else "vi"
        self._keep(replace(self.settings, lang=self.t.lang))
        save_user_lang(self.t.lang)  # the default of stores that have no language of their own
        return self.t.lang

    def _keep(self, wanted: Settings) -> None:
        if wanted != self.settings:
            save_settings(self.store.settings_file, wanted)
            self.settings = wanted


def kinds_said(found: Found, t: Translator) -> list[str]:
    """["2 giám sát", "3 khảo sát"]: the visits shown by kind, from the kind facet's counts, once they are counted.

    The facet counts a kind under the filter less its own clauses, so under `kind:` only the kinds it asks for
    are the ones shown; counts that do not add up to the visits shown (a kind facet cut at its limit) say
    nothing rather than something wrong. A kind the catalog knows is named in the UI language, any other as
    the record writes it.
    """
    from store.folding import fold  # noqa: PLC0415 - loaded with the store

    wanted: list[str] = []
    if found.query.values("kind"):  # `kind:giamsat`, `kind:survey`: the kinds it names, as the search read them
        from store.closed_values import kind_starts  # noqa: PLC0415 - the matching code waits for a filter that needs it

        wanted = [start for value in found.query.values("kind") for start in kind_starts(value)]
    counts = [(kind, count) for kind, count in found.facets.get("kind", [])
              if count and (not wanted or any(fold(kind).startswith(w) for w in wanted))]
    if not counts or sum(count for _, count in counts) != found.total:
        return []
    return [kind_counted(kind, count, t) for kind, count in counts]


def _parse_or_empty(text: str) -> Filter:
    try:
        return Filter.parse(text)
    except QueryError:
        return Filter()
