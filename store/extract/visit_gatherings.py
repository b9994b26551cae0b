"""A body's own gathering told under a headline about its oversight: no visit.

Near the end of a term, or on an anniversary of the National Assembly, a delegation of deputies or a council holds a
gathering of its own ("tổ chức họp mặt kỷ niệm 80 năm Ngày Tổng tuyển cử ... và tổng kết hoạt động của Đoàn khóa
XV"), and the outlet heads the story with what the term's oversight was about ("Đoàn ĐBQH tỉnh X: Giám sát tập trung
các vấn đề cử tri quan tâm"). The headline has a body and "giám sát", so it reads as a visit, and the lead has a day;
but the day is the gathering's, and what follows sums up the term: nobody went to a place to oversee it.

Only a headline that is the article's one evidence of a visit is overruled, and only by a lead whose body holds such
a gathering and visits nothing in the same sentence ("tổ chức gặp mặt ... rồi khảo sát tại xã A" stays a visit).

So is a speech at such a conference under a headline that quotes the speaker on oversight ("Chủ tịch X: Đại biểu
đừng ngại giám sát tôi" over "Tại Hội nghị tổng kết hoạt động năm 2021 của Đoàn ĐBQH ..., ông X ... nêu ...", or
"Phát biểu tại hội nghị sơ kết ..., bà Y đề nghị ..."): the day is the conference's, and what the speaker says of
oversight is a noun or still to come. It holds only when no opening sentence, read without the headline, shows a
visit, and never for a meeting held with a visiting team ("hội nghị làm việc với Đoàn giám sát").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .text import Article

_GATHERING = re.compile(r"\b(?:tổ chức|có)\s+(?:\S+\s+){0,3}?(?:họp mặt|gặp mặt|lễ kỷ niệm|mít tinh|lễ tổng kết|"
                        r"hội nghị tổng kết)\b", re.IGNORECASE)
"""The body holds its own gathering: "tổ chức họp mặt kỷ niệm", "tổ chức Hội nghị gặp mặt các thế hệ đại biểu"."""
_AT_A_CONFERENCE = re.compile(
    r"^\W*(?:(?:phát\s+biểu|kết\s+luận|chia\s+sẻ)(?:\s+(?:chỉ\s+đạo|kết\s+luận))?\s+)?(?:tại|trong)\s+(?:buổi\s+)?"
    r"(?:hội\s+nghị|hội\s+thảo|tọa\s+đàm|toạ\s+đàm|buổi\s+họp\s+mặt|lễ)\b(?![^,]{0,120}?\b(?:với|tiếp)\s+"
    r"(?:các\s+thành\s+viên\s+)?(?:Đoàn|đoàn|Tổ|tổ)\b)", re.IGNORECASE)
"""A lead that opens at a conference ("Tại Hội nghị tổng kết ...", "Phát biểu tại hội nghị sơ kết ..."), never one held
with a visiting team."""
_VISITS = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc (?:với|tại)|thăm)\b", re.IGNORECASE)


def gathering_under_a_headline(article: Article, evidence: str,
                               evidence_of: Callable[[Article], str | None] | None = None) -> bool:
    """The visit's only evidence is the headline, and the lead's body holds a gathering of its own, visiting nothing,
    or the lead is a speech at a conference and `evidence_of` (`visit_evidence.visit_evidence`) finds no visit
    without the headline."""
    if not article.title or evidence != article.title or not article.sentences:
        return False
    lead = article.sentences[0].text
    if _GATHERING.search(lead) and not _VISITS.search(lead):
        return True
    return evidence_of is not None and bool(_AT_A_CONFERENCE.match(lead)) and \
        evidence_of(replace(article, title=None)) is None
