"""A Front's poll held as a session at a commune: "tại hội trường UBND xã A, Ủy ban MTTQ Việt Nam tỉnh B tổ chức điều
tra dư luận xã hội về sự hài lòng của người dân ..., có 75 người dân ... được mời để thực hiện phiếu".

Decided by the conventions (s18 fresh24 v05, docs/extraction-log.md): the Vietnam Fatherland Front of a province or a
district that holds its opinion survey at a commune's or ward's hall, with people invited there, is at the place
to hear it on the work of its administration: a visit, as fresh23 v15 (the provincial Front's working session on
public opinion at a ward). It is no visit where the survey is a poll sent out: a department's official handing out
the forms of the PAR index at commune offices (fresh23 v14), a party propaganda board's or an institute's quota of
forms at two communes, the communes sampled for a satisfaction index (SIPAS, PAPI), or a commune's own Front asking
its own residents. `visit_evidence` reads none of these as a visit, since "điều tra" is no visit verb; this reads
the Front's session.
"""

from __future__ import annotations

import re

from .text import Article

__all__ = ["front_poll", "front_poll_session"]

_FRONT = re.compile(
    r"(?:(?:Ban Thường trực\s+)?(?:Ủy|Uỷ) ban\s+(?:MTTQ|Mặt trận Tổ quốc)|Ban Thường trực\s+(?:MTTQ|Mặt trận Tổ quốc)|"
    r"\bUB\.?\s?MTTQ|\bMTTQ)(?:\s*VN|\s+Việt Nam)?\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\b")
"""The Front of a province, city or district ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang", "Ban Thường trực Ủy
ban MTTQ Việt Nam huyện B", "UB.MTTQVN tỉnh"): a commune's own Front asks its own people, no one comes to it."""
_POLL = re.compile(
    r"\btổ chức\s+(?:buổi\s+|cuộc\s+)?(?:phát phiếu\s+)?(?:điều tra|khảo sát|lấy ý kiến|lấy phiếu|trưng cầu ý kiến|"
    r"nắm bắt)\b[^.;]{0,80}?\b(?:dư luận|hài lòng|(?:ý kiến\s+)?(?:của\s+)?(?:người dân|nhân dân))", re.IGNORECASE)
"""The poll itself: "tổ chức điều tra dư luận xã hội", "tổ chức phát phiếu lấy ý kiến người dân về mức độ hài lòng"."""
_AT_A_HALL = re.compile(
    r"\btại\s+(?:hội trường|trụ sở|văn phòng|nhà văn hóa|nhà văn hoá|nhà sinh hoạt cộng đồng)\b[^.;]{0,40}?"
    r"\b(?:xã|phường|thị trấn|ấp|thôn|khóm|bản)\s+[A-ZĐÀ-Ỹ0-9]", re.IGNORECASE)
"""Held at one named place's hall or office, where people were gathered: a session, not forms sent out."""
_INDEX = re.compile(r"\b(?:Chỉ số|SIPAS|PAPI|PAR\s?INDEX)\b", re.IGNORECASE)
"""The forms of a ranking index (fresh23 v14): a poll by the index's rules, whoever hands them out."""


def front_poll(text: str) -> bool:
    """Whether the sentence `text` has a province's or district's Front holding an opinion poll, no index's forms."""
    return bool(_FRONT.search(text) and _POLL.search(text)) and not _INDEX.search(text)


def front_poll_session(article: Article) -> str | None:
    """The opening sentence in which a province's or district's Front holds its opinion poll at a commune's hall,
    or None."""
    for sentence in article.sentences[:2]:
        if front_poll(sentence.text) and _AT_A_HALL.search(sentence.text):
            return sentence.text
    return None
