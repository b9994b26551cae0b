"""A page of teasers: several stories, each a headline and a sentence or two, read as the one story it is about.

Tag, section and search pages list stories one after another ("<headline> / Ngày 7/8/2024, Đoàn ... tại xã A.
/ <headline> / Ngày 29/7/2024, Ban ... tại xã B."). Read as one article, every story's day, leader, places and
figures would be the visit's. The page is about its first story, unless the page's own headline names a later one
(a box of other stories printed before the article); the other stories are kept in `Article.teasers`, read only by
`teaser_choice`, which takes a later story when the chosen one is no visit and a later one is.

A teaser looks like an article told with captions between its paragraphs ("<caption> / Chiều 5/6, đoàn tiếp tục
khảo sát tại xã B."), which is one visit told day by day; so a page is read as teasers only when every story is
short, opens with its own day, the days differ, and no story goes on from another ("tiếp tục", "cùng ngày").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .sentences import TERMINAL, split_sentences

if TYPE_CHECKING:
    from .text import Article

_DATED_LEAD = re.compile(r"\W{0,3}(?:\([^()]{1,15}\)\s*[-–—:]?\s*|"
                         r"[A-ZĐ][\w.]{1,12}(?:\s+[A-ZĐ][\w.]*){0,3}\s*[-–—,]\s*)?"
                         r"(?:(?:sáng|chiều|tối|trưa|hôm)\s+(?:nay\s+)?(?:\([^)]{0,12}\)\s*)?)?(?:ngày\s+)?"
                         r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\b", re.IGNORECASE)
"""A story that opens with its day: "Ngày 7/8/2024, ...", "Chiều 18/4, ...", "Sáng (22/5), ...", after the outlet's tag
or a dateline ("(LCĐT) - Ngày 7/8, ...", "Lào Cai, 7/8 - ..."), which a tag page prints in every story."""
_GOES_ON = re.compile(r"\b(?:tiếp tục|cùng ngày|trước đó|sau đó|tiếp theo|cũng trong)\b", re.IGNORECASE)
"""A story that goes on from the one before it: one visit told day by day, not another story."""
_SUBJECT = re.compile(r"[^,]{0,40},\s*(đoàn\b.*?)(?:\s(?:tại|với|ở)\s|[.;]|$)", re.IGNORECASE)
_NAMED = re.compile(r"HĐND|UBND|ĐBQH|Quốc hội|MTTQ|Mặt trận|\bBan\b|\b(?:tỉnh|huyện|thành phố|ông|bà|đồng chí|do)\b",
                    re.IGNORECASE)
"""A day's lead whose subject is only "đoàn" ("Ngày 13/6, đoàn khảo sát tại xã B"), no organ or person named: the
team already named, so the same visit's next day under a photo caption; a story of its own names who went."""


def _bare_team(lead: str) -> bool:
    return bool((m := _SUBJECT.match(lead)) and not _NAMED.search(m[1]))


_MAX_BODY_SENTENCES = 3


def take_teasers(lines: list[str], page_title: str | None, article: Article) -> list[str]:
    """The lines of the story the page is about (`lines` as they are on a page of one story); the other stories go
    to `article.teasers`, the lines above the first story (the section's name, crumbs) to `article.dropped`."""
    story, others = split_teasers(lines, page_title)
    if others:
        article.teasers = others
        article.dropped.extend(line for line in lines[:lines.index(story[0])] if line not in story)
    return story


def split_teasers(lines: list[str], page_title: str | None) -> tuple[list[str], list[list[str]]]:
    """(the lines of the story the page is about, the other stories' lines); `lines` as they are and no other
    stories when the page is not one of teasers. `page_title`: the page's own headline, when the page gave one."""
    starts = [i for i in range(len(lines) - 1) if _is_headline(lines[i]) and _DATED_LEAD.match(lines[i + 1])
              and len(lines[i + 1].split()) >= 8]
    starts = [i for i in starts if i - 1 not in starts]  # a story's own lead, its stop cut off, heads nothing
    if len(starts) < 2:
        return lines, []
    stories = [lines[start:end] for start, end in zip(starts, starts[1:] + [len(lines)], strict=True)]
    if not all(_is_teaser(story) for story in stories):
        return lines, []
    days = {_DATED_LEAD.match(story[1]).groups() for story in stories}  # type: ignore[union-attr]
    if len(days) < 2 or any(_GOES_ON.search(story[1]) or _bare_team(story[1]) for story in stories[1:]):
        return lines, []
    head = lines[:starts[0]]
    chosen = _named_by_title(stories, [page_title] if page_title else head)
    others = [story for i, story in enumerate(stories) if i != chosen]
    return stories[chosen], others


def _is_headline(line: str) -> bool:
    return 5 <= len(line.split()) <= 30 and not TERMINAL.search(line)


def _is_teaser(story: list[str]) -> bool:
    body = story[1:]
    sentences = sum(len(split_sentences(line)) for line in body)
    return len(body) <= 2 and sentences <= _MAX_BODY_SENTENCES


def _named_by_title(stories: list[list[str]], titles: list[str]) -> int:
    """The story whose headline the page's own headline repeats (most of its words), else the first."""
    for title in titles:
        words = set(fold(title).split())
        if len(words) < 5:
            continue
        for i, story in enumerate(stories[1:], start=1):
            headline = set(fold(story[0]).split())
            if len(words & headline) >= 0.8 * max(len(words), len(headline)):
                return i
    return 0
