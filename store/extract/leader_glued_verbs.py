"""A space lost before "làm Trưởng đoàn" ("HĐND huyệnlàm Trưởng đoàn"), put back so that the team's head is read.

The leader rules read a team's head from "X - <office> làm trưởng đoàn". With the space lost between the office's last
word and "làm" the office ends in "huyệnlàm", the phrase is never found, and the team had no head. No Vietnamese word
ends in "làm" (each syllable is written apart), so a lower-case letter right before "làm" that the head's words follow
is a lost space: put back before anything reads the text. "làm" glued before other words ("tỉnhlàm việc") is left as
written: only the head's phrase matters to the rules, and a guess elsewhere could cut a name.
"""

from __future__ import annotations

import re

_GLUED_HEAD = re.compile(r"(?<=[a-zà-ỹđ\u0300-\u036f])(?=làm\s+(?:[Pp]hó\s+)?[Tt]rưởng\s+[Đđ]oàn\b)")
"""The place of the lost space: after a lower-case letter (or a combining mark), before "làm (phó) trưởng đoàn"."""


def unglued_heads(text: str) -> str:
    """The text with the space put back before a glued "làm trưởng đoàn"."""
    return _GLUED_HEAD.sub(" ", text)
