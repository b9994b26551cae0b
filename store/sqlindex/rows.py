"""What the index keeps of one record: its row, its filter terms, its facet values and its folded text.

Everything comes from the pieces `store.matching` defines (`place_keys`,
`record_text`, the folding), so that a clause evaluated in SQL means what
`Matcher` says it means.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson

from ..addressees import encode, entries
from ..facet_keys import (
    CLOSED_STATUSES,
    former_province_keys,
    leader_key,
    locality_sort_key,
    place_keys,
    soonest_by_status,
    ward_code_key,
)
from ..folding import fold
from ..gazetteer import gazetteer
from ..index.fastfold import fold_bytes
from ..item_events import encode as encode_events
from ..item_events import events
from ..matching import district_locality_key, record_text
from .units import Named, named_units

TERM_FIELDS = ("ward", "code", "former", "topic", "status", "due", "kind", "body", "leader", "to", "event")
"""Filter terms: folded ward names, today's province code, folded former province, topic id, item status, a status
not closed with its items' soonest deadline (`facet_keys.soonest_by_status`), kind, folded body, folded leader
name, an items' addressee entry (`store.addressees.encode`: addressee, status, soonest deadline) and an item's
events (`store.item_events.encode`: what happened to it and when), each matched in Python against the distinct
values."""
DUE_SEPARATOR = "\x1f"
"""Between a `due` term's status and deadline: neither holds it."""


@dataclass(frozen=True)
class IndexRow:
    id: str
    date: str
    sort_locality: str
    sort_body: str
    deadline: str | None
    doc: bytes
    text: str
    terms: frozenset[tuple[str, str]]
    facets: frozenset[tuple[str, str]]
    places: frozenset[tuple[str, str]]
    """(ward facet value, `province.name` as stored): the browser nests wards under provinces with them."""
    units: frozenset[Named]
    """The provinces and districts merged away the record names (`units`)."""


def index_row(record: dict[str, Any]) -> IndexRow:
    localities = record.get("localities", [])
    terms: set[tuple[str, str]] = set()
    facets: set[tuple[str, str]] = set()
    places: set[tuple[str, str]] = set()
    for locality in localities:
        keys, label = place_keys(locality)
        terms.update(("ward", key) for key in keys)
        facets.add(("ward", label))
        places.add((label, locality["province"]["name"]))
        code = locality["province"]["code"]
        terms.add(("code", str(code)))
        facets.add(("province", gazetteer().province_name(code)))
        ward = locality.get("ward")
        if ward:
            terms.add(("ward", ward_code_key(ward["code"])))  # a former ward's clause finds what it became
        if district := district_locality_key(locality):  # a district written so: `ward="huyện Tân Uyên, Lai Châu"`
            terms.add(("ward", district))
        terms.update(("former", name) for name in former_province_keys(
            locality.get("former_province"), ward["code"] if ward else None, code))
    for topic in record.get("topics", []):
        terms.add(("topic", topic))
        facets.add(("topic", topic))
    items = [*record.get("recommendations", []), *record.get("directions", [])]
    terms.update(("status", item.get("status", "open")) for item in items)
    terms.update(("due", f"{status}{DUE_SEPARATOR}{deadline}") for status, deadline in soonest_by_status(items))
    terms.update(("to", encode(entry)) for entry in entries(items))  # `to:`, of one item with `status:`/`overdue`
    terms.update(("event", encode_events(entry)) for entry in events(items))  # `answered:`, `changed:`, `closed:`
    deadlines = [item["deadline"] for item in items
                 if item.get("deadline") and item.get("status", "open") not in CLOSED_STATUSES]
    date, body, kind = record.get("date", ""), record.get("body", ""), record.get("kind", "")
    terms.update((("kind", kind), ("body", fold(body))))
    terms.update(leader_terms(record))
    facets.update((("year", date[:4]), ("body", body), ("kind", kind)))
    return IndexRow(
        id=record.get("id", ""), date=date, sort_locality=locality_sort_key(record), sort_body=fold(body),
        deadline=min(deadlines) if deadlines else None, doc=orjson.dumps(record),
        text=folded_text(record), terms=frozenset(terms), facets=frozenset(facets),
        places=frozenset(places), units=named_units(record),
    )


def leader_terms(record: dict[str, Any]) -> set[tuple[str, str]]:
    """The record's leader term (`facet_keys.leader_key`), none when it names no leader: a build and the upgrade of
    an older file (`leaders`) make it alike."""
    key = leader_key(record)
    return {("leader", key)} if key else set()


def folded_text(record: dict[str, Any]) -> str:
    """What free text is looked for in: `RecordKeys.text`, folded fast (`fastfold`)."""
    return fold_bytes(record_text(record)).decode()
