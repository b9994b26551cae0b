"""A ward clause naming a numbered district of before 2025 ("quận 1") without its province: the clause that finds it.

`Gazetteer.district_wards` leaves numbered districts out on purpose (`ward:"1"` means the many "Phường 1", and a
facet's count must be what its clause finds), so `xa:"quận 1"` finds only the places written so, never a visit to a
ward made from Quận 1 since 2025, and a search for one found nothing without a word of why (a tryout of session 30).
With the province the value names that one district (`matching.one_district`: the places written so and the wards
made from its units). A filter that found nothing is told that clause (`name_suggestions.unknown_places`)."""

from __future__ import annotations

from .levels import written_district
from .query import Filter


def numbered_districts(query: Filter) -> list[tuple[str, tuple[str, ...]]]:
    """Each ward clause of `query` that is a numbered district with its level word and no province ("quận 1",
    "quan 10"), with the values that name it with its province ("Quận 1, Hồ Chí Minh"), one per district so
    numbered."""
    from .gazetteer import gazetteer  # noqa: PLC0415 - the gazetteer's tables, only for a filter that found nothing

    found = []
    for clause in query.clauses_of("ward"):
        base = written_district(clause.value) if "," not in clause.value else None
        if base is None or not base.isdigit():
            continue
        values = tuple(dict.fromkeys(f"{d['level'].capitalize()} {d['name']}, {d['old_province']}"
                                     for d in gazetteer().districts_named(base)))
        if values:
            found.append((clause.value, values))
    return found
