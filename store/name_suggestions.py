"""The place and topic names nearest a filter's name that names nothing: "Ha Nol" → Hà Nội (session 28).

`store.unknown_names` tells a filter whose province or ward clause names no unit; this module says what was
probably meant, so the reader retypes one name instead of guessing. Names are compared folded (no diacritics,
lower case: "ha nol" against "ha noi"), a province clause against today's provinces and the provinces merged away
in 2025, a ward clause against today's wards and communes, the former ones and the former districts. A name that
is only a former unit's is marked `former`, so the message can say so (its visits are still found under it).
A whole name asked for (`phuong="Ben"`) that starts whole names is answered with those names first ("Bến Cát",
"Bến Lức"): what was typed is their start, not a typo of a name three letters long (session 29). A topic clause
(`chude:`, `--topic`) is compared with each topic's id, names and aliases, and answered with the name nearest
what was typed, one per topic, in the language it was typed in ("digital transfromation" → Digital transformation).

The measure is stdlib `difflib`'s ratio: some 7,000 folded ward names are compared in a few tens of
milliseconds, only on a filter that found nothing; no library would earn its install for that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from .catalog import text
from .folding import fold
from .gazetteer import gazetteer
from .levels import split_level
from .place_names import former_province_keys, former_ward_names, ward_names
from .query import Filter
from .taxonomy import taxonomy

SHOWN = 3
"""Suggestions said at most: a line at 80 columns."""
CLOSE = 0.08
"""How much further than the nearest name another may be and still be said: "Ben Nge" is Bến Nghé, not Bến Sung."""


@dataclass(frozen=True)
class Suggestion:
    """A name to try instead, as written ("Hà Nội", "Bến Nghé"), and whether only a unit merged away had it."""

    name: str
    former: bool


def suggest(field: str, value: str, shown: int = SHOWN) -> list[Suggestion]:
    """The names of `field` ("province", "ward" or "topic") nearest `value`: the names it is the start of first
    (shortest first), then the near ones, nearest first, today's before former ones equally near; none when nothing
    is near enough (a name no typo explains gets no guess)."""
    if field == "topic":
        return _topics(value)[:shown]
    names = _names(field)
    # without a level word typed ("phường Bến Ngé"), and as typed: "tp hine" is Tà Hine mistyped, not thành phố Hine
    typings = {fold(split_level(value)[1]).strip(), fold(value).strip()} - {""}
    said: dict[Suggestion, None] = {}  # in order, each once: an alias and a name may say the same unit
    for key in _starting(names, typings, split_level(value)[1].strip().lower()):
        said.update(dict.fromkeys(names[key]))
    scores: dict[str, float] = {}
    for typed in typings:
        for key, score in _near(names, typed):
            scores[key] = max(score, scores.get(key, 0.0))
    found = sorted((-score, names[key][0].former, key) for key, score in scores.items())  # equally near: today's first
    nearest = -found[0][0] if found else 0.0
    for score, _, key in found:
        if -score < nearest - CLOSE:
            break
        said.update(dict.fromkeys(names[key]))
    return list(said)[:shown]


def _starting(names: dict[str, list[Suggestion]], typings: set[str], written: str) -> list[str]:
    """The folded names a typing is the start of (not the whole of: that name exists): those that start with it as
    `written`, marks and all, first ("Lái" is Lái Thiêu before Lai Hòa), then today's, then the shortest (the least
    added to what was typed), then in alphabetical order."""
    found = {key for key in names for typed in typings if key != typed and key.startswith(typed)}

    marked = written != fold(written)  # typed without marks, every name it starts starts so

    def order(key: str) -> tuple[bool, bool, int, str]:
        as_written = marked and any(said.name.lower().startswith(written) for said in names[key])
        return (not as_written, names[key][0].former, len(key), key)

    return sorted(found, key=order)


def _topics(value: str) -> list[Suggestion]:
    """The topics nearest `value`, nearest first: each topic once, said by its name (id, label in either language,
    alias, as written) nearest what was typed; "(former)" never applies."""
    typed = fold(value).strip()
    if not typed:
        return []
    best: dict[str, tuple[float, str]] = {}  # topic id → (its nearest name's ratio, that name as written)
    for key, score in _near(_topic_names(), typed):
        for topic, name in _topic_names()[key]:
            if score > best.get(topic, (0.0, ""))[0]:
                best[topic] = (score, name)
    found = sorted(best.values(), key=lambda pair: -pair[0])
    nearest = found[0][0] if found else 0.0
    return list(dict.fromkeys(Suggestion(name, False) for score, name in found if score >= nearest - CLOSE))


@lru_cache(maxsize=1)
def _topic_names() -> dict[str, list[tuple[str, str]]]:
    """Folded name → (topic id, the name as written) for every topic's id, labels and aliases."""
    names: dict[str, list[tuple[str, str]]] = {}
    for term in taxonomy().topics.values():
        for name in dict.fromkeys((term.vi, term.en, *term.aliases, term.id)):
            names.setdefault(fold(name), []).append((term.id, name))
    return names


