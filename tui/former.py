"""Provinces and districts merged away, offered by the province picker (`p`).

`province:"binh duong"` finds the surveys of units that were in Bình Dương,
so the picker must offer Bình Dương too, though the province facet counts
only today's 34. A survey's localities say the former province a merged unit
was in (`former_province`) and name district-level units as written ("TP. Dĩ
An", "huyện Thạch Thất": districts were abolished on 1 July 2025). Those are
collected once per catalog; a picker counts each with the index under the
rest of the filter, so the count offered is what the filter then finds.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING, Any

from store.folding import fold
from store.query import Clause, Filter

from .fuzzy import Choice
from .model import short_province, ward_label

if TYPE_CHECKING:
    from .i18n import Translator
    from .model import Catalog, Found

DISTRICT_LEVELS = ("huyện", "quận", "thị xã", "thành phố")
"""District-level units (a city inside a province included); all of them are former since July 2025."""

_UNITS: weakref.WeakKeyDictionary[Any, dict[tuple[str, str, str], list[int]]] = weakref.WeakKeyDictionary()
_PASS = threading.Lock()


def former_units(catalog: Catalog) -> dict[tuple[str, str, str], list[int]]:
    """(kind, name, where) → positions, kind "province" or "district"; one pass per catalog, kept.
    The positions say which units the surveys name; the counts shown come from the index. Called from
    workers: a second caller waits for the pass the first is making rather than making its own."""
    with _PASS:
        return _units(catalog)


def _units(catalog: Catalog) -> dict[tuple[str, str, str], list[int]]:
    found = _UNITS.get(catalog)
    if found is None:
        found = {}
        for position, record in enumerate(catalog.searcher.records()):
            for locality in record.get("localities", []):
                today = short_province(locality.get("province", {}).get("name", ""))
                if locality.get("former_province"):
                    found.setdefault(("province", locality["former_province"], today), []).append(position)
                if locality.get("ward") is None and locality.get("level") in DISTRICT_LEVELS:
                    where = locality.get("former_province") or today
                    found.setdefault(("district", ward_label(locality), where), []).append(position)
        for positions in found.values():
            positions[:] = sorted(set(positions))
        _UNITS[catalog] = found
    return found


def former_choices(catalog: Catalog, found: Found | None, query: Filter, t: Translator) -> list[Choice]:
    """Former provinces and districts with the number of surveys each leaves under the rest of `query`.

    Each count is the index's own search for that clause, so the number shown is the number the
    filter then finds (a province merged away also takes in wards the records do not tag with it).
    """
    units = list(former_units(catalog))
    rest = query.without_field("province").without_field("ward")
    clauses = [Clause("province", name) if kind == "province" else Clause("ward", name, exact=True)
               for kind, name, _ in units]
    choices = []
    for (kind, name, where), clause, count in zip(units, clauses, catalog.searcher.count_each(rest, clauses),
                                                  strict=True):
        if kind == "province":
            detail = t("picker.former_province", today=where)
        else:
            detail = t("picker.former_district", where=where)
        choices.append(Choice(clause.render(), name, count, detail=detail))
    # ties by name: stable whatever order the store holds them in
    choices.sort(key=lambda choice: (-choice.count, fold(choice.label)))
    return choices
