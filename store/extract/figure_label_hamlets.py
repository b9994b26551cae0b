"""The label of a count told for one hamlet or residential group: "Hồ sơ của thôn Nà Tèn", not "Hồ sơ".

A commune's count is often split by its hamlets, in a bracket far after a long state ("còn 48 hồ sơ tồn đọng ... (khu
phố 2 có 14 hồ sơ, khu phố 5 có 9 hồ sơ)") or in a list after "trong đó" ("thôn Sì Lở Lầu 18 hộ, thôn Phố Vả 28 hộ").
Each such count read the bare unit: the holdings rule (`figure_label_holdings`) refuses a holder with a number or
without "có", so a reader could tell neither whose the count is nor one hamlet's from another's. The convention
(session 40, docs/extraction-log.md) follows the holdings': "<unit> của <hamlet>", the hamlet as written ("khu phố 2",
"thôn Nà Tèn", "tổ dân phố 3").

It runs last with the holdings rule (`figures.find_figures`), on labels still equal to their unit, so a count said
more of keeps its words ("bản Mường Mươn có 53 hộ nghèo": "Hộ nghèo") and no value or whole moves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_label_holdings import bare_counts
from .figure_label_words import _BOUNDS

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["hamlet_labels"]

_HAMLET = re.compile(r"(?:^|[(,;:]\s*|\b(?i:trong đó|gồm|riêng)\s*,?\s*)"
                     r"(?P<kind>(?i:tổ dân phố|khu phố|khu dân cư|thôn|ấp|bản|khối|xóm|buôn|làng|tổ))\s+"
                     r"(?P<name>\d+[A-Za-z]?|[^\W\d][^\s,;:()]*(?:\s+[^\W\d][^\s,;:()]*){0,3})"
                     r"\s*(?::|\s(?i:có|là))?\s*(?:(?:" + _BOUNDS + r")\s+)?$")
"""A hamlet named right before the count, opening its clause or list item: "(khu phố 2 có |", "trong đó thôn Nà
Tèn |", ", thôn 7 là |"."""


def hamlet_labels(drafts: list[FigureDraft]) -> None:
    """Label, in place, each bare count told for one hamlet named right before it (module docstring)."""
    for draft, core, bound in bare_counts(drafts):
        hamlet = _hamlet(draft.sentence.text, draft.start)
        if hamlet:
            draft.figure["label"] = f"{core} của {hamlet}{bound}"


def _hamlet(text: str, start: int) -> str:
    """The hamlet named right before the count at `start`, as written, or ""."""
    found = _HAMLET.search(text, max(0, start - 60), start)
    if found is None:
        return ""
    name = found["name"].split()
    if not name[0][0].isdigit() and any(not word[:1].isupper() for word in name):
        return ""  # "tổ công tác 5 hộ", "thôn có": no hamlet's name
    return f"{found['kind'].lower()} {' '.join(name)}"
