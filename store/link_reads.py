"""One visit's repeat links read from the visits at its places, not from an index of every visit.

`store.item_links.LinkCache` files every visit's items by place of today, once per store version: the first `u`
of a browser (and the details pane's first "raised before" line) waited for a pass over every visit, 4.5 s of CPU
at 100,000 (`scripts/bench_history.py`, session 40). A link only joins items of one place, and a visit's stored
decisions name the other visits they need (a confirmed link is shown whatever its wording, `LinkIndex.decided`
reads the earlier visit's items): so a `LinkIndex` of those visits alone gives the visit the links the whole one
gives (tests/test_link_reads.py). A repository that can read the visits at a place without reading the others
(`records_near`: the file store's persistent index, `store.sqlindex.nearby`; PostgreSQL's `ward_keys` and
`province_codes` columns, `store.postgres.rows`) answers so; one that cannot (a file index out of date) goes through
the cache's index as before, and so does any visit once that index is held for the store as it is. What a row of
the details pane costs each way: `scripts/bench_details_links.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .followup import ITEM_FIELDS, ItemRef
from .item_links import LinkCache, LinkIndex, place_keys
from .repository import Record, Repository

Links = dict[ItemRef, list[Any]]
Near = Callable[[Iterable[str], Iterable[str]], list[Record] | None]


def stored_links(cache: LinkCache, repository: Repository, record: Record, *, dropped: bool = False,
                 cancelled: Callable[[], bool] | None = None) -> tuple[Record, Links]:
    """`record` as stored now (the caller's copy may predate a decision) and its links over the store, the dropped
    ones too with `dropped`; `cancelled` (a worker left behind) is asked before the links are worked out."""
    near = None if cache.current(repository) else getattr(repository, "records_near", None)  # waits for a build
    if cancelled is not None and cancelled():
        return record, {}
    if callable(near):
        found = near_links(near, record, dropped, reread=True, cancelled=cancelled)
        if found is not None:
            return found
    index = cache.index(repository)
    if cancelled is not None and cancelled():
        return record, {}
    stored = repository.get(str(record.get("id"))) or record
    return stored, index.links(stored, dropped=dropped)


def near_links(near: Near, record: Record, dropped: bool, reread: bool,
               cancelled: Callable[[], bool] | None = None) -> tuple[Record, Links] | None:
    """(`record`, as stored when `reread`, and its links) from the visits `near` reads at its places and those its
    decisions name; None when `near` cannot say (its index is not current); no links once `cancelled`."""
    stored = record
    if reread:
        record_id = str(record.get("id"))
        own = near((), [record_id])
        if own is None:
            return None
        stored = next((found for found in own if str(found.get("id")) == record_id), record)  # gone: as given
    named = {str(decision["survey"]) for field in ITEM_FIELDS for item in stored.get(field) or []
             for decision in item.get("repeats") or []}
    visits = near(place_keys(stored), named)
    if visits is None:
        return None
    if cancelled is not None and cancelled():
        return record, {}
    return stored, LinkIndex(visits).links(stored, dropped=dropped)
