"""A unit whose desks the team checked on the ground, named after the higher unit's: "kiểm tra thực tế tại 1 số bộ
phận chuyên môn của huyện và xã A", "kiểm tra đột xuất việc thực hiện kỷ luật ... tại một số phòng chuyên môn của
huyện, UBND xã A và UBND thị trấn B" (fresh38, Bắc Yên 2021).

`place_cues._OFFICES_OF` reads sites "của xã A" (schools, stations, works) as a visit to A, but not the desks of an
administration ("bộ phận", "phòng ban", "bộ phận chuyên môn"), nor a list that names the higher unit first by its
bare level word ("của huyện và xã A"), which a reading that stops at any level word could not pass.
"""

from __future__ import annotations

import re

_DESKS_OF = re.compile(
    r"\b(?:kiểm tra|khảo sát|giám sát|làm việc)(?:\s+đột xuất)?\s+"
    # what was checked before "tại": "kiểm tra đột xuất việc thực hiện kỷ luật, kỷ cương ... tại"
    r"(?:(?:việc|công tác|hoạt động|tình hình)\b[^.;:]{0,100}?\s+tại\s+|(?:thực tế\s+)?(?:tại\s+|với\s+)?)"
    r"(?:(?:các|một số|\d{1,2}\s+số|\d{1,2})\s+)?(?:bộ phận|phòng ban|phòng|cơ quan)(?:\s+chuyên môn)?"
    r"(?:\s+(?:một cửa|tiếp công dân))?\s+(?:của|thuộc)\s+"
    r"(?:(?:UBND\s+)?(?:huyện|thị xã|thành phố|tỉnh)\s+(?:[A-ZĐ]\w*\s+){0,3}(?:,\s*|và\s+)"
    # the bare level word, a comma, then the unit's office: "... của huyện, UBND xã A và UBND thị trấn B"
    r"|(?:huyện|thị xã|thành phố),\s*(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?$", re.IGNORECASE)

_DESK_CHECKED = re.compile(
    r"\b(?:kiểm tra|khảo sát|giám sát)\s+(?:(?:thực tế|trực tiếp|đột xuất)\s+)?(?:hoạt động\s+(?:của\s+)?)?(?:tại\s+)?"
    r"(?:(?:bộ phận|trung tâm)\s+(?:[^.;]{0,30}?\s)?"
    r"(?:một cửa|hành chính công|tiếp nhận và trả kết quả)(?:\s+liên thông)?|trụ sở(?:\s+UBND)?)\s+(?:của\s+)?"
    r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?$",
    re.IGNORECASE)
"""The unit's one-stop desk as what is checked, named right before the unit: "Kiểm tra trung tâm giao dịch một cửa
xã A" (a photo's caption), "khảo sát Trung tâm phục vụ hành chính công của phường B". The check may be said to be
unannounced or of the desk's work, and the unit's office may stand between desk and unit: "kiểm tra đột xuất Bộ phận
Một cửa xã A", "kiểm tra hoạt động của Bộ phận Một cửa UBND xã B" (session 31: without these the district in the
visitor's title was taken for the place)."""


def desks_of(before: str) -> bool:
    """`before` (the text before a unit's name) ends with desks checked "of" that unit, alone or after the higher
    unit's, or with the unit's one-stop desk checked: the unit is visited."""
    return _DESKS_OF.search(before) is not None or _DESK_CHECKED.search(before) is not None
