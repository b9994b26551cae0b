"""Which earlier item each of a visit's recommendations and directions repeats, and a person's word on it.

`store.repeats` judges two items; this module finds the candidates and keeps
the decisions. The candidates of a visit are the items of the visits at the
same places of today (`place_keys`: today's ward code, which a record keeps
for a unit merged away too, as the ward filters find it), filed by place
once (`LinkIndex`, built from `Repository.records()`); when `change_token`
moves, `LinkCache` files again only the visits that changed (`LinkIndex.changed`:
a link only joins items of one place, so only those places are touched), and
from a database reads only those (`LinkIndex.refiled`, by row stamps). The
browser asks for a visit's links in a thread and the CLI once per command.

A person confirms a suggested link or drops it (`store.link_decisions`). The decision is stored in the
later item (`repeats`: `{"survey", "item", "decision"}`, `data/schema.json`)
through `Repository.update`, so every backend keeps it: a dropped link is
never suggested again, a confirmed one is shown even if either text is edited
so that the wording no longer matches. An earlier item is named by its visit's
id and its label (r2, d1), as `surveys followup` names it, and the decision
keeps the text that item had (`text`): when that visit's items are reordered,
edited or one deleted, `store.link_targets.resolve` finds the item again or
lets the decision go, on every backend alike (the record is all it reads).
Decisions stored before the text was kept are read by their label and get it
from `upgrade_decisions` or the next decision on their item.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from . import catalog
from .folding import fold
from .followup import (
    ITEM_FIELDS,
    FollowUpError,
    ItemRef,
    get_item,
    item_label,
    parse_item_label,
    status_label,
    status_of,
)
from .levels import split_level
from .link_targets import resolve
from .periods import day_label
from .repeats import Entry, best_first, similarity
from .repository import Record, Repository


@dataclass(frozen=True)
class Link:
    """An earlier item a later one repeats, with what a line about it says."""

    survey: str
    date: str
    item: str
    """Its label in its visit: r2, d1."""
    text: str
    status: str
    body: str
    confirmed: bool
    score: float
    dropped: bool = False
    """Dropped by a person: listed only when asked for (the `u` list, where `x` takes the drop back)."""

    @property
    def ref(self) -> ItemRef:
        return parse_item_label(self.item)


def said(link: Link, lang: str) -> str:
    """"raised before: 12/03/2026, <the visit's body> r2 — open" in `lang` (the `u` list, `show`, `followup`)."""
    return catalog.text("links.before", lang, day=day_label(link.date, lang), visit=link.body, item=link.item,
                        status=status_label(link.status, lang))


def parse_earlier(text: str) -> tuple[str, str]:
    """"<visit id>:r2" as (visit id, "r2"); FollowUpError when it is not of that form."""
    survey, _, label = text.strip().rpartition(":")
    if not survey:
        raise FollowUpError(f"{text!r}: write the earlier item as ID:r2")
    return survey, item_label(parse_item_label(label))


def place_keys(record: Record) -> frozenset[str]:
    """The places of today a visit was at: today's ward by code; a province, or a unit with no ward, by name."""
    keys = set()
    for locality in record.get("localities") or []:
        ward = locality.get("ward")
        province = (locality.get("province") or {}).get("code")
        if ward and isinstance(ward.get("code"), int):
            keys.add(f"w{ward['code']}")
        elif locality.get("level") == "tỉnh":
            keys.add(f"p{province}")
        else:
            keys.add(f"p{province}:{fold(split_level(locality.get('name', ''))[1])}")
    return frozenset(keys)


def entries_of(record: Record) -> list[Entry]:
    places = place_keys(record)
    return [Entry(record.get("id", ""), record.get("date", ""), field, index, str(item.get("text", "")), places)
            for field in ITEM_FIELDS for index, item in enumerate(record.get(field) or [])]


