"""The state's top offices before a two-word name, and a lead glued to its headline.

Two ways a visiting head was missed on real pages:

- a two-word name after one of the state's top offices ("Tổng Bí thư Tô Lâm", "Chủ tịch nước Lương Cường",
  "Thủ tướng Phạm Minh Chính" has three): a name written after a title needs three words or a surname of the
  few peoples who write two (`person_names`), since a two-word capitalised run after a title is as often a place or
  a body ("Chủ tịch UBND tỉnh Hà Nam"). After these offices no place or body follows: the office is one person's,
  named right after it, so a surname and one more word are a name.
- a headline copied with no line break before the dated lead ("Thủ tướng kiểm tra ... tại Hà Nam Sáng 18/9, Thủ
  tướng X và đoàn công tác tới khảo sát ..."): the capitalised day word inside the sentence starts the lead, and the
  person after it is the lead's subject as if the sentence opened on the day.
"""

from __future__ import annotations

import re

from .person_names import NAME_SURNAMES, TOKEN

_TOP_OFFICE = re.compile(r"(?:^|[\s,(])(?:Tổng Bí thư|(?:Phó\s+)?Chủ tịch nước|(?:Phó\s+)?Thủ tướng(?:\s+Chính phủ)?|"
                         r"(?:Phó\s+)?Chủ tịch Quốc hội|Thường trực Ban Bí thư)\s+$")


def top_office_name(text: str, position: int, before: str) -> tuple[str, int] | None:
    """A two-word name (surname and given name, both capitalised) at `position` right after a top office in
    `before`, as (name, end); or None."""
    if not _TOP_OFFICE.search(before[-60:]):
        return None
    first = TOKEN.match(text, position)
    if first is None or first[0].lower() not in NAME_SURNAMES or text[first.end():first.end() + 1] != " ":
        return None
    second = TOKEN.match(text, first.end() + 1)
    if second is None or not second[0][:1].isupper() or len(second[0]) < 2:
        return None
    return f"{first[0]} {second[0]}", second.end()


_GLUED_DAY = re.compile(r"\S\s+(?-i:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
                        r"(?:\s*[/.-]\s*\d{2,4})?\s*,\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?$", re.IGNORECASE)
"""A capitalised day word in the middle of a sentence with only the person after it ("... tại Hà Nam Sáng 18/9, "):
a lead glued to the headline before it."""


def opens_glued_lead(before: str) -> bool:
    """The text before a person (titles taken off) ends with a dated lead's opening glued to a headline."""
    return _GLUED_DAY.search(before) is not None
