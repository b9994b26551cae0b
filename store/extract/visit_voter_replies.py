"""A written answer to voters' petitions: "Cử tri xã A đề nghị: ... TRẢ LỜI: Bảo hiểm xã hội huyện đã làm việc với ...".

Councils publish the answers agencies send to what voters asked at their meetings, petition after petition: the
voters' request, then under "Trả lời" the agency's account of what it did, often that it "đã làm việc với Ủy ban nhân
dân xã A và cử tri ..." or "kiểm tra thực tế tuyến đường". That account is the agency's handling of a petition told in
its own letter, no team's oversight of a unit: no visit report, whatever visit words the answer holds (fresh76 n09).
The shape is two headings: a petition in the title or the first paragraphs ("Cử tri xã A ... đề nghị:", "kiến nghị:",
"phản ánh:", "Ý kiến, kiến nghị của cử tri ...") and a paragraph that opens with "Trả lời" and a colon or a bracket
("TRẢ LỜI:", "Trả lời (tại Văn bản số ...):"). A visit whose hosts answer voters there ("lãnh đạo xã trả lời một số
ý kiến của cử tri") has neither heading and stays a visit.
"""

from __future__ import annotations

import re

from .text import Article

__all__ = ["answers_voters"]

_PETITION = re.compile(r"\bcử tri\b[^.!?:]{0,120}?\b(?:đề nghị|kiến nghị|phản ánh|đề xuất|hỏi)\s*:", re.IGNORECASE)
"""The voters' petition: their request after a colon ("Cử tri xã A, huyện B kiến nghị:")."""
_HEADLINE = re.compile(r"\s*(?:trả lời\s+)?(?:ý kiến,\s*)?kiến nghị (?:của\s+)?cử tri\b", re.IGNORECASE)
"""A headline that is the petitions' own ("Ý kiến, kiến nghị của cử tri trước kỳ họp ...", "Trả lời kiến nghị cử tri
..."); in a lead the same words name what a team oversees ("giám sát việc giải quyết kiến nghị của cử tri")."""
_ANSWER = re.compile(r"\s*(?:nội dung\s+)?trả lời\s*(?::|\()", re.IGNORECASE)
"""A paragraph opening on the answer's heading: "TRẢ LỜI:", "Trả lời: ...", "Trả lời (tại Công văn số ...):"."""


def answers_voters(article: Article) -> bool:
    """Whether the article is an answer to voters' petitions: the petition in the title or the first three
    paragraphs (or a headline that is the petitions' own), and a paragraph among the first six that opens on "Trả
    lời"."""
    heads = ([article.title] if article.title else []) + article.paragraphs[:3]
    if not any(_PETITION.search(text) for text in heads) and not _HEADLINE.match(article.title or ""):
        return False
    return any(_ANSWER.match(paragraph) for paragraph in article.paragraphs[:6])