def decisions_of(item: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(survey id, item label) → "confirmed" or "dropped", as the item stores them."""
    return {(str(d["survey"]), str(d["item"])): str(d["decision"]) for d in item.get("repeats") or []}


def texts_of(record: Record) -> list[tuple[str, str]]:
    """(label, text) of each of `record`'s items, in its order: what `link_targets.resolve` reads."""
    return [(item_label((field, index)), str(item.get("text", "")))
            for field in ITEM_FIELDS for index, item in enumerate(record.get(field) or [])]


def filed_parts(record: Record) -> tuple[Any, ...]:
    """What `LinkIndex` holds of a visit (its day, places, body, and each item's text and status): two versions of a
    visit with equal parts are filed alike, so a write that changed something else (a response, a figure, a
    decision on a link, which is read from the record asked about) files nothing again."""
    items = tuple((field, str(item.get("text", "")), status_of(item))
                  for field in ITEM_FIELDS for item in record.get(field) or [])
    return str(record.get("date", "")), place_keys(record), str(record.get("body", "")), items


class LinkIndex:
    """Every visit's items filed by place of today, and what a line about each needs: built once per store version,
    then kept up to date by `changed` (only the visits that differ are filed again)."""

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self.by_place: dict[str, list[Entry]] = {}
        self.items: dict[tuple[str, str], tuple[Entry, str, str]] = {}
        """(survey, label) → (entry, status, body)."""
        self.texts: dict[str, list[tuple[str, str]]] = {}
        """survey → its items' (label, text), which a stored decision is checked against."""
        self.filed: dict[str, tuple[Any, ...]] = {}
        """survey → what of it the index holds (`filed_parts`): a visit whose parts are unchanged is not filed again."""
        for record in records:
            self._file(record)

    def _file(self, record: Record, parts: tuple[Any, ...] | None = None) -> None:
        survey = str(record.get("id", ""))
        body = str(record.get("body", ""))
        self.texts[survey] = texts_of(record)
        self.filed[survey] = parts if parts is not None else filed_parts(record)
        for entry in entries_of(record):
            item = record[entry.field][entry.index]
            self.items[(entry.survey, item_label((entry.field, entry.index)))] = (entry, status_of(item), body)
            for place in entry.places:
                self.by_place.setdefault(place, []).append(entry)

    def changed(self, records: Iterable[Record]) -> LinkIndex:
        """The index of a store that now holds `records`, made from this one: the visits added, deleted or changed
        in what the index holds (a day, a body, a place, an item's text or status) are filed again, and only the
        places they were or are at are touched, since a link only joins items of one place. A new object (this one
        is left as it is: another thread may be reading it), equal to `LinkIndex(records)` (tests/test_link_index.py)
        but for the order of its lists, which `best_first` does not depend on."""
        fresh: list[tuple[Record, tuple[Any, ...]]] = []
        seen: set[str] = set()
        for record in records:
            survey = str(record.get("id", ""))
            seen.add(survey)
            parts = filed_parts(record)
            if self.filed.get(survey) != parts:
                fresh.append((record, parts))
        return self._refiled(fresh, {survey for survey in self.filed if survey not in seen})

    def refiled(self, records: Iterable[Record], gone: Iterable[str]) -> LinkIndex:
        """As `changed`, told which visits changed (`records`) and which are `gone` (`LinkCache`, by row stamps)."""
        fresh = [(record, parts) for record in records
                 if self.filed.get(str(record.get("id", ""))) != (parts := filed_parts(record))]
        return self._refiled(fresh, {survey for survey in gone if survey in self.filed})

    def _refiled(self, fresh: list[tuple[Record, tuple[Any, ...]]], missing: set[str]) -> LinkIndex:
        gone = missing | {str(record.get("id", "")) for record, _ in fresh}
        if not gone:
            return self
        new = LinkIndex()
        new.texts, new.filed, new.items = dict(self.texts), dict(self.filed), dict(self.items)
        new.by_place = dict(self.by_place)  # the lists of the places touched are replaced, never changed in place
        touched = {place for survey in gone for place in self.filed.get(survey, ((), frozenset()))[1]}
        for survey in gone:
            for label, _ in new.texts.pop(survey, []):
                new.items.pop((survey, label), None)
            new.filed.pop(survey, None)
        for place in touched:
            kept = [entry for entry in new.by_place.get(place, ()) if entry.survey not in gone]
            if kept:
                new.by_place[place] = kept
            else:
                new.by_place.pop(place, None)
        for record, parts in fresh:
            for place in parts[1] - touched:  # a place it did not have before: a list of its own, not this one's
                if place in new.by_place:
                    new.by_place[place] = list(new.by_place[place])
                    touched.add(place)
            new._file(record, parts)
        return new

    def links(self, record: Record, dropped: bool = False) -> dict[ItemRef, list[Link]]:
        """Each item of `record` with the earlier items it repeats (most recent first), as decided or suggested;
        with `dropped`, the links a person dropped too, after the others (so that the drop can be taken back)."""
        found: dict[ItemRef, list[Link]] = {}
        for later in entries_of(record):
            ref = (later.field, later.index)
            decided = self.decided(get_item(record, ref))
            candidates = {id(e): e for place in later.places for e in self.by_place.get(place, ())}
            links = []
            for score, earlier in best_first(later, candidates.values()):
                key = (earlier.survey, item_label((earlier.field, earlier.index)))
                if decided.get(key) != "dropped":
                    links.append(self._link(key, score, decided.get(key) == "confirmed"))
                elif dropped:
                    links.append(replace(self._link(key, score, False), dropped=True))
            shown = {(link.survey, link.item) for link in links}
            for key, decision in decided.items():  # confirmed though the wording no longer matches
                if decision == "confirmed" and key not in shown and key in self.items:
                    links.append(self._link(key, similarity(later.text, self.items[key][0].text), True))
            if links:
                found[ref] = sorted(links, key=lambda link: (not link.dropped, link.confirmed, link.date, link.score),
                                    reverse=True)
        return found

    def decided(self, item: dict[str, Any]) -> dict[tuple[str, str], str]:
        """`decisions_of(item)` keyed by the earlier item each points at now (`link_targets.resolve`); one whose
        item is gone left out, one of a visit not stored kept as written (nothing is shown for it)."""
        found: dict[tuple[str, str], str] = {}
        for decision in item.get("repeats") or []:
            survey = str(decision["survey"])
            texts = self.texts.get(survey)
            label = resolve(decision, texts) if texts is not None else str(decision["item"])
            if label is not None:
                found[(survey, label)] = str(decision["decision"])
        return found

    def _link(self, key: tuple[str, str], score: float, confirmed: bool) -> Link:
        entry, status, body = self.items[key]
        return Link(entry.survey, entry.date, key[1], entry.text, status, body, confirmed, round(score, 2))


class LinkCache:
    """One `LinkIndex` per store version (`change_token`), shared by the threads that ask for it.

    When the token moves, a file store's records are read from memory (`records_to_read`) and compared with the
    index; a database says each row's stamp (`row_stamps`, one small query) and only the rows whose stamp moved are
    read (`records_of`). Stamps are read before records: a write between is seen again next time, never missed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._token: str | None = None
        self._index: LinkIndex | None = None
        self._stamps: dict[str, str] = {}

    def index(self, repository: Repository) -> LinkIndex:
        with self._lock:
            token = repository.change_token()
            if self._index is None or token != self._token:
                stamps_of = getattr(repository, "row_stamps", None)
                self._index = self._by_rows(repository, stamps_of()) if callable(stamps_of) \
                    else self._by_records(repository)
            self._token = token
            return self._index

    def current(self, repository: Repository) -> bool:
        """An index is held for the store as it is now (`store.link_reads` then asks it; the token alone read)."""
        with self._lock:
            return self._index is not None and self._token == repository.change_token()

    def _by_records(self, repository: Repository) -> LinkIndex:
        read = getattr(repository, "records_to_read", repository.records)  # a file store's: not copied
        return LinkIndex(read()) if self._index is None else self._index.changed(read())

    def _by_rows(self, database: Any, stamps: dict[str, str]) -> LinkIndex:
        if self._index is None:
            index = LinkIndex(database.records())
        else:
            moved = [survey for survey, stamp in stamps.items() if self._stamps.get(survey) != stamp]
            records = database.records_of(moved) if moved else []
            read = {str(record.get("id", "")) for record in records}
            gone = {survey for survey in self._stamps if survey not in stamps} | (set(moved) - read)
            index = self._index.refiled(records, gone)  # a row deleted after its stamp was read: gone too
        self._stamps = stamps
        return index


def links_for(repository: Repository, record: Record, cache: LinkCache | None = None) -> dict[ItemRef, list[Link]]:
    """`record`'s links over what `repository` holds (the CLI: from the visits at its places where the repository
    reads them alone, `store.link_reads`; else one index per command)."""
    from .link_reads import near_links  # noqa: PLC0415 - it builds on this module

    near = getattr(repository, "records_near", None)
    found = near_links(near, record, False, reread=False) if cache is None and callable(near) else None
    if found is not None:
        return found[1]
    index = cache.index(repository) if cache is not None else LinkIndex(repository.records())
    return index.links(record)
