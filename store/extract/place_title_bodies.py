"""A headline's overseeing body of a province, when nothing else places the visit: "HĐND tỉnh A giám sát bệnh viện";
and a lead's, when it goes to one of the province's departments: "Ban Kinh tế - Ngân sách HĐND TPHCM khảo sát tại Sở
Khoa học và Công nghệ".

A teaser page or a page of captions may keep no sentence that names a unit: only the headline says which body went
("HĐND tỉnh Bình Dương giám sát bệnh viện công bỏ không"). A province's body that oversees, surveys or inspects
works in its province; by the house rule a province-level visit lists the province. Taken only when no other unit was
found visited (the last of `place_choice`'s fall-backs), and never when the headline places the visit elsewhere.

The same holds in a sentence of the text when the body's visit goes to a department of the province ("khảo sát tại
Sở ...", "giám sát Sở Nội vụ", "làm việc với Công an ..."), and the province is written only in the body's name, as a
city often is, run together ("HĐND TPHCM", "Đoàn ĐBQH TP.HCM"): no other reading takes a province so named.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from .place_venues import province_level

if TYPE_CHECKING:
    from .place_mentions import Mention

_BODY = re.compile(r"(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội|"
                   r"(?:(?:Ủy|Uỷ) ban\s+)?(?:MTTQ|Mặt trận Tổ quốc)(?:\s+Việt Nam)?|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)"
                   r"\s+(?:tỉnh|thành phố|TP\.?)?\s*$",
                   re.IGNORECASE)
_NOT_A_UNITS = (r"(?:(?!HĐND|Hội đồng|Đoàn ĐBQH|Đoàn đại biểu|(?<!tác\s)(?i:xã)\s(?!hội)|(?i:phường|huyện|quận)\s)"
                r"[^.;,])")
"""A character of a body's name that does not begin a council's name or a lower unit's ("Hợp tác xã", "xã hội" are
words of a name)."""
_FAMILY = ("Công an", "Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng", "Kho bạc Nhà nước", "Bảo hiểm xã hội",
           "Liên đoàn Lao động", "Liên minh Hợp tác xã", "Ngân hàng Chính sách xã hội", "Viện Kiểm sát nhân dân",
           "Tòa án nhân dân", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh",
           "Hội Liên hiệp Thanh niên", "Ủy ban Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc Việt Nam",
           "Đoàn Thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh")
"""The province's bodies whose names are written as initials ("Hội Liên hiệp Phụ nữ tỉnh": "HLHPN tỉnh")."""


def _initials(name: str) -> str:
    """The first letters of a name's syllables, upper case, marks dropped but "Đ" kept: "Liên đoàn Lao động" →
    "LĐLĐ", "Tòa án nhân dân" → "TAND", "Ủy ban ..." → "UB..."."""
    return "".join(unicodedata.normalize("NFD", word[0])[0] for word in name.split()).upper()


def _written_as_initials(names: tuple[str, ...]) -> list[str]:
    """Each name's initials ("HLHPN"), its head word kept before them ("Bộ CHQS", "Hội LHPN"), and for an association
    or committee the initials after its head alone when three letters or more ("LHPN", "MTTQ", "CCB"); longest first.
    Never a council's or a people's committee's initials ("HĐND", "UBND"): those are the bodies that visit."""
    forms: set[str] = set()
    for name in names:
        head = next((word for word in ("Hội", "Bộ", "Ủy ban") if name.startswith(word + " ")), "")
        rest = name[len(head):].strip()
        forms.add(_initials(name))
        if head and len(rest.split()) > 1:
            forms.add(f"{head} {_initials(rest)}")
            if head != "Bộ" and len(_initials(rest)) >= 3:
                forms.add(_initials(rest))
    assert not forms & {"HĐND", "UBND"}
    return sorted(forms, key=len, reverse=True)


