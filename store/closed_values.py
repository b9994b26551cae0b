"""The filter's closed vocabularies: kinds of visit and follow-up statuses, as a typed value names them.

A record's kind is one of the schema's four (`kind.*` in the catalog), an item's status one of four
(`items.status.*`); a filter value that names none of them finds nothing on any back end, so
`store.query` refuses it with the known values (`known`), as the reader's language lists them. What a
value stands for (`kind_starts`, `status_keys`) is what every back end matches with, so a value is
refused exactly when it could match no record: no spelling the filter accepts is lost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .catalog import words
from .folding import fold

CLOSED_FIELDS = ("kind", "status")


def kind_starts(value: str) -> list[str]:
    """The folded starts a typed kind stands for: as typed (`giám` → "giam"), and the whole kind it names without its
    space (`giamsat` → "giam sat", as `loai:giamsat` is typed) or by its English name (`oversight`, `survey`: the
    words the English status line uses). Every back end compares a folded kind's start with these."""
    typed = fold(value)
    compact = typed.replace(" ", "")
    starts = [typed]
    for vietnamese, english in _names("kind"):
        if compact and any(fold(name).replace(" ", "").startswith(compact) for name in (vietnamese, english)):
            starts.append(fold(vietnamese))
    return list(dict.fromkeys(starts))


def status_keys(value: str) -> list[str]:
    """The folded follow-up statuses a typed status stands for: as typed (`open`, `"in progress"`), or the one the
    Vietnamese interface names so (`trangthai:"chưa giải quyết"`, `trangthai:chuagiaiquyet` → open)."""
    typed = fold(value)
    compact = typed.replace(" ", "")
    keys = [typed]
    for vietnamese, english in _names("status"):
        if compact and compact in (fold(vietnamese).replace(" ", ""), fold(english).replace(" ", "")):
            keys.append(fold(english))
    return list(dict.fromkeys(keys))


def names_something(field: str, value: str) -> bool:
    """Whether a `kind:` or `status:` value can find a record: a kind's folded name starts with one of its starts
    (the back ends' test), a status's folded name is one of its keys."""
    if field == "kind":
        kinds = [fold(vietnamese) for vietnamese, _ in _names("kind")]
        return any(kind.startswith(start) for start in kind_starts(value) for kind in kinds)
    statuses = {fold(english) for _, english in _names("status")}
    return not statuses.isdisjoint(status_keys(value))


def known(field: str, lang: str) -> str:
    """The values of `field` as a filter takes them, in `lang`'s words, quoted where they hold a space:
    `oversight, survey, inspection, "working visit"`."""
    names = [pair[0 if lang == "vi" else 1] for pair in _names(field)]
    return ", ".join(name if re.fullmatch(r"\S+", name) else f'"{name}"' for name in names)


@lru_cache(maxsize=2)
def _names(field: str) -> tuple[tuple[str, str], ...]:
    """Each kind of visit (`kind.*`) or follow-up status (`items.status.*`) the catalog names: (Vietnamese, English)."""
    group = "kind" if field == "kind" else "items.status"
    vietnamese, english = words(group, "vi"), words(group, "en")
    return tuple((vietnamese[key], english[key]) for key in vietnamese)


__all__ = ["CLOSED_FIELDS", "kind_starts", "known", "names_something", "status_keys"]
