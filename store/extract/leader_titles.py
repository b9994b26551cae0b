"""A title written before a person's name and set off by commas: "Phó Chủ tịch HĐND tỉnh, ông X, dẫn đầu đoàn".

`people.py` reads the titles written after a name; an appositive office written before it would otherwise leave a
leader with no title at all. Kept apart so that the people module stays short.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .leader_long_titles import inner_commas_kept

if TYPE_CHECKING:  # the people module imports this one; these are only its types
    from .people import PersonMention

_DEGREE_WORD = r"(?:(?:Phó\s+)?Giáo\s+sư|Tiến\s+sĩ(?:\s+khoa\s+học)?|Thạc\s+sĩ|Bác\s+sĩ|Kỹ\s+sư|(?:GS|PGS|TS|ThS)\.?)"
FULL_DEGREES_BEFORE = re.compile(r"(?:^|[\s,;:(])(?:(?:do|có|và|ông|bà|đồng chí)\s+)?(?=[^,;:]*?(?:Giáo|Tiến|Thạc|Bác|"
                                 r"Kỹ)\s)" + _DEGREE_WORD + r"(?:\s*[,.]?\s*" + _DEGREE_WORD + r")*\s*$")
"""Degrees written in words, which stand where an honorific would ("Sáng 19/7, Giáo sư, Tiến sĩ X, Phó Chủ tịch
... làm trưởng đoàn", "Tiến sĩ X, Phó Chủ nhiệm Ủy ban ..."): the name after them is a person's, and the person
still opens the clause."""
DEGREE_WORD = _DEGREE_WORD
"""One degree in words or abbreviated ("Phó Giáo sư", "Tiến sĩ", "ThS."), for the rules that read degrees elsewhere."""
_CLAUSE_BEFORE = re.compile(r"([^,;:()]{3,120})(?:,|\s[-–])\s*$")
"""The clause before the name's honorific, set off by a comma or a spaced dash ("Trưởng Ban Pháp chế HĐND tỉnh - bà
X")."""
BRACKETED_PLACE_END = re.compile(r"\s*\((?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|TX\.?)\s+)?"
                                 r"[A-ZĐÀ-Ỹ][^\s(),;:]*(?:\s+(?:[-–]\s+)?[A-ZĐÀ-Ỹ][^\s(),;:]*){0,3}\)\s*$")
"""A unit's province or district in brackets right before a name, with its level word or bare ("Phó Chủ tịch UBND
huyện Tịnh Biên (tỉnh An Giang) Nguyễn Văn A", "Chủ tịch UBND thị xã Tân Châu (An Giang) Trần Văn B"): part of the
title before it, no clause break; `person_titles.title_before` drops it."""
RANK_BEFORE = r"(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?"
"""A military or police rank between "do (đồng chí)" and a name ("do đồng chí Thiếu tướng X, <title> dẫn đầu"): it
stands where nothing else does, so the name still follows "do"."""


def fill_titles_before(found: list[PersonMention], title_before: Callable[[str], str]) -> None:
    """Give a person named with an honorific and no title after the name the office written just before it, between
    commas; and a person whose title is written before the name the offices listed before that one. Never when
    another person is named in that clause: "Chủ tịch UBND tỉnh Nguyễn Văn A, ông B" is A's title."""
    for mention in found:
        if mention.sentence is None:
            continue
        before = mention.sentence.text[:mention.start]
        if not mention.titles and mention.honorific:
            title = _office_before(before, mention, found, title_before)
            if title:
                mention.titles = [title]
        elif mention.titles and not mention.honorific and before.rstrip().endswith(mention.titles[0]):
            # offices listed before the one written with the name: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X A"
            before = before.rstrip()[:-len(mention.titles[0])]
            while title := _office_before(before, mention, found, title_before):
                mention.titles.insert(0, title)
                before = before.rstrip()[:-len(title)].rstrip().removesuffix(",")


def _office_before(before: str, mention: PersonMention, found: list[PersonMention],
                   title_before: Callable[[str], str]) -> str:
    """The whole clause before ", " when it is an office and names no one else; "" otherwise."""
    # (a comma inside an office's own name ends no clause: "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội")
    clause = _CLAUSE_BEFORE.search(inner_commas_kept(before))
    if clause is None:
        return ""
    if any(other is not mention and other.sentence is mention.sentence and
           clause.start(1) <= other.end <= clause.end() for other in found):
        return ""
    text = before[clause.start(1):clause.end(1)]
    title = title_before(text)
    # only an office that fills its clause: "Ngày 5/8, Bí thư Tỉnh ủy" has its date before, "do Phó Chủ tịch" a word
    return title if title and text.strip().endswith(title) else ""
