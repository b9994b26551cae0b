"""Wards of one name, offered apart by the ward picker (`w`).

The ward facet's values are names without their level ("Tân Định"), and
the clause a pick wrote, `ward="Tân Định"`, finds every place of the name:
TP Hồ Chí Minh's phường Tân Định, Khánh Hòa's xã Tân Định, what Bến Cát's
former phường Tân Định became (Phường Hòa Lợi). Where the name alone finds
more than one place (`store.today_wards.namesakes`), the picker offers each
ward of today of the name apart, its level and province beside it, picked as
`ward="Phường Tân Định, Hồ Chí Minh"`; and the name alone, "every place of
this name", only when it finds visits none of them does (a former namesake
elsewhere, a locality written with the name and placed in no ward of today).
A former ward that became today's ward of its name and part of another (Tân Đông Hiệp, `places_of`) is offered
the same way: the facet's count was today's ward's while the name's pick found the former ward's whole.
A name one place bears is offered as before.

Each count is the store's own count of the clause written under the rest of
the filter (`Searcher.count_wards`, `count_each`: the persistent index's, or
PostgreSQL's in one pass over the rows), so the number shown is what the filter
then finds; counted in a worker, as the province picker's former units are
(`tui.pickers`), and an Enter typed meanwhile waits for them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from store import catalog as messages
from store.folding import fold
from store.gazetteer import gazetteer
from store.levels import split_level
from store.query import Clause, Filter
from store.today_wards import namesakes, one_ward, split_away, value_of

from .fuzzy import Choice
from .model import short_province, ward_label
from .vocabulary import Offered, vocabulary

if TYPE_CHECKING:
    from .model import Catalog

Pairs = list[tuple[str, int]]


def with_namesakes(catalog: Catalog, query: Filter, lang: str, today: Sequence[Choice]) -> Sequence[Choice]:
    """The ward picker's choices (`today`, the facet's) with each name several places bear offered as its places,
    each counted under the rest of `query`; `today` itself when no name offered is shared."""
    if not isinstance(today, Offered) or today.facet != "ward":
        return today
    split = namesake_pairs(catalog, query, today.pairs)
    return today if split is None else Offered(vocabulary(catalog, lang), "ward", split)


def namesake_pairs(catalog: Catalog, query: Filter, pairs: Sequence[tuple[str, int]]) -> Pairs | None:
    """`pairs` (ward facet values, counts) with each shared name's pair replaced, where it stood, by its places'
    values and counts (the most first, ties in the gazetteer's order), then the name alone's when some visits of
    the name are in none of them (`_unplaced`): Enter on the name typed picks its likeliest place; None when no
    name is shared."""
    shared = {name: [(_written(value), _code(value)) for value in places_of(name)]
              for name, count in pairs if count and places_of(name)}
    if not shared:
        return None
    rest = query.without_field("ward")
    # each place, then each name's places at once (how many visits are in one of them), counted in one go; on
    # PostgreSQL every name alone in the same pass (which names need it is known only from the places' counts)
    groups = [[code] for places in shared.values() for _, code in places]
    names = list(shared) if catalog.searcher.places_in_one_pass() else []
    counts = catalog.searcher.count_wards(rest, groups + [[code for _, code in places] for places in shared.values()],
                                          [_clause(_written(name)) for name in names])
    each, union = iter(counts[:len(groups)]), iter(counts[len(groups):len(groups) + len(shared)])
    counted = {name: [(value, next(each)) for value, _ in places] for name, places in shared.items()}
    placed = {name: next(union) for name in shared}
    known = dict(zip(names, counts[len(groups) + len(shared):], strict=True))
    # the facet counts today's wards of the name; a former ward's clause finds more than they hold (`split_away`)
    alone = [name for name, count in pairs if name in shared and (count > placed[name] or split_away(name))]
    missing = [name for name in alone if name not in known]
    if missing:
        known.update(zip(missing, catalog.searcher.count_each(rest, [_clause(_written(name)) for name in missing]),
                         strict=True))
    every = {name: known[name] for name in alone if known[name] > placed[name]}
    found: Pairs = []
    for name, count in pairs:
        if name not in shared:
            found.append((name, count))
            continue
        found += sorted(((value, count) for value, count in counted[name] if count), key=lambda pair: -pair[1])
        if name in every:  # a visit of the name placed in no ward of today: no province's clause claims it
            found.append((_written(name), every[name]))
    return found


def places_of(name: str) -> tuple[str, ...]:
    """The wards of today offered apart for the ward facet's `name`, each as a value with its province: its
    namesakes (`store.today_wards.namesakes`), or the one ward of today of a name whose former ward also became part
    of others (`split_away`: Tân Đông Hiệp). The picker had offered that name alone, counted as the facet counts it
    (1, today's ward's visits) while its pick found the former ward's whole (4, with phường Dĩ An's: tryout11); now
    today's ward is offered with its province, counted and found alike, and the name alone beside it when it finds
    more, saying which ward took the rest. Empty for a name one place bears."""
    split = split_away(name)
    return namesakes(name) or ((split[0],) if split else ())


def _code(value: str) -> int:
    """The code of the ward of today a value of `namesakes` names: one each, no province having two wards of today
    of one name and level (tests/test_properties_today_wards)."""
    return min(one_ward(value) or {0})


def _written(value: str) -> str:
    """The clause a pick writes, as the picker's value: `ward="Phường Tân Định, Hồ Chí Minh"`, `ward="Tân Định"`."""
    return Clause("ward", value, exact=True).render()


