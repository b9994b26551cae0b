"""A unit named only as the one the host chose for the visiting team: "huyện A – đơn vị được chọn để đoàn đến làm việc".

A cross-check or oversight team often sits with the province and hears one district or commune the province (its
Front, its council) picked for it. The pick is told by the unit's choosing, not by a visit verb before the name:
"đại diện Ủy ban MTTQ huyện A - đơn vị được Ủy ban MTTQ tỉnh chọn để Đoàn kiểm tra đến làm việc" (s29 fresh56 v03),
"Ủy ban MTTQ huyện A, địa bàn được tỉnh chọn để đoàn về kiểm tra", "đoàn đã chọn huyện A để giám sát", "địa bàn được
chọn để khảo sát là huyện A". Each names the unit the team works in, even when a body's name stands before it. The
choice must be for the team's work (a visit word after "chọn"): a unit "được chọn làm điểm" of a programme, a pilot
("chọn huyện A để thí điểm") or a choice still to come ("sẽ chọn") is no visit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["chosen_for_team"]

_WORK = r"(?:đoàn|giám\s+sát|khảo\s+sát|kiểm\s+tra|làm\s+việc)\b"
"""The team or its work: what the unit was chosen for."""
_CHOOSE = r"(?:lựa\s+)?chọn\s+(?:(?:để|cho|làm)\s+)?(?:[^.;:()]{0,25}?\s)?" + _WORK
"""Chosen for the team's work, a few words at most between: "chọn để Đoàn kiểm tra", "chọn cho đoàn giám sát"."""
_CHOSEN_AFTER = re.compile(r"^\s*(?:[-–,(]\s*)?(?:là\s+)?(?:đơn\s+vị|địa\s+bàn|địa\s+phương)\s+(?:đã\s+)?được\s+"
                           r"(?:[^.;:()]{0,60}?\s)?" + _CHOOSE, re.IGNORECASE)
"""After the name, set off by a dash or a comma: "– đơn vị được Ủy ban MTTQ tỉnh chọn để Đoàn kiểm tra đến"."""
_CHOSEN_BEFORE = re.compile(r"\b(?:địa\s+bàn|đơn\s+vị|địa\s+phương)\s+được\s+(?:lựa\s+)?chọn\s+(?:để\s+)?"
                            r"(?:[^.;:()]{0,25}?\s)?" + _WORK + r"[^.;:()]{0,30}?\s+là\s+(?:các\s+)?"
                            r"(?:huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)?\s*$", re.IGNORECASE)
"""Before the name: "địa bàn được chọn để khảo sát là huyện A"."""
_CHOSE_IT = re.compile(r"\b(?:đã\s+)?(?:lựa\s+)?chọn\s+(?:huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)?\s*$",
                       re.IGNORECASE)
"""The team choosing the unit: "Đoàn đã chọn huyện A ..." (what it is for follows the name)."""
_FOR_WORK = re.compile(r"^[^.;:()]{0,20}?\s(?:để|làm\s+nơi|làm\s+địa\s+bàn)\s+(?:đoàn\s+)?(?:giám\s+sát|khảo\s+sát|"
                       r"kiểm\s+tra|làm\s+việc)\b", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:sẽ|dự\s+kiến|dự\s+định|chưa)\b[^.;]{0,40}$", re.IGNORECASE)
"""A choice still to come: "Đoàn sẽ chọn huyện A để giám sát" (a plan, no visit)."""


def chosen_for_team(mention: Mention, text: str) -> bool:
    """Whether `mention`, in its sentence's `text`, is the unit chosen for the visiting team's work."""
    before = text[max(0, mention.start - 160):mention.start]
    after = text[mention.end:mention.end + 160]
    if _CHOSEN_AFTER.search(after) and not _TO_COME.search(after[:after.find("chọn")]):
        return True
    if _CHOSEN_BEFORE.search(before) and not _TO_COME.search(before):
        return True
    chose = _CHOSE_IT.search(before)
    return chose is not None and _FOR_WORK.match(" " + after) is not None and \
        not _TO_COME.search(before[:chose.start()])
