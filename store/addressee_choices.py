"""The addressees a `to:` picker offers: those the visits found write, one choice per office however it is spelt.

The follow-up staff chase an office ("which visits have an item for Sở GD&ĐT?") without knowing how each report
wrote it. The items' addressees are folded (`addressees.addressee_key`) and grouped by their `canonical` form, each
abbreviation of the taxonomy (and a department's field) written its short way, so "UBND tỉnh" and "Ủy ban nhân dân
tỉnh" are one choice, shown as the spelling written most. A choice's count is what its `to:` clause then finds
among the visits given: an item addressed so, the abbreviations alike, from a word on, as the clause matches
(`Matcher.item_meets`); so "Sở Tài chính" counts the visits of "Sở Tài chính tỉnh Đồng Nai" too, and is offered as
one choice with it when it is the same body (`_same_bodies`: the only province that department is named with; its
spellings are the choice's, so "đồng nai" typed in the picker finds it); a district's office ("Phòng TN&MT") with
the one district it is named with ("Phòng TN&MT huyện Yên Lạc", "… UBND huyện Yên Lạc") likewise.
"""

from __future__ import annotations

import re
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
    labels = {key: _most_written(group) for key, group in written.items()}
    parents = {key: shorter for shorter, longer in _same_bodies(written).items() for key in longer}
    for key in list(parents):  # labelled as the shortest: its clause finds them all
        root = key
        while root in parents:
            root = parents[root]
        written[root].update(written.pop(key))
    choices = []
    for key, group in written.items():
        label = labels[key]
        found: set[int] = set()
        for addressee in _addressed(starts, label):
            found |= visits_of[addressee]
        choices.append(Offered(label, len(found), len(group), tuple(sorted(set(group) - {label}, key=collation_key))))
    choices.sort(key=lambda choice: (-choice.visits, collation_key(choice.label)))
    return choices


def _most_written(group: Counter[str]) -> str:
    """The spelling written most, equal counts in collation order."""
    return min(group, key=lambda spelt: (-group[spelt], collation_key(spelt)))


LEVELS = ("tinh", "thanh pho", "tp")
"""A province's level words, folded, as an office's name may end with them ("Sở Nội vụ tỉnh")."""

DISTRICT = re.compile(r"(?:thuoc )?(?:ubnd )?(?:(?:huyen|quan|thi xa|thanh pho|tp|tx)(?:\.\s*|\s+|$)|[qh]\.\s*)(.*)")
"""What may follow a district's office (phòng) to name its district, folded and canonical: a district level word
("huyện", "quận", "thị xã", "thành phố", "TP", "TX", "Q.") and the district's name (its group; none: a bare level
word), after "UBND" or "thuộc UBND" or not ("Phòng TN&MT UBND huyện Yên Lạc" is Yên Lạc's)."""


def _same_bodies(written: dict[str, Counter[str]]) -> dict[str, list[str]]:
    """The offices that are one body with a shorter one listed: canonical form of the shorter → those of the longer.

    Only a department (sở) is extended so, by its province, and a district's office (phòng), by its district
    (session 42): "Sở Tài chính tỉnh" is "Sở Tài chính" always; "Sở Tài chính tỉnh Đồng Nai" (or "… TPHCM") is when
    it is the one province the archive extends that office with, else "Sở Tài chính" (of any province) stays apart
    from each. So "Phòng TN&MT huyện" is "Phòng TN&MT", and "Phòng TN&MT huyện Yên Lạc" and "Phòng TN&MT UBND huyện
    Yên Lạc" are when Yên Lạc is the one district the archive names that office with: two districts' offices are two
    addressees, and "Phòng TN&MT" could be either's. Anything else stays apart: "UBND tỉnh" and "UBND tỉnh X" (the
    province's committee, or any's), "UBND" and "UBND xã Y", "Sở Tài chính và Kế hoạch" (another department, not a
    place), "Phòng Cảnh sát giao thông Công an tỉnh X" (a province's police, not a district)."""
    generic: dict[str, list[str]] = {}
    placed: dict[str, dict[str, list[str]]] = {}  # shorter → the place named after it → the longer forms
    for key in written:
        words = key.split()
        if words[0] not in ("so", "phong"):
            continue
        for cut in range(len(words) - 1, 1, -1):  # the longest shorter form listed: "so tai chinh", not "so tai"
            shorter, rest = " ".join(words[:cut]).rstrip(","), " ".join(words[cut:])  # "Phòng Tư pháp, UBND huyện"
            if shorter not in written:
                continue
            place = _province(rest) if words[0] == "so" else _district(rest)
            if place is None:  # "phong noi vu quan" + "3": the bare level's form is listed too; "quan 3" is the place
                continue
            if place == "":
                generic.setdefault(shorter, []).append(key)
            else:
                placed.setdefault(shorter, {}).setdefault(place, []).append(key)
            break
    for shorter, places in placed.items():
        if len(places) == 1:
            generic.setdefault(shorter, []).extend(*places.values())
    return generic


def _province(rest: str) -> str | None:
    """The province `rest` names after a department's name ("" for a bare level word; None: no province)."""
    if rest in LEVELS:
        return ""
    from .gazetteer import gazetteer  # noqa: PLC0415 - loaded only when a department's name goes on

    if gazetteer().find_province(rest) is None:
        return None
    return next((rest.removeprefix(f"{level} ") for level in LEVELS if rest.startswith(f"{level} ")), rest)


def _district(rest: str) -> str | None:
    """The district `rest` names after a district office's name ("" for a bare level word; None: no district)."""
    named = DISTRICT.fullmatch(rest)
    return None if named is None else named.group(1).strip()


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