@dataclass(frozen=True)
class UnknownPlace:
    """A place clause of a filter that names no unit, and the names nearest its value (the browser's empty list)."""

    field: str
    value: str
    nearest: tuple[Suggestion, ...]


def unknown_places(query: Filter) -> tuple[UnknownPlace, ...]:
    """The province, ward and topic clauses of `query` that name nothing (`store.unknown_names`), each with its
    nearest names; asked only when the filter found nothing, as the command line asks."""
    from .unknown_names import unknown_names  # noqa: PLC0415 - the gazetteer's look-ups, only for a filter like that

    return tuple(UnknownPlace(field, value, tuple(suggest(field, value))) for field, value in unknown_names(query))


def did_you_mean(field: str, value: str, lang: str) -> str:
    """"Có phải ý bạn là: Hà Nội?" / "Did you mean: Bình Dương (former)?" for the nearest names, in `lang`; "" when
    none is near."""
    return nearest_said(suggest(field, value), lang)


def nearest_said(found: Sequence[Suggestion], lang: str) -> str:
    """The question that offers `found`, a former unit's name marked so; "" for none."""
    if not found:
        return ""
    names = [text("names.former", lang, name=s.name) if s.former else s.name for s in found]
    return text("names.did_you_mean", lang, names=", ".join(names))


def _near(names: Iterable[str], typed: str) -> list[tuple[str, float]]:
    """The folded names (`names`' keys) near enough `typed`, each with its ratio."""
    least = _least(typed)
    matcher = SequenceMatcher(autojunk=False)
    matcher.set_seq2(typed)  # difflib caches details of the second sequence: the one compared with every name
    found = []
    for key in names:
        matcher.set_seq1(key)
        if matcher.real_quick_ratio() >= least and matcher.quick_ratio() >= least:
            score = matcher.ratio()
            if score >= least:
                found.append((key, score))
    return found


def _least(typed: str) -> float:
    """The ratio a name must reach: one letter wrong (changed, missing, added or swapped) in a name of up to 8
    letters, two up to 14, three beyond; "hux" still finds Huế (0.67), "khong co" finds no "Khổng Lào" (0.82)."""
    errors = max(1, round(len(typed) / 6))
    return max(0.5, 1 - errors / len(typed)) - 1e-9


ALIAS_LEAST = 5
"""Letters an alias needs to be compared ("thua thien hue" is; "hn", "tphcm" would match any short typo)."""


@lru_cache(maxsize=2)
def _names(field: str) -> dict[str, list[Suggestion]]:
    """Folded name → the units' names as written it stands for, today's first, for one field (built once each):
    "tan dinh" is both Tân Dĩnh of today and Tân Định before 2025."""
    places = gazetteer()
    today: dict[str, list[str]] = {}
    former: dict[str, list[str]] = {}
    if field == "province":
        for unit in places.provinces():
            base = split_level(unit.name)[1]
            today.setdefault(fold(base), []).append(base)
        for key, name in former_province_keys(places).items():
            if key == fold(name) or (len(key) >= ALIAS_LEAST and "." not in key):
                former.setdefault(key, []).append(name)
    elif field == "ward":
        for ward in ward_names(places):
            base = split_level(ward)[1]
            today.setdefault(fold(base), []).append(base)
        for name in former_ward_names(places) + [district for district, _ in places.district_areas()]:
            base = split_level(name)[1]
            former.setdefault(fold(base), []).append(base)
    written_today = {name for names in today.values() for name in names}
    names: dict[str, list[Suggestion]] = {}
    for key in today.keys() | former.keys():
        said = [Suggestion(name, False) for name in today.get(key, [])]
        said += [Suggestion(name, name not in written_today) for name in former.get(key, [])]
        names[key] = list(dict.fromkeys(said))
    return names
