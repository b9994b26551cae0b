"""What the one-key filter dialogs offer and what a pick does to the filter: pure functions, no widget.

The choices a picker (w p t b B) offers are the facet values of the search
on screen, so each shows how many surveys it would leave under the rest of
the filter; the province picker adds the provinces and districts merged
away, the ward picker the communes merged away (`tui.former`). Picking a value adds its clause; picking a kind of
body puts in the clauses of all its bodies at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from store.bodies import bodies_of_type, counts_by_type
from store.folding import fold
from store.query import DATE_FIELDS, Clause, Filter, facet_clause

from .fuzzy import Choice
from .vocabulary import Joined, Offered, offered

if TYPE_CHECKING:
    from .state import BrowserState


def choices(state: BrowserState, facet: str, only: list[str] | None = None) -> Sequence[Choice]:
    """Values of `facet` with their counts; `only` keeps just those values (in that order).

    Body types are counted from the body counts (`store.bodies`). Each value's choice is folded
    once per store and language (`tui.vocabulary`) and made only when the picker reads it. The
    provinces merged away come after, from `with_former` (they are counted in a worker).
    """
    found, catalog = state.found, state.catalog
    if found is not None and not found.facets and found is not state.counted and state.counted is not None:
        found = state.counted  # its own are awaited or failed: the counts shown meanwhile, as the sidebar does
    facets = found.facets if found else {}
    if catalog is None:
        return []
    if facet == "bodytype":
        kinds = counts_by_type(facets.get("body", []), catalog.body_kinds)
        return offered(catalog, state.lang, facet, kinds)
    counts = facets.get(facet, [])
    if facet == "ward" and only and any(value.startswith("ward=") for value in only):
        from .namesakes import counted_own  # noqa: PLC0415 - W on a visit to a ward of a shared name

        counts = counted_own(catalog, state.filter, counts, only)
    return offered(catalog, state.lang, facet, counts, only)


def offers_former(facet: str, only: list[str] | None) -> bool:
    """The province picker also offers the provinces and districts merged away that surveys name; the ward picker
    offers apart the places of a name several bear (`tui.namesakes`) and the communes merged away that surveys
    write (`tui.former.former_wards`). Both are counted in a worker (`with_more`)."""
    return facet in ("province", "ward") and only is None


def with_more(state: BrowserState, facet: str, today: Sequence[Choice]) -> Sequence[Choice]:
    """What `offers_former` says a picker of `facet` offers besides (or instead of) the facet's `today`."""
    if facet == "province":
        return with_former(state, today)
    from .former import former_wards  # noqa: PLC0415 - the ward picker's: not loaded at launch
    from .namesakes import with_namesakes  # noqa: PLC0415

    if state.catalog is None:
        return today
    places = with_namesakes(state.catalog, state.filter, state.lang, today)
    # "xã Tịnh Hòa", a report's name of what is now xã Đông Sơn; not a name the facet offers already, whose choice
    # (`ward="Tân Định"`, or its places' "every place of this name") finds the former ones of the name too; but one
    # named with its district (a shared name: `store.former_communes`) is offered, as that choice finds all of them
    offered = {fold(value) for value, _ in today.pairs} if isinstance(today, Offered) else set()
    merged = [choice for choice in former_wards(state.catalog, state.filter, state.t)
              if fold(choice.label) not in offered or "," in choice.value]
    return Joined(places, merged) if merged else places


def with_former(state: BrowserState, today: Sequence[Choice]) -> Sequence[Choice]:
    """Today's provinces (`choices`), then the provinces and districts merged away, marked as former, each
    counted under the rest of the filter: read from the persistent index (`store.sqlindex.units`), or without
    one a pass over the store the first time; in a worker either way."""
    from .former import former_choices  # noqa: PLC0415 - the province picker's alone: not loaded at launch

    if state.catalog is None:
        return today
    return Joined(today, former_choices(state.catalog, state.found, state.filter, state.t))


def picked(state: BrowserState, facet: str, value: str) -> Filter:
    """The active filter with the value picked in the `facet` picker added."""
    if facet == "bodytype":
        return with_body_type(state, value)
    if value.startswith(("province:", "ward=")):  # a former unit: its clause is the value
        return state.filter.with_clause(Filter.parse(value).clauses[0])
    return state.filter.with_clause(facet_clause(facet, value))


def type_clauses(state: BrowserState, kind: str) -> list[Clause]:
    """One `body=` clause per body of type `kind` counted under the filter (ORed, as facet values are)."""
    bodies = [body for body, _ in state.found.facets.get("body", [])] if state.found else []
    known = state.catalog.body_kinds if state.catalog else None
    return [facet_clause("body", body) for body in bodies_of_type(kind, bodies, known)]


def with_body_type(state: BrowserState, kind: str) -> Filter:
    kept = state.filter.without_field("body")
    for clause in type_clauses(state, kind):
        kept = kept.with_clause(clause)
    return kept


def group_toggled(query: Filter, clauses: list[Clause]) -> Filter:
    """A kind of body ticked in the sidebar: all its clauses out if all are in, else all in."""
    if all(clause in query.clauses for clause in clauses):
        for clause in clauses:
            query = query.toggled(clause)
        return query
    for clause in clauses:
        query = query if clause in query.clauses else query.with_clause(clause)
    return query


def own_values(record: dict[str, Any], facet: str) -> list[str]:
    """A survey's own wards or topics (W, T), each once, in its order: a ward of today whose name other places
    bear with its province (`ward="Phường Tân Định, Hồ Chí Minh"`, `tui.namesakes.own_ward`)."""
    if facet == "ward":
        from .namesakes import own_ward  # noqa: PLC0415 - with the gazetteer, when W is first used

        return list(dict.fromkeys(own_ward(loc) for loc in record.get("localities", [])))
    return list(record.get("topics", []))


def only(query: Filter, facet: str, value: str) -> Filter:
    """`query` with `value` as the only value of `facet` (a value that is a clause: that clause)."""
    clause = Filter.parse(value).clauses[0] if value.startswith("ward=") else facet_clause(facet, value)
    return query.without_field(facet).with_clause(clause)


def typed_dates(query: Filter) -> str:
    """What the user would type in the date dialog for the last date clause of `query` ("" if none)."""
    dates = [c for c in query.clauses if c.field in DATE_FIELDS]
    if not dates:
        return ""
    clause = dates[-1]
    return f"{clause.field} {clause.value}" if clause.field in ("since", "until") else clause.value


def with_dates(query: Filter, clause: Clause) -> Filter:
    """`query` with its date clauses replaced by `clause`."""
    return Filter(tuple(c for c in query.clauses if c.field not in DATE_FIELDS)).with_clause(clause)
