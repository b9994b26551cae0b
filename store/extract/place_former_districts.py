"""A former district named without its level word where the visit went: "làm việc tại Vĩnh Cửu", "khảo sát ở
Thanh Chương".

`place_mentions` keeps a name without a level word only when it is one of today's wards (`bare_ward`) or a
province, so a district that ceased on 1 July 2025, named bare, was no locality. Most communes of 2025 took their
district's name ("tại Bố Trạch" may be xã Bố Trạch), so a bare name is read as the district only when
`year_ceased_names.bare_district` says nothing standing today bears it and it names no province, and only when
one district of before 2025 had it. It becomes the mention the text would give for "huyện X" (its own level word:
"huyện", "thị xã", "quận"), resolved as such with its province. Not where the name is a person's home ("quê ở
Thanh Chương", "một giáo viên ở Thanh Chương", "người ở Vĩnh Cửu": `place_homes`), or named as what it was
("trước đây", "nay là", "(cũ)", a sentence telling a merger).

A name two districts of before 2025 bore ("Bảo Lâm" of Cao Bằng and of Lâm Đồng) is chosen by the provinces the text
names or implies (`codes`: its bodies, its units with a level word that one province alone has): the district of the
one province among them, when no unit of that province today bears the name or holds it in its name ("tại Bảo
Lâm" with "HĐND tỉnh Lâm Đồng" is huyện Bảo Lâm; with "HĐND tỉnh Cao Bằng" it may be xã Bảo Lâm, which stands).
Otherwise no district is guessed, and no bound is set from the name (`year_ceased_names.bare_district` keeps only
names one district bore).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from ..folding import fold
from ..resources import load_json
from .place_homes import home_before
from .place_mentions import Mention
from .place_went_to_cues import went_to_names
from .year_ceased_names import bare_district, shared_district
from .year_ceased_units import as_former

if TYPE_CHECKING:
    from .text import Sentence

__all__ = ["former_district_mentions"]

_NAME = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ'’]*(?:(?:\s+|\s*[-–]\s*)[A-ZĐÀ-Ỹ][\wÀ-ỹ'’]*)*"
_VISITED = re.compile(r"\b(?:[Tt]ại|[Ởở]|[Đđ]ến|[Xx]uống|[Tt]hăm|[Tt]rên\s+địa\s+bàn|[Ll]àm\s+việc\s+với)\s+(" + _NAME
                      + ")")
"""Where a visit went, a name written without a level word after it ("tại Vĩnh Cửu", "làm việc với Thanh Chương")."""
_NAMED = re.compile("(" + _NAME + ")")


@cache
def _levels() -> dict[str, list[str]]:
    """Each former district's name with the level words it had (more than one: namesakes in two provinces)."""
    out: dict[str, list[str]] = {}
    for district in load_json("former_units.json")["districts"]:
        out.setdefault(_key(district["name"]), []).append(district["level"])
    return out


def _key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").split())


def former_district_mentions(text: str, sentence: Sentence | None, in_title: bool,
                             taken: list[Mention], codes: frozenset[int] = frozenset()) -> list[Mention]:
    """The former districts `text` names bare where the visit went, as mentions of that district; a name two
    districts bore, only when `codes` (the provinces of today the text names or implies) choose one."""
    out: list[Mention] = []
    went = [_NAMED.match(text, p) for p in sorted(went_to_names(text, ("về",)))]  # "về A làm việc" (place_went_to_cues)
    for m in [*_VISITED.finditer(text), *(m for m in went if m)]:
        start = m.start(1)
        if any(t.start <= start < t.end and not t.bare for t in taken):
            continue
        name = bare_district(m[1])
        levels = _levels().get(_key(name or ""), [])
        if name is None or len(levels) != 1:
            shared = shared_district(m[1], codes)  # "tại Bảo Lâm" with "HĐND tỉnh Lâm Đồng"
            if shared is None:
                continue  # unknown as written, or two districts of that name and nothing to choose
            name, levels = shared[1], [shared[0]]
        end = start + len(name)
        if text[end:end + 1].isalnum() or home_before(text, start) or \
                as_former(text, start, end) or re.match(r"\s*\(\s*(?:cũ|trước)", text[end:]):
            continue
        out.append(Mention(f"{levels[0]} {name}", levels[0], name, start, end, sentence, in_title))
    return out
