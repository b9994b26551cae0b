"""A delegation from elsewhere on a study tour, received by its hosts: no unit overseen.

Service centres and one-stop desks that work well are shown to visitors: "Đoàn đại biểu cấp cao thủ đô Viêng Chăn
tham quan, tìm hiểu công tác vận hành Trung tâm Phục vụ hành chính công thành phố Huế", its lead "Phó Chủ tịch
Thường trực UBND thành phố ... vui mừng đón tiếp và làm việc với Đoàn ...; ... quan hệ hữu nghị" (s28/fresh52,
huengaynay 2026); another province's team "đã đến học tập kinh nghiệm vận hành Trung tâm ... phường A". Such a
delegation has a leader, a place and the words "làm việc", so `visit_kind` took it for a visit; but it oversees
nothing there: it learns, and the hosts show. `visit_unmade` already sets aside councils swapping experience with
councils; these tours are of a service unit, by a delegation of any kind.

A tour needs the delegation touring in the title or the lead ("Đoàn ... tham quan, tìm hiểu", "đoàn ... đến học tập
kinh nghiệm") and, unless it says it comes to learn, friendship as its frame ("quan hệ hữu nghị", "tình hữu nghị").
An oversight or survey team that tours a model while at work ("Đoàn giám sát ... đã tham quan, tìm hiểu mô hình ...
và làm việc với UBND phường A") stays a visit: any word of oversight in the opening keeps it one.

A tour may be told bare, "tham quan" with neither learning nor friendship ("Đoàn công tác tỉnh A ... đến tham quan
Trung tâm Phục vụ hành chính công tỉnh B", "đoàn công tác của Thành ủy A ... tham quan mô hình ... của thành phố B").
What then tells a guest from a body looking at its own units is the map: the delegation names its province or city
and the place toured names another, and no body oversees a unit of another province. A delegation touring a place
of its own province ("... Trung tâm ... xã A, tỉnh A"), or a unit named without its province ("Đoàn công tác của
tỉnh A ... tham quan Trung tâm ... phường B"), may be at work there and stays a visit.
"""

from __future__ import annotations

import re

from .text import Article

_TOUR = re.compile(r"\b(?:tham quan,?\s+(?:và\s+)?tìm hiểu|học tập(?:,?\s+(?:và\s+)?trao đổi)?\s+kinh nghiệm|"
                   r"trao đổi kinh nghiệm)\b", re.IGNORECASE)
"""The tour itself: "tham quan, tìm hiểu", "tham quan và tìm hiểu", "học tập kinh nghiệm"."""
_LEARNS = re.compile(r"\bhọc tập\b", re.IGNORECASE)
"""A tour said as learning needs no other frame."""
_DELEGATION = re.compile(r"\b[Đđ]oàn\b")
_FRIENDSHIP = re.compile(r"\b(?:quan hệ|tình)\s+hữu nghị\b", re.IGNORECASE)
_OVERSIGHT = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|thanh tra)\b", re.IGNORECASE)
_NOUN_USE = re.compile(r"\b(?:cuộc|đợt|buổi|hoạt động|công tác|nội dung|chất lượng|kết quả)\s+"
                       r"(?:giám sát|khảo sát|kiểm tra)\b", re.IGNORECASE)
"""Oversight as a topic the hosts explain ("công tác kiểm tra"), not a team at work."""
_BARE_TOUR = re.compile(r"\btham quan\b", re.IGNORECASE)
_PROVINCE = re.compile(r"\b(?i:tỉnh|thành phố|tp\.?|tỉnh ủy|thành ủy)\s+((?:[A-ZĐ]\w*)(?:\s+[A-ZĐ]\w*){0,3})")
"""A province or centrally-run city named by its level or its party committee ("tỉnh Lâm Đồng", "Thành ủy Hải
Phòng", "Thành phố Cần Thơ": the level any case); the name is its run of capitalised syllables."""
_DELEGATION_SPAN = 160
"""How far the delegation's name may run before "tham quan" (its leader and title between)."""


def study_tour_hosted(article: Article) -> bool:
    """The opening tells a delegation touring or learning, framed by friendship or learning, with no oversight."""
    opening = ([article.title] if article.title else []) + [s.text for s in article.sentences[:2]]
    framing = opening + [s.text for s in article.sentences[2:3]]
    if any(_OVERSIGHT.search(_NOUN_USE.sub(" ", text)) for text in opening):
        return False
    for text in opening:
        for tour in _TOUR.finditer(text):
            if not _DELEGATION.search(text[:tour.start()]):
                continue  # the tour's subject is a delegation named before it
            if _LEARNS.search(tour[0]) or any(_FRIENDSHIP.search(frame) for frame in framing):
                return True
        if _guest_of_another_province(text):
            return True
    return False


def _guest_of_another_province(text: str) -> bool:
    """A delegation naming its province tours ("tham quan") a place naming another one, in one sentence."""
    for tour in _BARE_TOUR.finditer(text):
        delegations = list(_DELEGATION.finditer(text, max(0, tour.start() - _DELEGATION_SPAN), tour.start()))
        if not delegations:
            continue
        own = {m[1].casefold() for m in _PROVINCE.finditer(text, delegations[-1].start(), tour.start())}
        toured = {m[1].casefold() for m in _PROVINCE.finditer(text, tour.end())}
        if own and toured and not own & toured:
            return True
    return False
