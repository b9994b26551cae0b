"""The people of households counted right after them: "312 hộ nghèo với 1.096 khẩu", "1.216 hộ, 5.512 nhân khẩu".

"nhân khẩu" alone is left out of the units (`figure_lexicon`): most often it is a place's population, context and no
result. But a count of households a report gives (the poor, those supported, those settled elsewhere) is often told
with its members in the same breath, and that count of people is as much a figure as the households are. So "khẩu"
counts only right behind a count of households; a population ("dân số 5.000 hộ, 20.000 khẩu") stays context
(`figure_context`), and a norm by household size ("hộ có từ 1-3 nhân khẩu: 700.000 đồng") is no count.
"""

from __future__ import annotations

import re

__all__ = ["household_members"]

_MEMBERS = re.compile(r"\s*(nhân khẩu|khẩu)(?![\wÀ-ỹ])", re.IGNORECASE)
_HOUSEHOLDS_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*\s+hộ(?:\s+[\wÀ-ỹ]+){0,3}?"
                                r"\s*(?:với|,|gồm|có|và|/|\()\s*(?:(?:hơn|trên|gần|khoảng)\s+)?$", re.IGNORECASE)
"""A count of households just before, joined by "với", a comma, "gồm", "/" or a bracket."""


def household_members(text: str, start: int, end: int) -> tuple[str, int] | None:
    """("khẩu", where the word ends) when the bare number at [start, end) counts the members of the households
    counted just before it; else None."""
    members = _MEMBERS.match(text, end)
    if members is None or not _HOUSEHOLDS_BEFORE.search(text, max(0, start - 60), start):
        return None
    return "khẩu", members.end()
