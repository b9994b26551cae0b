"""A place gone to and checked at once: "đã đến huyện Lý Sơn kiểm tra việc ...", "về xã A khảo sát tình hình ...".

A visitor's sentence often names the place after the verb of going and the check straight after it, with no "để"
between; when no visit word stands before the place ("Phó Chủ tịch UBND tỉnh ... cùng các sở, ngành đã đến huyện X
kiểm tra"), nothing marked the place as visited and the record fell back to the visitor's own province (session 31,
places10: left open). The place is the visit's when the going verb ("đến", "tới", "về", "xuống") stands just before
it and a check or work verb just after (its province in a bracket or after a comma may come between). Left alone: a
trip still to come ("sẽ đến xã X kiểm tra", "dự kiến"), a road's end ("từ xã A đến xã B kiểm tra" is the road, not
the stop: `place_route_ends`), a person from a place ("đến từ xã X"), and a trip asked of others ("đề nghị các sở
đến xã X kiểm tra").
"""

from __future__ import annotations

import re

from .place_mentions import Mention

_GONE_TO = re.compile(r"(?<!\w)(?:đến|tới|về|xuống)\s+$", re.IGNORECASE)
_CHECK_NEXT = re.compile(r"^(?:\s*\((?:tỉnh|thành phố|TP\.?)\s[^()]{1,40}\)|\s*,\s*(?:tỉnh|thành phố|TP\.?)\s+"
                         r"[A-ZĐÀ-Ỹ][^\s,.;()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,.;()]*)*)?"
                         r"\s+(?:kiểm tra|khảo sát|giám sát|làm việc|thị sát|nắm tình hình|thăm)\b", re.IGNORECASE)
"""The check straight after the place, its province maybe between: "huyện X (tỉnh Y) kiểm tra"."""
_NOT_DONE = re.compile(r"\b(?i:sẽ|dự kiến|sắp(?!\s+xếp)|dự định)\b|"
                       r"\b(?:đề nghị|yêu cầu|chỉ đạo|đề xuất|kiến nghị)\b(?:(?!\b(?:đã|vừa)\b)[^.;])*$|"
                       r"\b(?i:từ)\s+(?:(?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.?)\s+)?"
                       r"[A-ZĐÀ-Ỹ][^\s,;]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;]*)*\s+$")
"""In the clause before the going verb: a trip to come or asked of others, or a road's start ("từ xã A đến")."""


def checked_on_arrival(mention: Mention, text: str) -> bool:
    """Whether `mention` is the place gone to just before a check verb ("đã đến huyện X kiểm tra việc ...")."""
    before = text[max(0, mention.start - 200):mention.start]
    going = _GONE_TO.search(before)
    if going is None or not _CHECK_NEXT.match(text[mention.end:]):
        return False
    clause = re.split(r"[.;:!?]", before[:going.start()])[-1]
    return not _NOT_DONE.search(clause)


__all__ = ["checked_on_arrival"]
