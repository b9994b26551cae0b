"""An item's deadline and addressee, scored where the expectation names them (a part of `score_extraction`).

Recommendations and directions are matched by their words (`score_extraction.similar`); an expected item that gives
a "deadline" (ISO day, or null: the ask names none) or a "to" (the addressee, or null) is then scored on that
field against the extracted item it was matched with, as the follow-up files it (`store.followup`: `overdue`
reads the deadline, the route "by → to" the addressee). An item that gives neither key, and an entry that gives no
items, leave these tallies alone, so the scores of every older entry stay what they were. A hit is the same value,
null included ("no deadline" rightly left empty); an expected item the extractor missed is a miss when it names a
value. Addressees compare after folding case and diacritics.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from store.folding import fold

ITEM_FIELDS = ("item deadlines", "item addressees")
_KEYS = {"item deadlines": "deadline", "item addressees": "to"}


class _Tally(Protocol):
    def add(self, tp: int, fp: int, fn: int) -> None: ...


def expected_items(entry: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The expected items of an entry (or a hand-made record) that name a deadline or an addressee, by field."""
    return {name: list(entry.get(name) or []) for name in ("recommendations", "directions")}


def compare_items(tallies: dict[str, Any], record: dict[str, Any], wanted_items: dict[str, list[dict[str, Any]]],
                  similar: Callable[[str, str], float], notes: list[str]) -> None:
    """Tally the deadline and the addressee of each expected item that names one against its matched found item."""
    for field, wanted in wanted_items.items():
        if not any(key in item for item in wanted for key in _KEYS.values()):
            continue
        found = record.get(field, [])
        paired = best_pairs([f.get("text", "") for f in found], [w.get("text", "") for w in wanted], similar)
        for j, want in enumerate(wanted):
            for name, key in _KEYS.items():
                if key not in want:
                    continue
                item = found[paired[j]] if j in paired else None
                got = item.get(key) if item is not None else None
                _tally(tallies[name], item is not None, got, want[key], key)
                if item is None or _norm(got, key) != _norm(want[key], key):
                    text = want.get("text", "")[:60]
                    notes.append(f"{name}: {field} {text!r} got {got!r}{'' if item else ' (item missed)'}, "
                                 f"expected {want[key]!r}")


def _tally(tally: _Tally, matched: bool, got: Any, want: Any, key: str) -> None:
    if matched and _norm(got, key) == _norm(want, key):
        tally.add(1, 0, 0)
    else:
        tally.add(0, 1 if got is not None else 0, 1 if want is not None else 0)


def _norm(value: Any, key: str) -> Any:
    return fold(value).strip() if key == "to" and isinstance(value, str) else value


def best_pairs(found: list[str], wanted: list[str], similar: Callable[[str, str], float]) -> dict[int, int]:
    """Expected index → found index, the best word overlaps first, each used once (`match_texts` pairs by it too)."""
    scored = sorted(((similar(f, w), i, j) for i, f in enumerate(found) for j, w in enumerate(wanted)), reverse=True)
    by_wanted: dict[int, int] = {}
    used: set[int] = set()
    for score, i, j in scored:
        if score <= 0:
            break
        if i in used or j in by_wanted:
            continue
        used.add(i)
        by_wanted[j] = i
    return by_wanted
