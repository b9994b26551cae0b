"""Fuzzy, diacritic-insensitive matching for the pickers.

People type "lai", "rach dua" or "dbqh hcm" without accents; every word they
type must be found in the folded candidate, as a word start (best), inside a
word, or as scattered letters (worst).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from store.folding import fold


@dataclass(frozen=True)
class Choice:
    """One value a picker offers: what the filter gets, what the user sees, how many surveys."""

    value: str
    label: str
    count: int
    detail: str = ""
    keys: str = field(default="", compare=False)
    """Extra words the choice answers to (a topic's id and aliases)."""
    folded: str = field(default="", init=False, compare=False, repr=False)
    """Label, keys and detail folded, once: a keystroke must not fold the whole vocabulary again."""
    folded_label: str = field(default="", init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "folded", fold(" ".join(part for part in (self.label, self.keys, self.detail) if part))
        )
        object.__setattr__(self, "folded_label", fold(self.label))

    def haystack(self) -> str:
        return self.folded


def score(query: str, haystack: str, label: str | None = None) -> int | None:
    """Higher is better; None when some typed word cannot be found.

    Scattered letters ("tb" for "Thái Bình") are tried on the folded `label`
    only, from a word start: across the detail and aliases they match nearly
    anything.
    """
    label = haystack if label is None else label
    total = 0
    for word in fold(query).split():
        if haystack.startswith(word):
            total += 4
        elif f" {word}" in haystack:
            total += 3
        elif word in haystack:
            total += 2
        elif _scattered(word, label):
            total += 1
        else:
            return None
    return total


def _scattered(word: str, label: str) -> bool:
    starts = [0] + [i + 1 for i, ch in enumerate(label) if ch == " "]
    for start in starts:
        if label[start:start + 1] != word[:1]:
            continue
        position = start
        for letter in word:
            position = label.find(letter, position) + 1
            if position == 0:
                break
        else:
            return True
    return False


def rank(query: str, choices: list[Choice]) -> list[Choice]:
    """Matching choices, best first; ties keep the given order (bigger count first).

    Only the typed words are folded here; the choices were folded when they were made.
    """
    if not query.strip():
        return list(choices)
    scored = []
    for order, choice in enumerate(choices):
        found = score(query, choice.folded, choice.folded_label)
        if found is not None:
            scored.append((-found, order, choice))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [choice for _, _, choice in scored]
