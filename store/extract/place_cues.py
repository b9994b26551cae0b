"""The words around a unit that say the delegation went there: "tại", "làm việc với UBND", "giám sát bộ phận
một cửa xã A", "làm việc với các trường thuộc xã A", "tại thôn B, xã A"; and those that say it did not: the body's
own name ("HĐND tỉnh X"), a visit still to come. Used by `place_choice._is_visit`.
"""

from __future__ import annotations

import re

from .place_agencies import AGENCY_INITIALS
from .place_mentions import Mention
from .visit_rounds import ROUND_VERB

_WORK_WITH = re.compile(
    r"làm việc\s+(?:với|tại|cùng)\s+(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|lãnh đạo)\s+)?"
    r"(?:(?:các|hai|ba|bốn|năm|\d{1,2})\s+)?$"
    # the units listed after the departments worked with: "làm việc với các sở, ngành liên quan, TP. A và TP. B",
    # "làm việc với Sở Nội vụ, huyện A" — one list of hosts, with no clause between ("về", "tại", "của" ...)
    r"|làm việc\s+(?:với|cùng)\s+(?:(?!\b(?:về|tại|của|do|để|nhằm|trong|theo|khi|sau|trước|đã|sẽ|thì|là)\b)"
    r"[^.;:()]){2,80}?,\s*(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|lãnh đạo)\s+)?$", re.IGNORECASE
)
_KEY_PEOPLE_HOST = re.compile(
    r"làm việc\s+(?:với|cùng)\s+(?:các\s+)?(?:đồng chí\s+)?(?:lãnh đạo|cán bộ)(?:\s+chủ chốt)?(?:\s+của)?\s+$",
    re.IGNORECASE)
"""A province's key people the team works with: "làm việc với lãnh đạo chủ chốt tỉnh X", "với các đồng chí lãnh đạo
tỉnh Y", "với cán bộ chủ chốt của tỉnh Z" (fresh56 v09) — the province hosts the session, as after "làm việc với
lãnh đạo". Read for a province only: a district's are read already, and one whose commune the team saw first stays
that commune's district (t725)."""
_GOES_LATER = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\s+(?:tiếp tục\s+)?(?:\S+\s+){0,2}?"
                         r"(?:giám sát|khảo sát|kiểm tra|làm việc)\b[^.;]{0,60}$|"
                         r"(?:^|[.;!?]\s)\W*(?:(?:ngày|sáng|chiều|tối|trưa)\s+mai|(?:trong\s+)?tuần\s+(?:tới|sau)|"
                         r"tới\s+đây)\s*,[^.;!?]{0,160}$", re.IGNORECASE)
"""A stop still to come: "sẽ tiếp tục làm việc với", or a sentence that opens on a day to come ("Ngày mai, đoàn tiếp
tục làm việc với UBND xã B", session 30 rel1)."""
_DAY_OPENING = (r"(?:(?:sáng|chiều|trưa|tối)\s+)?(?:(?:ngày|hôm)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
                r"(?:\s*\([^()]{1,20}\))?")
"""A day that opens a sentence: "Ngày 10/2", "Sáng 12-3-2024", "Chiều 4/3 (thứ Tư)"."""
_KIND_WORDS = re.compile(r"giám sát|khảo sát|kiểm tra|thị sát|làm việc|thăm|đoàn|có mặt", re.IGNORECASE)
"""A visit's words before "tại xã A" in its sentence; "thị sát" is an inspection on site (session 25)."""
_SEAT = (r"(?:trụ sở\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Công an)|"
         r"[Bb]ộ phận (?:[Mm]ột cửa|[Tt]iếp nhận và [Tt]rả kết quả)|Trung tâm (?:[Pp]hục vụ )?[Hh]ành chính công")
_SCENE_START = re.compile(r"^(?:\W*)(?:(?:tương tự|cùng ngày|sau đó|tiếp đó|trước đó|buổi chiều|chiều cùng ngày|"
                          r"sáng cùng ngày|" + _DAY_OPENING + r")\s*,\s*)?(?:tại|ở)\s+"
                          r"(?:(?:" + _SEAT + r")(?:\s*(?:,|và)\s*(?:" + _SEAT + r"))*\s+)?$", re.IGNORECASE)
"""Where a sentence opens on the place it happens: "Tại xã A, đoàn ...", "Cùng ngày, tại phường B, ...", and after the
day it happened, "Ngày 10/2, tại xã A, Đoàn công tác ... đã kiểm tra ..."; or on its offices' seat: "Tại trụ sở UBND
và Bộ phận tiếp nhận và trả kết quả phường C, ..." (a round of checks told stop by stop)."""
_NUMBER = r"(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})"
_AGENCY = (r"(?:(?:trụ sở\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)|"
           r"[Bb]ộ phận (?:[Mm]ột cửa|[Tt]iếp nhận và [Tt]rả kết quả)|Trung tâm (?:[Pp]hục vụ )?[Hh]ành chính công|"
           r"Công an)")
