"""A commune written short once and in full elsewhere in the same report: "xã Bình Bắc" beside "xã Vĩnh Bình bắc".

A district's portal wrote the commune it visited as "xã Bình Bắc" in the lead and as "xã Vĩnh Bình bắc" in the
findings: its first syllable dropped in one place. No commune of the short name exists in the province the article
is in, so the short name is placed only in the province; the long name, a unit there, is the one meant. A short name
that is a unit of its own in that province is left alone (two communes, "xã Bình" and "xã An Bình", may both be
named), and so is one that ends two different units' names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..folding import fold
from ..gazetteer import WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention


def settle_short_names(mentions: list[Mention]) -> None:
    """Give a ward placed only in its province the unit of the one longer name ending with it in the article."""
    for mention in mentions:
        found = mention.resolution
        if mention.level not in WARD_LEVELS or found is None or found.ward is not None or mention.bare:
            continue
        tail = " " + fold(mention.base)
        longer = [other for other in mentions if other is not mention and other.level == mention.level and
                  other.resolution is not None and other.resolution.ward is not None and
                  other.resolution.province.code == found.province.code and fold(other.base).endswith(tail)]
        if len({other.resolution.ward.code for other in longer if other.resolution and other.resolution.ward}) != 1:
            continue
        full = longer[0]
        mention.resolution, mention.base, mention.name = full.resolution, full.base, full.name


__all__ = ["settle_short_names"]
