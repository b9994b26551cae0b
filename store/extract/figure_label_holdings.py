"""The label of a place's or a unit's holding: the kind and whose it is ("Khu vực bỏ phiếu của xã"), not the kind alone.

"Xã có 16 khu vực bỏ phiếu với 21.380 cử tri" left "Khu vực bỏ phiếu" and "Cử tri": a reader of the figure table
could not tell a place's stock from a count of what was done, nor one holder's from another's (a district's 168 polling
areas beside a commune's 16). The convention (session 39, docs/extraction-log.md): a count after "<holder> (hiện|
đang|vẫn|cũng) có", and the counts going on the same holding after "với" or a list comma, is labelled by its kind and
its holder as the sentence names it — "<kind> của <holder>" ("Bác sĩ của trạm", "Chi bộ của Đảng bộ huyện"), "toàn
X" and "trên địa bàn" as written ("Khu vực bỏ phiếu toàn huyện"); a unit named in two words or more has the form
`figure_label_holders._holder` gives ("Lớp nhà trường", "Học sinh nhà trường").

It runs last (`figures.find_figures`), on labels still bare: a total split at once into parts keeps "Tổng số hộ"
(`figure_label_totals`), a holding said more of keeps its words, and no rule reading labels sees these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .figure_label_holders import _HAS, _TIME_OPEN, _holder
from .figure_label_words import _BOUNDS, _OF_PLACE, _PLACE, _VERB, _clause_before, _short

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["bare_counts", "holding_labels"]

_ITEM = r"(?:(?:" + _BOUNDS + r")\s+)?\d[\d.,]*\s+[^\W\d][^\d,;:.()]{0,40}?"
_GOES_ON = r"(?:\s*,\s*|\s+với\s+)"
_COMPANION = re.compile(r"\scó\s+(?:tổng\s+(?:số\s+)?)?(?P<first>" + _ITEM + r")(?:" + _GOES_ON + _ITEM + r")*" +
                        _GOES_ON + r"(?:(?:" + _BOUNDS + r")\s+)?$", re.IGNORECASE)
"""A count going on a holding told before it: "có 16 khu vực bỏ phiếu với | 21.380 cử tri", "có 74 giáo viên, |"."""
_WHOLE_PLACE = re.compile(r"^(?:(?i:toàn|cả)\s+" + _PLACE + r"|(?i:trên địa bàn)(?:\s+" + _PLACE + r")?)$")
_HEAD = re.compile(r"^(?:(?i:các|những)\s+[^\W\d]+|" + _PLACE + r"|(?i:trạm|trường|nhà trường|chợ|đảng bộ|đảng ủy|"
                   r"chi bộ|hợp tác xã|HTX|bệnh viện|trung tâm|cơ quan|hội|câu lạc bộ))(?:\s|$)")
"""Holders a count can be the stock of: a place, "các trường", a unit named by its kind. Never the visiting team
("Đoàn", "tổ", "ban"), nor "trong đó" and its kin (a part, not a holder)."""
_TOLD = re.compile(r"^.*\b(?:cho biết|cho thấy|báo cáo)\s*,?\s+", re.IGNORECASE)


def holding_labels(drafts: list[FigureDraft]) -> None:
    """Label, in place, each count whose label is its bare unit and that a place or a unit holds (module docstring)."""
    for draft, core, bound in bare_counts(drafts):
        label = _holding(draft.sentence.text, draft.start, core)
        if label:
            draft.figure["label"] = label + bound


def bare_counts(drafts: list[FigureDraft]) -> Iterator[tuple[FigureDraft, str, str]]:
    """Each count whose label is still its bare unit, with that label and its bound (" (hơn)") apart; the rules run
    last (holdings, `figure_label_hamlets`) label only these."""
    for draft in drafts:
        figure = draft.figure
        bound = f" ({draft.qualifier})" if draft.qualifier else ""
        core = figure["label"][:len(figure["label"]) - len(bound)] if bound else figure["label"]
        if figure["unit"] != "%" and core.lower() == figure["unit"].lower():
            yield draft, core, bound


def _holding(text: str, start: int, kind: str) -> str:
    """The label of the bare count of `kind` at `start` as a holding, or "" when no place or unit holds it."""
    going_on = _COMPANION.search(text, 0, start)
    first = going_on.start("first") if going_on else start
    if going_on and (named := _holder(text, first, kind)):  # "nhà trường có 19 lớp với 585 học sinh"
        return named
    has = _HAS.match(_clause_before(text, first))
    if has is None:
        return ""
    holder = _TIME_OPEN.sub("", _TOLD.sub("", has["holder"].strip()))  # "báo cáo cho thấy hiện trạm" → "trạm"
    if _WHOLE_PLACE.match(holder):
        return f"{kind} {holder[:1].lower()}{holder[1:]}"  # "Khu vực bỏ phiếu toàn huyện"
    holder = _OF_PLACE.sub("", " " + holder).strip()  # "các trường trên địa bàn" → "các trường"
    words = holder.split()
    if not _HEAD.match(holder) or len(words) > 6 or re.search(r"\d", holder) or \
            _VERB.search(re.sub(r"\s[A-ZĐÀ-Ỹ]\S*", " ", holder).lower()):
        return ""
    if not (len(words) > 1 and words[1][:1].isupper()):  # "xã Tân Thành" as written
        holder = re.sub(r"^đảng(?=\s)", "Đảng", holder[:1].lower() + holder[1:])  # "Đảng bộ huyện": the Party's capital
    return _short(f"{kind} của {holder}", 10)