_OVERSEES = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra)\s+"
                       r"(?:(?:hoạt động|việc|công tác)[^.;,]{0,30}?\s+(?:của|tại)\s+)?" + _AGENCY + r"\s+$",
                       re.IGNORECASE)
"""The unit as what is overseen: "giám sát bộ phận một cửa xã A", "kiểm tra hoạt động của Trung tâm ... phường B"."""
_SITE = r"(?:khu vực bỏ phiếu|điểm bỏ phiếu|khu vực|điểm|tổ bầu cử)\s+(?:số\s+)?\d+\s*"
_VILLAGE = (r"(?:thôn|bản|ấp|xóm|làng|buôn|khóm|plei|bon|tổ dân phố|khu phố|khu dân cư)\s+(?:số\s+)?"
            r"(?:[A-ZĐÀ-Ỹ\d][\w'’]*\s*){1,4}")
_VILLAGE_BEFORE = re.compile(r"(?<![\w])(?<!rưởng )(?:" + _SITE + r"[(,-]?\s*)?" + _VILLAGE + r"[,(]\s*$"
                             # a numbered quarter of an address, no comma: "ở khu 11 phường A", "tổ 5 phường B"
                             r"|(?<![\w])(?:ở|tại)\s+(?:khu|tổ|khóm|ấp|thôn|xóm)\s+(?:số\s+)?\d{1,3}\s+$",
                             re.IGNORECASE)
"""A village, hamlet or street group (a polling station in it) named before its commune or ward, which is the unit
visited: "tại bản Sa Ná, xã Na Mèo", "tại điểm bỏ phiếu số 25 thôn Xây Dựng, xã A", "số 14 thôn Tam Quang (xã A)"."""
_SITES_OF = re.compile(r"(?:một số|các|\d{1,2})?\s*(?:khu vực bỏ phiếu|điểm bỏ phiếu|tổ bầu cử)[^.;:()]{0,30}?"
                       r"\s(?:thuộc|của|ở|tại|trên địa bàn)\s+" + r"(?:(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+)?$",
                       re.IGNORECASE)
"""Polling stations of the unit, where a team checking an election goes: "và một số khu vực bỏ phiếu thuộc phường A"."""
_SITES_CHECKED_IN = re.compile(r"\b(?:kiểm tra|khảo sát|giám sát)\s+(?:thực tế|thực địa)\s+(?!tại\b|ở\b)"
                               r"[^.;:()]{3,100}?\sthuộc\s+(?:(?:các|hai|ba|bốn|năm|\d{1,2})\s+)?$", re.IGNORECASE)
"""Sites checked on the ground in the units listed after them: "đã khảo sát thực tế các vị trí sạt lở và một số công
trình thuộc các huyện A, B, C" (every unit of the list, each a place the team went to)."""
AREA_LISTED = re.compile(r"\b(?:kiểm tra|khảo sát|giám sát)\b[^.;:()]{3,200}?\sthuộc\s+địa bàn\s+"
                         r"(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+(?:xã|phường|thị trấn)\s*:\s*$", re.IGNORECASE)
"""The area the checked sites lie in, given as a count of units and their names after a colon: "khảo sát ... các dự
án ... thuộc địa bàn 03 xã: A, B, C" (every unit listed is one the team went to, not only one named again later)."""
_ITEMS = r"(?:(?!\b(?:qua|cho biết|báo cáo|đề nghị|kiểm tra|giám sát|khảo sát)\b)[^.:]){0,160}?"
_LIST_GOES_ON = (r"(?:" + _ITEMS + r"[;,]\s+(?=" + _AGENCY + r"\s)|" + _ITEMS + r"(?:;|\svà)\s+)")
"""The items of a list between its colon and a later unit of it: no full stop and no new statement ("qua kiểm tra");
the unit after a comma only with its office ("; UBND xã A, UBND xã B"), as ", tỉnh X" closing a list is no item."""
_LISTED_IN = re.compile(
    # not the word of a team's name: "Đoàn kiểm tra chéo của Cụm thi đua ... gồm các tỉnh A, B, C do X làm trưởng
    # đoàn", "Tổ khảo sát ... gồm các tỉnh ..." list the team's members, not the units it goes to (fresh56 v03)
    r"(?:\btại|(?<!Đoàn )(?<!đoàn )(?<!Tổ )(?<!tổ )\b(?:kiểm tra|giám sát|khảo sát)|\blàm việc với)\b"
    r"[^.;]{0,80}?,?\s*(?:bao\s+)?gồm:?\s+"
    r"(?:(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+)?$"
    r"|\b(?:tại|đến|kiểm tra|giám sát|khảo sát|thẩm định|làm việc với)\b[^.;:]{0,60}?\b" + _NUMBER +
    r"\s+(?:đơn vị|địa phương|địa bàn|cơ quan|nơi|điểm)\s*:\s*(?:" + _LIST_GOES_ON + r")?(?:" + _AGENCY + r"\s+)?$"
    r"|\b(?:tại|đến|ở|thăm|kiểm tra|giám sát|khảo sát|thẩm định|làm việc với)\b[^.;:]{0,60}?\b" + _NUMBER +
    r"\s+(?:xã|phường|thị trấn)(?:\s*(?:,|và)\s*(?:xã|phường|thị trấn))*\s+[^.;:,()]{1,60}?"
    r"\s*(?::|,?\s*(?:bao\s+)?gồm\s*:?)\s*$",
    re.IGNORECASE)
