"""An island district named by its island word alone: "ra đảo Lý Sơn", "tại đảo Cô Tô" (no "huyện").

Reports on the island districts often drop the level word and write the island ("kiểm tra công trình trên đảo Lý
Sơn"); `place_mentions` takes "huyện đảo X" as district X, but a bare "đảo X" named no unit, so a visit there was
placed nowhere (real: Quảng Ngãi's chairman on the Lý Sơn island road, 2022; session 31, fresh66). The island is
read as the district when some district before 2025 bore its name at the "huyện" level, as the island districts
did; an island that is no district ("đảo Cát Bà", "đảo Hòn Tre"), an archipelago ("quần đảo Trường Sa") and a
peninsula ("bán đảo Sơn Trà") are left alone. Going "ra đảo" (out to the island) is the team's trip there, as
"đến" is: "đã ra đảo Lý Sơn để kiểm tra", "đoàn ra thăm và làm việc tại huyện đảo Cô Tô"; a boat line "ra đảo" in a
voter's request is no trip of the team's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import gazetteer
from .place_mentions import Mention, _name_after

if TYPE_CHECKING:
    from .text import Sentence

_ISLAND = re.compile(r"(?<![\w])(?<![Qq]uần )(?<![Bb]án )(?<![Hh]uyện )(?<![Xx]ã )(?:đảo|^Đảo)\s+(?=[A-ZĐÀ-Ỹ])")
"""The island word before a capitalised name; after "huyện" / "xã" it is already a level (`place_mentions.LEVEL`)."""


_GONE_OUT = re.compile(r"(?:\bđã|\bvừa|\bđi|\bđoàn(?:\s+công\s+tác)?)\s+ra\s+"
                       r"(?:thăm(?:\s+và\s+làm\s+việc)?\s+(?:tại\s+)?)?$", re.IGNORECASE)
"""The team gone out to the island just before its name: "đã ra", "đoàn công tác ra thăm và làm việc tại"."""
_VISIT_WORD = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát|làm việc|thăm)\b", re.IGNORECASE)


def gone_out_to(mention: Mention, text: str) -> bool:
    """Whether the team went out to the island district `mention` names ("đã ra đảo Lý Sơn kiểm tra")."""
    if not re.match(r"(?i:huyện\s+)?đảo\s", mention.written):
        return False
    return bool(_GONE_OUT.search(text[max(0, mention.start - 80):mention.start]) and _VISIT_WORD.search(text))


def island_districts(text: str, sentence: Sentence | None, in_title: bool, taken: list[Mention]) -> list[Mention]:
    """The districts of `text` named as islands: "đảo Lý Sơn" as huyện Lý Sơn, where no mention already lies."""
    out: list[Mention] = []
    for m in _ISLAND.finditer(text):
        if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in taken):
            continue
        name, end = _name_after(text, m.end())
        # the district's own name in full, of the "huyện" level (an island town or city is no island district)
        if not name or "huyện" not in gazetteer().district_levels(name):
            continue
        out.append(Mention(text[m.start():end], "huyện", name, m.start(), end, sentence, in_title))
    return out


__all__ = ["gone_out_to", "island_districts"]
