"""People named in the article, their titles, and which of them led the delegation.

A person is written with an honorific ("ông", "bà", "đồng chí") and a
capitalised name, or as a title followed by a name ("Phó chủ tịch HĐND
Thành phố Phùng Thị Hồng Hà", "Trưởng đoàn Cil Ha Thuyên"). Titles follow
the name after a comma or a dash ("Nguyễn Văn Sum- UVTV Thành ủy, Phó Chủ
tịch HĐND thành phố") and are kept as written, joined by commas.

The leader is the head of the delegation, never the local official who
reports to it: "do bà X, <titles> làm Trưởng đoàn", "đồng chí X, <titles>,
Trưởng Đoàn ...", "Trưởng đoàn là ông X", "do ông X chủ trì", "ông X -
<titles>, đã chủ trì đoàn giám sát". Someone introduced by "Báo cáo với
đoàn", "Tiếp đoàn có" or "cho biết" is a host, unless the text calls them
the head of the delegation in so many words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..folding import fold
from ..gazetteer import gazetteer
from .leader_bare_offices import without_province_after_office
from .leader_caption_directors import last_caption_leader
from .leader_captions import caption_leader
from .leader_headline_holders import headline_holder
from .leader_openings import listed_after_colon
from .leader_speakers import session_speaker
from .leader_titles import FULL_DEGREES_BEFORE, fill_titles_before
from .leader_top_offices import top_office_name
from .leaders import _HEAD_BEFORE, _HEAD_WORDS, _LEADS_LOOSELY, Leader, choose_leader
from .person_names import NAME_SURNAMES, TOKEN, letter_prefixed, name_at, name_parts
from .person_names import SURNAMES as SURNAMES  # the surnames, also read by the place checks
from .person_short_names import short_name_after_title
from .person_titles import title_before, titles_after
from .person_unit_names import past_unit_name
from .role_spelling import role_words
from .text import Article, Sentence

_HONORIFIC = re.compile(r"(?<![\w])(?:ông|bà|đồng chí|đ/c|Ông|Bà|Đồng chí|Đ/c|ÔNG|BÀ|đc|Đc)\s+(?=\S)")
"""("đc", "đồng chí" shortened on some portals, is also a chat spelling of "được": a full name with its surname must
follow it.)"""
_PLACE_BEFORE = re.compile(r"\b(?:tỉnh|huyện|xã|phường|thành phố|TP\.?|thị xã|thị trấn|quận|núi|đường|phố|chợ|"
                           r"cầu|sông|kênh|rạch|đình|chùa|miếu)\s+$", re.IGNORECASE)
_OFFICE_FIRST = re.compile(r"(?:Phó|Trưởng|Chủ tịch|Chủ nhiệm|Bí thư|Ủy viên|Uỷ viên|Giám đốc|Thứ trưởng|Bộ trưởng)\s")
"""An office, not a name, after the head's own ("Trưởng đoàn giám sát, Trưởng Ban ..."); matched with its diacritics,
since folded "Trương" is "Trưởng"."""


@dataclass
class PersonMention:
    """A person named once: the name, the titles written with it, and the sentence."""

    name: str
    titles: list[str]
    sentence: Sentence | None
    start: int
    end: int
    after: str = ""
    before: str = ""
    honorific: bool = False

    @property
    def title(self) -> str:
        return ", ".join(self.titles)


@dataclass
class People:
    mentions: list[PersonMention] = field(default_factory=list)
    leader: Leader | None = None

    def full_name(self, short: str) -> str | None:
        """ "Lợi" or "Nguyễn Văn Lợi" → the full name of a person named earlier."""
        for mention in self.mentions:
            if mention.name == short or mention.name.endswith(" " + short):
                return mention.name
        return None

    def others(self) -> list[dict[str, str]]:
        """Everyone but the leader, once each, with their titles: the record's `people`."""
        out: dict[str, str] = {}
        leader = self.leader.name if self.leader else None
        for mention in self.mentions:
            if mention.name == leader or name_parts(mention.name) < 2:
                continue
            if mention.title and len(mention.title) > len(out.get(mention.name, "")):
                out[mention.name] = mention.title
        return [{"name": name, "role": role} for name, role in out.items()]

    def titles_of(self, name: str) -> str:
        best = ""
        for mention in self.mentions:
            if mention.name == name and len(mention.title) > len(best):
                best = mention.title
        return best


def find_people(article: Article) -> People:
    people = People()
    for sentence in article.sentences:
        people.mentions += _mentions(sentence)
    _expand_short_names(people)
    people.leader = choose_leader(people, article) or _headline_leader(article) or \
        headline_holder(article, _mentions, Leader) or \
        caption_leader(article, _mentions, Leader) or \
        session_speaker(article, people, _mentions, Leader) or \
        last_caption_leader(article, people, _mentions, Leader)  # a head named only under a photo, or who speaks there
    return people


