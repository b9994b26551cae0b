"""A leader named only under a photo.

Some pages name the delegation's members only in photo captions, which the reader drops from the text ("Các ĐBQH:
X, Y và Z làm việc với hai xã A và B. Ảnh: N.A"). When no sentence and no headline names a head, the caption's
subject who visits is the one the page shows leading: the first of officials listed after their shared title, or a
titled person whose visit's verb follows the name, or whom the caption calls the head ("X, Trưởng đoàn giám sát phát
biểu"), or who speaks at the session holding no office of the visited unit ("Phó Trưởng Đoàn ĐBQH tỉnh X (giữa) phát
biểu tại buổi khảo sát", `leader_speakers`). Only captions with a photo credit are read, so that the headlines of
related stories, dropped too, never give a leader; a caption's subject who reports or receives the team never does
either.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .leader_openings import first_listed_visits
from .leader_speakers import speaks_as_a_visitor
from .mention_text import after_titles as _after_titles
from .person_names import name_parts
from .text import Sentence

if TYPE_CHECKING:  # the people module imports this one; these are only its types
    from .leaders import Leader
    from .people import PersonMention
    from .text import Article

_CREDIT = re.compile(r"(?:^|[\s(.])Ảnh\s*:", re.IGNORECASE)
_HEAD_TITLE = re.compile(r"(?:^|\s[-–]\s*)trưởng\s+đoàn\b(?!\s+(?:ĐBQH|đại biểu))", re.IGNORECASE)
"""The delegation's head by office ("Trưởng đoàn giám sát"), never the head of a province's deputies."""
_VISITS = re.compile(r"^\s*(?:đã\s+)?(?:(?:đến|đi|tới)\s+)?(?:khảo sát|giám sát|kiểm tra|làm việc với)\b",
                     re.IGNORECASE)


def caption_leader(article: Article, mentions_of: Callable[[Sentence], list[PersonMention]],
                   make: Callable[[str, str, Sentence, str], Leader]) -> Leader | None:
    """The first captioned subject who visits, as a leader made by `make(name, title, caption, rule)`."""
    for line in article.dropped:
        if len(line.split()) > 45 or not _CREDIT.search(line):
            continue
        caption = Sentence(line, -1, -1)
        mentions = [m for m in mentions_of(caption) if name_parts(m.name) >= 2]
        if not mentions:
            continue
        subject = mentions[0]
        opening = line[:subject.start].rstrip()
        if subject.titles and opening.endswith(subject.titles[0]):  # a long title before the name is the subject's own
            opening = opening[:-len(subject.titles[0])]
        if len(opening.split()) > 8:
            continue  # someone named inside the caption, not its subject
        if first_listed_visits(subject):
            return make(subject.name, subject.title, caption, "các ĐBQH: X, Y và Z làm việc (caption)")
        if subject.titles and _VISITS.match(_after_titles(subject)):
            return make(subject.name, subject.title, caption, "<title> X khảo sát (caption)")
        if speaks_as_a_visitor(subject, article):  # "<title> X (giữa) phát biểu tại buổi khảo sát. Ảnh: ..."
            return make(subject.name, subject.title, caption, "<title> X phát biểu tại buổi làm việc (caption)")
        if any(_HEAD_TITLE.match(title) or _HEAD_TITLE.search(title) and " - " in title for title in subject.titles):
            # "Phó Chủ tịch HĐND tỉnh X, Trưởng đoàn giám sát phát biểu ...": the caption calls them the head
            return make(subject.name, subject.title, caption, "<title> X, Trưởng đoàn ... (caption)")
    return None
