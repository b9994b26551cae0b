"""A numbered ward visited ("tại phường 7", "P.9") in a province where no unit bears that number today dates a
yearless visit before 1/7/2025.

Before the reform of 1 July 2025 the cities of the south and the centre had numbered wards ("phường 1" to
"phường 17"); every one was merged into a ward with a name. A handful of today's units still carry a number
(`vietnam_provinces`' list of 2025): "Phường 1 Bảo Lộc" to "Phường 3 Bảo Lộc" (Lâm Đồng) are the only ones
that begin with it ("Xã Sơn Kim 1", "Phường Móng Cái 2" end with it, so are written with their name). So "phường
2" named in Lâm Đồng may be a ward of today; "phường 8" there, or any "phường 7" of Hồ Chí Minh or Cà Mau, was a
unit that ceased on 1 July 2025. The bound is set only where the province is known (the mention was placed in
one: the article or its outlet names it): without it, no number is certain to have ceased everywhere it could be.
A numbered district ("quận 10") is a district, which `places.era_bounds` bounds already. Named as what a ward was
made of ("trên cơ sở sáp nhập phường 1, phường 2"), or as former ("phường 7 (cũ)"), it sets no bound.

The province must be the text's, not a guess (`known_province`): one the text names or implies ("Đoàn ĐBQH tỉnh Cà Mau",
"HĐND TP Tuy Hòa": a district-level city lies in one province, `places.context`), or that of another unit it names
with its level word which one province alone has, today or before 2025 ("phường Tân Xuyên"). The outlet's province
alone (a weak clue: a paper reports on its neighbours) or the first of the provinces that have such a number is no
province known: no bound, and the locality's note says the province is unsure (`places._same_names`).
"""

from __future__ import annotations

import re
from functools import cache

from ..gazetteer import gazetteer, split_level
from ..reasons import reason
from ..resources import load_json
from .place_cues import named_as_former
from .place_mentions import Mention
from .place_outlets import strong
from .place_resolution import _hint_codes, written_level
from .places import Places
from .year_bounds import TWO_TIER_START, Bound
from .year_ceased_units import as_former

__all__ = ["numbered_today", "numbered_units"]

_WARD_LEVELS = ("phường", "xã")


@cache
def _today() -> frozenset[tuple[int, str]]:
    """(province code, number) of each unit of today whose name begins with a number ("Phường 1 Bảo Lộc")."""
    found: set[tuple[int, str]] = set()
    for _, _, codes in load_json("former_wards.json")["wards"]:
        for code in codes:
            if (ward := gazetteer().ward(code)) is not None and \
                    (m := re.match(r"(\d+)\b", split_level(ward[0].name)[1])):
                found.add((ward[1], str(int(m[1]))))
    return frozenset(found)


def numbered_today(province_code: int, number: str) -> bool:
    """Whether a unit of province `province_code` today has a name beginning with `number`."""
    return (province_code, str(int(number))) in _today()


def _ceased(mention: Mention) -> bool:
    found = mention.resolution
    if found is None or mention.level not in _WARD_LEVELS or not mention.base.isdigit() or mention.sentence is None:
        return False
    if numbered_today(found.province.code, mention.base) or named_as_former(mention):
        return False
    return not as_former(mention.sentence.text, mention.start, mention.end)


def known_province(places: Places, mention: Mention, code: int) -> bool:
    """Whether province `code`, in which `mention` was placed, is one the text names or implies, not a guess."""
    if code in _hint_codes(strong(places.context or places.hints)):
        return True
    for other in places.mentions:  # "phường 7 và phường An Xuyên": a name one province alone has
        if other is mention or other.bare or other.level not in _WARD_LEVELS or other.base.isdigit() or \
                other.resolution is None or other.resolution.province.code != code:
            continue
        level = written_level(other) or other.level
        olds = {each for old in gazetteer().former_wards(other.base, level) for each in old.province_codes}
        if {found for _, found in gazetteer().find_wards(other.base)} | olds == {code}:
            return True  # of today or of before 2025 ("phường Tân Xuyên", Cà Mau's), one province's alone
    return False


def numbered_units(places: Places) -> list[Bound]:
    """An upper bound at 1/7/2025 for the first numbered ward visited that no unit of its province bears today."""
    for mention in places.visited:
        found, sentence = mention.resolution, mention.sentence
        if found is not None and sentence is not None and _ceased(mention) and \
                known_province(places, mention, found.province.code):
            name = sentence.text[mention.start:mention.end]
            return [Bound(TWO_TIER_START, False, reason("year.numbered_unit", name=name, province=found.province.name),
                          sentence.text)]
    return []
