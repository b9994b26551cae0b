"""What a reviewed draft adds to a visit already stored: found in the store, and merged into it when asked.

`surveys import --from-articles` and the browser's import dialog both ask here, so both offer the same thing
for the same draft:

- the record stored under the draft's own id, when the import would keep that record as it is (`on_duplicate`
  "skip") and the draft has figures, recommendations or directions it lacks. Such a draft had been skipped as
  stored already ("trùng mã") and what it added was lost unless the stored record was replaced;
- else a probable duplicate under another id (`duplicates.probable_duplicates`: the same day, a shared place,
  delegation names that agree).

A draft that adds nothing to the record under its own id gets no offer: the import skips it, as before.
A merge appends what the stored record still lacks, in one atomic `update()`; nothing stored is changed or
dropped, and each value appended keeps its origin as the article's draft had it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import provenance
from ..query import Clause, Filter
from ..repository import Record, Repository
from .duplicates import Duplicate, merged, missing_figures, missing_items, probable_duplicates

Offered = tuple[Duplicate, dict[str, Any]]
"""What the draft adds and to which stored record (as it was read)."""


def stored_under_same_id(record: dict[str, Any], stored: dict[str, Any]) -> Duplicate:
    """The record stored under the draft's id, with what the draft has that it lacks (perhaps nothing)."""
    return Duplicate(str(stored.get("id")), [], missing_figures(record, stored), missing_items(record, stored),
                     same_id=True)


def offer_among(record: dict[str, Any], stored: Iterable[dict[str, Any]], on_duplicate: str = "skip"
                ) -> Offered | None:
    """The stored record among `stored` the draft `record` could add to, first its own id's (see the module)."""
    records = list(stored)
    own = next((other for other in records if record.get("id") and other.get("id") == record.get("id")), None)
    if own is not None and on_duplicate == "skip":
        same = stored_under_same_id(record, own)
        if same.adds:
            return same, own
    for duplicate in probable_duplicates(record, records):
        return duplicate, next(other for other in records if str(other.get("id")) == duplicate.stored_id)
    return None


def candidates(repository: Repository, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of `repository` that could be the draft `record`'s visit: its own id's, then its day's. Every
    record `offer_among` or `duplicates.probable_duplicates` could name is among them (both ask for the draft's id
    or its exact day), read through the repository's date filter rather than the whole store. A date the filter
    refuses (not a real day) is no stored record's: none of its day."""
    found: list[dict[str, Any]] = []
    if record.get("date"):
        try:
            found = list(repository.search(Filter((Clause("date", str(record["date"])),)), limit=None,
                                           facets=False).records)
        except ValueError:  # DateError: a draft's date that is no day, which no stored record has
            found = []
    if record.get("id") and not any(other.get("id") == record["id"] for other in found):
        own = repository.get(str(record["id"]))
        if own is not None:
            found.insert(0, own)
    return found


def find_offer(repository: Repository, record: dict[str, Any], on_duplicate: str = "skip") -> Offered | None:
    """`offer_among` the records of `repository` that could be the draft's visit: its day's and its own id's."""
    return offer_among(record, candidates(repository, record), on_duplicate)


def merge_into(repository: Repository, stored_id: str, figures: list[dict[str, Any]],
               items: list[tuple[str, dict[str, Any]]], article: dict[str, Any]) -> Record:
    """Append to the stored record `stored_id` the `figures` and `items` (recommendations, directions) it still
    lacks when the update reads it (another writer may have added some meanwhile), with their origins from
    `article`, in one atomic update."""

    def adding(current: Record) -> Record:
        lacking = missing_figures({"figures": figures}, current)
        given: dict[str, Any] = {}
        for name, item in items:
            given.setdefault(name, []).append(item)
        lacking_items = missing_items(given, current)
        added = [("figures", figure) for figure in lacking] + lacking_items
        return provenance.with_merged_values(current, merged(current, lacking, lacking_items), added, article)

    return repository.update(stored_id, adding)