_HEADLINE_VISITS = re.compile(r"^\s*(?:đã\s+)?(?:(?:đến\s+)?thăm(?:\s+và|\s*,)\s+)?"
                              r"(?:giám sát|khảo sát|kiểm tra|làm việc|dẫn đầu|chủ trì|thăm|tặng quà|trao quà)\b",
                              re.IGNORECASE)
"""(A call told by its gifts, "Phó Thủ tướng X tặng quà gia đình chính sách ...", is a trip its subject heads.)"""


def _headline_leader(article: Article) -> Leader | None:
    """No sentence names a head: the headline's titled subject who visits ("Phó Chủ tịch HĐND tỉnh X giám sát tại
    xã A"), never someone the headline has receive the team ("Chủ tịch UBND xã tiếp đoàn")."""
    if not article.title:
        return None
    headline = Sentence(article.title, -1, -1)
    for mention in _mentions(headline):
        if name_parts(mention.name) >= 2 and mention.titles and _HEADLINE_VISITS.match(headline.text[mention.end:]):
            return Leader(mention.name, mention.title, headline, "<title> X giám sát (headline)")
    return None


def _mentions(sentence: Sentence) -> list[PersonMention]:
    text = role_words(sentence.text)  # "làm trường đoàn", a typo of the head's office, read as written right
    found: list[PersonMention] = []
    taken: list[tuple[int, int]] = []
    for m in _HONORIFIC.finditer(text):
        if m[0][:1] in ("B", "Ô") and _PLACE_BEFORE.search(text, 0, m.start()):
            continue  # "tỉnh Bà Rịa", "núi Bà Đen", "đường Bà Triệu": a place named after a lady, no honorific
        named = name_at(text, m.end(), need_surname=m[0].rstrip() in ("đc", "Đc"))
        if not named:
            continue
        name, end = named
        if fold(name.split()[0]) in ("chu", "pho", "truong", "bi", "giam") and len(name.split()) < 3:
            continue
        mention = PersonMention(name, titles_after(text, end), sentence, m.start(), end, honorific=True)
        found.append(mention)
        taken.append((m.start(), end))
    # a name written after a title, without an honorific: "... HĐND Thành phố Phùng Thị Hồng Hà nhấn mạnh"
    for token in TOKEN.finditer(text):
        if any(start <= token.start() < end for start, end in taken):
            continue
        previous = text[max(0, token.start() - 1):token.start()]
        if previous and previous not in " (":
            continue
        window = text[max(0, token.start() - 160):token.start()]
        head = _HEAD_BEFORE.search(window)
        # (seven words: a province before the name may take two, "tỉnh Lâm Đồng Y Thanh Hà Niê Kđăm")
        named = name_at(text, token.start(), need_surname=head is None, most=7) or \
            top_office_name(text, token.start(), window)
        if (
            named is None
            and head is None
            and title_before(window)
            and not re.search(
                r"(?:tỉnh|huyện|xã|phường|thành phố|thị xã|thị trấn|quận|TP\.?)\s*$", window, re.IGNORECASE
            )
            and not re.search(r"(?:^|\s)[A-ZĐÀ-Ỹ][^\s]*\s$", window)
        ):
            loose = name_at(text, token.start(), need_surname=False)
            if loose and len(loose[0].split()) >= 3 and (_LEADS_LOOSELY.match(text, loose[1]) or re.search(
                    r"(?:dưới sự chủ trì của|chủ trì bởi)\s+[^,.;]{0,90}$", window, re.IGNORECASE)):
                named = loose
        if named and head is not None and _OFFICE_FIRST.match(named[0]):
            named = None  # "Trưởng đoàn giám sát, Trưởng Ban Pháp chế HĐND tỉnh X": a title follows the head's office
        if named is None and head is None and title_before(window):  # "Phó Chủ tịch HĐND tỉnh Lê Quang dẫn đầu"
            named = short_name_after_title(text, token.start(), window)
        if not named:
            continue
        name, end = named
        if (own := past_unit_name(window, name)) is not None:  # "Phó Chủ tịch UBND phường Nguyễn Thái Bình":
            if name_parts(own) < 2:  # the ward's name, no person's (person_unit_names)
                continue
            window, name = text[max(0, end - len(own) - 160):end - len(own)], own
        full, name = name, _without_place(name, window)
        if len(name.split()) > 5:  # read long only for a place before it: a name has five words at most
            kept = " ".join(name.split()[:5])
            end, full, name = end - len(name) + len(kept), full[:len(full) - len(name)] + kept, kept
        place = full[:len(full) - len(name)].strip()
        if head is None and not title_before(window) and not (
                (len(name.split()) >= 3 or len(name.split()[0]) == 1) and
                (re.search(r"(?:^|[\s,;:])(?:do|có|và|ông|bà|đồng chí|gồm(?: các \S+)?)\s*:?\s+" + _DEGREES + "$",
                           window) or FULL_DEGREES_BEFORE.search(window)) and
                titles_after(text, end)) and not (len(name.split()) >= 3 and listed_after_colon(window)):
            continue  # a bare name counts when its titles follow it ("do Đỗ Thị X - Phó Chủ tịch HĐND phường")
        if head is not None and len(name.split()) < 2:
            continue
        titles = titles_after(text, end)
        before = title_before(window)
        if before and place:
            before = f"{before} {place}"
        if before and not _HEAD_WORDS.match(before):
            titles = [before] + titles
        # the name starts after the place its first words belonged to ("tỉnh An Giang Nguyễn Văn Nam")
        mention = PersonMention(name, titles, sentence, end - len(name), end)
        found.append(mention)
        taken.append((token.start(), end))
    fill_titles_before(found, title_before)
    for mention in found:
        mention.after = text[mention.end:mention.end + 400]
        mention.before = text[max(0, mention.start - 400):mention.start]
    found.sort(key=lambda p: p.start)
    return found


