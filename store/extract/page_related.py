"""Other stories' headlines printed around the article: never the visit's leader, places, dates or figures.

A page copied whole carries links to other stories: a "Xem thêm: <headline>" line inside or after the body, a
"Tin liên quan" list (cut by `debris.cut_at_end_marker`), or bare headlines printed after the byline. Their words
look like a caption's ("Ban Pháp chế khảo sát tại xã A"), so kept among the dropped lines they would be read as
the visit's places or leader by the caption rules (`place_captions`, `leader_captions`), and a headline about a
plan could make the page look like one. They are kept apart in `Article.related`, which no rule reads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .markers import looks_like_author
from .sentences import TERMINAL

if TYPE_CHECKING:
    from .text import Article

_LINK = re.compile(r"^\W{0,3}(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|tin cùng chủ đề|có thể bạn quan tâm)"
                   r"\s*(?::|>>|»|›|>)\s*\S", re.IGNORECASE)
"""A link to another story on one line: "Xem thêm: HĐND tỉnh khảo sát tại xã A", ">> Đọc thêm > ..."."""
_SOURCE = re.compile(r"^\(?\s*(?:nguồn|theo|báo)\b.{0,90}$", re.IGNORECASE)
"""The source line under a byline ("Nguồn: Báo Lào Cai", "Theo TTXVN", "(Báo ... số 328, ngày 24-11-2006)"): the
story's own, whose date may be the page's, not another story's."""


def take_related(lines: list[str], article: Article) -> list[str]:
    """`lines` without links to other stories and without the headlines printed after the byline; those are kept
    in `article.related`."""
    kept = []
    for line in lines:
        if _LINK.match(line):
            article.related.append(line)
        else:
            kept.append(line)
    return _after_byline(kept, article)


def _after_byline(lines: list[str], article: Article) -> list[str]:
    """Headlines after the byline: the byline ends the story, so what follows it and reads as headlines (no stop,
    several words) belongs to other stories. The byline and a source line under it stay for `take_author`."""
    for i in range(len(lines) - 2, 0, -1):
        if not looks_like_author(lines[i]):
            continue
        sources = [line for line in lines[i + 1:] if _SOURCE.match(line)]
        rest = [line for line in lines[i + 1:] if line not in sources]
        if rest and all(len(line.split()) >= 4 and not TERMINAL.search(line) for line in rest):
            article.related.extend(rest)
            return lines[:i + 1] + sources
        return lines
    return lines
