"""Shares (or counts) of one kind told in turn by their actions: "tỷ lệ hồ sơ nộp, giải quyết trực tuyến lần lượt
đạt 86% và 72%".

`figure_label_in_turn` gives every item of a list told in turn its subject; a subject that names one kind and then
two actions (or more) was read as one subject cut at its first comma, so both shares were "Tỷ lệ hồ sơ nộp" (and
"tỷ lệ hồ sơ tiếp nhận trực tuyến, giải quyết trực tuyến" gave the first's action to the second): the second share
lost its action (session 36). When the subject after its head splits, at commas and "và", into as many parts as the
list has items, the first part holding an action of the closed list below after the kind and each later part opening
on one, each item is the kind with its own action: "Tỷ lệ hồ sơ nộp trực tuyến", "Tỷ lệ hồ sơ giải quyết trực
tuyến". A manner said once after the last action ("trực tuyến", "đúng hạn") is shared by the bare ones before it. A
list with more items than actions ("tiếp nhận và giải quyết đúng hạn lần lượt là 95%, 97% và 98%") stays one
subject: which is which the text does not say.
"""

from __future__ import annotations

import re

__all__ = ["actions_in_turn"]

_ACTION = (r"(?:nộp|tiếp nhận|giải quyết|trả kết quả|xử lý|thanh toán|số hóa|số hoá|kích hoạt|cập nhật|xác thực|"
           r"cấp)(?![\wÀ-ỹ])")
_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")


def actions_in_turn(subject: str, items: int) -> list[str] | None:
    """The subject of each of `items` items when `subject` ("tỷ lệ hồ sơ nộp, giải quyết trực tuyến", from its
    head, its time and place cut off) names one kind and one action per item; None otherwise."""
    parts = _SPLIT.split(subject.strip())
    if items < 2 or len(parts) != items:
        return None
    first = re.search(r"(?<![\wÀ-ỹ])" + _ACTION, parts[0], re.IGNORECASE)
    if first is None or len(parts[0][:first.start()].split()) < 3:
        return None  # the head and a kind ("tỷ lệ hồ sơ") before the first action
    owns = [parts[0][first.start():]] + parts[1:]
    verbs = [verb.end() for own in owns if (verb := re.match(_ACTION, own, re.IGNORECASE))]
    if len(verbs) != len(owns):
        return None
    tails = [own[end:].strip() for own, end in zip(owns, verbs, strict=True)]
    if tails[-1] and not any(tails[:-1]):  # "nộp, giải quyết trực tuyến": the manner is said once, for both
        owns = [f"{own} {tails[-1]}" for own in owns[:-1]] + owns[-1:]
    stem = parts[0][:first.start()]
    return [stem + own for own in owns]
