"""A `Filter` as SQL over the columns of `columns.row_of`: conditions, facet counts, order and paging.

The clause values are resolved by `store.matching.Matcher` (folding, topic
aliases, provinces merged away, today's date for `overdue`), so both
backends read a value the same way; this module only says what each
resolved clause means as SQL, with the filter algebra of the README: clauses
on one field combine with OR, different fields and free-text terms with AND,
for every field including `year`, `since`, `until` and `date`.

Each facet counts over the records that match the filter less that facet's
own clauses (the year facet drops only `year:` clauses), one GROUP BY per
facet, all in the database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from psycopg import sql

from ..facet_keys import CLOSED_STATUSES
from ..matching import Matcher
from ..query import Clause, Filter
from . import item_events, item_keys
from .columns import WARD_SEPARATOR

FACET_COLUMNS: dict[str, tuple[str, bool]] = {
    "province": ("province_names", True),
    "ward": ("ward_labels", True),
    "topic": ("topics", True),
    "year": ("year", False),
    "body": ("body", False),
    "kind": ("kind", False),
}
"""Facet → (column, whether the column is an array of the record's distinct values)."""

ORDERS = {
    "date": "date DESC, id DESC",
    "locality": "locality_key, date DESC, id DESC",
    "body": "body_key, date DESC, id DESC",
}

Condition = tuple[str, list[Any]]


@dataclass
class Compiled:
    """A filter's conditions, each under the facet (or other group) whose clauses it comes from."""

    groups: dict[str, list[Condition]] = field(default_factory=dict)
    text: list[Condition] = field(default_factory=list)
    year_free_dates: list[Condition] = field(default_factory=list)
    has_year: bool = False

    @property
    def narrowed(self) -> bool:
        """Whether free text is narrowed through the words index (see `_text`)."""
        return any("words " in text for text, _ in self.text)

    def where(self, leave_out: str | None = None) -> tuple[str, list[Any]]:
        """The WHERE text and its parameters, without the conditions of group `leave_out`."""
        parts: list[Condition] = []
        for group, conditions in self.groups.items():
            if group == leave_out:
                if group == "date":
                    parts += self.year_free_dates
                continue
            parts += conditions
        parts += self.text
        if not parts:
            return "TRUE", []
        return " AND ".join(f"({text})" for text, _ in parts), [p for _, params in parts for p in params]

    def facet_where(self, facet: str) -> tuple[str, list[Any]]:
        """Where the facet counts: the filter less that facet's own clauses."""
        if facet == "year":
            return self.where("date") if self.has_year else self.where()
        return self.where(facet)


Vocabulary = Callable[[str], "list[str] | None"]
"""LIKE pattern → the stored words it matches, or None when they are too many to be worth naming."""


def compile_filter(query: Filter, vocabulary: Vocabulary | None = None) -> Compiled:
    """`query` as SQL conditions; with `vocabulary`, free text is narrowed through the records' words first."""
    matcher = Matcher(query)
    compiled = Compiled()
    groups = compiled.groups
    dates = _date_conditions(matcher)
    if dates:
        groups["date"] = dates
        compiled.has_year = "year" in query.fields()
        compiled.year_free_dates = _date_conditions(Matcher(query.without_field("year")))
    if matcher.wards:
        groups["ward"] = [_any_of([_ward(value) for value in matcher.wards])]
    if matcher.provinces:
        groups["province"] = [_any_of([_province(value) for value in matcher.provinces])]
    if matcher.topics is not None:
        groups["topic"] = [("topics && %s::text[]", [sorted(matcher.topics)])]
    if matcher.bodies:
        groups["body"] = [_any_of([_word_prefix("body_key", value) for value in matcher.bodies])]
    if matcher.leaders:
        groups["leader"] = [_any_of([_word_prefix("leader_key", value) for value in matcher.leaders])]
    if matcher.kinds:
        groups["kind"] = [_any_of([("kind_key LIKE %s", [_like(kind) + "%"]) for kind in matcher.kinds])]
    if matcher.statuses:
        groups["status"] = [("status_keys && %s::text[]", [list(matcher.statuses)])]
    if matcher.overdue:
        groups["overdue"] = [_overdue(matcher)]
    if matcher.addressees:  # one item addressed so, of a status asked for, late under `overdue`
        groups["to"] = [item_keys.condition(matcher)]
    if matcher.events:  # one item answered, changed or closed then, of the other follow-up clauses too
        groups["item"] = [item_events.condition(matcher)]
    if matcher.absent:  # `not …`: no facet's group, so every facet's pool keeps it
        groups["not"] = [_none(negated) for negated in matcher.absent]
    compiled.text = [_any_of([_text(spelling, vocabulary) for spelling in spellings])  # "tthc" or its long form
                     for spellings in matcher.text_alternatives]
    return compiled


LATE_ITEM = """EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(record->'recommendations', '[]'::jsonb)
    || coalesce(record->'directions', '[]'::jsonb)) AS item
    WHERE coalesce(item->>'status', 'open') = ANY(%s::text[]) AND (item->>'deadline') COLLATE "C" < %s
    AND item->>'deadline' <> '')"""
"""An item of one of the statuses (not closed) past its deadline, read from the document: statuses are the schema's
four words, which fold to themselves, and deadlines ISO days, compared by code point as Python compares them."""


def _overdue(matcher: Matcher) -> Condition:
    """`overdue`: the soonest open deadline is past (its index answers); under `status:` clauses, per item, an
    overdue item of a status asked for (`Matcher.item_status`), looked for in the few rows the index leaves. Read
    from the document rather than a new column, so an archive needs no migration and older programs still read it."""
    if not matcher.statuses:
        return ("open_deadline < %s", [matcher.today])
    wanted = [status for status in matcher.statuses if status not in CLOSED_STATUSES]  # a closed item is never late
    if not wanted:
        return ("FALSE", [])
    return (f"open_deadline < %s AND {LATE_ITEM}", [matcher.today, wanted, matcher.today])


def _none(negated: Matcher) -> Condition:
    """No item meets the follow-up clauses of a `not` clause: the complement of `status:`/`overdue`'s conditions,
    a NULL deadline (no item late) counted as none."""
    having = (item_events.condition(negated) if negated.events  # `not answered:2026-11`: no item answered then
              else item_keys.condition(negated) if negated.addressees  # `not to:X`: no item addressed there
              else _overdue(negated) if negated.overdue else ("status_keys && %s::text[]", [list(negated.statuses)]))
    return (f"NOT coalesce(({having[0]}), FALSE)", having[1])


def _text(term: str, vocabulary: Vocabulary | None) -> Condition:
    """A folded fragment anywhere in the folded text (the LIKE decides), narrowed first by the words it needs.

    Folded text is words between single spaces, so a fragment without a
    space lies within one word, and "a b c" needs a word ending in "a", the
    word "b" and a word starting with "c": records without them cannot match.
    """
    like = ("text_key LIKE %s", ["%" + _like(term) + "%"])
    if vocabulary is None:
        return like
    parts = term.split(" ")
    patterns = ["%" + _like(parts[0]) + "%"] if len(parts) == 1 else ["%" + _like(parts[0]), _like(parts[-1]) + "%"]
    narrowing: list[Condition] = []
    for pattern in patterns:
        found = vocabulary(pattern)
        if found is not None:
            narrowing.append(("words && %s::text[]", [found]))
    if parts[1:-1]:
        narrowing.append(("words @> %s::text[]", [parts[1:-1]]))
    return _joined([*narrowing, like])


def _date_conditions(matcher: Matcher) -> list[Condition]:
    """One condition per date field: a date in any of its clauses' spans (OR), the fields together (AND)."""
    return [_any_of([_date_between(low, high) for low, high in group]) for group in matcher.date_groups]


def _date_between(low: str, high: str) -> Condition:
    """A span of days, or (yearless ends, "--10-22") those days of the year in every year, over New Year if
    low > high: the month and day are the date's characters 6 to 10, as `store.dates.in_bounds` reads them."""
    if not low.startswith("--"):
        return ("date BETWEEN %s AND %s", [low, high])
    if low <= high:
        return ("substr(date, 6, 5) BETWEEN %s AND %s", [low[2:], high[2:]])
    return ("(substr(date, 6, 5) >= %s OR substr(date, 6, 5) <= %s)", [low[2:], high[2:]])


def _ward(value: str) -> Condition:
    """A folded ward name: a word prefix of one of the record's names, or (`ward=`) all of one."""
    from ..matching import WholeName  # noqa: PLC0415

    escaped = _like(value.replace(WARD_SEPARATOR, " "))
    if isinstance(value, WholeName):
        return ("ward_keys LIKE %s", [f"%{WARD_SEPARATOR}{escaped}{WARD_SEPARATOR}%"])
    return ("ward_keys LIKE %s OR ward_keys LIKE %s",
            [f"%{WARD_SEPARATOR}{escaped}%", f"% {escaped}%"])


@lru_cache(maxsize=16384)
def whole_ward_keys(clause: Clause) -> tuple[str, ...]:
    """The ward keys a ward clause finds whole (`ward="Tân Định"`: its name's and its places'), as the repository's
    `count_ward_keys` counts them; empty for any other clause (a word prefix, `ward:tân`, is no key). Kept: the
    `w` picker asks every shared name's each time it opens (1,062 at 20,000 records, 0.2 s to resolve)."""
    from ..matching import WholeName  # noqa: PLC0415

    wards = Matcher(Filter((clause,))).wards if clause.field == "ward" else []
    return tuple(str(ward) for ward in wards) if wards and all(isinstance(ward, WholeName) for ward in wards) else ()


def _word_prefix(column: str, value: str) -> Condition:
    from ..matching import WholeName  # noqa: PLC0415

    if isinstance(value, WholeName):
        return (f"{column} = %s", [str(value)])
    escaped = _like(value)
    return (f"{column} LIKE %s OR {column} LIKE %s", [escaped + "%", f"% {escaped}%"])


def _province(value: Any) -> Condition:
    if value.former:
        return ("former_provinces @> ARRAY[%s]::text[]", [value.former])
    return ("province_codes && %s::bigint[]", [sorted(value.codes)])


def _any_of(conditions: list[Condition]) -> Condition:
    if len(conditions) == 1:
        return conditions[0]
    return (" OR ".join(f"({text})" for text, _ in conditions), [p for _, params in conditions for p in params])


def _like(text: str) -> str:
    """`text` taken literally inside a LIKE pattern."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def page_query(compiled: Compiled, sort: str, offset: int, limit: int | None) -> tuple[sql.SQL, list[Any]]:
    """One page of the matching records; the WHERE uses the indexes (the path for scrolling, without facets)."""
    where, params = compiled.where()
    text = f"SELECT record FROM surveys WHERE {where} ORDER BY {ORDERS[sort]}"
    return _paged(text, params, offset, limit)


def count_query(compiled: Compiled) -> tuple[sql.SQL, list[Any]]:
    where, params = compiled.where()
    return sql.SQL(f"SELECT count(*) FROM surveys WHERE {where}"), params


def _paged(text: str, params: list[Any], offset: int, limit: int | None) -> tuple[sql.SQL, list[Any]]:
    text, params = _window(text, params, offset, limit)
    return sql.SQL(text), params


def _window(text: str, params: list[Any], offset: int, limit: int | None) -> tuple[str, list[Any]]:
    if limit is not None:
        text += " LIMIT %s"
        params = [*params, limit]
    if offset:
        text += " OFFSET %s"
        params = [*params, offset]
    return text, params


def _all(flags: list[str]) -> str:
    return " AND ".join(flags) or "TRUE"


def _pool(compiled: Compiled, facet: str | None) -> list[Condition]:
    """The conditions of the rows a facet counts over (None: the matches themselves), less the free text."""
    if facet is None:
        return [c for conditions in compiled.groups.values() for c in conditions]
    if facet == "year" and compiled.has_year:
        return [c for g, conditions in compiled.groups.items() if g != "date" for c in conditions] \
            + compiled.year_free_dates
    return [c for g, conditions in compiled.groups.items() if g != facet for c in conditions]


def unfiltered_facets(compiled: Compiled) -> set[str]:
    """The facets that count over every record (no clause but their own, no free text): their counts are the
    archive's totals, which the repository keeps until the next write."""
    if compiled.text:
        return set()
    return {facet for facet in FACET_COLUMNS if not _pool(compiled, facet)}


def faceted_query(compiled: Compiled, sort: str, offset: int, limit: int | None,
                  skip: frozenset[str] = frozenset()) -> tuple[sql.SQL, list[Any]]:
    """The page's ids, the total and the counts of every facet but `skip`, in one statement and one pass.

    The pass (`m`) reads only the rows some count needs: the free text's,
    within the union of the facets' pools (so the indexes narrow it), and
    turns each group of clauses (a facet's, the dates', the statuses') into a
    boolean column, so each condition is evaluated once per row; each facet
    counts the rows whose flags, less its own, are all true. Rows come back
    as (facet, value, count); `total` carries the number of matches, `page`
    the ids of the page (a top-N sort: their order is restored when the
    records are read, by the same ORDER BY).
    """
    names = list(compiled.groups)
    flags, params = [], []
    for number, group in enumerate(names):
        text, group_params = _joined(compiled.groups[group])
        flags.append(f"({text}) AS f{number}")
        params += group_params
    if compiled.has_year:
        text, group_params = _joined(compiled.year_free_dates)
        flags.append(f"({text}) AS fy")
        params += group_params
    wanted = [facet for facet in FACET_COLUMNS if facet not in skip]
    where, where_params = _union_of_pools([_pool(compiled, facet) for facet in [None, *wanted]])
    text_where, text_params = _joined(compiled.text)
    params += [*where_params, *text_params]
    columns = ["date", "id", "locality_key", "body_key", *(column for column, _ in FACET_COLUMNS.values())]
    select = ", ".join([*columns, *flags])
    matching = _all([f"f{n}" for n in range(len(names))])
    page, page_params = _window(
        f"SELECT 'page', id, NULL::bigint FROM m WHERE {matching} ORDER BY {ORDERS[sort]}", [], offset, limit)
    parts = [f"SELECT 'total', NULL, count(*) FROM m WHERE {matching}", f"({page})"]
    for facet in wanted:
        column, is_array = FACET_COLUMNS[facet]
        if facet == "year" and compiled.has_year:
            kept = [f"f{n}" for n, group in enumerate(names) if group != "date"] + ["fy"]
        else:
            kept = [f"f{n}" for n, group in enumerate(names) if group != facet]
        source = f"m CROSS JOIN LATERAL unnest(m.{column}) AS v(value)" if is_array else "m"
        value = "v.value" if is_array else f"m.{column}"
        parts.append(f"SELECT '{facet}', {value}, count(*) FROM {source} WHERE {_all(kept)} GROUP BY {value}")
    text = (f"WITH m AS MATERIALIZED (SELECT {select} FROM surveys WHERE ({where}) AND ({text_where})) "
            + " UNION ALL ".join(parts))
    return sql.SQL(text), params + page_params


def _union_of_pools(pools: list[list[Condition]]) -> Condition:
    """The rows in any of `pools`, the conditions every pool holds taken out of the OR: PostgreSQL does not, and a
    clause on no facet (`answered:2026-11`, `to:`, `not …`) is in each of the eight pools, so it was evaluated
    eight times on every row it does not match."""
    common = [condition for condition in pools[0] if all(condition in pool for pool in pools[1:])]
    rests = [[condition for condition in pool if condition not in common] for pool in pools]
    either = ("TRUE", []) if any(not rest for rest in rests) else _any_of([_joined(rest) for rest in rests])
    return _joined([*common, either] if either[0] != "TRUE" else common)


def _joined(conditions: list[Condition]) -> Condition:
    if not conditions:
        return "TRUE", []
    return " AND ".join(f"({text})" for text, _ in conditions), [p for _, params in conditions for p in params]
