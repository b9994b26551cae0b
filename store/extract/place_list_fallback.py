"""The last fall-back of `place_choice` takes a whole list, not its first name.

When no sentence says where the team went, `choose_visited` takes the unit named most often. A deputies' group
named by its constituency ("Tổ đại biểu HĐND tỉnh đơn vị các huyện A, B, C và D ... giám sát ... trên địa bàn")
names each of its units once, in one list, and oversees "on its ground", all of them: taking the first name alone
drops the rest for no reason the text gives. So the units that continue the chosen one's list ("B", "C", "D",
written without their level word after it) go with it.
"""

from __future__ import annotations

import re

from .place_mentions import Mention

__all__ = ["with_its_list"]

_OFFICE_AFTER = re.compile(r"\s*(?:ủy|uỷ|bộ)\b", re.IGNORECASE)
"""A "name" that is an office's first word ("xã A, Đảng| ủy xã B"): no unit of the list."""


_WARD_LEVELS = {"xã", "phường", "thị trấn"}
_JOINED = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)", re.IGNORECASE)
"""Between two units of one list, the second with its own level word ("xã A, xã B và phường C"): ", ", " và "."""


def with_its_list(best: Mention, ordered: list[Mention]) -> list[Mention]:
    """`best` and the units that continue its list in the same sentence, each once, in order; when the unit is named
    more than once, the longest list any of its mentions opens ("Vận hành thử nghiệm phường A trước ngày ..." and then
    "kiểm tra công tác chuẩn bị ... phường A và xã B (mới)": the second names both units the check was about)."""
    lists = [_list_from(best, ordered)]
    # another mention's list counts only with today's wards in it: a bare name run on after it ("xã A và Mẹ Việt Nam
    # Anh hùng ...") is no unit the gazetteer places
    for mention in ordered:
        if mention.key == best.key and mention is not best:
            found = _list_from(mention, ordered)
            if all(m.resolution is not None and m.resolution.ward is not None for m in found[1:]):
                lists.append(found)
    longest = max(lists, key=len)
    return [best, *longest[1:]]


def _list_from(best: Mention, ordered: list[Mention]) -> list[Mention]:
    out = [best]
    keys = {best.key}
    at = ordered.index(best)
    for mention in ordered[at + 1:]:
        text = mention.sentence.text if mention.sentence is not None else ""
        if mention.sentence is not best.sentence or mention.in_title != best.in_title or not (
                mention.continuation or _JOINED.fullmatch(text, out[-1].end, mention.start)):
            break  # ("đơn vị xã A, xã B và phường C": each with its own level word, joined as one list, go too)
        if _OFFICE_AFTER.match(text, mention.end):
            break
        if mention.resolution is not None and mention.key not in keys and (
                mention.level == best.level or {mention.level, best.level} <= _WARD_LEVELS):
            keys.add(mention.key)
            out.append(mention)
    return out
