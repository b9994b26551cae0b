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

from dataclasses import dataclass, field
from typing import Any

from psycopg import sql

from ..matching import Matcher
from ..query import DATE_FIELDS, Filter
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


def compile_filter(query: Filter) -> Compiled:
    matcher = Matcher(query)
    compiled = Compiled()
    groups = compiled.groups
    dates = _date_conditions(query)
    if dates:
        groups["date"] = dates
        compiled.has_year = "year" in query.fields()
        compiled.year_free_dates = _date_conditions(query.without_field("year"))
    if matcher.wards:
        groups["ward"] = [_any_of([_ward(value) for value in matcher.wards])]
    if matcher.provinces:
        groups["province"] = [_any_of([_province(value) for value in matcher.provinces])]
    if matcher.topics is not None:
        groups["topic"] = [("topics && %s::text[]", [sorted(matcher.topics)])]
    if matcher.bodies:
        groups["body"] = [_any_of([_word_prefix("body_key", value) for value in matcher.bodies])]
    if matcher.kinds:
        groups["kind"] = [_any_of([("kind_key LIKE %s", [_like(kind) + "%"]) for kind in matcher.kinds])]
    if matcher.statuses:
        groups["status"] = [("status_keys && %s::text[]", [list(matcher.statuses)])]
    if matcher.overdue:
        groups["overdue"] = [("open_deadline < %s", [matcher.today])]
    compiled.text = [("text_key LIKE %s", ["%" + _like(text) + "%"]) for text in matcher.texts]
    return compiled


def _date_conditions(query: Filter) -> list[Condition]:
    """One condition per date field: any of its clauses' spans (OR), the fields together (AND)."""
    conditions = []
    for name in DATE_FIELDS:
        spans = [clause.span() for clause in query.clauses_of(name)]
        if spans:
            conditions.append(_any_of([
                ("date BETWEEN %s AND %s", [span.start.isoformat(), span.end.isoformat()]) for span in spans
            ]))
    return conditions


def _ward(value: str) -> Condition:
    """A folded ward name: a word prefix of one of the record's names, or (`ward=`) all of one."""
    from ..matching import WholeName  # noqa: PLC0415

    escaped = _like(value.replace(WARD_SEPARATOR, " "))
    if isinstance(value, WholeName):
        return ("ward_keys LIKE %s", [f"%{WARD_SEPARATOR}{escaped}{WARD_SEPARATOR}%"])
    return ("ward_keys LIKE %s OR ward_keys LIKE %s",
            [f"%{WARD_SEPARATOR}{escaped}%", f"% {escaped}%"])


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


def page_query(compiled: Compiled, sort: str, offset: int, limit: int | None) -> tuple[sql.Composable, list[Any]]:
    where, params = compiled.where()
    text = f"SELECT record FROM surveys WHERE {where} ORDER BY {ORDERS[sort]}"
    if limit is not None:
        text += " LIMIT %s"
        params = [*params, limit]
    if offset:
        text += " OFFSET %s"
        params = [*params, offset]
    return sql.SQL(text), params  # type: ignore[arg-type]


def count_query(compiled: Compiled) -> tuple[sql.Composable, list[Any]]:
    where, params = compiled.where()
    return sql.SQL(f"SELECT count(*) FROM surveys WHERE {where}"), params  # type: ignore[arg-type]


def facet_query(compiled: Compiled, facet: str) -> tuple[sql.Composable, list[Any]]:
    """Counts of the facet's values, most first, equal counts by value (code point order)."""
    column, is_array = FACET_COLUMNS[facet]
    where, params = compiled.facet_where(facet)
    source = f"surveys CROSS JOIN LATERAL unnest({column}) AS v(value)" if is_array else "surveys"
    value = "v.value" if is_array else column
    text = (f"SELECT {value}, count(*) AS n FROM {source} WHERE {where} "
            f'GROUP BY 1 ORDER BY n DESC, {value} COLLATE "C"')
    return sql.SQL(text), params  # type: ignore[arg-type]
