"""Units the visit is about though no "tại" or "làm việc với" stands before them: what is checked is theirs.

Four phrasings name the visited units as the object of the check, each read on real pages where the units were
otherwise lost:
- the units as the direct object of the oversight verb, often as a list: "đã giám sát các phường: A, B, C"
  (`place_choice._is_visit` has already cut the list opening "các phường:" off the words before the first name);
- the offices whose seats are checked, listed after "của": "kiểm tra đột xuất trụ sở làm việc của Sở X, UBND quận A,
  UBND huyện B và UBND xã C" (the department is no unit; the three councils' units are visited);
- the staff of offices checked, the offices listed after "của": "kiểm tra ... giờ làm việc của cán bộ, công chức của
  UBND xã A và UBND thị trấn B";
- voters' complaints checked where they arose: "khảo sát trực tiếp tại cơ sở ... kiến nghị ... của cử tri xã A".
"""

from __future__ import annotations

import re

_OFFICE = r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
_VERB = r"(?:tái\s+)?(?:giám sát|khảo sát|kiểm tra)"

_DIRECT = re.compile(r"(?<![Đđ]oàn )(?<![Tt]ổ )(?<![Bb]an )\b" + _VERB +
                     r"\s+(?:đột xuất\s+" + _OFFICE + r"\s+"
                     r"|(?:thực tế\s+|trực tiếp\s+|đột xuất\s+)?(?:(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+)?)$",
                     re.IGNORECASE)
"""The verb right before the unit: "giám sát phường A", "kiểm tra trực tiếp các xã A và B", "khảo sát thực tế các
xã: A, B"; an unannounced check of the unit's office, "kiểm tra đột xuất UBND xã A" (session 31). Not a team's or a
board's name ("Đoàn kiểm tra huyện X", "Tổ giám sát xã Y": the unit's own team)."""

_SEAT_OF = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát|làm việc tại|đến)\b[^.;]{0,40}?"
                      r"\b(?:trụ sở|bộ phận (?:một cửa|tiếp nhận và trả kết quả)|nơi làm việc)\b[^.;:]{0,30}?"
                      r"\bcủa\s+(?:[^.;:()]{2,100}?(?:,|\svà)\s*)?" + _OFFICE + r"\s+$", re.IGNORECASE)
"""A seat or one-stop desk checked, whose offices are listed after "của": every unit's council in the list."""

_STAFF_OF = re.compile(r"\b(?:kiểm tra|giám sát|khảo sát)\b[^.;]{0,120}?\b(?:cán bộ|công chức|viên chức|CBCC)\b"
                       r"[^.;:]{0,120}?\bcủa\s+(?:[^.;:()]{2,100}?(?:,|\svà)\s*)?" + _OFFICE + r"\s+$", re.IGNORECASE)
"""The staff checked, whose offices are listed after "của": "kiểm tra đột xuất việc chấp hành giờ làm việc của cán bộ,
công chức ... của UBND xã A và UBND thị trấn B" (the team went to both offices)."""

_STAFF = r"(?:cán bộ|công chức|viên chức|người lao động|CBCC)"
_PREPARED_FOR = re.compile(
    r"\b(?:kiểm tra|giám sát|khảo sát)\b[^.;]{0,80}?\b(?:trụ sở|nơi làm việc|chỗ làm việc|phòng làm việc)\b"
    r"(?:\s+làm việc)?(?:\s+(?:mới|tạm))?\s+(?:của|cho)\s+(?:(?:đội ngũ\s+)?" + _STAFF + r"(?:\s*(?:,|và)\s*" + _STAFF +
    r")*(?:[^.;:()]{0,40}?\s+(?:của|thuộc))?\s+)?(?:các\s+|hai\s+|ba\s+)?$", re.IGNORECASE)
"""A workplace checked (or its preparation) for a unit's staff, the unit with no office before it: "kiểm tra việc chuẩn
bị sắp xếp nơi làm việc cho cán bộ, công chức của xã A", "kiểm tra trụ sở làm việc của phường B" (session 25)."""

_VOTERS_OF = re.compile(r"\bcủa\s+cử tri\s+(?:(?:các|hai|ba|bốn|năm)\s+)?$", re.IGNORECASE)
_ON_SITE = re.compile(r"\b" + _VERB + r"\b[^.]{0,40}?\b(?:thực tế|trực tiếp|tại cơ sở|tại chỗ|tại hiện trường)",
                      re.IGNORECASE)
"""Complaints checked where they arose: the voters' unit is where the team went."""


def checked_object(before: str, sentence_before: str) -> bool:
    """The unit after `before` is what the visit checks: overseen directly, an office's seat, voters' complaints seen
    on site (`sentence_before`: the whole sentence up to the unit)."""
    if _DIRECT.search(before) or _SEAT_OF.search(before) or _STAFF_OF.search(before) or _PREPARED_FOR.search(before):
        return True
    return bool(_VOTERS_OF.search(before) and _ON_SITE.search(sentence_before))
