"""A Front that watches its own committee's payout: a visit on the payout's days, and no leader in the payout team.

"Ủy ban MTTQ Việt Nam ... thị trấn A tham gia giám sát việc chi trả ...", then "UBND thị trấn đã thành lập Tổ chi
trả ... do ông X, Phó Chủ tịch UBND làm Tổ trưởng đã đến từng khu phố thực hiện việc chi trả ... từ ngày 04/5 đến
ngày 07/5/2020", then "Ban Thường trực ... thành lập Tổ Giám sát, thực hiện giám sát trực tiếp việc chi trả"
(fresh77 v14). The house reads the Front's watching as its visit (session 36's set): it was there while the money
was paid, so the visit's day is the payout's first; the payout team is the watched side, so its "Tổ trưởng" heads
no visit, and the Front's own group set up to watch is no plan once the payout it watched is told done. A watch group
still to come ("sẽ giám sát"), and a committee's inspection team that checks a payout ("Tổ kiểm tra ... do X làm Tổ
trưởng đã kiểm tra việc chi trả"; its head leads), are not this.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .days import DayMention

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import PersonMention
    from .text import Article

_WATCHER = re.compile(r"\b(?:MTTQ|Mặt\s+trận)\b")
_WATCHES = re.compile(r"\bgiám\s+sát\s+(?:trực\s+tiếp\s+)?(?:việc\s+)?(?:chi\s+trả|cấp\s+phát|phát\s+gạo)\b",
                      re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:sẽ|dự\s+kiến|sắp(?!\s+xếp))\b", re.IGNORECASE)
_PAYOUT_TEAM = re.compile(r"\bTổ\s+(?:chi\s+trả|cấp\s+phát)\b")
"""The committee's team that pays ("Tổ chi trả", "Tổ cấp phát"), the watched side."""
_PAYOUT_DAYS = re.compile(r"\b(?:chi\s+trả|cấp\s+phát)\b[^.;]{0,160}?\btừ\s+ngày\s+(\d{1,2}\s*/\s*\d{1,2})"
                          r"(?:\s*/\s*\d{4})?\s*(?:đến|-|–)\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}", re.IGNORECASE)
"""A payout told with its days ("thực hiện việc chi trả cho người dân từ ngày 04/5 đến ngày 07/5/2020")."""
_HEAD_OF_PAYOUT = re.compile(r"\bTổ\s+(?:chi\s+trả|cấp\s+phát)\b[^.;]{0,120}?\bdo\s+(?:(?:ông|bà|đồng\s+chí|đ/c)\s+)?$")
_PAYOUT_TEAM_BEFORE = re.compile(r"\bTổ\s+(?:chi\s+trả|cấp\s+phát)\b(?![^.;]{0,160}?\bTổ\s+(?!chi\s+trả|cấp\s+phát)\w)"
                                 r"[^.;]{0,160}$")
"""The payout team named earlier in the clause, no other team ("Tổ kiểm tra") named between it and the person."""
_CHECKS_THE_TEAM = re.compile(r"\b(?:giám\s+sát|kiểm\s+tra)\b[^.;,]{0,40}$", re.IGNORECASE)
"""A team that checks the payout team ("giám sát hoạt động của Tổ chi trả"): its own head is named next."""
_MADE_ITS_HEAD = re.compile(r"^[^.;]{0,160}?\blàm\s+Tổ\s+trưởng\b", re.IGNORECASE)
_HEADS_BY_TITLE = re.compile(r"^Tổ\s+(?:trưởng|phó)\s+Tổ\s+(?:chi\s+trả|cấp\s+phát)\b", re.IGNORECASE)


def payout_watched(article: Article) -> bool:
    """Whether a Front watches a payout (said done, not to come) and the payout is told with its days."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences]
    watched = any(_WATCHER.search(text[:m.start()]) and not _TO_COME.search(text[:m.start()])
                  for text in texts for m in _WATCHES.finditer(text))
    return watched and any(_PAYOUT_DAYS.search(text) and not _TO_COME.search(text) for text in texts)


def watched_payout_visit(article: Article, code: str) -> bool:
    """Whether an article read as no visit or a team set up (`code`) is a Front's watched payout after all."""
    return code in ("nonvisit.no_visit", "nonvisit.team_set_up") and payout_watched(article)


def payout_first_day(article: Article, text: str, mention: DayMention) -> bool:
    """Whether `mention` opens the days of a watched payout told in `text` (then it is the visit's day)."""
    return any(m.start(1) == mention.start for m in _PAYOUT_DAYS.finditer(text)) and \
        payout_watched(article)


def heads_the_payout(mention: PersonMention, article: Article) -> bool:
    """Whether `mention` heads the committee's payout team where a Front watches the payout: named after "do", or after
    the team and a comma with "làm Tổ trưởng" after it ("do Tổ chi trả của UBND xã thực hiện, ông X, ... làm Tổ
    trưởng", "Tổ cấp phát có 7 người, trong đó ông X ... làm Tổ trưởng"); or, watched or not, titled its head ("ông X,
    Phó Chủ tịch UBND xã, Tổ trưởng Tổ chi trả": who pays oversees nothing)."""
    if any(_HEADS_BY_TITLE.match(title) for title in mention.titles):
        return True
    team = _PAYOUT_TEAM_BEFORE.search(mention.before)
    named = bool(_HEAD_OF_PAYOUT.search(mention.before)) or bool(
        team and _MADE_ITS_HEAD.match(mention.after) and not _CHECKS_THE_TEAM.search(mention.before[:team.start()]))
    return named and payout_watched(article)