def _without_place(name: str, before: str) -> str:
    """ "Phó Chủ tịch HĐND thành phố Hà Nội Phạm Quí Tiên": the place ends the title, it starts no name."""
    # a level word, or a body that a place name follows bare ("Thành ủy Hải Phòng Đào Trọng Đức")
    level = re.search(r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|(?:Thành|Tỉnh|Huyện|Quận)\s+(?:ủy|uỷ)|"
                      r"HĐND|UBND)\s+((?:[A-ZĐÀ-Ỹ]\S*\s+){0,2}(?:[-–]\s+)?)$", before, re.IGNORECASE)
    if not level:  # "Chủ tịch Hà Nội Vũ Đại Thắng": a bare office, then a province
        return without_province_after_office(name, before)
    started = level[1].split()  # "tỉnh Tây | Ninh Nguyễn Thanh Hải": the place began before the name did
    # "Tỉnh ủy An | Giang Lê Hồng Quang": read case-blind, "tỉnh" took "ủy" as the place's first word; it is no name
    started = started[next((i for i, word in enumerate(started) if word[:1].isupper()), len(started)):]
    words = name.split()
    for cut in (3, 2, 1, 0):
        rest = words[cut:]
        place = " ".join(started + words[:cut])  # "Bà Rịa - Vũng Tàu": a dashed province, its dash kept
        if not (place and rest and name_parts(" ".join(rest)) >= 2) or len(place.split()[-1]) == 1:
            continue  # ("H Yim Kđoh": a particle opens the name; "H" alone is no province)
        # the name opens with a surname, an Ede or K'Ho letter ("H Yim Kđoh", "K'Mák"); after a whole province, with
        # any clan word of its peoples ("tỉnh Lâm Đồng Cil Ha Thuyên", "Ninh Thuận Pi Năng Thị Thủy")
        opens = rest[0].lower() in NAME_SURNAMES or letter_prefixed(rest[0]) or rest[0] in ("Y", "H", "A", "K")
        if opens and (gazetteer().find_province(place) or gazetteer().names_a_district(place)) or \
                len(rest) >= 2 and gazetteer().find_province(place) and fold(rest[0]) not in _INSTITUTION_WORDS:
            return " ".join(rest)
    return name


_INSTITUTION_WORDS = {fold(w) for w in "bệnh trường trung công ban sở phòng khu viện hội ngân cục chi đài báo nhà cụm "
                      "điểm ủy uỷ quỹ kho cảng chợ tổ văn".split()}
"""Words that open an institution's name written in title case ("tỉnh Lâm Đồng Bệnh Viện Đa Khoa"): no person's."""

_DEGREES = r"(?:(?:GS|PGS|TS|ThS|BS|KS|CN)\.?\s*)*"
"""Academic degrees written before a name ("do PGS.TS Nguyễn Thị X, Phó Chủ nhiệm Ủy ban làm trưởng đoàn")."""

def _expand_short_names(people: People) -> None:
    """ "ông Lợi" after "ông Nguyễn Văn Lợi": the same person."""
    full = [m.name for m in people.mentions if name_parts(m.name) >= 2]
    for mention in people.mentions:
        if name_parts(mention.name) == 1:
            match = [name for name in full if name.split()[-1] == mention.name]
            if len(set(match)) == 1:
                mention.name = match[0]
