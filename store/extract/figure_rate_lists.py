"""Rates told in turn with a comma between them ("lần lượt là 95, 97% và 99%"): a list, never one decimal.

A list of rates after "lần lượt" is often typed with the percent sign on its last member only, or on the last of a
pair ("đạt lần lượt 88, 92%"). Read as a spaced decimal comma (`figure_spaced_decimals`), "95, 97%" became 95.97 and
95 was lost; read as written, a bare 95 has no unit. After "lần lượt (là|đạt|...)" each member of such a run is a
rate of its own, as "95%, 97% và 99%" is read. The repair keeps the text's length (", " becomes "%;", which the
number reader takes as it takes "33%;"), so every span read from the repaired text holds for the original.
A spaced decimal with no "lần lượt" before it ("đạt 97, 52%") is not touched here.
"""

from __future__ import annotations

import re

__all__ = ["in_turn_before", "marked_rate_lists"]

_IN_TURN = re.compile(r"(?<!\w)lần\s+lượt\s+(?:(?:là|đạt|chiếm|bằng|ở\s+mức|tăng|giảm)\s+)?"
                      r"(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?$", re.IGNORECASE)
""""lần lượt", its verb and a bound, just before the first rate."""
_RUN = re.compile(r"(?<![\w.,])lần\s+lượt\s+(?:(?:là|đạt|chiếm|bằng|ở\s+mức|tăng|giảm)\s+)?"
                  r"(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?"
                  r"(?P<run>\d{1,3}(?:, \d{1,3})+)(?=\s?%)", re.IGNORECASE)
"""The bare members of a run of rates after "lần lượt", the last glued to (or one space before) its percent sign."""


def in_turn_before(text: str, start: int) -> bool:
    """Whether "lần lượt" (with its verb) stands just before `start`: what follows is a list, no decimal."""
    return bool(_IN_TURN.search(text[max(0, start - 40):start]))


def _marked(match: re.Match[str]) -> str:
    run = match["run"]
    if any(int(part) > 100 for part in run.split(", ")):
        return match[0]  # "lần lượt là 120, 95%": no run of rates; left as written
    return match[0][:match.start("run") - match.start()] + run.replace(", ", "%;")


def marked_rate_lists(text: str) -> str:
    """`text` with each bare rate of a run told in turn marked as a rate, its length unchanged."""
    if "lần lượt" not in text.lower() or "%" not in text:
        return text
    return _RUN.sub(_marked, text)
