"""Unit words that count one thing only in some company: "bản" (copies or villages), "em" (pupils), a bare "ca"
(cases or shifts), "phiếu" (the place's forms or the team's own survey), "ý kiến" (the place's people's or the
team's own remarks, `figure_team_remarks`).

Each is a figure's unit in one reading and another noun in the other, and the words around the count tell which:
a copy made or named ("chứng thực 1.250 bản") against a village ("xã có 15 bản", `figure_copies`); pupils counted
before "em" in the sentence ("1.245 học sinh, trong đó 930 em ..."); an illness after or before a bare "ca" ("36 ca
sốt xuất huyết") against a shift ("trực 3 ca", `figure_cases`). The same check serves numbers in digits and in words.
"""

from __future__ import annotations

from collections.abc import Sequence

from .figure_cases import cases_counted
from .figure_copies import copies_counted
from .figure_forms import teams_own_forms
from .figure_team_remarks import teams_own_remarks
from .figure_units import UNIT_OF

__all__ = ["form_refused"]


def form_refused(text: str, start: int, form: str, form_end: int, before: Sequence[tuple]) -> bool:
    """Whether the unit word `form` (ending at `form_end`) after the number at `start` is no unit of that number;
    `before` holds the (value, whole, unit, ...) read earlier in the sentence."""
    word = form.lower()
    if UNIT_OF.get(word) == "bản":
        return not copies_counted(text, start, form, form_end)
    if word == "em":
        return not any(item[2] == "học sinh" for item in before)
    if word == "ca":
        return not cases_counted(text, start, form_end)
    if word == "phiếu":
        return teams_own_forms(text, start)  # "Đoàn đã phát 200 phiếu khảo sát": the team's own survey
    if UNIT_OF.get(word) == "kiến nghị":
        return teams_own_remarks(text, start, form_end)  # "Đoàn ... có 05 ý kiến trao đổi": the team's own remarks
    return False