def _clause(value: str) -> Clause:
    return Filter.parse(value).clauses[0]


def only_province(name: str, provinces: Sequence[str]) -> str | None:
    """The one province (short: "Hà Nội") every place of `name` lies in, today's wards of the name and the
    store's visits of it (`provinces`, `Catalog.ward_provinces`) alike; None when they span more than one. "Quốc
    Oai" (a xã of today, a former huyện) is all in Hà Nội: its name alone is not "every place of this name" to a
    reader who sees it under Hà Nội, as if there were others elsewhere."""
    found = {fold(short_province(province)): short_province(province) for province in provinces}
    found.update((fold(where.strip()), where.strip()) for where in
                 (value.rpartition(",")[2] for value in places_of(name)) if where.strip())
    return next(iter(found.values())) if len(found) == 1 else None


def namesake_choice(value: str, lang: str, ward_provinces: Mapping[str, Sequence[str]] | None = None) -> Choice:
    """The choice of a value `namesake_pairs` made: a ward of today with its level and province beside it, or
    the name alone, every place of it (its province said when they are all in one: `only_province`, the
    store's provinces of each name in `ward_provinces`)."""
    said = _clause(value).value
    if one_ward(said):
        head, _, province = said.rpartition(",")
        level, name = split_level(head.strip())
        where = messages.text("picker.ward_of", lang, level=(level or "").lower(), where=short_province(
            province.strip()))
        return Choice(value, name, 0, detail=where)
    split = split_away(said)
    if split:  # the former ward's whole: today's ward and the part that went to another
        others = ", ".join(split_level(other)[1] for other in split[1])
        return Choice(value, said, 0, detail=messages.text("picker.split_namesake", lang, others=others))
    alone_in = only_province(said, (ward_provinces or {}).get(said, ()))
    detail = messages.text("picker.every_namesake_in", lang, where=alone_in) if alone_in else messages.text(
        "picker.every_namesake", lang)
    return Choice(value, said, 0, detail=detail)


def own_ward(locality: dict[str, Any]) -> str:
    """What W offers for a locality: its ward of today with its province where other places bear its name (the
    clause, as `namesake_pairs` writes it), else its ward facet value."""
    label = ward_label(locality)
    found = gazetteer().ward((locality.get("ward") or {}).get("code") or 0)
    return _written(value_of(found[0].name, found[1])) if found and places_of(label) else label


def counted_own(catalog: Catalog, query: Filter, counts: Sequence[tuple[str, int]], own: list[str]) -> Pairs:
    """The facet's `counts` with those of W's clauses (`own_ward`) under the rest of `query`, counted now: a
    visit's few."""
    clauses = [value for value in own if value.startswith("ward=")]
    found = catalog.searcher.count_each(query.without_field("ward"), [_clause(value) for value in clauses])
    return [*counts, *zip(clauses, found, strict=True)]


def sidebar_places(catalog: Catalog, query: Filter, wards: Sequence[tuple[str, int]],
                   ward_provinces: dict[str, tuple[str, ...]], per_province: int) -> Pairs:
    """The sidebar's lines for the shared names among the wards it lists (the first `per_province` of each
    province, as `tui.widgets.facets` lists them, and those ticked): each place and the name alone as
    `namesake_pairs` offers them to the picker, counted alike under the rest of `query`, each as its clause's
    value ("Phường Tân Định, Hồ Chí Minh", "Tân Định"); with any ticked that these leave out (it stays to be
    unticked). Empty when no listed name is shared. In the facet counts' worker."""
    ticked = [value for value in query.values("ward") if _shared(value)]
    wanted = {_name_of(value) for value in ticked}
    listed: dict[str, int] = {}
    for ward, _ in wards:
        for province in ward_provinces.get(ward, ()):
            if listed.get(province, 0) < per_province:
                listed[province] = listed.get(province, 0) + 1
                wanted.add(ward)
    split = namesake_pairs(catalog, query, [(ward, count) for ward, count in wards if ward in wanted]) or []
    found = [(_clause(value).value, count) for value, count in split if value.startswith("ward=")]
    missing = [value for value in ticked if value not in {raw for raw, _ in found}]
    if not missing:
        return found
    counts = catalog.searcher.count_each(query.without_field("ward"), [Clause("ward", value, exact=True)
                                                                      for value in missing])
    return [*found, *zip(missing, counts, strict=True)]


def _shared(value: str) -> bool:
    """A ward clause's value the sidebar shows among a shared name's lines: a place of it, or the name alone."""
    return bool(places_of(_name_of(value))) and ("," not in value or bool(one_ward(value)))


def _name_of(value: str) -> str:
    """The ward facet's name a clause's value is of: "Tân Định" for "Phường Tân Định, Hồ Chí Minh"."""
    return split_level(value.rpartition(",")[0].strip())[1] if "," in value else value
