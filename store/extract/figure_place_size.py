"""A place's size in households and people: "thôn Hữu Tân có 232 hộ dân với gần 780 nhân khẩu".

A report on a village or commune hit by a flood, or on one the team calls on, often says first how big it is: so many
households "with" so many people. That is the place's make-up, as a population written with "dân số" is
(`figure_context`), and no result of the work: the house convention keeps a place's population and area out of the
figures. What tells it apart from a count the work reached ("đã di dời 58 hộ, 231 nhân khẩu", "312 hộ nghèo với 1.096
khẩu", `figure_members`): the village itself is the subject that "has" them ("thôn ... có", "ấp ... gồm"), and the
households are households as such, not some of them (no "nghèo", "bị ngập", ... between the count and its people).
"""

from __future__ import annotations

import re

__all__ = ["place_size"]

_PLACE_HAS = (r"\b(?:thôn|ấp|bản|làng|xóm|buôn|tổ dân phố|khu phố|khối phố|khu dân cư)"
              r"(?:\s+(?-i:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*|\d+)){0,4}\s+(?:hiện\s+|hiện nay\s+)?(?:có|gồm)\s+"
              r"(?:(?:hơn|trên|gần|khoảng)\s+)?")
"""The village as the subject that has the households: "thôn Hữu Tân có", "Tổ dân phố 3 hiện có khoảng". A commune's
or ward's households and people are often what its work is about ("phường có 4.252 hộ với 20.294 khẩu, trong đó 1.216
hộ ... không sinh sống tại địa phương": registration), so only a village's count is taken for its size."""
_HOUSEHOLDS = re.compile(_PLACE_HAS + r"$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s*(?:với|,|và|gồm)\s+(?:(?:hơn|trên|gần|khoảng)\s+)?\d{1,3}(?:\.\d{3})*\s+"
                           r"(?:nhân khẩu|khẩu|người)(?![\wÀ-ỹ])", re.IGNORECASE)
"""Right after the households: the people they hold ("với gần 780 nhân khẩu", ", 5.100 người")."""
_SPLIT_AFTER = re.compile(r"\s*,?\s*trong\s+đó\b", re.IGNORECASE)
"""After the people: "trong đó" splits them into parts, so the count is a whole a finding is about, no mere size."""
_PEOPLE = re.compile(_PLACE_HAS + r"\d{1,3}(?:\.\d{3})*\s+hộ(?:\s+dân|\s+gia đình)?\s*(?:với|,|và|gồm)\s+"
                     r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", re.IGNORECASE)
"""Before the people: the place that has them and its households ("thôn Hữu Tân có 232 hộ dân với gần ")."""


def place_size(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count at `text[start:end]` (its unit included) tells how many households or people a place has."""
    if unit == "hộ":
        people = _PEOPLE_AFTER.match(text, end)
        return bool(people and _HOUSEHOLDS.search(text, max(0, start - 80), start) and
                    not _SPLIT_AFTER.match(text, people.end()))
    if unit in ("khẩu", "nhân khẩu", "người"):
        return bool(_PEOPLE.search(text, max(0, start - 120), start) and not _SPLIT_AFTER.match(text, end))
    return False
