"""The status line's "N of M": a search newer than the catalog's count never shows more found than held.

Another writer's change shows within the watcher's interval (`tui.watching`);
a search run meanwhile already sees it. Its total is the store's size when it
has no filter, and a floor of it otherwise (`Catalog.show`); the count the
catalog was made with stays, for the note that says what changed.
"""

from __future__ import annotations

from store.query import Filter
from tests.factories import make_record
from tui.model import Catalog, Found
from tui.searcher import preloaded


def _catalog() -> Catalog:
    return Catalog(preloaded([make_record()]))


def test_a_filter_finding_more_than_the_count_raises_the_total() -> None:
    catalog = _catalog()
    catalog.show(Found(Filter.parse("year:2025"), "date", 3, []))
    assert len(catalog) == 3 and catalog.counted == 1
    catalog.show(Found(Filter.parse("year:2024"), "date", 0, []))  # fewer: says nothing about the whole
    assert len(catalog) == 3


def test_no_filter_is_the_stores_size_either_way() -> None:
    catalog = _catalog()
    catalog.show(Found(Filter(), "date", 4, []))
    assert len(catalog) == 4
    catalog.show(Found(Filter(), "date", 0, []))  # deleted elsewhere meanwhile
    assert len(catalog) == 0 and catalog.counted == 1
