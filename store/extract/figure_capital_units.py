"""A team's kind written with a capital "Tổ" mid-sentence: "thành lập 12 Tổ công nghệ số cộng đồng".

Commune and district portals often capitalise the kind of a standing team as if it were its name ("9 Tổ công nghệ số
cộng đồng", "6 Tổ tự quản về an ninh trật tự", "8 Tổ tiết kiệm nuôi heo đất": s35 fresh74 v02), and the unit words
are matched as written, in lower case, so the count was lost. A capital "Tổ" right after a number and before a
lower-case word is read exactly as "tổ" would be, with every exception the unit word keeps ("Tổ trưởng" counts heads,
never teams). A capital word after it ("2 Tổ Liên ngành") is a proper name, left as before.
"""

from __future__ import annotations

import re

from .figure_units import UNIT_RE

__all__ = ["capital_team"]

_CAPITAL_TEAM = re.compile(r"\s*Tổ(?=\s+[a-zđà-ỹ])")
"""A capital "Tổ" with a lower-case word after it: the kind of a team, capitalised."""


def capital_team(text: str, end: int) -> re.Match[str] | None:
    """The unit "tổ" after the number ending at `end` when it is written "Tổ" (the match is on a copy of `text` of the
    same length, with that one letter in lower case, so its spans hold for `text`)."""
    capital = _CAPITAL_TEAM.match(text, end)
    if capital is None:
        return None
    at = capital.end() - len("Tổ")
    return UNIT_RE.match(text[:at] + "tổ" + text[capital.end():], end)
