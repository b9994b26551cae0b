"""A place named bare after "về" or "ở" where the team went: "đoàn về Hoằng Hóa làm việc", "khảo sát ở Sầm Sơn".

`place_mentions._BARE_CUE` reads a name without a level word only after "tại", "đến", "với". "về" and "ở" say much
more than where a visit went: "về" is also "about" ("về Đề án 06", "về việc"), a way back ("trở về Hà Nội") or a
handing over ("gửi về Sở"); "ở" is also a level ("ở mức"), a person's home ("quê ở Nghệ An"), the place of
something talked of ("tình trạng ở Sầm Sơn"). So a bare name after them is read only in the shapes where the team
goes there (session 34, places16; session 35, places18):

* "về" + the name (or names joined by "," / "và") + a visit verb: "về Hoằng Hóa làm việc", "về A và B kiểm tra",
  "về Sầm Sơn để khảo sát"; not after a verb of return or handing ("trở về", "quay về", "gửi về", "sáp nhập về");
* the visit verb first (session 35, places18): "về thăm A", "về thăm, kiểm tra A", "thăm về A", "chuyến công tác
  về A", and "khi|lúc|dịp về A" in a clause that has a visit verb ("đã kiểm tra ... khi về A"; not "trước khi về");
* "ở" right after a visit verb and at most three more words: "khảo sát ở Sầm Sơn", "kiểm tra thực tế ở A"; not
  after a word that makes it someone's home or post ("quê", "sinh", "sống", "trú", "công tác").

The name itself is still vetted as the older cues' are (`place_mentions._bare_mentions`: no office, no person) and
kept only as one of today's wards or a district-level town (`place_resolution.bare_ward`, `place_bare_towns`); a
province's name is not read here ("kiểm tra tuyến đê ở Hà Tĩnh" in a headline stays out).
"""

from __future__ import annotations

import re

from ..gazetteer import gazetteer
from .place_unit_words import _name_after

__all__ = ["went_to_names"]

_VISIT_VERB = r"(?:làm việc|kiểm tra|khảo sát|giám sát|thị sát|thăm|tiếp xúc cử tri|nắm tình hình|chỉ đạo)"
_GO_BACK = re.compile(r"(?:trở|quay|ra|rút|gửi|chuyển|sáp nhập|nhập|đưa|điều|dồn|hướng|báo cáo|ý kiến|thông tin|"
                      r"trao đổi|thảo luận|phản ánh|bàn)\s+$", re.IGNORECASE)
"""Before "về": the way back or a handing over ("trở về Hà Nội", "gửi về Sở"), or talk about a thing."""
_VERB_AFTER = re.compile(r"\s*,?\s+(?:để\s+|và\s+)?(?:trực tiếp\s+)?" + _VISIT_VERB + r"(?![\w])", re.IGNORECASE)
_VERB_BEFORE = re.compile(r"(?<![\w])" + _VISIT_VERB + r"(?:\s+[^\s.,;:()]+){0,3}\s+$", re.IGNORECASE)
_VISIT_THEN_NAME = re.compile(
    r"(?<![\w])(?:về\s+" + _VISIT_VERB + r"(?:(?:\s+và|\s*,)\s+" + _VISIT_VERB + r")?|"
    r"(?:thăm|(?:chuyến|đợt)(?:\s+(?:công tác|thăm|làm việc))?)\s+về|(?<!trước )(?P<when>khi|lúc|dịp)\s+về)"
    r"\s+(?=[A-ZĐÀ-Ỹ])", re.IGNORECASE)
"""A visit verb before the name and "về" before or after it: "về thăm A", "về kiểm tra và làm việc A", "thăm về A",
"trong chuyến công tác về A"; "khi về A" only in a clause with a visit verb ("đã kiểm tra ... khi về A")."""
_VERB_IN_CLAUSE = re.compile(r"(?<![\w])" + _VISIT_VERB + r"(?![\w])", re.IGNORECASE)
_HOME_BEFORE = re.compile(r"(?<![\w])(?:quê|sinh|sống|trú|ngụ|cư ngụ|công tác|nhà)\s+$", re.IGNORECASE)
"""Before "ở": someone's home or post ("quê ở Nghệ An", "công tác ở Sầm Sơn"), no place the team went to."""


def went_to_names(text: str, words: tuple[str, ...] = ("về", "ở")) -> set[int]:
    """Where a bare name the team went to starts, after "về" or "ở" (those of `words`) in the shapes the docstring
    gives."""
    out: set[int] = set()
    for cue in re.finditer(r"(?<![\w])về\s+(?=[A-ZĐÀ-Ỹ])", text) if "về" in words else ():
        if not _GO_BACK.search(text, max(0, cue.start() - 20), cue.start()) and _verb_follows(text, cue.end()):
            out.add(cue.end())
    for cue in _VISIT_THEN_NAME.finditer(text) if "về" in words else ():  # "về thăm A", "thăm về A", "khi về A"
        if not _GO_BACK.search(text, max(0, cue.start() - 20), cue.start()) and \
                (not cue["when"] or _VERB_IN_CLAUSE.search(_clause(text, cue.start()))):
            out.add(cue.end())
    for cue in re.finditer(r"(?<![\w])ở\s+(?=[A-ZĐÀ-Ỹ])", text) if "ở" in words else ():
        before = text[max(0, cue.start() - 60):cue.start()]
        if _VERB_BEFORE.search(before) and not _HOME_BEFORE.search(before):
            out.add(cue.end())
    return {p for p in out if not _province(_name_after(text, p)[0])}


def _clause(text: str, position: int) -> str:
    """The sentence or clause around `position` (up to a stop or a semicolon on either side)."""
    start = max(text.rfind(". ", 0, position), text.rfind("; ", 0, position)) + 1
    ends = [e for e in (text.find(". ", position), text.find("; ", position)) if e >= 0]
    return text[start:min(ends) if ends else len(text)]


def _province(name: str) -> bool:
    """A province's name ("ở Hà Tĩnh" in a headline over a commune checked in the text, t910): left to the older
    cues, which read a province where the visit's place is said with "tại"."""
    return bool(gazetteer().find_province(name) or gazetteer().former_province(name))


def _verb_follows(text: str, position: int) -> bool:
    """A visit verb after the names starting at `position` ("A làm việc", "A và B để kiểm tra")."""
    while True:
        name, end = _name_after(text, position)
        if not name:
            return False
        if _VERB_AFTER.match(text, end):
            return True
        link = re.match(r"\s*(?:,|và|, và)\s+(?=[A-ZĐÀ-Ỹ])", text[end:])
        if not link:
            return False
        position = end + link.end()
