"""The addressees a `to:` picker offers: those the visits found write, one choice per office however it is spelt.

The follow-up staff chase an office ("which visits have an item for Sở GD&ĐT?") without knowing how each report
wrote it. The items' addressees are folded (`addressees.addressee_key`) and grouped by their `canonical` form, each
abbreviation of the taxonomy (and a department's field) written its short way, so "UBND tỉnh" and "Ủy ban nhân dân
tỉnh" are one choice, shown as the spelling written most. A choice's count is what its `to:` clause then finds
among the visits given: an item addressed so, the abbreviations alike, from a word on, as the clause matches
(`Matcher.item_meets`); so "Sở Tài chính" counts the visits of "Sở Tài chính tỉnh Đồng Nai" too.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .addressees import addressee_key, spellings
from .collation import collation_key
from .taxonomy import taxonomy


@dataclass(frozen=True)
class Offered:
    """One office a picker offers: its spelling written most, the visits its clause finds, the spellings merged."""

    label: str
    visits: int
    spellings: int
    others: tuple[str, ...] = ()
    """The other spellings written (a picker finds the office by any of them)."""


def canonical(key: str) -> str:
    """A folded addressee with each abbreviation and department's field in its short form: one per office."""
    return taxonomy().addressee_canonical(key)


def offered(records: Iterable[dict[str, Any]], asked: Callable[[dict[str, Any]], bool] | None = None
            ) -> list[Offered]:
    """The offices the items of `records` are addressed to (of the items `asked` keeps: the filter's `status:` and
    `overdue`), most visits first, equal counts in collation order."""
    written: dict[str, Counter[str]] = {}  # canonical form → spellings as written
    short: dict[str, str] = {}  # folded addressee → its canonical form, worked out once (a few hundred offices)
    visits_of: dict[str, set[int]] = {}  # folded addressee → the visits with an item addressed so
    for number, record in enumerate(records):
        for item in [*record.get("recommendations", []), *record.get("directions", [])]:
            if not (key := addressee_key(item)) or (asked is not None and not asked(item)):
                continue
            if key not in short:
                short[key] = canonical(key)
            written.setdefault(short[key], Counter())[" ".join(str(item["to"]).split())] += 1
            visits_of.setdefault(key, set()).add(number)
    starts = _word_starts(visits_of)
    choices = []
    for group in written.values():
        label = min(group, key=lambda spelt: (-group[spelt], collation_key(spelt)))
        found: set[int] = set()
        for key in _addressed(starts, label):
            found |= visits_of[key]
        choices.append(Offered(label, len(found), len(group), tuple(sorted(set(group) - {label}, key=collation_key))))
    choices.sort(key=lambda choice: (-choice.visits, collation_key(choice.label)))
    return choices


def _word_starts(keys: Iterable[str]) -> list[tuple[str, str]]:
    """Each key from each of its words on, sorted: the keys a value starts a word of lie in one run."""
    return sorted((key[at:], key) for key in keys for at in range(len(key)) if at == 0 or key[at - 1] == " ")


def _addressed(starts: list[tuple[str, str]], value: str) -> set[str]:
    """The keys some spelling of `value` starts a word of, as `to:value` finds them."""
    found: set[str] = set()
    for spelt in spellings(value):
        at = bisect_left(starts, (spelt, ""))
        while at < len(starts) and starts[at][0].startswith(spelt):
            found.add(starts[at][1])
            at += 1
    return found


__all__ = ["Offered", "canonical", "offered"]
