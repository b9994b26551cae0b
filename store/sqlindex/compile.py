"""A `Filter` as SQL over the index: OR within a field, AND across fields, facets less their own field.

Each clause is resolved as `store.matching.Matcher` resolves it (the same
folding, `word_prefix`, `ProvinceValue`, `topic_ids_for`). Clauses on names
(wards, bodies, leaders, kinds, statuses, provinces, topics) are matched in Python
against the distinct values of the `term` table, a few thousand at most,
and become `n IN (SELECT n FROM post WHERE t IN (...))` with the ids inlined
(they are integers this module made). Date clauses are grouped by field
(`year`, `since`, `until`, `date`): the spans of one field are ORed, the
fields ANDed. Free text is a substring of the folded text, left to
`SqlIndex` (`text`): a fragment of letters and digits is looked up among
the words (`words`), one of one or two characters in the bitmaps of
characters and pairs (`grams`), any other in the trigram index; it filters
the numbers SQL gives for the other clauses.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..dates import Span, Yearly
from ..folding import fold
from ..query import DATE_FIELDS, Filter

if TYPE_CHECKING:
    from ..matching import Matcher, ProvinceValue

FACETS = ("province", "ward", "topic", "year", "body", "kind")
FACET_FIELDS = {"province": ("province",), "ward": ("ward",), "topic": ("topic",), "year": ("year",),
                "body": ("body",), "kind": ("kind",)}
"""The filter fields a facet's own clauses are on: its counts leave those out."""

Terms = Callable[[str], list[tuple[int, str]]]
"""(term id, value) pairs of one term field."""


@dataclass(frozen=True)
class Condition:
    sql: str
    params: tuple[str, ...] = ()
    text: tuple[tuple[str, ...], ...] = ()
    """Free-text terms (each its spellings): not SQL, `SqlIndex` applies them (the condition's `sql` is "1")."""


MONTH_DAY = "substr(rec.date, 6, 5)"
"""A record's month and day ("10-22"), which a yearless date clause compares."""

SHORT = 3
"""Spellings shorter than this have no trigram: `grams` answers for them."""


def _between(span: Span | Yearly) -> tuple[str, tuple[str, ...]]:
    """A span of days, or days of the year in every year (`date:22/10`; over New Year when start > end): the
    month and day are the date's characters 6 to 10, as `store.dates.in_bounds` reads them."""
    if isinstance(span, Span):
        return "rec.date BETWEEN ? AND ?", (span.start.isoformat(), span.end.isoformat())
    if span.start <= span.end:
        return f"{MONTH_DAY} BETWEEN ? AND ?", (span.start, span.end)
    return f"({MONTH_DAY} >= ? OR {MONTH_DAY} <= ?)", (span.start, span.end)