_HEAD_INITIALS = r"(?:TT|BV|VP|BQL)(?!\s+(?:HĐND|UBND|ĐBQH|MTTQ|UBMTTQ|TU|HU|BTV)\b)"
"""A centre's, a hospital's, an office's or a board's head written as initials ("TT PVHCC tỉnh": Trung tâm Phục vụ
hành chính công; "VPĐKĐĐ tỉnh": Văn phòng Đăng ký đất đai), before more initials; never "TT HĐND" (Thường trực
HĐND, the body that visits) nor "TT. X" (a town)."""
_INITIALS = r"\b(?:" + "|".join(re.escape(form) for form in _written_as_initials(_FAMILY)) + r")"
AGENCY = (r"(?:(?:Sở|Công an|Cục|Bộ Chỉ huy|Kho bạc Nhà nước|Bảo hiểm xã hội|Văn phòng (?:UBND|Ủy ban nhân dân))"
           r"\s+(?:[A-ZĐ]|tỉnh\b|thành phố\b)|"
           r"(?:Trung tâm|Bệnh viện|Văn phòng|Ban Quản lý|Chi cục|Quỹ|" + _HEAD_INITIALS + r"(?=\s+[A-ZĐ]{2,}\b))"
           r"\s[^.;,]{2,60}?\s(?:tỉnh|thành phố)\b|"
           + _HEAD_INITIALS + r"[A-ZĐ&]{2,}\s+(?:tỉnh|thành phố)\b|"
           r"(?:Ban|Hội(?!\s(?i:đồng|nghị|trường|thảo))|Liên đoàn|Liên minh|Thanh tra|Viện|Tòa án|Toà án|Ngân hàng|Đài|"
           r"Trường Chính trị)(?:\s" + _NOT_A_UNITS + r"{2,60}?)?\s(?:tỉnh|thành phố)\b|"
           r"(?:Tỉnh|Thành)\s+(?i:đoàn)\b|"
           r"(?:Chi cục Thuế|Kho bạc Nhà nước|Hải quan|Thuế)\s+khu vực\b|Thuế\s+(?:tỉnh|thành phố)\b|"
           + _INITIALS + r"\s+(?:tỉnh|thành phố)\b|"
           r"các\s+sở,?\s+(?:ban,?\s+)?ngành\b)")
"""A department or agency of the province: "Sở Y tế", "Công an tỉnh", "Bảo hiểm xã hội tỉnh", a provincial centre or
hospital ("Trung tâm Phục vụ hành chính công tỉnh", "Bệnh viện Đa khoa tỉnh", "Văn phòng Đăng ký đất đai tỉnh"), or
the departments together ("các sở, ngành", "các sở, ban, ngành"). Also the family of the province's other bodies,
each written with the level word: a board ("Ban Dân tộc tỉnh"), an association or union ("Hội Nông dân tỉnh", "Hội
Liên hiệp Phụ nữ tỉnh", "Liên đoàn Lao động tỉnh", "Liên minh Hợp tác xã tỉnh"), the inspectorate, the procuracy and
the court ("Thanh tra tỉnh", "Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"), a bank's branch or the radio
("Ngân hàng Chính sách xã hội tỉnh", "Đài Phát thanh và Truyền hình tỉnh"), the political school; the youth union
("Tỉnh đoàn", "Thành đoàn"); and the State's regional offices, named by region, not by province, since 2025 ("Kho bạc
Nhà nước khu vực X", "Chi cục Thuế khu vực Y", "Thuế tỉnh"); and those written as initials before the level word,
derived from their names (`_FAMILY`: "LĐLĐ tỉnh", "HLHPN tỉnh", "UBMTTQ tỉnh", "CA tỉnh", "Bộ CHQS tỉnh"). Never a
council's own committee ("Ban Pháp chế HĐND tỉnh": the body that visits), a council ("Hội đồng"), a meeting or a hall
("Hội nghị", "Hội trường"), nor a body of a commune, ward or district ("Hội Nông dân xã A", "LĐLĐ xã")."""
_LOWER = r"\b(?:xã|phường|thị trấn|thị xã|huyện|quận)\b"
_ACTS = re.compile(r"^\s*(?:[^.;:]{0,30}?\s)?(?i:giám sát|khảo sát|kiểm tra)\b"
                   r"(?![^.;:]*\b(?i:tại|ở)\s(?!(?:trụ sở\s+)?" + AGENCY + r"(?:(?!" + _LOWER + r")[^.;:])*$))")
"""The body's act, with no other place after it; "tại" only before an agency of the province, with no unit after
it ("HĐND tỉnh A giám sát tại Trung tâm Phục vụ hành chính công tỉnh"), never "tại xã B" (a unit visited)."""


def title_body_province(ordered: list[Mention], title: str) -> Mention | None:
    """The headline's province whose body oversees, surveys or inspects, with no other place in the headline."""
    for mention in ordered:
        if not mention.in_title or mention.resolution is None or not province_level(mention):
            continue
        if _BODY.search(title[:mention.start]) and _ACTS.match(title[mention.end:]):
            return mention
    return None


_LED = (r",?\s*do\s+(?:ông|bà|đồng chí)\s[^.;:]{2,80}?\s(?i:làm trưởng đoàn|làm trưởng ban|dẫn đầu|làm trưởng)"
        r"\s*,?\s+")
"""Who leads the team, between the body and its verb: "do bà X, Trưởng ban, làm trưởng đoàn", ", do ông Y dẫn đầu,"."""
_DEPARTMENT_VISIT = re.compile(
    r"^\s*(?:[^.;:]{0,20}?\s|" + _LED + r")?(?:đã\s+|vừa\s+)?(?:có buổi\s+)?(?:giám sát|khảo sát|kiểm tra|làm việc)\s+"
    r"(?:thực tế\s+)?(?:[^.;:]{0,160}?\s(?=tại\s|với\s))?(?:tại\s+(?:trụ sở\s+)?|với\s+(?:lãnh đạo\s+)?)?"
    r"(?:các\s+)?" + AGENCY)
