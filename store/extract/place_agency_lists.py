"""A ward, commune or district listed after the province's agencies in the one list of places visited.

"giám sát ... tại Công an tỉnh và phường A", "khảo sát tại Trung tâm Phục vụ hành chính công tỉnh, UBND xã B và
phường C", "làm việc với Sở Tư pháp, Văn phòng Đăng ký đất đai tỉnh và UBND phường D": the team went to the
agencies and to the unit; the unit is what the house lists (the province only when no lower unit is visited, as
`place_title_bodies.lead_body_province` does). The first unit after the agencies is read here; the next ones of the
list follow it as any list does (`place_choice._next_in_list`).

No clause stands between the agencies and the unit: an agency's name never holds a level word ("Sở Y tế về tình
hình ở xã A" is another reading), and the list opens on "tại" after the visit's verb or on "làm việc với" — never on
"phối hợp với Công an tỉnh và phường A", which says who works with whom, not where the team went.
"""

from __future__ import annotations

import re

from .place_title_bodies import AGENCY

_IN_INITIALS = r",\s*(?=[A-ZĐ]{1,5}\s*(?:&|-|,|\svà\s)\s*[A-ZĐ]{1,5}\b)"
"""A comma between a name's initials, more initials joined after it ("Sở VH,TT&DL", "Sở VH, TT và DL": Văn hóa,
Thể thao và Du lịch): part of the name, not a cut between two agencies."""
_ITEM = AGENCY + (r"(?:" + _IN_INITIALS +
                  r"|(?!\b(?i:xã|phường|thị trấn|thị xã|huyện|quận|về|của|để|nhằm|trong|theo)\b)[^.;:,()]){0,60}?")
"""One agency of the province with the rest of its name, and no level word or clause in it."""
_SEP = r"(?:\s*,\s*|\s+và\s+)"
_NAMED = r"[A-ZĐ](?:(?!\b(?i:xã|phường|thị trấn|thị xã|huyện|quận|về|của|để|nhằm|trong|theo|UBND)\b)[^.;:,()]){0,60}?"
"""A department's own name after the head they share ("các Sở Nội vụ, Tư pháp": "Tư pháp"), capitalised, no level
word or clause in it; the last may end on the level word they share ("Tư pháp tỉnh")."""
_SHARED = (r"các\s+(?:Sở|Ban|Hội|Chi cục|Trung tâm|Cục|Phòng|Bệnh viện|Văn phòng|Quỹ|Đài)\s+" + _NAMED +
           r"(?:" + _SEP + r"(?:" + _ITEM + r"|" + _NAMED + r"))*")
"""Several departments after one "các" and one head: "các Sở Nội vụ, Tư pháp, Thanh tra tỉnh"; any head the
province's agencies have ("các Cục Thống kê, Thuế tỉnh", "các Bệnh viện Đa khoa, Y học cổ truyền tỉnh", "các Quỹ ...",
"các Văn phòng ...", "các Đài ...") and the offices' "các Phòng ..." (a ward's or a department's)."""
_AFTER_AGENCIES = re.compile(
    r"(?i:\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b(?:(?!\b(?:với|cùng)\b)[^.;:]){0,200}?\btại|\blàm việc\s+với)"
    r"\s+(?i:trụ sở\s+)?(?i:lãnh đạo\s+)?(?:" + _SHARED + r"|" + _ITEM + r")(?:" + _SEP + _ITEM + r")*" + _SEP +
    r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?$")


def listed_after_agencies(text: str, start: int) -> bool:
    """The unit named at `start` of the sentence `text` follows the province's agencies in the list of places the
    visit went to ("tại Công an tỉnh và phường A", "tại các Sở Nội vụ, Tư pháp tỉnh và phường A")."""
    # the city a centre belongs to, abbreviated ("Trung tâm Phục vụ hành chính công TP. Hà Nội – Chi nhánh số 3 và
    # phường A"), is read as written out
    before = _CITY_ABBREVIATED.sub("thành phố ", text[max(0, start - 400):start])
    return bool(_AFTER_AGENCIES.search(before))


_CITY_ABBREVIATED = re.compile(r"\bTP\.?\s+(?=[A-ZĐ])")
