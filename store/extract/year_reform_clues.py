"""Which clue of the 2025 reform dated a visit, quoted as the article wrote it.

Four clues give "on or after 1 July 2025": two-level local government named ("chính quyền địa phương 2 cấp"), the
new units named ("sau sắp xếp đơn vị hành chính", "xã mới thành lập"), "từ 1/7 đến nay" where a commune's or ward's
own service centre is told, and such a centre counted in its first weeks. The year note used to say "the mention of
two-level local government" for all four, even where the article never said it (a first-user trial: the clue was
"từ ngày 1/7 đến nay" at the ward's centre). Each note now quotes the words found and names the clue's kind.
"""

from __future__ import annotations

import re

from ..folding import fold
from ..reasons import Reason, reason
from . import date_cues as cues
from .year_young_desks import POINT, young_desk_words

_EDGE = ".,;:!?\"'“”()"


def _original_words(sentence: str, folded: str, match: re.Match[str]) -> str:
    """The sentence's own words where a match in its folded form lies (fold keeps words one for one)."""
    first = len(folded[:match.start()].split())
    count = len(match[0].split())
    words = sentence.split()
    if len(words) != len(folded.split()):
        return match[0]
    return " ".join(words[first:first + count]).strip(_EDGE)


def centre_named(sentences: list[str]) -> str | None:
    """The first commune's or ward's service centre the article names ("Trung tâm Phục vụ hành chính công phường")."""
    for text in sentences:
        if found := cues.COMMUNE_CENTRE.search(text) or POINT.search(text):
            return found[0]
    return None


def reform_clue(sentence: str, centre: str | None) -> Reason | None:
    """Why `sentence` dates the visit on or after 1/7/2025, quoting the clue; `centre`, a commune's centre the article
    names (for "từ 1/7 đến nay"); None when it does not."""
    folded = fold(sentence)
    if m := cues.TWO_TIER.search(folded):
        return reason("year.two_tier_said", clue=_original_words(sentence, folded, m))
    if m := cues.AFTER_REFORM.search(folded):
        return reason("year.reform_said", clue=_original_words(sentence, folded, m))
    if centre and (july := cues.SINCE_FIRST_JULY.search(sentence)):
        return reason("year.since_july", clue=july[0].strip(_EDGE), centre=centre)
    if words := young_desk_words(sentence):
        return reason("year.young_desk", clue=words)
    return None
