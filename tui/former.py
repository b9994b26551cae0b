"""Provinces, districts and communes merged away, offered by the province picker (`p`) and the ward picker (`w`).

`province:"binh duong"` finds the surveys of units that were in Bình Dương,
so the picker must offer Bình Dương too, though the province facet counts
only today's 34. A survey's localities say the former province a merged unit
was in (`former_province`) and name district-level units as written ("TP. Dĩ
An", "huyện Thạch Thất": districts were abolished on 1 July 2025); a district
is offered as the one it is, with its level and former province, and picked as
such (`ward="huyện Tân Uyên, Lai Châu"`), where the gazetteer knows which of the
districts of its name it is (`store.sqlindex.units.district_unit`). Those are
collected once per catalog; a picker counts each with the index under the
rest of the filter, so the count offered is what the filter then finds. A
store with a persistent index keeps both, the units and what each one's clause
finds (`store.sqlindex.units`): the picker reads them; other stores are read
once per catalog and searched once per unit. A commune a report writes by a
name its ward of today does not bear ("xã Tịnh Hòa", merged into xã Đông Sơn)
is offered alike by the ward picker, whose facet names today's wards only.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING, Any

from store.collation import collation_key
from store.levels import split_level, written
from store.query import Filter
from store.sqlindex.units import clause_of

from .fuzzy import Choice
from .model import short_province

if TYPE_CHECKING:
    from .i18n import Translator
    from .model import Catalog, Found

_UNITS: weakref.WeakKeyDictionary[Any, list[tuple[str, str, str]]] = weakref.WeakKeyDictionary()
_PASS = threading.Lock()


def former_units(catalog: Catalog) -> list[tuple[str, str, str]]:
    """(kind, name, where) of each unit the surveys name, kind "province", "district" or "ward"; once per catalog,
    kept. The counts shown come from the index or the store. Called from workers: a second caller waits for the
    pass the first is making rather than making its own. A store without an index keeps what each record names
    from one version to the next (`Searcher.named_units`): only the rows another office wrote are read again."""
    with _PASS:
        found = _UNITS.get(catalog)
        if found is None:
            found = sorted({(kind, name, _where(kind, name, former, province))
                            for kind, name, former, province in catalog.searcher.named_units()})
            _UNITS[catalog] = found
        return found


def former_choices(catalog: Catalog, found: Found | None, query: Filter, t: Translator) -> list[Choice]:
    """Former provinces and districts with the number of surveys each leaves under the rest of `query`.

    Each count is the index's own search for that clause, so the number shown is the number the
    filter then finds (a province merged away also takes in wards the records do not tag with it).
    """
    return _offered(catalog, query, t, ("province", "district"))


def former_wards(catalog: Catalog, query: Filter, t: Translator) -> list[Choice]:
    """The communes the surveys write by a name their ward of today does not bear (merged away: "xã Tịnh Hòa", now
    xã Đông Sơn), for the ward picker (`w`), whose facet names today's wards only: picked as `ward="xã Tịnh Hòa"`,
    which finds the old reports and the new ones of the ward it became, counted as the province picker's are."""
    return _offered(catalog, query, t, ("ward",))


def _offered(catalog: Catalog, query: Filter, t: Translator, kinds: tuple[str, ...]) -> list[Choice]:
    """The units of `kinds` the surveys name, each with what its clause finds under the rest of `query`."""
    rest = query.without_field("province").without_field("ward")
    kept = catalog.searcher.former_units(rest)
    counted: dict[tuple[str, str, str], int] = {}
    if kept is not None:  # the index's: each way a unit is named, with its count
        for (kind, name, former, province), count in kept:
            if kind in kinds:
                counted[kind, name, _where(kind, name, former, province)] = count
    else:
        units = [unit for unit in former_units(catalog) if unit[0] in kinds]
        clauses = [clause_of(kind, name) for kind, name, _ in units]
        counted = dict(zip(units, catalog.searcher.count_each(rest, clauses), strict=True))
    if rest.clauses != query.clauses:
        counted = _within(catalog, query, counted)
    choices = [_choice(unit, count, t) for unit, count in counted.items()
               if count or rest.clauses == query.clauses]  # none under the places ticked: not offered
    # ties by name, then where: stable whatever order the store holds them in
    choices.sort(key=lambda choice: (-choice.count, collation_key(choice.label), choice.detail or ""))
    return choices


_FORMER_KIND = {"phường": "phuong", "thị trấn": "town"}
"""English names a former unit by its kind (`picker.former_ward`'s select): a ward or a township is no commune (the
Vietnamese reads its level)."""


def _choice(unit: tuple[str, str, str], count: int, t: Translator) -> Choice:
    """A unit's choice: its name, and beside it its level, that it is former and where it was."""
    kind, name, where = unit
    clause = clause_of(kind, name)
    if kind == "ward":  # "xã Tân Phú, huyện Châu Thành, Đồng Tháp" when its name alone is shared: the district too
        head, _, place = name.partition(", ")
        level, label = split_level(head)
        kind_of = _FORMER_KIND.get((level or "").lower(), "commune")  # "former ward (phường)", not commune
        return Choice(clause.render(), label, count,
                      detail=t("picker.former_ward", kind=kind_of, level=level or "", where=place or where))
    one = written(name) if kind == "district" else None
    if kind == "province":
        detail = t("picker.former_province", today=where)
    elif one is not None:  # one district of its name: which, by its level and province
        detail = t("picker.former_district_of", level=one.level, where=one.province)
    else:
        detail = t("picker.former_district", where=where)
    label = one.name if one is not None else split_level(name)[1] if kind == "district" else name
    return Choice(clause.render(), label, count, detail=detail)


def _within(catalog: Catalog, query: Filter, counted: dict[tuple[str, str, str], int]
            ) -> dict[tuple[str, str, str], int]:
    """The units counted as ticking each then finds under `query`'s own places: a former province within the wards
    ticked (AND, as today's provinces are counted), a district, which is a ward clause, as one more ward (OR)
    under the provinces ticked. They had been counted with both left out: under `ward="Tân Đông Hiệp"` the picker
    offered "Bình Dương 3", and ticking it found 1. Only units found under the wider filter can be found here."""
    within = dict.fromkeys(counted, 0)
    for kind, field in (("province", "province"), ("district", "ward"), ("ward", "ward")):
        units = [unit for unit, count in counted.items() if count and unit[0] == kind]
        if units:
            clauses = [clause_of(kind, name) for _, name, _ in units]
            counts = catalog.searcher.count_each(query.without_field(field), clauses)
            within.update(zip(units, counts, strict=True))
    return within


def _where(kind: str, name: str, former: str, province: str) -> str:
    """Where the picker says a unit is: today's province of a former province; the province a district was in, as
    its clause names it (`ward="huyện Tân Uyên, Lai Châu"`), else as the record does, else its province of today;
    a commune's likewise (the record's former province, else today's)."""
    one = written(name) if kind == "district" else None
    return one.province if one is not None else former if kind != "province" and former else short_province(province)
