"""Academic degrees between "do" and the head's name: "Đoàn công tác ... do Phó Giáo sư, Tiến sĩ X, <titles> làm Trưởng
đoàn".

`leaders.py` reads "do X ... làm Trưởng đoàn" only when a few words at most stand between "do" and the name; degrees
written in full ("Phó Giáo sư, Tiến sĩ", "Giáo sư, Tiến sĩ khoa học") take more. They stand where an honorific would, so
they are dropped before the check, as the rank of an officer is.
"""

from __future__ import annotations

import re

from .leader_titles import DEGREE_WORD

_DEGREES_TAIL = re.compile(r"(?<=\s)" + DEGREE_WORD + r"(?:\s*[,.]?\s*" + DEGREE_WORD + r")*\s*,?\s*$")


def without_degrees(before: str) -> str:
    """The text before a name less the degrees it ends with ("do Phó Giáo sư, Tiến sĩ " -> "do ")."""
    degrees = _DEGREES_TAIL.search(before)
    return before[:degrees.start()] if degrees else before