"""A place the visit goes to, then the units it is made of: "tại Đơn vị bầu cử số 1, gồm các phường A, B"; a count of
units and a colon, then the units, each after its office ("kiểm tra đột xuất 5 đơn vị: Chi cục X (Sở Y); UBND
phường A (thị xã B); UBND xã C và UBND thị trấn D"); units under one level word and a description of them before the
colon ("thẩm định tại các xã nông thôn mới nâng cao: A, B, C")."""
_OVERSEES_UNITS = re.compile(
    r"\b(?:giám sát|khảo sát|kiểm tra)\b[^.;]{0,60}?\bđối với\s+(?:các\s+)?$"
    r"|\b(?:giám sát|khảo sát|kiểm tra)\b[^.;:]{0,160}?\bcủa\s+(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|"
    r"Ủy ban [Bb]ầu cử|Uỷ ban [Bb]ầu cử)\s+)?" + _NUMBER + r"\s+$|" + ROUND_VERB + "$", re.IGNORECASE)
"""The units a round is held over: "Đoàn giám sát đối với xã: A, B", "kiểm tra đối với các phường A, B", "tổ chức đánh
giá ... trên địa bàn 12 xã: A, B" (`visit_rounds`), and the units
whose work is checked, however long the work's name: "kiểm tra công tác chuẩn bị bầu cử ... nhiệm kỳ 2026-2031 của
các xã A, B và C"."""
_COUNT = r"(?:(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+)?"
_OFFICES_OF = re.compile(
    r"(?<!oàn )\b(?:làm việc (?:với|tại)|khảo sát|kiểm tra|giám sát|thăm|đến)\s+(?:thực tế\s+)?(?:tại\s+)?"
    r"(?:các|một số|hai|ba|\d{1,2})?\s*(?:trường|trạm|hợp tác xã|HTX|chợ|nhà văn hóa|cơ sở|công trình|dự án|"
    r"doanh nghiệp|công ty|bệnh viện|nhà máy|cơ quan|mô hình|hộ|thôn|bản|khu dân cư|tổ dân phố|điểm)\b"
    r"(?:(?!\b(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố)\b)[^.;:]){0,60}?"
    r"\s(?:thuộc|của|ở|tại|trên địa bàn)\s+" + _COUNT + r"$"
    r"|\b(?:làm việc|giám sát|khảo sát|kiểm tra)\s+(?:về|đối với)\s+(?:tình hình\s+)?hoạt động\s+của\s+(?:các\s+)?"
    r"(?:Trung tâm Phục vụ hành chính công|Bộ phận (?:Một cửa|tiếp nhận và trả kết quả))\s+" + _COUNT + r"$",
    re.IGNORECASE)
"""Offices or sites of the unit, visited: "làm việc với các trường thuộc xã A, B", "thăm trạm y tế của hai xã A, B",
"có buổi làm việc về hoạt động của Trung tâm Phục vụ hành chính công phường A và B" (a 2025 ward's centre)."""
_JOINED = re.compile(r"\s*(?:\([^()]{1,40}\))?(?:\s*(?:,\s*và|,|;|và))+\s*" + _COUNT + r"(?:" + _AGENCY + r"\s+)?",
                     re.IGNORECASE)
"""Between two units of one list: "xã A và UBND thị trấn B", "xã A, Công an xã B", "huyện X và các xã A", "xã A (Thanh
Hóa) và xã B" (the province of the first in brackets)."""
_HOSTS_REPORT = re.compile(r"(?:\b(?:lãnh đạo|đại diện|Chủ tịch)\s+(?:lãnh đạo\s+)?"
                           r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?|"
                           r"\bnghe\s+(?:lãnh đạo\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)"
                           r"(?:các|hai|ba|bốn|năm|sáu|\d{1,2})\s+$", re.IGNORECASE)
