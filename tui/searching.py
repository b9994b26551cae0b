"""Searching the open catalog, and fetching the pages of the search on screen, in thread workers.

A search brings its first page (`SearchDone`), then its facet counts
(`FacetsCounted`), or both in one message when the counts come quickly; the
list asks for further pages as it reaches them (`PageFetched`), so the
records are never all held. Each search carries a
generation number: a slow search finishing after a newer one began posts
nothing that counts, and a newer search interrupts the index's work on the
older one. A search typed into the search line shows its page at once and
counts its facets only when typing pauses (`TYPING_PAUSE`) or the line is
closed on it (`hurry`). `Searches` holds no widget; it runs its workers on
the screen given to it, which handles the messages and draws.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from store.query import Filter
from store.sqlindex import Interrupted

from .messages import FacetsCounted, PageFetched, PlacesCounted, PlacesUnknown, SearchDone
from .model import FIRST_ROWS, PAGE, Catalog, Found
from .safe import visible

if TYPE_CHECKING:
    from textual.screen import Screen

    from .after_frame import AfterFrame
    from .state import BrowserState


HOLD = 0.05
"""Seconds the first page waits for the facet counts, so that both are drawn in one frame when they come
quickly (a frame of the whole screen is a good part of what Enter costs at 100,000 records); past this the
page is shown and the counts follow. The wait is a timer of the event loop, asked for from the worker: a
`threading.Timer` started a thread per search, and `Thread.start` waits for the new thread to run, which
on a busy machine held the counts 5-10 ms after the page was found (#17, session 15: the event loop idle
in a picker's slowest Enters)."""


FIRST_FRAME_WAIT = 1.0
"""Seconds the launch's facet counts wait at most for the first rows to be drawn (a busy machine's frame)."""


TYPING_PAUSE = 0.3
"""Seconds a search typed into the search line waits, after its rows and count are shown, before its facet
counts are made: counting is work (tens of milliseconds at 100,000 records, a tenth of a second or more at a
million) that the counts of a word half typed do not repay; a pause in typing brings them. A key typed while
they are counted stops them (`SqlIndex.moot`: the next key's rows waited for them, 139 ms at p95 at a million)."""


LEADERS_NOTE = 0.5
"""Seconds a search with a leader clause runs, while an older index file is given its leader names, before the
browser says why it takes long (`Searches._leaders_note`): the clause reads the records not yet indexed."""
LEADERS_NOTE_EVERY = 30.0
"""Seconds at least between two such notes: typing a name key by key says it once."""
FORMER_NOTE = 8.0
"""Seconds the note of a former ward stands (`Searches._show_note`): long enough to read a ward's whole story."""


class _Once:
    """A call made at most once, from whichever thread comes first (the held page: its timer or the counts)."""

    def __init__(self, call: Callable[[], object]) -> None:
        self._call: Callable[[], object] | None = call
        self._lock = threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            call, self._call = self._call, None
        if call is not None:
            call()

    def claim(self) -> bool:
        """Never make the call; True if it had not been made (the caller does its work instead)."""
        with self._lock:
            call, self._call = self._call, None
        return call is not None


class _Pause:
    """A typed search's wait for typing to pause before its facets are counted."""

    def __init__(self) -> None:
        self.ended = threading.Event()
        self.moot = False

    def end(self, moot: bool) -> None:
        self.moot = self.moot or moot
        self.ended.set()


class Searches:
    """The searches and page fetches of one browser screen, and what waits for them."""

    def __init__(self, host: Screen[None], state: BrowserState, after_frame: AfterFrame) -> None:
        self.host = host
        self.state = state
        self.after_frame = after_frame
        """Where a note waits for the rows it is about to be drawn."""
        self.generation = 0
        """Number of the newest search asked for."""
        self.done = 0
        """Number of the newest search whose facet counts have landed (or that failed)."""
        self._fetching: set[tuple[Found, int]] = set()
        """Pages asked for and not yet come, so that drawing the list does not ask twice."""
        self._waiting: list[Callable[[], None]] = []
        self._pause = _Pause()
        """The typed search's wait for a pause in typing: a newer search ends it (moot), `hurry` too (counted)."""
        self._answered = 0
        """Number of the newest search whose first page has been found (set in its worker)."""
        self._leaders_noted = -LEADERS_NOTE_EVERY
        self.splitting = 0
        """The search whose shared ward names are being split into places (`_split`), until they land (0)."""
        self.failed = 0
        """Number of the newest search that failed (a picker waiting for its counts keeps those it shows)."""
        self.counts_drawn = threading.Event()
        """Set by the screen once the frame showing a search's counts is out: the launch's split waits for it."""
        self.rows_first: threading.Event | None = None
        """Set by the screen for the launch: the next search shows its rows at once and counts its facets once
        this is set (the first frame is out), so that the first rows wait for nothing else (#17)."""

    @property
    def settled(self) -> bool:
        return self.done == self.generation

    def is_current(self, generation: int) -> bool:
        return generation == self.generation and self.state.catalog is not None

    def start(self, typing: bool = False, keep: str | None = None) -> bool:
        """Search the active filter and sort; False while there is no catalog to search. A search `typing` in
        the search line counts its facets only once typing pauses (`TYPING_PAUSE`); `keep`, the record a reload
        keeps selected, is looked for past the first page too (`Found.kept`)."""
        catalog = self.state.catalog
        if catalog is None:
            return False
        self.generation += 1
        catalog.searcher.interrupt()  # the search in flight, if any, is moot now
        self._pause.end(moot=True)
        self._pause = _Pause()
        drawn, self.rows_first = self.rows_first, None
        work = partial(self._search, self.generation, catalog, self.state.filter, self.state.sort,
                       self._pause if typing else None, drawn, asyncio.get_running_loop(), keep)
        self.host.run_worker(work, thread=True, group="search", exit_on_error=False)
        return True

    def hurry(self) -> None:
        """Count the typed search's facets now (the search line was closed on it: typing is over)."""
        self._pause.end(moot=False)

    def _search(self, generation: int, catalog: Catalog, query: Filter, sort: str, pause: _Pause | None = None,
                drawn: threading.Event | None = None, loop: asyncio.AbstractEventLoop | None = None,
                keep: str | None = None) -> None:
        """In a worker: the first page, then (unless a newer search began meanwhile) the facet counts."""
        if loop is not None and query.clauses_of("leader"):
            loop.call_soon_threadsafe(loop.call_later, LEADERS_NOTE, partial(self._leaders_note, generation, catalog))
        try:  # typed or the launch: no survey selected before is looked for in the page, its first rows do
            found = catalog.search(query, sort, FIRST_ROWS if pause is not None or drawn is not None else PAGE, keep)
            self._answered = max(self._answered, generation)
            if drawn is not None:  # the launch: the rows are drawn first, the counts after (`rows_first`)
                self.host.post_message(SearchDone(generation, found))
                drawn.wait(FIRST_FRAME_WAIT)
                if generation == self.generation:  # the counts first, the shared ward names split after them
                    first = catalog.facets(found, places=False)
                    self.splitting = generation  # (before the counts land: the screen is not idle until they do)
                    self.counts_drawn.clear()
                    self.host.post_message(FacetsCounted(generation, found, first))
                    self.counts_drawn.wait(FIRST_FRAME_WAIT)  # the interpreter is the frame's until it is out
                    self._split(generation, catalog, found, first)
                return
            if pause is not None:  # typed: the rows and count at once, the counts when typing pauses
                self.host.post_message(SearchDone(generation, found))
                pause.ended.wait(TYPING_PAUSE)
                if not pause.moot and generation == self.generation:
                    self.host.post_message(FacetsCounted(generation, found, catalog.facets(found)))
                return
            rows = _Once(partial(self.host.post_message, SearchDone(generation, found)))
            if loop is not None:  # the page shown past HOLD if the counts are not in by then (a no-op once they are)
                loop.call_soon_threadsafe(loop.call_later, HOLD, rows)
            try:  # a newer search (a key typed meanwhile) makes these counts moot
                counts = catalog.facets(found) if generation == self.generation else None
            except BaseException:
                rows()  # the page, whatever happened to its counts
                raise
            if counts is not None and rows.claim():  # in within HOLD: the page and its counts in one message
                self.host.post_message(FacetsCounted(generation, found, counts, with_rows=True))
                return
            rows()
            if counts is not None:
                self.host.post_message(FacetsCounted(generation, found, counts))
        except Interrupted:
            if generation == self.generation:  # stopped, yet still wanted: (a page fetch's interrupt) again
                self.host.app.call_from_thread(self.start)

    def _split(self, generation: int, catalog: Catalog, found: Found, counts: dict[str, list[tuple[str, int]]]
               ) -> None:
        """In the launch's worker, once its counts are posted: the places of the shared ward names the sidebar
        lists (`Catalog.ward_places`; their first count loads the gazetteer's wards, some 0.26 s at 100,000
        records that the first counts waited for in session 21), posted to be shown under those counts."""
        if generation == self.generation:  # (posted even when none is shared: `split` is waited for)
            self.host.post_message(PlacesCounted(generation, found, counts, catalog.ward_places(found.query, counts)))

    @property
    def split(self) -> bool:
        """The places of the launch's shared ward names are not awaited (`_split`)."""
        return not self.splitting or self.splitting != self.generation

    def _leaders_note(self, generation: int, catalog: Catalog) -> None:
        """A leader filter still searched after `LEADERS_NOTE` seconds, while the index's leader names are being
        filled in (`Searcher.leaders_filling`): a note says why it takes long and that its count is exact."""
        filling = catalog.searcher.leaders_filling()
        now = time.monotonic()
        if (filling is None or generation != self.generation or self._answered >= generation
                or now - self._leaders_noted < LEADERS_NOTE_EVERY):
            return
        self._leaders_noted = now
        t = self.state.t
        self.host.notify(t("search.leaders_filling", done=t.number(filling[0]), total=t.number(filling[1])),
                         markup=False, timeout=10)

    def landed(self, generation: int) -> None:
        """The counts of search `generation` have come (or it failed): nothing is in flight if it was the last.
        Then `run_waiting`, once the screen shows them."""
        self.done = generation

    def when_current(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the search in flight has landed, so it sees current counts.

        "X t" typed quickly must offer the topics counted without the filter X dropped.
        """
        if self.state.catalog is not None and self.settled:
            callback()
        else:
            self._waiting.append(callback)

    def run_waiting(self) -> None:
        """Run what `when_current` kept for the search that has landed."""
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()

    def say_former_wards(self, query: Filter) -> None:
        """Note the wards merged away that `query` names, found under what they became (in a worker: the first
        look-up of former wards by name loads their table, a few tenths of a second)."""
        self.host.run_worker(partial(self._former_wards, query), thread=True, group="notes", exclusive=True,
                             exit_on_error=False)

    def _former_wards(self, query: Filter) -> None:
        from store.former_notes import former_ward_note  # noqa: PLC0415 - loaded when a ward is first filtered

        catalog = self.state.catalog
        if catalog is None:
            return
        note = former_ward_note(query, self.state.lang, catalog.searcher.count_each)
        if note:  # one note for them all: a ward may be made of several, and each note shown costs a layout
            self.host.app.call_from_thread(self._note, visible(note))

    def say_unknown_places(self, generation: int, query: Filter) -> None:
        """A search that found nothing: which of its place and topic names name nothing, and the names nearest
        each, for the empty list to say ("Có phải ý bạn là: Hà Nội?"); in a worker (some tens of milliseconds of
        names)."""
        if query.clauses_of("province") or query.clauses_of("ward") or query.clauses_of("topic"):
            self.host.run_worker(partial(self._unknown_places, generation, query), thread=True, group="names",
                                 exclusive=True, exit_on_error=False)

    def _unknown_places(self, generation: int, query: Filter) -> None:
        from store.name_suggestions import unknown_places  # noqa: PLC0415 - only for a filter that found nothing

        places = unknown_places(query)
        if places and generation == self.generation:
            self.host.post_message(PlacesUnknown(generation, query, places))

    def _note(self, text: str) -> None:
        """Show a note once the rows of the search it is about are drawn (a toast's layout and drawing took some
        20 ms of the frame that answered a ward picked at 100,000 records)."""
        self.after_frame.call(partial(self._show_note, text))

    def _show_note(self, text: str) -> None:
        """The note, unless a dialog has opened over the browser meanwhile (notes stand at the bottom right, over
        a dialog's buttons and hint): it is about the list, which the dialog hides."""
        if self.host.app.screen is not self.host:
            return
        self.host.notify(text, markup=False, timeout=FORMER_NOTE)  # held under a dialog opened later (`tui.toasts`)

    # -- pages ---------------------------------------------------------------
    def want_page(self, page: int) -> None:
        """Fetch `page` of the search on screen, unless it is on its way already."""
        catalog = self.state.catalog
        found = catalog.found if catalog else None
        if catalog is None or found is None or (found, page) in self._fetching:
            return
        self._fetching.add((found, page))
        work = partial(self._fetch, catalog, found, page)
        self.host.run_worker(work, thread=True, group="page", exit_on_error=False)

    def _fetch(self, catalog: Catalog, found: Found, page: int) -> None:
        try:
            records = catalog.fetch(found, page)
        except Interrupted:  # a newer search began: this page is of the old one
            self.host.app.call_from_thread(self._fetching.discard, (found, page))
            return
        self.host.post_message(PageFetched(catalog, found, page, records))

    def page_came(self, message: PageFetched) -> bool:
        """Keep a fetched page; True if it belongs to the search on screen (the list should redraw)."""
        self._fetching.discard((message.found, message.page))
        return message.catalog is self.state.catalog and message.catalog.keep(message.found, message.page,
                                                                               message.records)

    def pages_failed(self) -> None:
        self._fetching.clear()