def conditions(query: Filter, terms: Terms, today: date | None = None,
               uncovered: Callable[[list[str]], list[int]] | None = None) -> dict[str, list[Condition]]:
    """Field → the conditions its clauses make (ANDed together with every other field's). `uncovered`: while a
    file's leader terms are incomplete (`leaders`), the records its terms may miss that the folded leader names
    find, ORed with those the terms find."""
    found: dict[str, list[Condition]] = {}
    for field in DATE_FIELDS:
        clauses = query.clauses_of(field)
        if clauses:
            spans = [_between(clause.span()) for clause in clauses]
            sql = " OR ".join(between for between, _ in spans)
            found[field] = [Condition(f"({sql})", tuple(param for _, params in spans for param in params))]
    named = tuple(c for c in query.clauses if c.field not in DATE_FIELDS)
    if not named:  # dates alone, or nothing (the launch): no name to match, so the matching code and the
        return found  # gazetteer it loads wait for the first filter that names something (#17)
    from ..addressees import decode  # noqa: PLC0415 - with the matching code
    from ..item_events import decode as decode_events  # noqa: PLC0415
    from ..matching import Matcher, word_prefix  # noqa: PLC0415
    from .rows import DUE_SEPARATOR  # noqa: PLC0415 - with the matching code

    matcher = Matcher(Filter(named), today)
    if matcher.wards:
        found["ward"] = [_terms(_containing(terms("ward"), matcher.wards),
                                lambda key: any(word_prefix(w, key) for w in matcher.wards))]
    if matcher.provinces:
        found["province"] = [_provinces(matcher.provinces, terms)]
    if matcher.topics is not None:
        wanted = matcher.topics
        found["topic"] = [_terms(terms("topic"), wanted.__contains__)]
    if matcher.bodies:
        found["body"] = [_terms(_containing(terms("body"), matcher.bodies),
                                lambda key: any(word_prefix(b, key) for b in matcher.bodies))]
    if matcher.leaders:
        leader = _terms(_containing(terms("leader"), matcher.leaders),
                        lambda key: any(word_prefix(name, key) for name in matcher.leaders))
        found["leader"] = [leader if uncovered is None else _either(leader, uncovered(matcher.leaders))]
    if matcher.kinds:
        found["kind"] = [_terms(terms("kind"), lambda kind: any(fold(kind).startswith(k) for k in matcher.kinds))]
    if matcher.statuses:
        found["status"] = [_terms(terms("status"), lambda status: fold(status) in matcher.statuses)]
    if matcher.overdue and matcher.statuses:  # per item: an overdue item of a status asked for (`due` terms)
        found["overdue"] = [_terms(terms("due"), lambda due: _late(due, DUE_SEPARATOR, matcher))]
    elif matcher.overdue:
        found["overdue"] = [Condition("rec.deadline < ?", (matcher.today,))]
    if matcher.addressees:  # one item addressed so, of a status asked for, late under `overdue` (`to` terms)
        found["to"] = [_terms(terms("to"), lambda entry: matcher.item_meets(decode(entry)))]
    if matcher.events:  # one item answered, changed or closed then, and of the other follow-up clauses (`event`)
        found["item"] = [_terms(terms("event"), lambda entry: matcher.event_meets(decode_events(entry)))]
    if matcher.absent:  # `not …`: no item meeting the clauses negated; no facet's own, so every facet keeps it
        found["not"] = [_none(negated, terms, DUE_SEPARATOR) for negated in matcher.absent]
    alternatives = [tuple(spelling for spelling in spellings) for spellings in matcher.text_alternatives]
    text_terms = [spellings for spellings in alternatives if all(spellings)]  # an empty term is in every text
    if text_terms:
        found["text"] = _text(text_terms)
    return found


def _none(negated: Matcher, terms: Terms, separator: str) -> Condition:
    """No item meets the follow-up clauses of a `not` clause: the complement of the records their terms find (a
    record with no late item, or no item, has no such term). `overdue` alone is a late `due` term of any status,
    as `rec.deadline` (the soonest of the same items' deadlines, `rows.index_row`) is past: a term list, so its
    complement is a set difference (`complement`), not a pass of SQL over `rec`."""
    if negated.events:  # `not answered:2026-11`: the complement of the `event` terms it finds
        from ..item_events import decode as decode_events  # noqa: PLC0415 - with the matching code

        having = _terms(terms("event"), lambda entry: negated.event_meets(decode_events(entry)))
    elif negated.addressees:  # `not to:X`: the complement of the `to` terms it finds, as `to:X` does
        from ..addressees import decode  # noqa: PLC0415 - with the matching code

        having = _terms(terms("to"), lambda entry: negated.item_meets(decode(entry)))
    elif negated.overdue:
        having = _terms(terms("due"), lambda due: _late(due, separator, negated))
    else:
        having = _terms(terms("status"), lambda status: fold(status) in negated.statuses)
    return Condition("1") if having.sql == "0" else Condition(f"NOT ({having.sql})", having.params)


def _late(due: str, separator: str, matcher: Matcher) -> bool:
    """Whether a `due` term (`rows.DUE_SEPARATOR`: a status and its items' soonest deadline) is an overdue item of a
    status the filter asks for."""
    status, _, deadline = due.partition(separator)
    return deadline < matcher.today and matcher.item_status(status)


def where(found: dict[str, list[Condition]], leave_out: tuple[str, ...] = ()) -> Condition:
    chosen = [c for field, conds in found.items() if field not in leave_out for c in conds]
    if not chosen:
        return Condition("1")
    return Condition(" AND ".join(c.sql for c in chosen), tuple(p for c in chosen for p in c.params))


