"""One ward of today named in a ward clause with its province: `ward="Phường Tân Định, Hồ Chí Minh"`.

A ward clause naming a ward by name alone (`ward="Phường Tân Định"`) finds
every place of that name: today's Tân Định of TP Hồ Chí Minh, and what a
namesake former ward elsewhere became (Bến Cát's phường Tân Định, now in
Phường Hòa Lợi); "Xã Tân Phú" is a ward of today in six provinces. A
province of today after a comma names one:

    ward="Phường Tân Định, Hồ Chí Minh"

finds the visits placed in that ward of today, the visits to the former
wards it was made from among them (a record keeps today's ward of each
place, `ward.code`, whatever it names), and nothing of the namesakes. The
ward may be written with its level word or without, unaccented; the province
by any of its names of today ("tphcm"), or by the province merged away the
ward was made from (`ward="Lái Thiêu, Bình Dương"`, as reports write it). A
province with no ward of that name (and level) today is refused (`refusal`)
with the wards it could mean, written as the picker writes them (`value_of`).
The key it is found by is the one every backend keeps already: today's ward
code (`facet_keys.ward_code_key`).

A value whose head is no ward of today (`ward="Bến Nghé, Hồ Chí Minh"`) or a
former district (`ward="huyện Tân Uyên, Lai Châu"`, `store.districts`) is not
of this form.
"""

from __future__ import annotations

from functools import lru_cache

from .districts import resolve as resolve_district
from .folding import fold, normalize_text
from .gazetteer import gazetteer
from .levels import split_level, written

WARD_LEVELS = ("phường", "xã", "đặc khu")
"""The levels of today's wards, as a clause may begin with one."""


def one_ward(value: str) -> frozenset[int] | None:
    """The codes of the ward of today a value of this form names (one; two only when a province has two of the
    name and the level is not written); empty when the form is refused (found nowhere); None for any other value."""
    found = _resolved(value)
    if found is None:
        return None
    return found if isinstance(found, frozenset) else frozenset()


def refusal(value: str) -> str | None:
    """The wards of today a refused value of this form could mean, as clauses' values ("; " between them)."""
    found = _resolved(value)
    return found if isinstance(found, str) else None


def value_of(ward_name: str, province_code: int) -> str:
    """The value naming today's ward `ward_name` of province `province_code`: "Phường Tân Định, Hồ Chí Minh"."""
    return f"{ward_name}, {split_level(gazetteer().province_name(province_code))[1]}"


def _split(head: str) -> tuple[str | None, str]:
    """The level word and the name of a ward as typed ("phuong tan dinh" → phường, "tan dinh")."""
    level, name = split_level(head)
    if level is not None:
        return level, name
    folded = fold(head)
    level = next((spelt for spelt in WARD_LEVELS if folded.startswith(f"{fold(spelt)} ")), None)
    return (level, " ".join(head.split()[len(level.split()):])) if level else (None, head.strip())


@lru_cache(maxsize=4096)
def _resolved(value: str) -> frozenset[int] | str | None:
    head, comma, tail = normalize_text(value).rpartition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or not head or not tail:
        return None
    places = gazetteer()
    if written(value) is not None and (resolve_district(value) is not None or not places.find_wards(head)):
        return None  # a former district ("huyện Tân Uyên, Lai Châu"); not "Quan Triều", read as "quận Triều"
    level, name = _split(head)
    if level is not None and level not in WARD_LEVELS:
        return None
    named = [(unit, code) for unit, code in places.find_wards(name)
             if level is None or fold(split_level(unit.name)[0] or "") == fold(level)]
    if level is not None and split_level(head)[0] is None:  # "phuong lieu" unaccented, or Phương Liễu's own name
        named += [found for found in places.find_wards(head) if found not in named]
    if not named:
        return None
    today = places.find_province(tail)
    former = places.former_province(tail)
    if today is not None and former is not None and places.if_merged(former[0], today) \
            and fold(split_level(tail)[1]) == fold(former[0]):  # a province merged away ("Bình Dương")
        here = [(unit, code) for unit, code in named if code == today.code and former[0] in places.ward_origins(
            unit.code)]  # the ward of today made from its units ("Lái Thiêu, Bình Dương"), not all of TP HCM's
    else:
        here = [(unit, code) for unit, code in named if today is not None and code == today.code]
    exact = [(unit, code) for unit, code in here if fold(split_level(unit.name)[1]) == fold(name)
             and normalize_text(split_level(unit.name)[1]) == normalize_text(name)]
    chosen = exact or here
    if not chosen:
        return "; ".join(dict.fromkeys(value_of(unit.name, code) for unit, code in named))
    return frozenset(unit.code for unit, _ in chosen)


@lru_cache(maxsize=65536)
def namesakes(label: str) -> tuple[str, ...]:
    """The values naming, each with its province, the wards of today called `label` (the ward facet's value: the
    name without its level), when the name alone (`ward="Tân Định"`) finds more than one place: wards of today
    of the name (folded: Tân Dĩnh is "tan dinh" too) in more than one place, or a former ward of the name that
    became only wards of other names (Bến Cát's Tân Định, now Phường Hòa Lợi). Empty when the name is one
    place's (`ward="Lái Thiêu"`; Tân Đông Hiệp, part of which became Dĩ An, is still one place)."""
    places = gazetteer()
    key = fold(label)
    today = [(unit, code) for unit, code in places.find_wards(label) if fold(split_level(unit.name)[1]) == key]
    elsewhere = any(all(fold(split_level(name)[1]) != key for name, _, _ in former.became)
                    for former in places.former_wards(label) if fold(former.base) == key)
    if len({unit.code for unit, _ in today}) < 2 and not elsewhere:
        return ()
    exact = normalize_text(label)
    return tuple(value_of(unit.name, code) for unit, code in today
                 if normalize_text(split_level(unit.name)[1]) == exact)


@lru_cache(maxsize=65536)
def split_away(label: str) -> tuple[str, tuple[str, ...]] | None:
    """When one ward of today bears the name `label` and a former ward of the name became it and part of other wards
    of today: the value naming that ward with its province, and the names of the others. ("Phường Tân Đông Hiệp, Hồ
    Chí Minh", ("Phường Dĩ An",)) for Tân Đông Hiệp, the former ward that became phường Tân Đông Hiệp and part of
    phường Dĩ An. The name alone (`ward="Tân Đông Hiệp"`) finds the visits to both, as a former ward's clause finds
    what it became; the value with its province finds the ward's own, which is what the ward facet counts: the picker
    offers the two apart (`tui.namesakes`, tryout11). None for a name `namesakes` splits already, or one whose former
    ward became its namesake alone (Lái Thiêu)."""
    if namesakes(label):
        return None
    places = gazetteer()
    key = fold(label)
    today = {(unit.name, code): unit.code for unit, code in places.find_wards(label)
             if fold(split_level(unit.name)[1]) == key}
    if len(today) != 1:
        return None
    (name, province), ward = next(iter(today.items()))
    others = [other for former in places.former_wards(label) if fold(former.base) == key
              and any(code == ward for _, code, _ in former.became)
              for other, code, _ in former.became if code != ward]
    return (value_of(name, province), tuple(dict.fromkeys(others))) if others else None