"""The officials of several units, before the list of them: "Lãnh đạo các xã A, B và C", "đại diện lãnh đạo hai phường
A và B", or the units' People's Committees the team hears ("Đoàn đã nghe UBND các tỉnh A và B báo cáo"). When they
then report ("báo cáo", "trình bày", "cho biết": `reports_after`), those units are the team's
hosts: the ones visited."""
_REPORTS = re.compile(r"^[^.;]{0,80}?\b(?:đã\s+|lần lượt\s+|cùng\s+)*(?:báo cáo|trình bày|cho biết)\b",
                      re.IGNORECASE)


def reports_after(mention: Mention) -> bool:
    """The list the unit heads is followed by what its officials report ("... và C đã báo cáo tình hình ...")."""
    if mention.sentence is None:
        return False
    return bool(_REPORTS.match(mention.sentence.text[mention.end:]))


_GREETS_AT = r"(?:\s*,\s*|\s+)(?:chúc\s+Tết|chúc\s+mừng|thăm\s+hỏi|động\s+viên)\b[^.;:]{0,60}?\s+tại"
"""A greeting told between the call and the office greeted: "đến thăm, chúc Tết Chôl Chnăm Thmây tại Hội ...",
"thăm, chúc mừng năm mới tại Ban Dân tộc ..." (fresh75 v08)."""
_PROVINCE_OFFICE = re.compile(
    r"(?i:\b(?:làm việc\s+(?:với|tại)|giám sát|khảo sát|kiểm tra|thăm(?:" + _GREETS_AT + r")?|đến))\s+"
    r"(?i:(?:lãnh đạo|đại diện)\s+)?"
    r"(?:Sở|Cục|Chi cục|Viện [Kk]iểm sát nhân dân|To[àa] án nhân dân|Bộ Chỉ huy|Ban|Văn phòng|Kho bạc Nhà nước|"
    r"Bảo hiểm [Xx]ã hội|Thanh tra|Ngân hàng|Liên đoàn|Hội|Trường|Đài|Báo|Trung tâm|" + AGENCY_INITIALS + r")\b"
    r"(?:(?!\b(?:về|tại|ở|của|xã|phường|huyện|quận)\b)[^.;:]){0,60}?\s+$|"
    r"(?i:\b(?:giám sát|khảo sát|kiểm tra|thị sát)\b[^.;]{0,120}?\b(?:đoạn|đi|chạy)\s+qua\s+(?:địa bàn\s+)?)$")
"""One of a province's agencies, where a national team works: "làm việc với Sở Nội vụ tỉnh X", "với Cục Thuế và Kho
bạc Nhà nước tỉnh X", or named by its initials, "làm việc với LĐLĐ tỉnh X", "BHXH tỉnh X". The province is visited,
as when the team works with its People's Committee. So it is when the team inspects the stretch of a road or a line
that runs through it ("kiểm tra tuyến cao tốc ... đoạn qua tỉnh X", "đi qua địa bàn tỉnh X"): the site is the
province's, no unit below it is named. A national visitor's call that greets the office on the way ("đã đến thăm,
chúc Tết ... tại Hội Đoàn kết sư sãi yêu nước tỉnh X", "thăm, chúc Tết tại Bộ Chỉ huy Quân sự tỉnh X") goes to it as
"thăm Hội ... tỉnh X" does: a national leader's stop is a visit, gift and tribute trips included (session 13)."""
# A council, a delegation, a party committee or the Front, by name or initials ("UBMTTQVN tỉnh A", "MTTQVN tỉnh A"):
# the province after it is the team's own body, not a place visited.
_BODY_BEFORE = re.compile(r"(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội|Thành ủy|Tỉnh ủy|Huyện ủy|"
                          r"Thành uỷ|Tỉnh uỷ|Huyện uỷ|MTTQ(?:VN)?|Mặt trận Tổ quốc)\s+$")


def named_as_former(mention: Mention) -> bool:
    """ "huyện X (cũ)", "huyện X trước đây": named as what it was, after it ceased."""
    if mention.sentence is None:
        return False
    return bool(
        re.match(r"\s*\(?\s*(?:cũ|trước đây)", mention.sentence.text[mention.end : mention.end + 12], re.IGNORECASE)
    )


def accompanies(mention: Mention) -> bool:
    """A district or ward whose leaders join the team: "tham gia đoàn có ... lãnh đạo UBND huyện A"."""
    if mention.resolution is None or mention.qualifier or mention.in_title or mention.sentence is None or \
            mention.level in (None, "tỉnh"):
        return False
    text = mention.sentence.text
    return bool(re.search(r"\b(?:tham gia đoàn|cùng đi|đi cùng|cùng tham gia|tham gia cùng)\b", text, re.IGNORECASE)) \
        and "lãnh đạo" in text[max(0, mention.start - 60):mention.start].lower()