"""The body's visit, in the lead, goes to one of the province's agencies, right after the verb or after what it
oversees ("giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh"); the body and
its verb may stand apart by who leads the team ("HĐND tỉnh A, do ông X, Phó Trưởng ban, dẫn đầu, đã giám sát"), and
several departments may share one "các" and one level word ("tại các Sở Nội vụ, Tư pháp và Thanh tra tỉnh")."""


def lead_body_province(ordered: list[Mention]) -> Mention | None:
    """The province of an overseeing body whose visit, in a sentence of the text, goes to one of the province's
    departments ("Ban Kinh tế - Ngân sách HĐND TPHCM khảo sát tại Sở Khoa học và Công nghệ")."""
    for mention in ordered:
        if mention.in_title or mention.sentence is None or mention.resolution is None or mention.qualifier or \
                not province_level(mention):
            continue
        text = mention.sentence.text
        if _BODY.search(text[:mention.start]) and _DEPARTMENT_VISIT.match(text[mention.end:]):
            return mention
    return None


_NOT_A_MATTER = (r"(?:tại|ở|đến|đối với|với|trên|các|một số|những|mọi|ông|bà|anh|chị|đồng chí|hộ|gia đình|công ty|"
                 r"doanh nghiệp|trường|bệnh viện|trạm|trung tâm|nhà máy|cơ sở|dự án|công trình|chợ|xã|phường|thị trấn|"
                 r"thị xã|huyện|quận|thôn|bản|ấp|khu|tổ|đơn vị|cơ quan|địa phương|đoàn|thực tế|trực tiếp|của|năm|"
                 r"liên ngành|và|hoặc)\b")
"""What after the verb is no matter but a unit, a site or a person overseen, or a place ("giám sát Công ty ...", a
capital, is refused by the lower-case letter the matter must begin with); or shows the word a noun ("hoạt động giám
sát của Đoàn", "đoàn kiểm tra liên ngành")."""
_BEFORE_ACT = r"(?:(?!\b(?i:tại|ở|đến|về thăm)\s)[^.;:]){0,90}?"
_OVERSEES = r"(?i:giám sát|khảo sát|kiểm tra)\s+"
_MATTER_OVERSEEN = re.compile(
    r"^\s*(?:" + _BEFORE_ACT + r"\b(?:đã\s+|vừa\s+|đang\s+)?" + _OVERSEES +
    r"(?:việc|công tác|tình hình|kết quả|hoạt động|chương trình|chính sách)\b|"
    r"(?:" + _BEFORE_ACT + r"\b(?:(?:đã|vừa|đang|tiến hành)\s+|(?i:làm trưởng đoàn|dẫn đầu),?\s+))?" + _OVERSEES +
    r"(?!" + _NOT_A_MATTER + r")[a-zđà-ỹ])"
    r"(?![^.;:]*\b(?i:tại|ở)\s(?!(?:trụ sở\s+)?" + AGENCY + r"(?:(?!" + _LOWER + r")[^.;:])*$))")
"""The body oversees a matter and the sentence names no place it went to: "đoàn giám sát của HĐND tỉnh A do ông X
làm trưởng đoàn đã giám sát việc cấp nước sạch cho người dân vùng nông thôn" (a matter of the whole province). The
matter is one of seven nouns ("việc", "công tác", "tình hình", ...) as before, or any phrase in lower case
("tiến độ giải ngân ...", "thực hiện Nghị quyết ...") when the verb is the body's own act: right after its name, or
after "đã / vừa / đang / tiến hành" or who leads the team ("... làm trưởng đoàn đã giám sát"), never a noun's
("họp để triển khai chương trình giám sát, khảo sát", "thành lập hai đoàn kiểm tra liên ngành"); never a named unit
or person ("Công ty ...", "ông X"), nor a unit, site or place in lower case ("các xã", "dự án ...")."""


def lead_body_matter(ordered: list[Mention]) -> Mention | None:
    """The province of an overseeing body that, in the lead (the first two sentences), oversees a matter with no place
    named: a province-level oversight, listed as the province by the house rule. The last fall-back: only when no
    unit was found visited (a home, "cử tri ở X", "ông Y (huyện Z)", is none)."""
    for mention in ordered:
        if mention.in_title or mention.sentence is None or mention.sentence.index > 1 or \
                mention.resolution is None or mention.qualifier or not province_level(mention):
            continue
        text = mention.sentence.text
        if _BODY.search(text[:mention.start]) and _MATTER_OVERSEEN.match(text[mention.end:]):
            return mention
    return None
