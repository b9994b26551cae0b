"""A province whose own agency a trip goes to or sits with, listed beside the wards the same trip stops at.

A visited province is no locality of its own when a lower unit is visited too (`place_choice`: "tại TP Huế, phường
A" lists the ward): the province there only says where the ward is. A trip that goes to a province's own agency is
another matter: "Thứ trưởng ... kiểm tra thực tế tại Công an phường A ... Sau đó, đoàn tiếp tục làm việc tại trụ sở
Công an TP HCM" stops at the ward and at the city's seat, and a province-level visit lists the province (the settled
convention). As with a district beside its communes, listed only when the text says the visit went to it or held a
session with it: "làm việc tại (trụ sở) ...", "đến (làm việc với) ...", "(có buổi) làm việc với/cùng ..." (the lead
settled in session 16 that a session with the province's police, a department or its People's Committee counts as
a going to its seat), told in a sentence of its own. A ward's own agency ("Công an phường A") is no province's; a
partner of a ward's own work ("phối hợp với Công an tỉnh X") is no session; nor does a sentence that lists the agency
with the units ("làm việc với Sở Nội vụ tỉnh X, huyện A và huyện B"), a province named as the place of a ward, or the
body's own ("Đoàn ĐBQH tỉnh X") add it. The province's party committee is its own organ as its People's Committee is
(session 30): "làm việc với Ban Thường vụ Tỉnh ủy X" beside a district stop told in another sentence lists X too, and
so does an excerpt that opens on that committee's report heard at the session ("Báo cáo đánh giá của Tỉnh ủy X nêu rõ,
...", then "Phát biểu tại buổi làm việc, ..."; s28 fresh53 v02, `province_report_heard`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .place_agencies import AGENCY_INITIALS
from .place_context import resolve_province
from .place_mentions import Mention
from .place_province_reports import province_report_heard
from .place_resolution import display_name
from .place_venues import bodies_named, province_level

if TYPE_CHECKING:
    from .text import Sentence

_GOES_TO = (r"(?:\blàm\s+việc\s+(?:tại\s+(?:trụ\s+sở\s+)?|với\s+|cùng\s+)|"
            r"\b(?:đến|tới)\s+(?:làm\s+việc\s+(?:với|tại)\s+)?(?:trụ\s+sở\s+)?)")
"""Going to the agency ("làm việc tại trụ sở", "đến làm việc với", "tới") or holding a session with it ("có buổi làm
việc với", "làm việc cùng"): the convention the lead settled in session 16 lists the province either way."""
_SESSION_WITH = re.compile(
    _GOES_TO + r"(?:lãnh\s+đạo\s+|đại\s+diện\s+)?"
    r"(?:Công\s+an|Sở\s+[^.;:,]{2,40}?|Cục\s+[^.;:,]{2,30}?|Bộ\s+Chỉ\s+huy\s+[^.;:,]{2,30}?|Kho\s+bạc\s+Nhà\s+nước|"
    r"Bảo\s+hiểm\s+[Xx]ã\s+hội|UBND|Ủy\s+ban\s+nhân\s+dân|" + AGENCY_INITIALS + r")\s+$")
"""The agency the team goes to, right before the province's name: "làm việc tại trụ sở Công an TP HCM", "đến làm
việc với BHXH tỉnh X"."""


def agency_session_province(mention: Mention) -> bool:
    """Whether `mention` is a province (or a city that is one) whose own agency's seat the team goes to."""
    if not province_level(mention) or mention.sentence is None:
        return False
    text = mention.sentence.text
    before = text[max(0, mention.start - 120):mention.start]
    before = re.sub(r"(?:tỉnh|thành\s+phố|TP\.?)\s*$", "", before, flags=re.IGNORECASE)
    return _SESSION_WITH.search(before) is not None


_FIELD_WITH_AND = (r"(?:Giáo\s+dục\s+và\s+Đào\s+tạo|Khoa\s+học\s+và\s+Công\s+nghệ|"
                   r"(?:Nông\s+nghiệp|Tài\s+nguyên)\s+và\s+Môi\s+trường|Nông\s+nghiệp\s+và\s+Phát\s+triển\s+nông\s+thôn|Thông\s+tin\s+và\s+Truyền\s+thông|"
                   r"Dân\s+tộc\s+và\s+Tôn\s+giáo|Lao\s+động\s*[-–]\s*Thương\s+binh\s+và\s+Xã\s+hội|"
                   r"Văn\s+hóa,\s+Thể\s+thao\s+và\s+Du\s+lịch)(?=\s)")
"""A department whose own name holds "và" ("Sở Giáo dục và Đào tạo"): the "và" in it ends no agency's name."""
_BARE_AGENCY = re.compile(_GOES_TO + r"(?:Công\s+an|Sở|Cục|Bộ\s+Chỉ\s+huy|"
                          r"Kho\s+bạc\s+Nhà\s+nước|Bảo\s+hiểm\s+[Xx]ã\s+hội|" + AGENCY_INITIALS + r")\s+"
                          r"(?P<agency>(?:" + _FIELD_WITH_AND + r")?[^.;:,()]{0,60}?)"
                          r"(?=\s+(?:về|để|và|cùng|nhằm)\b|\s*[.;:,(]|$)")
"""Going to an agency whose city or province is written bare after it: "làm việc tại trụ sở Sở Y tế Hà Nội",
"đến làm việc với Công an Đà Nẵng", "làm việc với Sở Giáo dục và Đào tạo Hải Phòng"."""


_LEVEL_WORD = re.compile(r"\b(?:tỉnh|thành\s+phố|TP\.?|xã|phường|huyện|quận|thị\s+xã|thị\s+trấn)\s", re.IGNORECASE)


def bare_agency_provinces(sentences: list[Sentence]) -> list[Mention]:
    """The provinces written bare at the end of an agency's name the team goes to, as mentions (no level word
    names them, so no other mention does)."""
    found: list[Mention] = []
    for sentence in sentences:
        for session in _BARE_AGENCY.finditer(sentence.text):
            words = session["agency"].split()
            if _LEVEL_WORD.search(session["agency"] + " "):
                continue  # a level word names the unit: its own mention is read as any other
            for size in (3, 2, 1):
                name = " ".join(words[-size:])
                if len(words) < size or not all(word[:1].isupper() for word in words[-size:]):
                    continue
                resolution = resolve_province(name)
                if resolution is None or resolution.ward is not None:
                    continue
                start = session.start("agency") + session["agency"].rindex(name)
                mention = Mention(name, "tỉnh", name, start, start + len(name), sentence, resolution=resolution)
                mention.name = display_name(mention)
                found.append(mention)
                break
    return found


_PARTY_SESSION = re.compile(_GOES_TO + r"(?:lãnh\s+đạo\s+|đại\s+diện\s+)?(?:(?:Ban\s+Thường\s+vụ|Thường\s+trực)\s+)?"
                            r"Tỉnh\s+[uủ]y\s+$")
"""A session with the province's party committee, right before the province's name: "đã làm việc với Ban Thường vụ
Tỉnh ủy X", "đến làm việc với Tỉnh ủy X"; not the team's own ("Đoàn công tác của Tỉnh ủy X") nor a partner ("phối
hợp với Tỉnh ủy X")."""


def party_session_provinces(sentences: list[Sentence]) -> list[Mention]:
    """The provinces whose party committee the team holds a session with, as mentions: the committee's name is no
    unit mention of its own ("Tỉnh ủy X" has no level word), so none would be listed beside the lower unit."""
    return [mention for sentence in sentences for mention in bodies_named(sentence)
            if _PARTY_SESSION.search(sentence.text[max(0, mention.start - 120):mention.start])] + \
        province_report_heard(sentences)
