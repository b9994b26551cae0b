"""A count's share written in brackets before its noun, kept out of the labels: "có 2604 (89%) hồ sơ trực tuyến".

`figure_bracket_shares` reads the count past its bracket, so the words the label reads after the number start with
the bracket: the count was labelled "(89%) hồ sơ trực tuyến" and its share "Tỷ lệ (89%) hồ sơ trực tuyến". The share
is a figure of its own (and its label says what it is a share of); neither label repeats it (session 18).
"""

from __future__ import annotations

import re

__all__ = ["without_bracketed_share"]

_SHARE = re.compile(r"\(\s*(?:chiếm|bằng|đạt|tỷ lệ|tỉ lệ)?\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*", re.IGNORECASE)


def without_bracketed_share(label: str) -> str:
    """`label` without a bracketed share at its start or right after "Tỷ lệ"."""
    m = re.match(r"((?:Tỷ lệ|Tỉ lệ)\s+)?", label, re.IGNORECASE)
    head = m[0] if m else ""
    rest = label[len(head):]
    share = _SHARE.match(rest)
    if share is None or share.end() == len(rest):
        return label
    rest = rest[share.end():]
    return head + rest if head else rest[:1].upper() + rest[1:]
