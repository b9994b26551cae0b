"""An excerpt opening on the host taking in a visitor's remarks: a visit, and the visitor leads it.

"Tiếp thu các ý kiến của Bộ trưởng B, Bí thư Tỉnh ủy A Y cho biết tỉnh sẽ ...": a stored excerpt that begins
mid-article, after the lead that said who came, on the host's answer to the visitor (s29 fresh57 v06). No word of
oversight is left in the opening, so `visit_kind` read no visit, and the host, the only person named with a name in
the sentence, was taken as the leader. Yet a host only takes in the remarks of someone who came to its table: the
visitor, named with the office in that sentence ("của Phó Chủ tịch Quốc hội X", "của Thứ trưởng Bộ B, ông X") or
named later with the same office ("kiến nghị ... Bộ trưởng X"), leads; the host never does.

Only when the visitor's office is above the host's (a national office above a province's, a province's above a
district's or a commune's) and the host is named with a unit's office: a unit taking in its own superior's remarks
("của Phó Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ X") and anything said at a conference, a meeting or a voters'
meeting in the opening is no visit; "Tiếp thu ý kiến cử tri" names no office at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..folding import fold
from .person_names import SURNAMES, name_parts
from .text import Article, Sentence

__all__ = ["TakenIn", "host_takes_in_visitor", "taken_in", "visitor_taken_in"]

_TAKES_IN = re.compile(r"^\W*Tiếp\s+thu\s+(?:đầy\s+đủ\s+)?(?:các\s+|những\s+)?ý\s+kiến"
                       r"(?:\s+(?:chỉ\s+đạo|phát\s+biểu|góp\s+ý|đóng\s+góp|kết\s+luận))?\s+của\s+(?P<rest>.+)$",
                       re.IGNORECASE)
"""The host's answer opening the sentence: "Tiếp thu (các|những) ý kiến (chỉ đạo) của ..."."""
_RANK = re.compile(r"(?:đồng\s+chí\s+)?(?P<rank>(?:Phó\s+)?(?:Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+tịch|"
                   r"Chủ\s+nhiệm|Trưởng\s+[Bb]an|Trưởng\s+[Đđ]oàn|Tổng\s+Bí\s+thư|Bí\s+thư|Tổng\s+Thư\s+ký|Viện\s+trưởng|"
                   r"Chánh\s+án|Tổng\s+Kiểm\s+toán|Giám\s+đốc))\b")
"""An office's rank opening a segment: the visitor's ("Bộ trưởng Công an") or the host's ("Bí thư Tỉnh ủy A")."""
_SAYS = re.compile(r"\s(?:cho\s+biết|khẳng\s+định|cam\s+kết|nhấn\s+mạnh|nêu\s+rõ|bày\s+tỏ|thông\s+tin|chia\s+sẻ|"
                   r"cảm\s+ơn|hứa|đề\s+nghị|kiến\s+nghị|thừa\s+nhận)\b")
"""The host's verb after its name: where the host's clause ends."""
_OWN_GATHERING = re.compile(r"\b(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+họp|kỳ\s+họp|cử\s+tri|sơ\s+kết|"
                            r"tổng\s+kết|giao\s+ban)\b", re.IGNORECASE)
"""A conference, a meeting, a voters' meeting in the opening: remarks taken in at the unit's own gathering."""
_HONORIFIC = re.compile(r"^(?:ông|bà|đồng\s+chí|đ/c)\s+(?P<name>\S.*)$", re.IGNORECASE)
_NAME = re.compile(r"[A-ZĐÀ-Ỹ][^\s,.;:()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:()]*){1,3}")
_LEAD = 2
_LEVEL_WORDS = {"tỉnh", "huyện", "xã", "phường", "quận", "trấn", "phố", "ủy", "uỷ"}
"""A place's name after these ("tỉnh Hà Tĩnh", "Tỉnh ủy Hà Giang") is no person's, whatever its first word."""


@dataclass
class TakenIn:
    """The sentence, the visitor's office, the visitor's name when written there, and the host's segment."""

    sentence: Sentence
    office: str
    name: str | None
    host: str


