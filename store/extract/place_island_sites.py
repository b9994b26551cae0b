"""An island district named only as where the checked work lies: "kiểm tra tuyến đường trên đảo Lý Sơn".

`place_islands` reads "đảo Lý Sơn" as the district, but when the team's going is not told ("Qua kiểm tra hiện
trường, Chủ tịch UBND tỉnh ... chỉ đạo hoàn thành công trình đường cơ động phía Đông Nam đảo Lý Sơn") the mention is
no visit by any cue and the record fell back to the province of the leader's title (real: Quảng Ngãi's chairman on
the island road, 2022; session 31 fresh66 v05). When nothing lower than a province was chosen, an island district of
that province named in a sentence of the check (a check or site word in it) is where the check was: the work lies
there. Left alone: an island in a sentence with no check ("tàu ra đảo Lý Sơn chạy hai chuyến mỗi ngày"), an island
of another province, and any page where a lower unit was chosen already.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["island_of_the_work"]

_CHECK = re.compile(r"\b(?:kiểm tra|khảo sát|giám sát|thị sát|hiện trường|làm việc)\b", re.IGNORECASE)
_ISLAND_WORD = re.compile(r"(?i:đảo)\s")


def island_of_the_work(chosen: list[Mention], ordered: list[Mention]) -> Mention | None:
    """The island district (named "đảo X") of the chosen province, in a sentence of the check; else None."""
    provinces = {m.resolution.province.code for m in chosen if m.resolution is not None}
    for mention in ordered:
        found = mention.resolution
        if mention.in_title or mention.sentence is None or found is None or found.ward is not None:
            continue
        if mention.level != "huyện" or not _ISLAND_WORD.match(mention.written):
            continue  # only the island read as its district ("đảo Lý Sơn"), not "huyện Lý Sơn" the cues saw
        if found.province.code in provinces and _CHECK.search(mention.sentence.text):
            return mention
    return None
