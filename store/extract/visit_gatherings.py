"""A body's own gathering told under a headline about its oversight: no visit.

Near the end of a term, or on an anniversary of the National Assembly, a delegation of deputies or a council holds a
gathering of its own ("tổ chức họp mặt kỷ niệm 80 năm Ngày Tổng tuyển cử ... và tổng kết hoạt động của Đoàn khóa
XV"), and the outlet heads the story with what the term's oversight was about ("Đoàn ĐBQH tỉnh X: Giám sát tập trung
các vấn đề cử tri quan tâm"). The headline has a body and "giám sát", so it reads as a visit, and the lead has a day;
but the day is the gathering's, and what follows sums up the term: nobody went to a place to oversee it.

Only a headline that is the article's one evidence of a visit is overruled, and only by a lead whose body holds such
a gathering and visits nothing in the same sentence ("tổ chức gặp mặt ... rồi khảo sát tại xã A" stays a visit).
"""

from __future__ import annotations

import re

from .text import Article

_GATHERING = re.compile(r"\b(?:tổ chức|có)\s+(?:\S+\s+){0,3}?(?:họp mặt|gặp mặt|lễ kỷ niệm|mít tinh|lễ tổng kết|"
                        r"hội nghị tổng kết)\b", re.IGNORECASE)
"""The body holds its own gathering: "tổ chức họp mặt kỷ niệm", "tổ chức Hội nghị gặp mặt các thế hệ đại biểu"."""
_VISITS = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra|làm việc (?:với|tại)|thăm)\b", re.IGNORECASE)


def gathering_under_a_headline(article: Article, evidence: str) -> bool:
    """The visit's only evidence is the headline, and the lead's body holds a gathering of its own, visiting nothing."""
    if not article.title or evidence != article.title or not article.sentences:
        return False
    lead = article.sentences[0].text
    return bool(_GATHERING.search(lead)) and not _VISITS.search(lead)
