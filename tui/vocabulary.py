"""What the pickers offer, with the costly part of each value worked out once per vocabulary.

A ward picker offers every ward the surveys name (some 18,000 at 100,000
surveys) and the body facets type every body name by rules (`store.bodies`).
Folding a label, finding a ward's provinces or typing a body costs little
once and much on every keystroke or search, so each is done once per store
and language and kept here. A picker's list (`Offered`) makes a value's
choice only when it is read: opening shows the first screen of the largest
values at once, and the rest are made when a typed word needs them.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from store.bodies import label as body_type_label
from store.taxonomy import taxonomy

from .fuzzy import Choice

if TYPE_CHECKING:
    from .model import Catalog

class Vocabulary:
    """Every value's choice for one store and language, folded once and kept; counts are put on per search."""

    def __init__(self, ward_provinces: dict[str, tuple[str, ...]], lang: str) -> None:
        self.ward_provinces = ward_provinces
        self.lang = lang
        self._made: dict[tuple[str, str], Choice] = {}

    def choice(self, facet: str, value: str, count: int) -> Choice:
        made = self._made.get((facet, value))
        if made is None:
            made = self._made[(facet, value)] = self._make(facet, value)
        return made.with_count(count)

    def _make(self, facet: str, value: str) -> Choice:
        if facet == "topic":
            term = taxonomy().topics.get(value)
            keys = " ".join((term.vi, term.en, *term.aliases)) if term else ""
            return Choice(value, taxonomy().topic_label(value, self.lang), 0, detail=value, keys=keys)
        if facet == "ward" and value.startswith("ward="):  # one of several places of a name (`tui.namesakes`)
            from .namesakes import namesake_choice  # noqa: PLC0415 - the ward picker's, after its first counts

            return namesake_choice(value, self.lang, self.ward_provinces)
        if facet == "ward":
            from .model import short_province  # noqa: PLC0415 - the model imports the index; only for wards

            provinces = self.ward_provinces.get(value, ())
            return Choice(value, value, 0, detail=", ".join(short_province(p) for p in provinces))
        if facet == "bodytype":
            return Choice(value, body_type_label(value, self.lang), 0)
        return Choice(value, value, 0)


_VOCABULARIES: weakref.WeakKeyDictionary[Any, dict[str, Vocabulary]] = weakref.WeakKeyDictionary()


def vocabulary(catalog: Catalog, lang: str) -> Vocabulary:
    """The catalog's vocabulary in `lang`, made on first use and kept as long as the catalog."""
    by_lang = _VOCABULARIES.setdefault(catalog, {})
    if lang not in by_lang:
        by_lang[lang] = Vocabulary(catalog.ward_provinces, lang)
    return by_lang[lang]


class _Choices(Sequence[Choice]):
    """A list of choices read by index or slice; a subclass says how one is found (`_at`)."""

    @overload
    def __getitem__(self, index: int) -> Choice: ...

    @overload
    def __getitem__(self, index: slice) -> list[Choice]: ...

    def __getitem__(self, index: int | slice) -> Choice | list[Choice]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(len(self)))]
        return self._at(index)

    def _at(self, index: int) -> Choice:
        raise NotImplementedError


class Offered(_Choices):
    """A facet's (value, count) pairs as choices, each made the first time it is read."""

    def __init__(self, words: Vocabulary, facet: str, pairs: Sequence[tuple[str, int]]) -> None:
        self.words = words
        self.facet = facet
        self.pairs = pairs
        self._made: list[Choice | None] = [None] * len(pairs)

    def __len__(self) -> int:
        return len(self.pairs)

    def _at(self, index: int) -> Choice:
        made = self._made[index]
        if made is None:
            value, count = self.pairs[index]
            made = self._made[index] = self.words.choice(self.facet, value, count)
        return made

    def __iter__(self) -> Iterator[Choice]:
        return (self[i] for i in range(len(self)))


def offered(catalog: Catalog, lang: str, facet: str, counts: Sequence[tuple[str, int]],
            only: list[str] | None = None) -> Offered:
    """What a picker of `facet` offers: the counted values (most first), or just `only` in that order."""
    if only is not None:
        known = dict(counts)
        counts = [(value, known.get(value, 0)) for value in only]
    return Offered(vocabulary(catalog, lang), facet, counts)


class Joined(_Choices):
    """Two lists of choices one after the other, neither copied (today's provinces, then the former ones)."""

    def __init__(self, first: Sequence[Choice], second: Sequence[Choice]) -> None:
        self.first, self.second = first, second

    def __len__(self) -> int:
        return len(self.first) + len(self.second)

    def _at(self, index: int) -> Choice:
        if index < 0:
            index += len(self)
        if index < len(self.first):
            return self.first[index]
        return self.second[index - len(self.first)]
