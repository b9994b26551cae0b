"""A team's deputy head named with no head: the deputy heads the team at the visit, and leads it.

"Thành phần tham dự bao gồm: Đồng chí X – Phó Chủ tịch HĐND huyện – Phó Trưởng đoàn; ..." with no "Trưởng đoàn"
written anywhere: the head did not come, and the deputy led the team in the head's place (the house reads whoever
heads a team at the visit as its leader: "do bà X, Phó Trưởng đoàn, dẫn đầu", the first listed deputy, session 20).
When the text calls someone the head ("Y, Chủ tịch HĐND huyện, Trưởng đoàn giám sát, đề nghị", or "đồng chí Trưởng
đoàn kết luận" with no name), the deputy is no leader, even listed first. An Assembly delegation's deputy head
("Phó Trưởng Đoàn ĐBQH tỉnh", "Phó Trưởng đoàn chuyên trách") holds an office, not a team's place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import PersonMention
    from .text import Article

_NOT_A_TEAM = r"(?!\s+(?:ĐBQH|đại\s+biểu|Quốc\s+hội|chuyên\s+trách)\b)"
_DEPUTY_HEAD = re.compile(r"(?:^|[-–]\s*)phó\s+trưởng\s+đoàn\b" + _NOT_A_TEAM, re.IGNORECASE)
"""A title that is (or ends on) a team's deputy head: "Phó Trưởng đoàn", "Phó Chủ tịch HĐND huyện - Phó Trưởng đoàn"."""
_HEAD = re.compile(r"(?<!phó )(?<!phó\xa0)\btrưởng\s+đoàn\b" + _NOT_A_TEAM, re.IGNORECASE)
"""A team's head written anywhere ("Trưởng đoàn giám sát", "làm trưởng đoàn", "đồng chí Trưởng đoàn kết luận")."""
DEPUTY_RULE = "X, ..., Phó Trưởng đoàn (no head named)"


def called_deputy_head(mention: PersonMention) -> bool:
    """Whether the mention's titles call the person the team's deputy head."""
    return any(_DEPUTY_HEAD.search(title.strip()) for title in mention.titles)


def head_written(article: Article) -> bool:
    """Whether the article calls anyone the team's head, named or not (then no deputy leads)."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences]
    return any(_HEAD.search(text) for text in texts)


def deputy_score(mention: PersonMention, article: Article, score: int, listed: bool) -> int | None:
    """The score of a deputy head found with `score` (`listed`: as the first of a team's listed members), or None
    when the deputy rule has nothing to say: 5 when no head is written, 0 when one is."""
    if not called_deputy_head(mention) or not (score == 0 or listed):
        return None
    return 0 if head_written(article) else 5
