"""Fuzzy, diacritic-insensitive matching for the pickers.

People type "lai", "rach dua" or "dbqh hcm" without accents; every word they
type must be found in the folded candidate, as a word start (best), inside a
word, or as scattered letters (worst).

A ward picker offers some 18,000 values, so what is costly is done once:
a choice folds its own text when it is made (and `tui.vocabulary` makes each
value's choice once per vocabulary); a keystroke folds only what was typed,
once, and scores the kept folds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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

    def with_count(self, count: int) -> Choice:
        """The same choice under another count, without folding anything again."""
        made = object.__new__(Choice)
        made.__dict__.update(self.__dict__)
        made.__dict__["count"] = count
        return made


def score(query: str, haystack: str, label: str | None = None) -> int | None:
    """Higher is better; None when some typed word cannot be found.

    Scattered letters ("tb" for "Thái Bình") are tried on the folded `label`
    only, from a word start: across the detail and aliases they match nearly
    anything.
    """
    return score_words(fold(query).split(), haystack, haystack if label is None else label)


def score_words(words: list[str], haystack: str, label: str) -> int | None:
    """`score` for words already folded and split (a keystroke folds them once for every choice)."""
    total = 0
    for word in words:
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
    first = word[:1]
    if first not in label:  # most labels: no need to look for word starts at all
        return False
    starts = [0] + [i + 1 for i, ch in enumerate(label) if ch == " "]
    for start in starts:
        if label[start:start + 1] != first:
            continue
        position = start
        for letter in word:
            position = label.find(letter, position) + 1
            if position == 0:
                break
        else:
            return True
    return False


def rank_positions(query: str, choices: Sequence[Choice], among: Iterable[int] | None = None) -> list[int]:
    """Places in `choices` of those matching `query`, best first, ties in the given order.

    `among` (places in increasing order) limits the candidates: what a shorter
    query matched, when the user only added letters to it.
    """
    folds = [choice.folded for choice in choices], [choice.folded_label for choice in choices]
    return rank_folded(query, *folds, among)


def rank_folded(query: str, haystacks: Sequence[str], labels: Sequence[str],
                among: Iterable[int] | None = None) -> list[int]:
    """`rank_positions` over the choices' kept folds (`Choice.folded`, `Choice.folded_label`), as plain lists:
    the loop a keystroke runs over every candidate, so `score_words` is written out in it."""
    words = fold(query).split()
    places = range(len(haystacks)) if among is None else among
    if not words:
        return list(places)
    spaced = [(word, " " + word) for word in words]
    scored = []
    for place in places:
        haystack = haystacks[place]
        total = 0
        for word, after_space in spaced:
            if haystack.startswith(word):
                total += 4
            elif after_space in haystack:
                total += 3
            elif word in haystack:
                total += 2
            elif _scattered(word, labels[place]):
                total += 1
            else:
                break
        else:
            scored.append((-total, place))
    scored.sort()
    return [place for _, place in scored]


def rank(query: str, choices: Sequence[Choice]) -> list[Choice]:
    """Matching choices, best first; ties keep the given order (bigger count first).

    Only the typed words are folded here, once; the choices were folded when they were made.
    """
    return [choices[place] for place in rank_positions(query, choices)]
