"""What the interface says when a ward clause names a ward merged away under another name in 2025.

`ward:"bến nghé"` also finds the visits to Phường Sài Gòn, which Bến Nghé became: the browser (a note) and
`surveys list` (on stderr) say so. Said only of the former wards that bring visits into the result: a short
folded name ("dong", "hoa binh") is the old name of units all over the country (19 called Hòa Bình), and
listing each, far from anything the filter found, had filled the note with places; when none brings a visit
the result is what the name itself matches, and nothing is said. Up to `LISTED` are said in full; more, as
their number and the `EXAMPLES` that bring the most visits.
"""

from __future__ import annotations

from collections.abc import Callable

from . import catalog
from .facet_keys import ward_code_key
from .folding import fold
from .former_wards import FormerWard, describe
from .matching import Matcher
from .query import Clause, Filter

CountEach = Callable[[Filter, list[Clause]], list[int]]
"""How many visits a filter finds with each clause added (`Searcher.count_each`, a repository's search)."""

LISTED = 2
EXAMPLES = 2


def renamed_former_wards(query: Filter) -> list[FormerWard]:
    """The former wards `query`'s ward clauses name whose visits are found under another name."""
    renamed = (former for former in Matcher(query).notes
               if any(fold(name) != fold(former.name) for name, _, _ in former.became))
    return list({(former.name, former.district, former.old_province): former for former in renamed}.values())


def became_clause(code: int) -> Clause:
    """The clause finding the visits to today's ward `code` (a former ward's clause finds them so)."""
    return Clause("ward", ward_code_key(code), exact=True)


def former_ward_note(query: Filter, lang: str, count_each: CountEach) -> str:
    """The note for `query` in `lang`, "" when there is nothing to say (see the module docstring)."""
    renamed = renamed_former_wards(query)
    if not renamed:
        return ""
    asked = [(index, name, code) for index, former in enumerate(renamed) for name, code, _ in former.became]
    counts = count_each(query.without_field("ward"), [became_clause(code) for _, _, code in asked])
    found: list[dict[str, int]] = [{} for _ in renamed]
    """Per former ward, the visits to each ward it became (part of it, if it was split) that the filter finds."""
    for (index, name, _), count in zip(asked, counts, strict=True):
        if count:
            found[index][name] = found[index].get(name, 0) + count
    bringing = sorted((index for index, visits in enumerate(found) if visits), key=lambda i: -sum(found[i].values()))
    if len(bringing) <= LISTED:
        return "\n".join(describe(renamed[index], lang) for index in bringing)
    examples = "; ".join(catalog.text("former.example", lang, ward=renamed[index].name,
                                      province=renamed[index].old_province, today=", ".join(found[index]))
                         for index in bringing[:EXAMPLES])
    typed = ", ".join(dict.fromkeys(clause.value for clause in query.clauses_of("ward")))
    return catalog.text("former.many", lang, count=len(bringing), name=typed, examples=examples)


def records_counter(records: list[dict]) -> CountEach:
    """`CountEach` over records already found (the command line's `list`): each clause's count among them."""
    def count_each(_base: Filter, clauses: list[Clause]) -> list[int]:
        matchers = [Matcher(Filter((clause,))) for clause in clauses]
        return [sum(matcher.matches_record(record) for record in records) for matcher in matchers]
    return count_each

