"""A leader named only in a photo caption without a credit, by the office the visiting body gives them.

Some pages never name who led the team in the text; a caption line does, with no "Ảnh:" credit (or the credit on a
line of its own): "Phó Chủ tịch HĐND tỉnh X phát biểu tại buổi giám sát", "Đồng chí X, Trưởng Ban Pháp chế HĐND tỉnh,
kiểm tra bộ phận một cửa", "Đồng chí X, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh chủ trì buổi làm việc".
`leader_captions` reads only credited captions, because a dropped line may be some other story's; here the caption's
subject must hold an office of the body that the headline or the lead says made the visit (its organ and level:
"Ban Pháp chế HĐND tỉnh ..." gives the council of a province, so "Phó Chủ tịch HĐND tỉnh" and "Trưởng Ban ... HĐND
tỉnh" are of it) and act at the visit (speaks, chairs, checks, surveys). An official of the visited commune or ward,
or of another organ (a department's director), is never taken. Two different such officials in captions: the higher
office (the council's chair above its vice chair, above a committee's head, above its deputy head, above a member);
none when the highest two are equal. Read last, when nothing in the text names a head.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from ..folding import fold
from .debris import file_photo
from .leader_local_offices import local_office
from .mention_text import after_titles
from .person_names import name_parts
from .text import Sentence

if TYPE_CHECKING:  # the people module imports this one; these are only its types
    from .leaders import Leader
    from .people import PersonMention
    from .text import Article

_ORGAN = re.compile(r"\b(hdnd|hoi dong nhan dan|doan dbqh|doan dai bieu quoc hoi|(?:uy ban )?mttq(?: viet nam)?|"
                    r"uy ban mat tran to quoc(?: viet nam)?)\s+(tinh|thanh pho|tp\b\.?|huyen|quan|thi xa)")
"""An overseeing organ and its level, folded ("hdnd tinh", "doan dbqh tinh", "uy ban mttq viet nam tinh")."""
_ACTS = re.compile(r"^\W*(?:đã\s+|đang\s+)?(?:phát biểu|kết luận|chủ trì|điều hành|kiểm tra|khảo sát|giám sát|"
                   r"làm việc|trao đổi|thăm)\b", re.IGNORECASE)
_RANKS = ((re.compile(r"^(?:chu tich|truong doan)\b"), 4), (re.compile(r"^pho (?:chu tich|truong doan)\b"), 3),
          (re.compile(r"^truong ban\b"), 2), (re.compile(r"^pho truong ban\b"), 1))


def _organs(text: str) -> set[tuple[str, str]]:
    found = set()
    for m in _ORGAN.finditer(fold(text)):
        organ = _organ(m[1])
        found.add((organ, "thanh pho" if m[2].startswith("tp") else m[2]))
    return found


_ANY_LEVEL = re.compile(_ORGAN.pattern.replace(r"|huyen|quan|thi xa)", r"|huyen|quan|thi xa|xa|phuong|thi tran)\b"))
"""An organ named with any level word, a commune's or ward's too ("hdnd xa", "mttq phuong")."""
_BARE = re.compile(r"\b(hdnd|hoi dong nhan dan|doan dbqh|doan dai bieu quoc hoi|(?:uy ban )?mttq(?: viet nam)?|"
                   r"uy ban mat tran to quoc(?: viet nam)?)\s*$")
"""A title that ends on its organ with no level: "pho chu tich hdnd", "truong ban phap che hdnd"."""


def _organ(name: str) -> str:
    return "hdnd" if name in ("hdnd", "hoi dong nhan dan") else "dbqh" if "doan" in name else "mttq"


def _bare_organ(title: str, organs: set[tuple[str, str]], article: Article) -> bool:
    """Whether a title that names its organ with no level ("Phó Chủ tịch HĐND") can only be of the visiting body:
    the headline and lead name that organ at one level, and nothing in the page (headline, text, captions) names it
    at another (a host's "HĐND xã B", a district's "HĐND huyện C"), so no other council's official could be meant."""
    bare = _BARE.search(fold(title))
    if bare is None:
        return False
    organ = _organ(bare[1])
    levels = {level for name, level in organs if name == organ}
    leading = _leading_level(article, organ)
    if leading is not None and leading in levels:
        return True  # two councils visit together and the lead says which leads: the title is of that council
    if len(levels) != 1:
        return False
    page = " ".join([article.title or "", *(s.text for s in article.sentences), *article.dropped])
    named = {_level(m[2]) for m in _ANY_LEVEL.finditer(fold(page)) if _organ(m[1]) == organ}
    return named <= levels


def _level(word: str) -> str:
    return "thanh pho" if word.startswith("tp") else word


