"""A visitor named with their office only in a photo caption, whom the text then shows directing the hosts.

"Ông X, Phó Chủ tịch UBND tỉnh, phát biểu tại buổi làm việc" under a photo, and in the text "Sau khi nghe báo cáo,
ông <given name> đề nghị xã ...": the text names no head, and the caption alone cannot tell a visitor from a host
of the same level (`leader_speakers` reads a provincial office as the host's when the lead names the province). The
one who asks, directs or requires of the hosts is the visitor who leads; read last, only when nothing else names a
leader, and only when that caption's subject is the one person of the text who so speaks (a second one who directs,
by whatever name, and it is not said who led). A commune's or ward's office is a host's, in the caption or the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .leader_local_offices import local_office
from .leader_visiting_captions import captioned_officials, visiting_caption_leader
from .mention_text import after_titles
from .person_names import name_parts
from .text import Sentence

if TYPE_CHECKING:  # the people module imports this one; these are only its types
    from .leaders import Leader
    from .people import People, PersonMention
    from .text import Article

_ACTS = re.compile(r"^\W*(?:đã\s+)?(?:phát biểu|kết luận|chủ trì|kiểm tra|khảo sát|giám sát|làm việc)\b", re.IGNORECASE)
_DIRECTS = re.compile(r"^\W*(?:đã\s+|cũng\s+)?(?:đề nghị|yêu cầu|chỉ đạo)\b", re.IGNORECASE)
_SHORT_DIRECTS = re.compile(r"\b(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]/c)\s+([A-ZĐÀ-Ỹ][^\W\d_]*)\s+(?:đã\s+|cũng\s+)?"
                            r"(?:đề nghị|yêu cầu|chỉ đạo)\b")
"""The short form a later sentence gives: "ông Đệ đề nghị", "bà Hường yêu cầu"."""


def last_caption_leader(article: Article, people: People, mentions_of: Callable[[Sentence], list[PersonMention]],
                        make: Callable[[str, str, Sentence, str], Leader]) -> Leader | None:
    """The visiting body's captioned official (`leader_visiting_captions`), else the captioned directing visitor."""
    return visiting_caption_leader(article, mentions_of, make) or caption_director(article, people, mentions_of,
                                                                                 make)


def caption_director(article: Article, people: People, mentions_of: Callable[[Sentence], list[PersonMention]],
                     make: Callable[[str, str, Sentence, str], Leader]) -> Leader | None:
    """The captioned official who is the only one the text shows asking or directing, or None."""
    directors = _directors(people, article)
    if len(directors) != 1:
        return None
    (who,) = directors
    for subject, caption in captioned_officials(article, mentions_of, 45):
        if len(caption.text[:subject.start].split()) > 3 or local_office(subject.title) or \
                not _ACTS.match(after_titles(subject)):
            continue  # someone named inside the caption, a host, or no act at the visit
        if who in (subject.name, subject.name.split()[-1]):
            return make(subject.name, subject.title, caption, "X, <title>, phát biểu (caption); X đề nghị")
    return None


def _directors(people: People, article: Article) -> set[str]:
    """Who the text shows asking or directing, by full name, or by the given name of a short form; a local office's
    holder (a host) left out."""
    found: set[str] = set()
    hosts = {m.name.split()[-1] for m in people.mentions if local_office(m.title)}
    for mention in people.mentions:
        if name_parts(mention.name) >= 2 and not local_office(mention.title) and _DIRECTS.match(after_titles(mention)):
            found.add(mention.name)
    for sentence in article.sentences:
        for m in _SHORT_DIRECTS.finditer(sentence.text):
            if m[1] not in hosts and not any(name.split()[-1] == m[1] for name in found):
                found.add(m[1])
    return found
