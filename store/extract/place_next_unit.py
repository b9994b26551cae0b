"""A unit that opens a sentence after the first visited one: the next stop, told as a subject, not with "tại".

A round of visits is told unit by unit, and the later units do not always come after "tại" ("Tại xã B, ...", which
`place_choice` reads): they open the sentence as its subject with "cũng" ("Xã B cũng đã bố trí ...", "UBND xã B cũng
đã niêm yết ..."), after a word that sets them against the first ("Riêng xã B, ...", "Còn tại UBND xã B, ...", "Đối
với xã B, đoàn đề nghị ...", "Trong khi đó, UBND xã B chưa ..."), or as what the team found ("đoàn ghi nhận UBND xã B
có ...", "đoàn kiểm tra nhận thấy UBND phường B có 3 công chức vắng mặt"). The first two need a unit of the same level
visited before them (a commune opening a sentence by itself is no visit); the team's finding is one by itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .place_mentions import Mention

_WARD_LEVELS = ("xã", "phường", "thị trấn")
_OFFICE = r"(?:(?:trụ sở\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Đảng ủy|Đảng uỷ)\s+|" \
          r"[Bb]ộ phận (?:[Mm]ột cửa|[Tt]iếp nhận và [Tt]rả kết quả)(?:\s+của)?\s+)?"
_SET_AGAINST = re.compile(
    r"^\W*(?:còn|riêng|đối với|trong khi đó\s*,|tương tự\s*,|tương tự như vậy\s*,|ngược lại\s*,)\s*"
    r"(?:(?:tại|ở)\s+)?" + _OFFICE + r"$", re.IGNORECASE)
"""A unit set against the one before: "Riêng xã B", "Còn tại UBND xã B", "Đối với xã B", "Trong khi đó, UBND xã B"."""
_SUBJECT = re.compile(r"^\W*(?:(?:bên cạnh đó|ngoài ra)\s*,\s*)?" + _OFFICE + r"$", re.IGNORECASE)
_ALSO = re.compile(r"^[^,.;]{0,12}?\s*\bcũng\b(?!\s+(?:là|như|nằm|thuộc|có tên)\b)", re.IGNORECASE)
"""Right after the name, "cũng": the unit did likewise ("Xã B cũng đã ...")."""
_TEAM_FOUND = re.compile(
    r"\b(?:đoàn|tổ)(?:\s+(?:kiểm tra|giám sát|khảo sát|công tác))?\s+(?:đã\s+|cũng\s+)?(?:ghi nhận|nhận thấy)\s+"
    r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?$", re.IGNORECASE)
"""The team's finding about the unit: "đoàn ghi nhận UBND phường A có ...", "đoàn kiểm tra nhận thấy UBND xã A"."""


def opens_on_next_unit(mention: Mention, earlier: list[Mention], text: str) -> bool:
    """Whether `mention` opens its sentence as the next unit of a round (see the module's note)."""
    if mention.level not in _WARD_LEVELS or mention.start > 200:
        return False
    before = text[:mention.start]
    if _TEAM_FOUND.search(before[-80:]) and not re.search(r"[.;]", before[-80:]):
        return True
    if not any(m.visited and not m.in_title and m.level == mention.level and m.sentence is not mention.sentence
               for m in earlier):
        return False
    if _SET_AGAINST.match(before):
        return True
    return bool(_SUBJECT.match(before) and _ALSO.match(text[mention.end:]))