_NAMED = r"(?:" + _ANY_LEVEL.pattern + r")"
_LED_BY = re.compile(r"\bdo\s+(?:(?!\b(?:va|cung|phoi hop)\b)[^.;]){0,100}?" + _NAMED +
                     r"[^.;]{0,80}?\s(?:lam truong doan|lam truong ban|dan dau|chu tri)\b")
"""The team is led by an official of one council: "do Phó Chủ tịch HĐND tỉnh làm trưởng đoàn"."""
_JOINED = re.compile(_NAMED + r"[^.;]{0,60}?\s(?:phoi hop voi|cung voi|cung|va)\s+(?:thuong truc\s+)?" +
                     r"(?:hdnd|hoi dong nhan dan|doan dbqh|doan dai bieu quoc hoi|(?:uy ban )?mttq|uy ban mat tran)\b")
"""Two councils named as one team, the first leading: "Thường trực HĐND tỉnh A phối hợp với Thường trực HĐND phường
B", "đoàn giám sát gồm HĐND tỉnh A và HĐND xã B"."""


def _leading_level(article: Article, organ: str) -> str | None:
    """The level of the council that leads when two councils visit together, as the lead says it: the council of the
    official who leads the team ("do Phó Chủ tịch HĐND tỉnh làm trưởng đoàn"), read in the whole lead paragraph ("...
    Tham gia đoàn có Thường trực HĐND tỉnh A, Thường trực HĐND xã B. Đoàn do Phó Chủ tịch HĐND tỉnh làm trưởng
    đoàn."); else the first of two councils joined in one team in the first two sentences ("HĐND tỉnh A phối hợp với
    HĐND xã B"); None when the lead says neither."""
    first = article.sentences[0].paragraph if article.sentences else 0
    lead = [s.text for n, s in enumerate(article.sentences) if n < 2 or s.paragraph == first]
    for m in _LED_BY.finditer(fold(" ".join(lead))):
        if _organ(m[1]) == organ:
            return _level(m[2])
    for m in _JOINED.finditer(fold(" ".join(s.text for s in article.sentences[:2]))):
        if _organ(m[1]) == organ:
            return _level(m[2])
    return None


def visiting_organs(article: Article) -> set[tuple[str, str]]:
    """The overseeing organs (with their level) the headline and the lead name as the visitors: the headline and the
    first two sentences; when they name none ("đoàn giám sát đã làm việc với UBND xã A"), the rest of the lead
    paragraph ("... Cuộc giám sát nằm trong chương trình của Thường trực HĐND tỉnh B."), never a later paragraph."""
    lead = [s.text for s in article.sentences[:2]]
    if organs := _organs(" ".join([article.title or "", *lead])):
        return organs
    first = article.sentences[0].paragraph if article.sentences else 0
    return _organs(" ".join(s.text for s in article.sentences[2:] if s.paragraph == first))


def _rank(title: str) -> int:
    folded = fold(title)
    return next((rank for pattern, rank in _RANKS if pattern.match(folded)), 0)


def captioned_officials(article: Article, mentions_of: Callable[[Sentence], list[PersonMention]],
                        most_words: int) -> Iterator[tuple[PersonMention, Sentence]]:
    """Each caption's first official named in full with an office (a caption opens on who acts), with the caption:
    lines the article dropped of at most `most_words` words, stock photo credits left out."""
    for line in article.dropped:
        if len(line.split()) > most_words or file_photo(line):
            continue
        caption = Sentence(line, -1, -1)
        mentions = [m for m in mentions_of(caption) if name_parts(m.name) >= 2 and m.titles]
        if mentions:
            yield mentions[0], caption


def visiting_caption_leader(article: Article, mentions_of: Callable[[Sentence], list[PersonMention]],
                            make: Callable[[str, str, Sentence, str], Leader]) -> Leader | None:
    """The captioned official of the visiting body who acts at the visit, made by `make(name, title, caption,
    rule)`; the higher office of two; None when none or two equal."""
    organs = visiting_organs(article)
    if not organs:
        return None
    found: dict[str, tuple[PersonMention, Sentence]] = {}
    for subject, caption in captioned_officials(article, mentions_of, 30):
        opening = caption.text[:subject.start].rstrip().removesuffix(subject.titles[0])
        if len(opening.split()) > 3 or local_office(subject.title) or not _ACTS.match(after_titles(subject)):
            continue  # someone named inside the caption, a host, or no act at the visit
        if _organs(subject.title) & organs or _bare_organ(subject.title, organs, article):
            found.setdefault(subject.name, (subject, caption))
    if not found:
        return None
    ranked = sorted(found.values(), key=lambda pair: _rank(pair[0].title), reverse=True)
    if len(ranked) > 1 and _rank(ranked[0][0].title) == _rank(ranked[1][0].title):
        return None  # two officials of equal office: which led is not said
    subject, caption = ranked[0]
    return make(subject.name, subject.title, caption, "<visiting body's office> X phát biểu/kiểm tra (caption)")
