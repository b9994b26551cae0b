"""An interview with an official: questions and answers about oversight, no visit reported.

Papers ask a council chair or a delegation's head about a year's oversight ("phóng viên Báo X có cuộc trao đổi với
ông Y ...", "báo X có cuộc phỏng vấn Z để nghe chia sẻ ..."), and print the questions and answers, each after a
dash or a "PV:". The answers name oversight, surveys and places ("đã giám sát, khảo sát tại nhiều sở, ngành và
các xã"), so the general rules can read a visit into them; but the article reports what an official says, not a
visit made. Two signs together mark it: the opening announces the interview, and the text is set out as questions
and answers. A visit report that quotes its head to a reporter ("Trao đổi với phóng viên bên lề buổi giám sát,
ông X cho biết ...") announces no interview in its opening and has no questions set out, and stays a visit.
"""

from __future__ import annotations

import re

from .text import Article

_ANNOUNCED = re.compile(
    r"\b(?:có|đã có|thực hiện)\s+(?:cuộc|buổi)\s+phỏng vấn\b|\b(?:trả lời|dành cho)\s+(?:cuộc\s+)?phỏng vấn\b|"
    r"\bphỏng vấn\s+(?:ông|bà|đồng chí)\b|"
    r"\b(?:phóng viên|PV|Báo|báo|Tạp chí|Đài|Cổng thông tin)\b[^.;]{0,60}?\b(?:có|đã có)\s+(?:cuộc|buổi)\s+"
    r"(?:trao đổi|trò chuyện)\s+với\b", re.IGNORECASE)
"""The opening says an outlet interviews someone: "có cuộc phỏng vấn", "trả lời phỏng vấn", "phóng viên Báo X có
cuộc trao đổi với ông Y". ("Đoàn có buổi trao đổi với lãnh đạo xã" is a working session: an outlet must talk.)"""
_SHARED = re.compile(r"\b(?:chia sẻ|trao đổi|trò chuyện)\s+với\s+(?:phóng viên|PV|Báo|Tạp chí|Đài)\b", re.IGNORECASE)
"""A weaker sign ("chia sẻ với Báo X"): a visit report can quote its head so too, so only questions set out as such
("Thưa ông", "PV:") confirm it."""
_QUESTION = re.compile(r"^\s*(?:(?:PV|P\.V|Phóng viên)\s*:|Thưa\s+(?:ông|bà|đồng chí|anh|chị)\b|"
                       r"Xin\s+(?:ông|bà|đồng chí)\s+(?:cho biết|chia sẻ)\b)", re.IGNORECASE)
"""A paragraph set out as a question: after "PV:", or addressing the one interviewed ("Thưa ông, ...", "Xin ông cho
biết ...")."""
_QUOTED_HEADLINE = re.compile(r"^(?:Phó\s+)?(?:Chủ tịch|Chủ nhiệm|Trưởng|Bí thư|Giám đốc|Bộ trưởng|Thứ trưởng|Đại biểu|"
                              r"ĐBQH|(?:Ủy|Uỷ) viên)\b[^:.;]{3,90}:\s+\S")
"""A headline that quotes an official ("Trưởng Ban Pháp chế HĐND tỉnh X: Giám sát phải ..."): with questions set
out, an interview even when the opening announces none."""


def interview(article: Article, sentences: int = 2) -> bool:
    """Whether the opening announces an interview and the article is set out as questions and answers."""
    opening = ([article.title] if article.title else []) + [s.text for s in article.sentences[:sentences]]
    asked = any(_QUESTION.match(paragraph) for paragraph in article.paragraphs)
    if any(_ANNOUNCED.search(text) for text in opening):
        return asked or any(number >= 1 for number in article.dashed)  # questions after "Thưa ông" or a dash
    quoted = bool(article.title and _QUOTED_HEADLINE.match(article.title))
    return asked and (quoted or any(_SHARED.search(text) for text in opening))
