"""A province's name run into the official's name after it: "Chủ tịch UBND tỉnh Hậu Giang Lê Tiến Châu kiểm tra ...".

The words after a level word are taken as the unit's name while they are capitalised, so the name of the official
written after the office ("<chức vụ> tỉnh X <họ tên>") becomes part of the province's, which then resolves to nothing:
the article loses its province, and a district it names in passing was taken as the visited unit instead. When the
whole name is no province and its first words are one, followed by at least two more capitalised words (a person's
name has two to four), the mention is cut back to the province.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..gazetteer import gazetteer

if TYPE_CHECKING:
    from .place_mentions import Mention

__all__ = ["cut_run_on_names"]


def cut_run_on_names(mentions: list[Mention]) -> None:
    """Cut each province mention whose name runs on into a person's name back to the province."""
    places = gazetteer()
    for mention in mentions:
        if mention.level != "tỉnh" or mention.bare:
            continue
        words = mention.base.split()
        if len(words) < 4 or places.find_province(mention.base) is not None:
            continue
        for size in (3, 2, 1):
            rest = words[size:]
            if 2 <= len(rest) <= 4 and places.find_province(" ".join(words[:size])) is not None:
                base = " ".join(words[:size])
                cut = len(mention.base) - len(base)
                mention.base, mention.written, mention.end = base, mention.written[:-cut].rstrip(), mention.end - cut
                break
