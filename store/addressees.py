"""Whom a follow-up item is addressed to, kept so that `to:` holds of the same item as `status:` and `overdue`.

The follow-up staff's daily question is "which visits have a late item addressed to Sở Tài chính": one item
that is addressed so, has the status asked for and is past its deadline, not a late item and another one
addressed there. A record is reduced to its `entries`: one per distinct (folded addressee, status), with the
soonest deadline of those items (an item of the pair is overdue exactly when that deadline is past and its
status is not closed, as `facet_keys.soonest_by_status` reasons per status). `Matcher.item_meets` tests one entry;
every back end keeps the same entries — `RecordKeys.addressed` (the scan), the in-memory index's table of them,
the SQLite index's `to` terms and PostgreSQL's `item_keys` column, the last two as `encode`d strings.

Offices write one addressee in several spellings ("UBND tỉnh", "Ủy ban nhân dân tỉnh"; "Sở TN&MT", "Sở Tài
nguyên và Môi trường"), so a `to:` value is asked in every spelling of the abbreviations it holds (`spellings`,
the taxonomy's table that free text reads both ways, and its departments' fields: "Sở GD&ĐT", "Sở GD - ĐT",
"Sở Giáo dục và Đào tạo"). The stored keys stay the addressee as written, folded: every
back end (PostgreSQL's rows with no keys too, folded in SQL) matches the asked spellings against them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .folding import fold
from .taxonomy import taxonomy

Entry = tuple[str, str, str]
"""(folded addressee, status, the soonest deadline of its items of that status, "" when none has one)."""

SEPARATOR = "\x1f"
"""Between an encoded entry's parts: no folded name, status or ISO day holds it."""


def addressee_key(item: dict[str, Any]) -> str:
    """What a `to:` clause is matched against: the item's addressee, folded ("" when it names none)."""
    return fold(item.get("to") or "")


def spellings(value: str) -> tuple[str, ...]:
    """A `to:` value folded, and the same with each abbreviation in it, as a whole word, spelt every other way
    ("UBND tỉnh" → "ubnd tinh", "uy ban nhan dan tinh"): an item is addressed so when one of them starts a word
    of its `addressee_key`."""
    return taxonomy().addressee_variants(value)


def entries(items: Iterable[dict[str, Any]]) -> tuple[Entry, ...]:
    """The record's entries (see the module): items addressed to no one are left out, as no `to:` finds them."""
    soonest: dict[tuple[str, str], str] = {}
    for item in items:
        if not (addressee := addressee_key(item)):
            continue
        key, deadline = (addressee, item.get("status", "open")), item.get("deadline") or ""
        if key not in soonest or (deadline and (not soonest[key] or deadline < soonest[key])):
            soonest[key] = deadline
    return tuple(sorted((addressee, status, deadline) for (addressee, status), deadline in soonest.items()))


def encode(entry: Entry) -> str:
    """An entry as one string (a SQLite term's value, an element of PostgreSQL's `item_keys`)."""
    return SEPARATOR.join(part.replace(SEPARATOR, " ") for part in entry)


def decode(text: str) -> Entry:
    addressee, status, deadline = text.split(SEPARATOR)
    return addressee, status, deadline


__all__ = ["SEPARATOR", "Entry", "addressee_key", "decode", "encode", "entries", "spellings"]
