"""Reading ahead once a catalog is shown, and keeping Python's cyclic collector off the long-lived heap.

Two costs used to land on the first keys a user typed at 100k records. The
first filter read the tables it needs (the index's date order and facet
columns, the gazetteer's former wards: a few tenths of a second); they are
now read in a worker as soon as the first screen is up. And each full
collection walked every object that lives as long as the catalog (Textual's
and our modules, the widgets, the folded vocabularies), pauses of 25–120 ms
several times a minute; once read ahead, what is alive is frozen
(`gc.freeze()`): collections skip it, and reference counting still frees
what is dropped (only cycles among frozen objects wait). When a new catalog
replaces the old one (after an import or an edit), the old frozen objects
are given back to the collector, collected once, and what lives on is
frozen again. Collections run on the screen's thread, never a worker's.
"""

from __future__ import annotations

import gc
from functools import partial
from typing import TYPE_CHECKING

from .messages import Prepared

if TYPE_CHECKING:
    from textual.screen import Screen

    from .model import Catalog


class HeapKeeper:
    """For one screen (which handles `Prepared` by calling `settle`): read ahead, then freeze the heap."""

    def __init__(self, host: Screen[None]) -> None:
        self.host = host
        self.frozen = False
        self._read = False
        """The catalog shown last has been read ahead (or is being)."""

    def catalog_landed(self) -> None:
        self._read = False

    def facets_shown(self, catalog: Catalog) -> None:
        """The first screen of `catalog` is complete: read ahead in a worker, once per catalog."""
        if not self._read:
            self._read = True
            self.host.run_worker(partial(self._read_ahead, catalog), thread=True, group="settle", exclusive=True,
                                 exit_on_error=False)

    def _read_ahead(self, catalog: Catalog) -> None:
        from store.matching import prepare as prepare_matching  # noqa: PLC0415 - after the first frame (#17)

        catalog.searcher.prepare()
        catalog.searcher.idle()  # the gazetteer's tables (a few tenths of a second of Python) after the keys typed
        prepare_matching()
        self.host.post_message(Prepared())

    def settle(self) -> None:
        """Freeze what is alive now; a later call first collects what the earlier freeze kept."""
        if self.frozen:
            gc.unfreeze()
            gc.collect()
        gc.freeze()
        self.frozen = True

    def release(self) -> None:
        """Give the frozen objects back to the collector (the browser is closing; tests open many in one
        process)."""
        if self.frozen:
            gc.unfreeze()
            self.frozen = False