def _containing(pairs: list[tuple[int, str]], needles: list[str]) -> list[tuple[int, str]]:
    """The terms holding one of `needles` anywhere, in their order, before the exact `word_prefix` (which
    implies it) looks at the few left: a whole name is looked up, any other needle found in all the names
    joined into one text (C-level searches over the 6,000 ward names at 100,000 records, where a test of
    each name against each of a ward's two dozen needles took 15-25 ms of the key that picked it)."""
    from ..matching import WholeName  # noqa: PLC0415 - loaded by `conditions` already

    if "" in needles:
        return list(pairs)
    joined, starts, whole = _joined(pairs)
    places: set[int] = set()
    for needle in needles:
        if isinstance(needle, WholeName):
            places.update(whole.get(needle, ()))
            continue
        found = joined.find(needle)
        while found >= 0:
            place = bisect_right(starts, found) - 1
            places.add(place)
            found = joined.find(needle, starts[place + 1])  # this name is in: on to the next one
    return [pairs[place] for place in sorted(places)]


_JOINED: dict[int, tuple[list[tuple[int, str]], str, list[int], dict[str, list[int]]]] = {}
"""Per list of terms (by identity, kept with it): its names joined by newlines, where each starts, and the
places of each name."""


def _joined(pairs: list[tuple[int, str]]) -> tuple[str, list[int], dict[str, list[int]]]:
    kept = _JOINED.get(id(pairs))
    if kept is None or kept[0] is not pairs:
        if len(_JOINED) >= 8:  # the lists of a file read again: the old ones go
            _JOINED.clear()
        starts, at = [], 0
        whole: dict[str, list[int]] = {}
        for place, (_, value) in enumerate(pairs):
            starts.append(at)
            at += len(value) + 1
            whole.setdefault(value, []).append(place)
        starts.append(at)  # the end of the last name: `find` goes on from here when it is the one found
        kept = _JOINED[id(pairs)] = (pairs, "\n".join(value for _, value in pairs) + "\n", starts, whole)
    return kept[1], kept[2], kept[3]


def _terms(pairs: list[tuple[int, str]], accept: Callable[[str], bool]) -> Condition:
    ids = [t for t, value in pairs if accept(value)]
    if not ids:
        return Condition("0")
    return Condition(f"rec.n IN (SELECT n FROM post WHERE t IN ({','.join(map(str, ids))}))")


def _either(terms: Condition, numbers: list[int]) -> Condition:
    """The records of a term condition, and `numbers` (found by reading them, `leaders.partial_numbers`)."""
    if not numbers:
        return terms
    listed = "rec.n IN (SELECT value FROM json_each(?))"
    if terms.sql == "0":
        return Condition(listed, (f"[{','.join(map(str, numbers))}]",))
    return Condition(f"({terms.sql} OR {listed})", (*terms.params, f"[{','.join(map(str, numbers))}]"))


def _provinces(values: list[ProvinceValue], terms: Terms) -> Condition:
    former = {value.former for value in values if value.former}
    codes = {str(code) for value in values if not value.former for code in value.codes}
    ids = [t for t, v in terms("former") if v in former] + [t for t, v in terms("code") if v in codes]
    return Condition(f"rec.n IN (SELECT n FROM post WHERE t IN ({','.join(map(str, ids))}))") if ids else Condition("0")


def _text(terms: list[tuple[str, ...]]) -> list[Condition]:
    """Every term (any of its spellings, `taxonomy.text_variants`), left to `SqlIndex` as a `text` condition:
    it finds the records from the word, gram or trigram tables (`text`) and filters the numbers SQL gives
    for the rest."""
    return [Condition("1", (), tuple(terms))]


def phrase(text: str) -> str:
    """An FTS5 string: the fragment quoted, so that no character of it is query syntax."""
    return '"' + text.replace('"', '""') + '"'


def text_terms(found: dict[str, list[Condition]]) -> tuple[tuple[str, ...], ...]:
    """The free-text terms SQL leaves to `SqlIndex` (see `Condition.text`)."""
    return tuple(term for conds in found.values() for c in conds for term in c.text)


__all__ = ["FACETS", "Condition", "conditions", "text_terms", "where"]
