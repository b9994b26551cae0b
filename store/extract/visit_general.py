"""Oversight described in general: teams given their remits, a council's way of overseeing.

Two kinds of article have a sentence with a team and a visit verb and still tell no visit:

- the remits of several teams still to come, each given its share of the country or the province
  ("Các đoàn sẽ khảo sát ...; Đoàn số 1 kiểm tra tại 25 tỉnh, thành phố vùng ...; Đoàn 2 kiểm tra 14
  tỉnh ..."): numbered teams and counted or regional shares, no day and nothing said to be done;
- a feature on how a body oversees ("Bài 3: ...", "các đoàn giám sát ... thường chọn ... để khảo sát trực
  tiếp tại những nơi chịu sự giám sát"): a habit or a series' chapter, the places only "những nơi được
  giám sát" or "cơ sở", no day, nothing said to be done on one occasion.

A visit report has its day, a place named, or the team's work told as done ("Đoàn số 1 đã làm việc tại
xã A"), so each holds only without all three.
"""

from __future__ import annotations

import re

from ..reasons import Reason, reason
from .dates import find_visit_day
from .text import Article
from .visit_set_up_teams import teams_only_set_up

_NUMBERED_TEAM = re.compile(
    r"\b(?:Đoàn|Tổ)\s+(?:số\s+)?(?:\d{1,2}|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|\d{1,2}))\s+"
    r"(?:(?:do\s+[^.;]{1,80}?\s+(?:làm\s+trưởng\s+đoàn|dẫn\s+đầu),?\s+)?)"
    r"(?:sẽ\s+)?(?:giám sát|khảo sát|kiểm tra|làm việc)\s+(?:tại\s+|với\s+|ở\s+)?(?:các\s+)?"
    r"(?P<share>\d{1,3}\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đơn vị|địa phương)|"
    r"(?:tỉnh|thành phố|địa phương)[^.;]{0,20}?\bvùng\b|vùng\s+[A-ZĐ]|khu vực\s+[A-ZĐa-zđ])",
    re.IGNORECASE)
"""A numbered team with its share ("Đoàn số 1 kiểm tra tại 25 tỉnh", "Đoàn thứ hai làm việc với 7 tỉnh vùng ...")."""
_ASSIGNED_TEAM = re.compile(
    r"\b(?:Đoàn|Tổ)\s+(?:(?:công tác|giám sát|kiểm tra|khảo sát|hỗ trợ)\s+)?(?:số\s+)?\d{1,2}\b[^.;]{0,160}?"
    r"\b(?:phụ trách|sẽ|được giao|có nhiệm vụ)\s+(?:\S+\s+){0,5}?(?:tại\s+)?các\s+"
    r"(?:xã|phường|huyện|địa phương|đơn vị)\b")
"""A numbered team given the units it will support ("Tổ công tác số 1 do ông X làm tổ trưởng, phụ trách hỗ trợ các
xã, phường: A, B", "Tổ công tác số 2 ..., sẽ trực tiếp hỗ trợ các xã: C, D"): a share, as `_NUMBERED_TEAM`'s. Up to
five syllables lie between ("trực tiếp hỗ trợ" is four: a Vietnamese word is often two)."""
_DONE = re.compile(r"\b(?:đã|vừa|đang)\s+(?:\S+\s+){0,2}?(?:giám sát|khảo sát|kiểm tra|làm việc|đến)\b|"
                   r"(?<!để )(?<!khi )\bkết luận\b|\bQua\s+(?:\S+\s+){0,2}?(?:khảo sát|giám sát|kiểm tra)\b",
                   re.IGNORECASE)
"""Work told as done: then the teams were at work, a visit report ("để kết luận", "trước khi kết luận" is a purpose)."""
_SERIES = re.compile(r"^\W*(?:Bài|Kỳ)\s+\d{1,2}\s*[:.–-]", re.IGNORECASE)
"""A series' chapter in the title ("Bài 3: Không lệ thuộc ..."): a feature."""
_HABIT = re.compile(r"\b(?:thường|luôn|thường xuyên|mỗi khi|mỗi lần|mỗi cuộc|mỗi đợt|trước mỗi|khi nào)\b",
                    re.IGNORECASE)
"""A habit ("thường chọn ... để khảo sát"): how a body works, not what it did one day."""
_GENERIC_PLACE = re.compile(r"\b(?:tại|ở|đến)\s+(?:những|các)\s+nơi\b|\bnơi\s+(?:được|chịu sự|bị)\s+giám sát\b|"
                            r"\b(?:tại|ở|xuống)\s+cơ sở\b", re.IGNORECASE)
"""A place only in general ("tại những nơi được giám sát", "tại cơ sở")."""
_NAMED_PLACE = re.compile(
    r"\b(?:tại|ở|với|đến)\s+(?:[^.;,]{0,40}?\s)?(?:xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|"
    r"Trường|Trạm|Bệnh viện|Trung tâm|Công ty|UBND)\s+[A-ZĐ0-9]")
"""A place the visit names ("tại UBND xã Nà Hỳ", "với Trường Tiểu học A"): then a visit to it."""
_DAY_OF_ITS_OWN = re.compile(r"\b(?:ngày|sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua|\d{1,2}\s*[/.-]\s*\d{1,2})",
                             re.IGNORECASE)


def general_oversight(article: Article, evidence: str) -> Reason | None:
    """The remits of teams to come, or a body's way of overseeing, with no day and no work told as done."""
    texts = ([article.title] if article.title else []) + [s.text for s in article.sentences[:4]]
    if teams_only_set_up(article, evidence) and _shares(texts) < 2:  # numbered shares: the remits' reason below
        return reason("nonvisit.team_set_up")  # "lập 3 đoàn kiểm tra ...; Các đoàn cũng kiểm tra ...": teams announced
    if _DAY_OF_ITS_OWN.search(evidence) or any(_DONE.search(text) for text in texts) or find_visit_day(article):
        return None
    if _shares(texts) >= 2:
        return reason("nonvisit.remits")
    series = bool(article.title and _SERIES.search(article.title))
    if (series or _HABIT.search(evidence)) and _GENERIC_PLACE.search(evidence) and not _NAMED_PLACE.search(evidence):
        return reason("nonvisit.practice")
    return None


def _shares(texts: list[str]) -> int:
    """How many numbered teams are given their share ("Đoàn số 1 kiểm tra tại 25 tỉnh")."""
    return sum(len(_NUMBERED_TEAM.findall(text)) + len(_ASSIGNED_TEAM.findall(text)) for text in texts)
