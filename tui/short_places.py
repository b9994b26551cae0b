"""A place's name with its level abbreviated, as papers and addresses write it in a narrow column.

The figures view's time chart notes each bar with its place; at 80 columns the room beside the bar is about 14
cells, and "thành phố Thủ Dầu Một" was cut to "thành phố Th…", the level kept and the name lost. The level is the
part a reader can spare: "TP Thủ Dầu Một", "P. Vũng Tàu", "H. Thạch Thất" (the spellings `store.levels` reads
back as those levels). A name without a known level is returned as it is.
"""

from __future__ import annotations

from store.levels import split_level

__all__ = ["LEVEL_SHORT", "short_place"]

LEVEL_SHORT = {
    "thành phố": "TP", "thị xã": "TX", "thị trấn": "TT", "phường": "P.", "quận": "Q.", "huyện": "H.",
}
"""Levels and their short forms; "xã", "tỉnh" and "đặc khu" are kept (short already, or no short form in use)."""


def short_place(name: str) -> str:
    """"TP Thủ Dầu Một" from "thành phố Thủ Dầu Một"; `name` itself when its level has no short form."""
    level, rest = split_level(name)
    short = LEVEL_SHORT.get(level or "")
    return f"{short} {rest}" if short and rest else name
