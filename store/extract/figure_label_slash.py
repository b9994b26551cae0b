"""Labels of a count and the whole of another kind after its slash: "8.940 tài khoản thanh toán/21.306 hộ dân được
mở, đạt 42%".

The words after the whole ("được mở", "dùng ví điện tử") are the clause's, not the whole's own: read as the whole's
label they give "Hộ dân được mở" (households are not opened), the part's label drags the slash in ("Tài khoản
thanh toán/21.306 hộ dân được mở") and the rate after takes the whole's reading. A reader writes:

- the part: what it counts, of whom, and what the clause says ("Tài khoản thanh toán của hộ dân được mở");
- the whole: the total it is ("Tổng số hộ dân"): by the household convention it is the place's total kept because
  it is the whole of a figure done (`figure_slash_wholes`);
- a rate after them: the share of the whole that has the part ("Tỷ lệ hộ dân có tài khoản thanh toán") or, when
  the clause says what the whole does ("4.206 tài khoản/5.918 hộ dân dùng ví điện tử"), that ("Tỷ lệ hộ dân dùng ví
  điện tử").

Only a pair whose whole is no smaller than the part (the part's "of"): "3.150 người/2.870 hộ kinh doanh cài đặt mã
QR" counts two things done, each labelled as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figure_label_words import _BREAK, _short
from .figure_units import UNIT_OF, UNIT_RE

__all__ = ["SlashPair", "slash_pairs", "without_same_kind_whole"]

_NUMBER = re.compile(r"(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d]|[.,]\d)")
_PART_WORDS = re.compile(r"((?:\s+(?!(?:và|với|của|trong)\b)[^\W\d]+){0,3}?)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)"
                         r"(?![\d/]|[.,]\d)")
_KIND_AFTER = re.compile(r"\s+(nghèo|cận nghèo|kinh doanh|sản xuất kinh doanh|gia đình|đồng bào [^\W\d]+)\b",
                         re.IGNORECASE)
"""Words after "hộ" that say which households the whole counts ("/15.124 hộ nghèo"): the total is of those."""
_ADVERBS = re.compile(r"^(?:(?:đã|đều|cũng|vẫn|hiện)\s+)+", re.IGNORECASE)
_PASSIVE = re.compile(r"^được\b", re.IGNORECASE)


@dataclass(frozen=True)
class SlashPair:
    part_start: int
    whole_start: int
    part: int
    whole: int
    part_label: str
    whole_label: str
    share: str
    """What a rate after the pair is the share of, lower case ("hộ dân có tài khoản thanh toán")."""


def slash_pairs(text: str) -> dict[int, SlashPair]:
    """Each pair of `text` (module docstring), keyed by the start of its part's number and of its whole's."""
    out: dict[int, SlashPair] = {}
    for number in _NUMBER.finditer(text):
        part_unit = UNIT_RE.match(text, number.end())
        if part_unit is None or (slash := _PART_WORDS.match(text, part_unit.end())) is None or \
                (whole_unit := UNIT_RE.match(text, slash.end())) is None:
            continue
        if UNIT_OF.get(whole_unit[1].lower(), whole_unit[1]) == UNIT_OF.get(part_unit[1].lower(), part_unit[1]):
            continue  # "2.415/2.460 hồ sơ": one kind, the house's fraction
        part, whole = int(number[1].replace(".", "")), int(slash[2].replace(".", ""))
        if whole < part:
            continue
        kind = _KIND_AFTER.match(text, whole_unit.end())
        noun = whole_unit[1] + (kind[0] if kind else "")
        rest = text[kind.end() if kind else whole_unit.end():]
        broken = _BREAK.search(rest)
        said = _ADVERBS.sub("", _short((rest[:broken.start()] if broken else rest).strip(), 6))
        thing = (part_unit[1] + slash[1]).strip()
        again = re.search(rf"(?<!\w){re.escape(part_unit[1])}(?!\w)", said, re.IGNORECASE)
        # not "Tài khoản của hộ mở tài khoản thanh toán": the clause names the part again
        part_label = f"{thing} của {noun}" + (f" {said}" if said and not again else "")
        passive = not said or _PASSIVE.match(said)
        share = f"{noun} có {thing}" if passive else f"{noun} {said}"
        pair = SlashPair(number.start(1), slash.start(2), part, whole, part_label[:1].upper() + part_label[1:],
                         f"Tổng số {noun}", share.lower())
        out[pair.part_start] = out[pair.whole_start] = pair
    return out


_SAME_KIND_WHOLE = re.compile(r"(?P<head>(?:\S+\s+){0,4}?(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?))\s*/\s*"
                              r"(?:(?:trên\s+)?tổng(?:\s+số)?\s+)?\d{1,3}(?:\.\d{3})*(?:,\d+)?\s+(?P=noun)(?=\s|$)",
                              re.IGNORECASE)


def without_same_kind_whole(label: str) -> str:
    """A label that dragged in its count's whole of the same kind ("Người/tổng số 6.840 người dân tham gia bảo hiểm
    y tế", "Tỷ lệ hồ sơ / tổng 1.060 hồ sơ tiếp nhận"): the whole is the figure's `of`, so the label says the kind
    once and keeps the words after the whole ("Người dân tham gia bảo hiểm y tế"). Session 36 (lead, from fresh78's
    t3145/t3147): on the base every such label was degenerate (over ten words) or unreadable."""
    match = _SAME_KIND_WHOLE.search(label)
    if match is None:
        return label
    return label[:match.start()] + match["head"] + label[match.end():]
