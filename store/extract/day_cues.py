"""The words around a day that say whose day it is: the visit's, a document's, a deadline's, a word to the press.

`dates` picks the visit's day among all the days an article writes; these cues are what it reads on
either side of each one. A time of day before it ("Sáng 4-9") or a sentence that opens with it makes it the
visit's; a document's name or number before it ("Quyết định số 12 ngày ..."), a document issued after it
("ban hành ...") or a deadline ("trước ngày ...") makes it someone else's.
"""

from __future__ import annotations

import re

from .visit_rounds import ROUND_AT_UNITS

_TIME_OF_DAY = re.compile(
    r"(?:^|[\s,(])(?:vào\s+)?(?:buổi\s+)?(sáng|chiều|tối|trưa|đêm|hôm)(?:\s+(?:nay|qua|hôm nay|hôm qua|cùng ngày))?"
    r"(?:\s*\(?\s*(?:thứ\s+\w+|chủ\s+nhật))?\s*,?\s*(?:ngày\s*)?\(?\s*$", re.IGNORECASE)
_SENTENCE_START_NGAY = re.compile(
    r"^(?:\W*)(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,(]?\s*(?:ngày\s*\(?\s*)?|"
    r"(?:vào\s+|từ\s+|trong\s+(?:(?:hai|ba|02|03|2|3)\s+)?)?(?:hôm\s+nay\s*\(?\s*|ngày\s*\(?\s*))$",
    re.IGNORECASE)
"""What opens a sentence before its day: "Ngày", "Hôm nay (", "Trong hai ngày", or a weekday ("Thứ Năm, 13.11")."""
_DOCUMENT_BEFORE = re.compile(
    r"(nghị định|nghị quyết|quyết định|chỉ thị|thông tư|kế hoạch|công văn|luật|thông báo|hướng dẫn|đề án|"
    r"văn bản|tờ trình|báo cáo|ban hành|ký|số(?=\s*\d))\b[^.;]{0,60}ngày\s*$|\d+/[\w.-]+\s+ngày\s*$", re.IGNORECASE)
_DOCUMENT_EVENT = re.compile(r"^[^.;]{0,80}?\b(?:ban hành|ký ban hành|đã ký|vừa ký|công bố|gửi báo cáo|"
                             r"thông báo kết luận)\b",
                             re.IGNORECASE)
"""After a day: a document issued that day ("ban hành báo cáo kết quả giám sát"), not the visit itself."""
_VISIT_CUE = re.compile(r"\b(?:đoàn|HĐND|UBND|MTTQ|ĐBQH|Thường trực|Ban|Tổ đại biểu)\b[^.;]{0,120}"
                        r"\b(?:giám sát|khảo sát|kiểm tra|làm việc)\b|" + ROUND_AT_UNITS, re.IGNORECASE)
"""A body that oversees, surveys or inspects: a span of days in its sentence is the visit's."""
_FUTURE_BEFORE = re.compile(r"(?<!từ )(?:trước|đến|tới|hạn|phấn đấu|dự kiến|chậm nhất|muộn nhất|tầm nhìn)\s+(?:ngày\s+|"
                            r"năm\s+)?$",
                            re.IGNORECASE)


def clause_day(before: str, after: str) -> bool:
    """ "Thực hiện Kế hoạch ... năm 2022, ngày 14/6/2022, Ủy ban ... thành lập đoàn": a day set off by commas opens
    a clause of its own; a document's day follows its number ("số 34/2007/PL, ngày 20/4/2007 của ...")."""
    return bool(re.search(r",\s*ngày\s*$", before) and not re.search(r"/\S*,\s*ngày\s*$", before)
                and (re.match(r"\s*,\s*(?!của\b)", after) or _own_clause(after)))


def _own_clause(after: str) -> bool:
    own = _OWN_CLAUSE.match(after)
    return own is not None and own.group(1).isupper()  # a name, not "ông bà trong xã"


_OWN_CLAUSE = re.compile(
    r"\s+(?:đồng chí|ông|bà)\s+(\w)[^.;]{0,160}?\b(?:đã|đi|về|đến|làm việc|giám sát|khảo sát|kiểm tra|thăm)\b")
"""A day with no comma after it, then its clause's own subject and verb ("…, ngày 24/5/2023 đồng chí X, <titles>,
đã đi cơ sở"): the visit's day, not the document's, whose day is followed by its issuer ("ngày 3/4/2023 của …")."""


_FINDINGS_ISSUED = re.compile(
    r"^[^.;]{0,80}?\b(?:ban hành|gửi|có|công bố|ký)\s+(?:\S+\s+){0,2}?(?:báo cáo|thông báo)(?:\s+số\s+\S+)?\s+"
    r"(?:về\s+(?:việc\s+)?)?(?:kết quả|kết luận)\s+"
    r"(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra)\b|^[^.;]{0,80}?\bthông báo kết luận\s+(?:giám sát|khảo sát|"
    r"kiểm tra)\b", re.IGNORECASE)
"""After a dated day, the findings of an oversight issued that day ("ban hành báo cáo kết quả giám sát", "ban hành Báo
cáo số 91/BC-HĐND về kết quả khảo sát"): the visit they report on came before it."""


_PRESS = r"(?:PV|phóng viên|báo chí|nhà báo|(?-i:[BbĐđ])(?:áo|ài)\s+(?-i:[A-ZĐÀ-Ỹ])|(?-i:Tạp chí|Truyền hình)\b)"
"""Who a talk is with: a reporter, the press, or a paper or station by its name ("Báo Quảng Ngãi", "Đài PT-TH X")."""
_PRESS_TALK = re.compile(r"^\s*,?\s*(?:(?:trong|tại)\s+(?:buổi|cuộc)\s+)?(?:(?:(?:trao đổi|chia sẻ|nói chuyện|nói|"
                         r"làm việc)\s+với|trả lời(?:\s+phỏng vấn)?(?:\s+của)?|(?:dành\s+)?(?:cho\s+)?phỏng vấn\s+"
                         r"(?:của|với))\s+" + _PRESS + r"|trả lời phỏng vấn\b)", re.IGNORECASE)
"""A talk with the press after the day: "trao đổi với PV", "làm việc với phóng viên", "trả lời phỏng vấn Báo X" (an
interview is the press's whatever follows it); "làm việc với" alone is a working session, the visit's own."""
_AT_THE_VISIT = re.compile(r"\b(?:tại|bên lề|trong|sau)\s+(?:buổi|cuộc|đợt)\s+"
                           r"(?:kiểm tra|giám sát|khảo sát|làm việc)\b(?!\s+với\s+" + _PRESS + ")", re.IGNORECASE)


def press_talk_day(after: str) -> bool:
    """ "Ngày 14/9, trao đổi với PV, ông X cho biết ...": the day an official spoke to the press, which a follow-up
    report opens on, not the day of the check it then tells ("Trước đó, chiều 12/9, ... đã kiểm tra đột xuất"); a
    talk at the check itself ("trao đổi với phóng viên tại buổi kiểm tra") keeps its day the visit's."""
    clause = re.split(r"[.;:]", after, maxsplit=1)[0]
    return _PRESS_TALK.match(after) is not None and _AT_THE_VISIT.search(clause) is None