def _level(office: str) -> int:
    """How high an office sits: 1 a commune's, 2 a district's, 3 a province's (or its department's), 4 the state's
    or a team's; 0 when the office names no unit."""
    folded = fold(office)
    if re.search(r"\b(?:quoc hoi|chinh phu|trung uong|thu tuong|bo truong|thu truong|chu tich nuoc|doan|"
                 r"tong bi thu|tong kiem toan|vien truong|chanh an|bo)\b", folded):
        return 4
    if re.search(r"\b(?:tinh|tinh uy|thanh uy|so)\b", folded):
        return 3
    if re.search(r"\b(?:huyen|huyen uy|quan|quan uy|thi xa|thi uy)\b", folded):
        return 2
    if re.search(r"\b(?:xa|phuong|thi tran|dang uy)\b", folded):
        return 1
    return 0


def taken_in(article: Article) -> TakenIn | None:
    """The opening's "Tiếp thu ý kiến của <visitor's office> ..., <host's office> Y cho biết", or None."""
    opening = " ".join(([article.title] if article.title else []) + [s.text for s in article.sentences[:3]])
    if _OWN_GATHERING.search(opening):
        return None
    for sentence in article.sentences[:_LEAD]:
        if (m := _TAKES_IN.match(sentence.text)) is None or (says := _SAYS.search(m["rest"])) is None:
            continue
        segments = [part.strip() for part in m["rest"][:says.start()].split(",") if part.strip()]
        if len(segments) < 2 or not (visitor := _RANK.match(segments[0])) or not _RANK.match(segments[-1]):
            continue
        host = segments[-1]
        if _level(segments[0]) <= _level(host) or _level(host) == 0:
            continue  # the unit's own superior, or a host named with no unit's office
        name = _name_in(segments[:-1], visitor.end())
        return TakenIn(sentence, _office(segments[0], name), name, host)
    return None


def _name_in(segments: list[str], rank_end: int) -> str | None:
    """The visitor's name in the visitor's segments: after the office ("Thứ trưởng Bộ Tư pháp X") or with an
    honorific of its own ("ông X")."""
    for n, segment in enumerate(segments):
        if n and (honoured := _HONORIFIC.match(segment)) and _is_name(honoured["name"]):
            return honoured["name"]
    words = segments[0][rank_end:].split()
    for size in (4, 3, 2):  # the name is the office's tail: "Phó Chủ tịch Quốc hội X Y Z"
        before = words[-size - 1].lower() if len(words) > size else ""
        if size <= len(words) and before not in _LEVEL_WORDS and _is_name(" ".join(words[-size:])):
            return " ".join(words[-size:])
    return None


def _is_name(text: str) -> bool:
    """A person's name: two to four capitalised words, the first a surname."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words) and words[0].lower() in SURNAMES and \
        name_parts(text) >= 2


def _office(segment: str, name: str | None) -> str:
    """The visitor's office without the name written after it."""
    return segment[:-len(name)].strip() if name and segment.endswith(name) else segment


def host_takes_in_visitor(article: Article) -> str | None:
    """The opening sentence in which the host takes in a higher visitor's remarks (the visit's evidence), or None."""
    found = taken_in(article)
    return found.sentence.text if found else None


def visitor_taken_in(article: Article) -> tuple[str, str, Sentence] | None:
    """(name, office, sentence) of the visitor whose remarks the host takes in: named there, else the person the
    article names with that office's rank elsewhere ("Bộ trưởng X"), never the host; None when nobody is so named."""
    found = taken_in(article)
    if found is None:
        return None
    if found.name:
        return found.name, found.office, found.sentence
    rank = _RANK.match(found.office)
    assert rank is not None
    pattern = re.compile(re.escape(rank["rank"]) + r"\s+(" + _NAME.pattern + ")")
    for sentence in article.sentences:
        for m in pattern.finditer(sentence.text):
            name = _longest_name(m[1])
            if name and name not in found.host:
                return name, found.office, sentence
    return None


def _longest_name(words: str) -> str | None:
    """The longest run of the capitalised words that reads as a name ("Tô Lâm"; "Bộ Nội" is none)."""
    parts = words.split()
    for size in range(len(parts), 1, -1):
        if _is_name(" ".join(parts[:size])):
            return " ".join(parts[:size])
    return None
