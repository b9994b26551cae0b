"""The keys a record is filed under for the clauses that name a thing, not words: its leader, its places (as
written and as today's ward), the provinces merged away it belongs to, and the soonest open deadline per status.

Every back end files a record under the same keys (the scan and the in-memory index through `store.matching`,
the SQLite index's rows, PostgreSQL's kept columns), so they live apart from the matching code that reads them:
a back end that only files records need not load the matcher. Split from `store.matching` in session 41.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .folding import fold
from .levels import split_level

CLOSED_STATUSES = ("done", "not accepted")


def soonest_by_status(items: list[dict[str, Any]]) -> tuple[tuple[str, str], ...]:
    """Each status not closed with the soonest deadline of its items (`RecordKeys.soonest_open`): an item of that
    status is overdue exactly when this deadline is past, so one pair per status answers `status:S overdue`."""
    soonest: dict[str, str] = {}
    for item in items:
        status, deadline = item.get("status", "open"), item.get("deadline")
        if deadline and status not in CLOSED_STATUSES and (status not in soonest or deadline < soonest[status]):
            soonest[status] = deadline
    return tuple(sorted(soonest.items()))


def leader_key(record: dict[str, Any]) -> str:
    """What a `leader:` clause is matched against, on every back end: the leader's name, folded (a title is not
    the name: `leader:"pho chu tich"` would find half the visits)."""
    leader = record.get("leader") or {}
    return fold(leader.get("name") or "")


def place_keys(locality: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    """A locality's folded names (as written and as today's ward) and its ward facet label."""
    ward = locality.get("ward")
    return place_keys_for(locality["name"], ward["name"] if ward else None)


def locality_sort_key(record: dict[str, Any]) -> str:
    """What the `locality` sort orders by, on every backend: the ward labels the list shows, folded, in order."""
    labels = dict.fromkeys(place_keys(locality)[1] for locality in record.get("localities", []))
    return fold(", ".join(labels))


@lru_cache(maxsize=65536)
def place_keys_for(written_name: str, ward_name: str | None) -> tuple[tuple[str, ...], str]:
    """`place_keys` from the locality's name and its ward's name (None: no ward), remembered."""
    written = split_level(written_name)[1]
    current = split_level(ward_name)[1] if ward_name is not None else None
    return tuple(fold(name) for name in {written, current} if name), current or written


def ward_code_key(code: Any) -> str:
    """The ward key naming today's ward by its code: how a former ward's clause finds what it became."""
    return f"#{code}"


@lru_cache(maxsize=65536)
def former_province_keys(written: str | None, ward_code: Any, province_code: Any) -> tuple[str, ...]:
    """Folded names of the provinces merged away that a locality belongs to: the one the record names, and
    those today's ward was made from (a 2025 visit to Lái Thiêu is in Bình Dương (former) too)."""
    from .gazetteer import gazetteer  # noqa: PLC0415 - the gazetteer loads after the first frame (its rows need none)

    places = gazetteer()
    names = [written] if written else []
    if isinstance(ward_code, int):
        try:
            today = places.province(province_code)
        except (KeyError, TypeError):
            today = None
        if today is not None:
            names += [old for old in sorted(places.ward_origins(ward_code)) if places.if_merged(old, today)]
    return tuple(dict.fromkeys(fold(name) for name in names))
