"""The place clauses and the ward facet, built per distinct place since places repeat across visits.

A few thousand places account for some 150,000 visits, so each visit is
reduced in C-level passes to the number of its place, and the work per place
(`place_keys_for`, folding, the gazetteer) is done once per place. The result
holds the province and former-province bitmaps, the ward names a typed value
is matched against, the ward facet's columns, and which provinces each ward
facet value lies in.
"""

from __future__ import annotations

from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate, chain, compress, count
from typing import Any

from ..facet_keys import former_province_keys, place_keys_for, ward_code_key
from ..gazetteer import gazetteer
from ..matching import district_locality_key
from .columns import Numbering, owners_of
from .facets import ColumnFacet
from .vocabulary import Names


@dataclass
class Places:
    """What the index knows of the records' localities."""

    codes: dict[Any, int]
    """Today's province code → bitmap."""
    former: dict[str, int]
    """Folded name of a province merged away → bitmap: the visits the records say were in it, and the visits
    to today's wards made from it (`facet_keys.former_province_keys`)."""
    ward_keys: Names
    """Folded ward names (today's and as written), and today's ward codes (`facet_keys.ward_code_key`), with their
    records."""
    ward_facet: ColumnFacet
    ward_provinces: dict[str, tuple[str, ...]]
    """Ward facet value → `province.name`s, in the order a pass over the records newest first meets them."""

    def provinces(self) -> dict[str, int]:
        """Today's province name (as the gazetteer has it) → bitmap."""
        places = gazetteer()
        provinces: dict[str, int] = defaultdict(int)
        for code, found in self.codes.items():
            provinces[places.province_name(code)] |= found
        return provinces


def build_places(locality_lists: list[list[dict[str, Any]]], position: array, n: int,
                 bitmap: Callable[[Iterable[int]], int]) -> Places:
    """`Places` from each record's localities, in parse order; `position[i]` is record i's position."""
    owners = array("l", owners_of(locality_lists, position))
    place_ids = Numbering()
    visits = array("l", map(place_ids.__getitem__, map(_place_signature, chain.from_iterable(locality_lists))))
    found: list[list[int]] = [[] for _ in place_ids]
    deque(map(list.append, map(found.__getitem__, visits), owners), 0)

    codes: dict[Any, list[int]] = defaultdict(list)
    former: dict[str, list[int]] = defaultdict(list)
    ward_keys: dict[str, list[int]] = defaultdict(list)
    label_ids = Numbering()
    place_labels = array("l")
    seen: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for number, ((name, ward_name, code, old, province, ward_code, level), owners_here) in enumerate(
        zip(place_ids, found, strict=True)
    ):
        keys, label = place_keys_for(name, ward_name)
        if ward_name is not None:
            keys = (*keys, ward_code_key(ward_code))
        district = district_locality_key({"name": name, "level": level, "former_province": old,
                                          "province": {"code": code}, "ward": None if ward_name is None else {}})
        if district:  # a district written so: `ward="huyện Tân Uyên, Lai Châu"`
            keys = (*keys, district)
        for key in keys:
            ward_keys[key].extend(owners_here)
        codes[code].extend(owners_here)
        for former_key in former_province_keys(old, ward_code, code):
            former[former_key].extend(owners_here)
        place_labels.append(label_ids[label])
        seen[label].append((min(owners_here), number, province))
    ward_provinces = {label: tuple(dict.fromkeys(province for _, _, province in sorted(places)))
                      for label, places in seen.items()}
    code_bitmaps = {code: bitmap(found_here) for code, found_here in codes.items()}
    former_bitmaps = {name: bitmap(found_here) for name, found_here in former.items()}
    names = Names(ward_keys)

    labels = array("l", map(place_labels.__getitem__, visits))
    first = array("l", [-1]) * n  # the label of each record's first locality: the last write wins
    deque(map(first.__setitem__, reversed(owners), reversed(labels)), 0)
    columns = [first]
    extra_owners, extra_labels = array("l"), array("l")
    sizes = array("l", map(len, locality_lists))
    starts = array("l", accumulate(sizes, initial=0))
    for record in compress(count(), map((1).__lt__, sizes)):  # the records with several localities
        owner, start = position[record], starts[record]
        more = dict.fromkeys(labels[start:start + sizes[record]])
        more.pop(first[owner])
        for slot, label_id in enumerate(more, start=1):
            if slot < ColumnFacet.SLOTS:
                if slot == len(columns):
                    columns.append(array("l", [-1]) * n)
                columns[slot][owner] = label_id
            else:
                extra_owners.append(owner)
                extra_labels.append(label_id)
    return Places(code_bitmaps, former_bitmaps, names,
                  ColumnFacet(list(label_ids), columns, n, extra_owners, extra_labels), ward_provinces)


def _place_signature(locality: dict[str, Any]) -> tuple[Any, Any, Any, Any, Any, Any, Any]:
    """What the index reads of a locality; equal signatures are the same place."""
    ward, province = locality.get("ward"), locality["province"]
    former = locality.get("former_province")
    return (locality["name"], ward["name"] if ward else None, province["code"], former, province["name"],
            ward["code"] if ward else None, locality.get("level"))
