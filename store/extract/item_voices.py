"""Who asks when no name is written before the verb: the delegation's side told by a title, a pronoun or a body.

`item_speakers` knows the leader by name, "Trưởng đoàn", a delegation member
and the local units. Real reports also say:

- the leader by his title alone, after he was named once: "Thứ trưởng yêu
  cầu ...", "Phó Chủ tịch UBND tỉnh yêu cầu xã ...", "Thủ tướng nhấn mạnh";
- a pronoun with an adverb: "Bà cũng đề nghị xã ...", "Ông còn lưu ý ...";
- the visiting body itself: "Qua giám sát, Thường trực HĐND huyện đề nghị xã
  Hòa Chính cần ...", "Ban Pháp chế HĐND tỉnh đề nghị ...";
- a higher people's committee that inspected its communes: "Sau kiểm tra,
  UBND huyện yêu cầu các xã, thị trấn ban hành kế hoạch ...". The same
  words before "kiến nghị UBND tỉnh" are the locality's own request, so the
  side is told by whom the request goes to: a lower unit is directed.
"""

from __future__ import annotations

import re

from .item_wording import SPLIT_VERBS
from .leaders import Leader
from .places import Places

_OPENER = re.compile(
    r"^\W*(?:(?:đồng thời|bên cạnh đó|ngoài ra|cùng với đó|mặt khác|tại buổi [^,]*|qua (?:giám sát|kiểm tra|khảo sát)|"
    r"sau (?:khi )?(?:kiểm tra|giám sát|khảo sát)|(?:phát biểu )?kết luận(?: [^,]*)?)\s*,\s*)+", re.IGNORECASE)
_ADVERBS = r"(?:\s+(?:cũng|còn|đồng thời|tiếp tục|thêm|đã))*"
_PRONOUN = re.compile(r"^\W*(?:đồng chí|ông|bà)" + _ADVERBS + r"\s*$", re.IGNORECASE)
_COUNCIL = re.compile(
    r"((?:(?:(?:Thường trực|Ban\s+[^,;]{1,40}?|Tổ đại biểu(?: số \d+)?)\s+)?(?:HĐND|Hội đồng nhân dân)|"
    r"(?:Ủy ban|Uỷ ban)\s+(?:Kiểm tra|MTTQ(?: Việt Nam)?|Mặt trận Tổ quốc(?: Việt Nam)?))\s+"
    r"(tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\b(?:\s+[A-ZĐ][^\s,;]*)*)" + _ADVERBS +
    r"\s*$")
"""The council (or the Front, or a party inspection committee) that visits, named by its level and place only."""
_RANK = {"tỉnh": 1, "thành phố": 1, "tp": 1, "huyện": 2, "quận": 2, "thị xã": 2, "xã": 3, "phường": 3, "thị trấn": 3,
         "đặc khu": 3}
_HIGHER = re.compile(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(tỉnh|thành phố|huyện|quận|thị xã)\b[^,;]{0,30}?"
                     + _ADVERBS + r"\s*$", re.IGNORECASE)
_LOWER_ADDRESSEE = re.compile(r"^\W*(?:(?:UBND|Ủy ban nhân dân|lãnh đạo)\s+)?(?:các\s+|hai\s+|ba\s+)?"
                              r"(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)\b", re.IGNORECASE)


def pronoun_or_title(clause: str, leader: Leader | None) -> bool:
    """ "Bà cũng", "Thứ trưởng", "Đồng thời, Phó Chủ tịch UBND tỉnh": the leader spoken of without his name."""
    if _PRONOUN.match(clause):
        return True
    if leader is None or not leader.title:
        return False
    words = re.sub(_ADVERBS + r"\s*$", "", _OPENER.sub("", clause)).strip(" ,")
    if not words or not words[0].isupper() or not 2 <= len(words.split()) <= 8:
        return False
    titles = [t.strip() for t in leader.title.split(",") if t.strip()]
    return any(t.lower().startswith(words.lower()) and (len(t) == len(words) or t[len(words)] == " ")
               for t in titles)


def council_speaker(clause: str, places: Places) -> str | None:
    """ "Qua giám sát, Thường trực HĐND huyện": the visiting council, unless it is the visited unit's own."""
    m = _COUNCIL.search(_OPENER.sub("", clause))
    if not m:
        return None
    level = m[2].lower()
    if level in ("xã", "phường", "thị trấn", "đặc khu") and any(v.level == level for v in places.visited):
        return None  # the visited commune's own council asking: its own request
    return m[1].strip()


def higher_committee(clause: str, after: str) -> str | None:
    """ "UBND huyện" before "yêu cầu các xã ...": a higher committee directing the units it visited."""
    m = _HIGHER.match(_OPENER.sub("", clause).strip())
    if not m:
        return None
    lower = _LOWER_ADDRESSEE.match(after)
    if not lower or _RANK[lower[1].lower()] <= _RANK[m[1].lower()]:
        return None
    return re.sub(_ADVERBS + r"\s*$", "", _OPENER.sub("", clause).strip()).strip()


_RECOMMENDS = re.compile(r"\b(?:có|đưa ra|nêu)\s+(?:những|một số|các|nhiều)\s*$", re.IGNORECASE)
_TOWARD = re.compile(r"^(?:,\s*(?:đề xuất|kiến nghị))?\s+(?:đối với|với)\s+", re.IGNORECASE)


def recommended_to(verb: str, before: str, after: str) -> tuple[str, str] | None:
    """(to, content) of "có những kiến nghị, đề xuất đối với HĐND phường tiếp tục ...": the delegation asking."""
    if verb not in ("kiến nghị", "đề xuất") or not _RECOMMENDS.search(before):
        return None
    m = _TOWARD.match(after)
    if not m:
        return None
    rest = after[m.end():]
    verbs = "|".join(re.escape(v) for v in sorted(SPLIT_VERBS, key=len, reverse=True))
    unit = re.match(r"((?:\S+\s+){0,9}?\S+?),?\s+(?=(?:" + verbs + r")\b)", rest, re.IGNORECASE)
    if not unit:
        return None
    return unit[1].strip(" ,"), rest[unit.end():]


def without_opener(clause: str) -> str:
    """The clause without "Qua giám sát, ", "Sau kiểm tra, ", "Đồng thời, " before its subject."""
    return _OPENER.sub("", clause)
