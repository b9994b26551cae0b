"""A Kinh name whose given name is the one letter "Y" ("Nguyễn Thị Nữ Y", "Trần Thị Y").

`person_names.name_at` drops a one-letter word at a name's end, since "Y", "H" and "A" mostly open a Central Highlands
name or stand inside a Hmong one. After a Kinh surname and at least two more words, a last "Y" is the given name itself;
only "Y tế" (health: "Sở Y tế", "Trung tâm Y tế") after a name is a word of its own.
"""

from __future__ import annotations

import re

_HIGHLANDS_OPENINGS = {"y", "h", "h'", "a", "k", "ksor", "rơ", "nay", "siu", "kpă"}
_HEALTH_WORD = re.compile(r"\s+(?:tế|khoa|học|dược)\b")


def given_letter_y(words: list[str], following: str, surnames: set[str]) -> bool:
    """`words` end with a "Y" that is the given name of a Kinh name (its surname in `surnames`, not a Highlands
    particle); `following`: the text after the "Y"."""
    first = words[0].lower() if words else ""
    return len(words) >= 3 and words[-1] == "Y" and first in surnames and first not in _HIGHLANDS_OPENINGS and \
        not _HEALTH_WORD.match(following)
