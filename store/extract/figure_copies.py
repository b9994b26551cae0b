"""Counts of "bản": copies made or certified are figures, villages of the hamlet sense never (issue 12, session 21).

"Bản" counts two things in visit reports. In a commune's justice desk it counts copies: "chứng thực 1.250 bản sao",
"cấp 320 bản trích lục hộ tịch", "sao y 86 bản" — the desk's results, figures in the unit "bản". In the uplands it
is the village ("xã có 15 bản", "đến thăm 3 bản vùng cao", "bản Co Mạ"): the places a commune is made of or a team
went to, never a result (as "14 thôn" is not, `figure_reach`). The words say which: a copy is named ("bản sao",
"bản chính", "trích lục", "sổ gốc") or the act that makes one ("chứng thực", "sao y", "sao lục", "cấp bản") in the
count's clause before it or right after the word; with none of them, or with village words beside ("vùng cao",
"đặc biệt khó khăn", "thôn, bản"), the count is of villages and no figure. `figure_numbers` asks this of every count
read in "bản".
"""

from __future__ import annotations

import re

__all__ = ["copies_counted"]

_COPY_BEFORE = re.compile(r"\b(?:chứng\s+thực|sao\s+y|sao\s+lục|trích\s+lục|bản\s+sao|bản\s+chính|sổ\s+gốc|"
                          r"sao\s+chụp|photo)\b[^.;!?]{0,100}$", re.IGNORECASE)
"""The act or the thing copied named before the count, in its clause: "đã chứng thực 1.250 bản", "cấp bản sao từ
sổ gốc: 410 bản"."""
_COPY_AFTER = re.compile(r"\s*(?:sao|chính|trích\s+lục|chứng\s+thực|photo)\b", re.IGNORECASE)
"""The copy named right after "bản": "320 bản sao", "86 bản trích lục", "40 bản chứng thực"."""
_VILLAGE = re.compile(r"\s*(?:,\s*(?:thôn|làng|buôn|xóm)\b|(?:vùng\s+cao|đặc\s+biệt\s+khó\s+khăn|"
                      r"thuộc\s+(?:xã|vùng)|người\s+[A-ZĐÀ-Ỹ]|dân\s+tộc)\b)")
"""Words beside the count that make "bản" the village: "15 bản, làng", "3 bản vùng cao", "6 bản đặc biệt khó khăn"."""
_VILLAGE_BEFORE = re.compile(r"\b(?:thôn|làng|buôn|xóm)\s*,\s*$", re.IGNORECASE)
"""The villages named with their kin before: "42 thôn, bản"."""


def copies_counted(text: str, start: int, form: str, unit_end: int) -> bool:
    """Whether the count at `start` read in "bản" (the unit's words `form`, ending at `unit_end`) counts copies,
    not villages."""
    if _VILLAGE.match(text, unit_end) or _VILLAGE_BEFORE.search(text, max(0, start - 20), start):
        return False
    if form.lower() == "bản sao":
        return True
    return bool(_COPY_AFTER.match(text, unit_end) or _COPY_BEFORE.search(text, max(0, start - 140), start))
