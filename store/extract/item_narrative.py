"""Recommendations and directions that only tell the story: what happened, not what is asked or directed.

An ask verb read in a caption or a report ("Cử tri nêu kiến nghị tại buổi tiếp xúc", "... được giao trong năm 2025")
leaves as its "item" the words after it, and a scene-setting sentence read on after a list ("Tại kỳ họp, các đại biểu
đã nghe báo cáo ...", "Qua đó, bà con cử tri bày tỏ ...") reports what was done. Neither is a thing asked:

- a bare adverbial of place or time, nothing else: "Tại buổi tiếp xúc.", "Trong năm 2025.";
- a scene ("Tại/Trong buổi, kỳ họp, cuộc, hội nghị, phiên ...") then a clause told in the past ("... đã nghe",
  "... đã đến"), no ask or duty before it; also told as before the visit ("Trước đó, tại kỳ họp thứ mười, các đại
  biểu HĐND xã đã nghe ... và thảo luận các kiến nghị ...": a past session's story, session 39);
- "Qua đó", "Qua báo cáo", "Qua những kết quả này" then what was shown or felt ("đã", "bày tỏ", "cho thấy");
- the speaker's report, "Cho biết ...";
- deputies asking at their council's session ("Tại kỳ họp thứ chín HĐND xã, các đại biểu HĐND xã đã nghe ... và đề
  nghị huyện ..."): the session is not the visit, and the deputies are not its team (session 40).

Difficulties are not read here: "Qua kiểm tra cho thấy ... còn ..." is how a problem is reported.
"""

from __future__ import annotations

import re

_SCENE_ONLY = re.compile(r"^(?:tại|trong|vào|ở|sau|trước|nhân dịp)\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,4}\.?$", re.IGNORECASE)
_SCENE_PAST = re.compile(
    r"^(?:trước (?:đó|đây)\s*,\s*)?(?:tại|trong)\s+(?:các\s+)?(?:buổi|kỳ họp|cuộc|hội nghị|phiên)\b[^,]{0,100},\s*"
    r"(?P<told>(?:\S+\s+){0,30}?)đã\s", re.IGNORECASE)
_ASKED = re.compile(r"\b(?:cần|phải|sẽ|đề nghị|yêu cầu|kiến nghị|đề xuất|mong muốn)\b", re.IGNORECASE)
_THROUGH = re.compile(r"^qua\s+(?:đó|đây|báo cáo|(?:những\s+|các\s+)?kết quả\b[^,]{0,30}?)\s*,?\s*"
                      r"(?:\S+\s+){0,12}?(?:đã|bày tỏ|cho thấy)\b", re.IGNORECASE)
_REPORTED = re.compile(r"^cho biết\b", re.IGNORECASE)


_RAISED = re.compile(r"\b(?:nêu|đưa ra|phản ánh|ghi nhận|tổng hợp|kiến nghị|đề xuất|đề nghị|yêu cầu)\b", re.IGNORECASE)


def asks_in_a_story(text: str, noun_at: int) -> bool:
    """Whether the asks named at `noun_at` of `text` ("các kiến nghị") are only part of a scene told in the past: "Tại
    kỳ họp, các đại biểu đã nghe báo cáo ...; những kiến nghị ...", "Trong buổi thăm nắm, ... đã đến ..., tiếp thu các
    kiến nghị ..." (heard, presented or taken in there, not raised by the unit: "Tại buổi làm việc, lãnh đạo xã đã nêu
    các kiến nghị" is)."""
    m = _SCENE_PAST.match(text)
    return m is not None and m.end() <= noun_at and not _ASKED.search(m["told"]) \
        and not _RAISED.search(text[m.end():noun_at])


_APPRAISAL = re.compile(r"^\W*(?:sự|tinh thần|(?:những\s+|các\s+)?kết quả)\s+(?:\S+\s+){0,40}?đã\s", re.IGNORECASE)
_DUTY = re.compile(r"\b(?:cần|phải|sẽ|tiếp tục|đề nghị|yêu cầu|chưa|còn)\b", re.IGNORECASE)


_SESSION_DEPUTIES = re.compile(
    r"^\W*(?:trước (?:đó|đây)\s*,\s*)?(?:tại|trong)\s+(?:các\s+)?(?:kỳ họp|phiên họp)\b[^,]{0,100},\s*"
    r"(?:các\s+|nhiều\s+|một số\s+)?(?:vị\s+)?đại biểu\b(?!\s+(?:trong|của)\s+(?:đoàn|Đoàn))", re.IGNORECASE)


def session_deputies(clause: str) -> bool:
    """Whether the words before an ask verb are deputies at their council's session ("Tại kỳ họp giữa năm, đại biểu
    HĐND phường kiến nghị ..."): their ask is told in the story, no direction of the visiting team; the team's members
    at the visit ("Tại buổi giám sát, các đại biểu trong đoàn đề nghị ...") still direct."""
    return bool(_SESSION_DEPUTIES.match(clause))


def appraisal(clause: str) -> bool:
    """Whether a clause of a leader's words praises what was done ("nhấn mạnh, sự nỗ lực, quyết tâm, quyết liệt của
    ... đã thực hiện hiệu quả ...", "kết quả ... đã góp phần ...") rather than directs: effort or results as the
    subject, told with "đã", no duty or shortfall in it."""
    return bool(_APPRAISAL.match(clause)) and not _DUTY.search(clause)


def told_not_asked(text: str) -> bool:
    """Whether an item's `text` tells what happened rather than what is asked or directed."""
    text = text.strip()
    if _SCENE_ONLY.match(text) or _THROUGH.match(text) or _REPORTED.match(text):
        return True
    m = _SCENE_PAST.match(text)
    return m is not None and not _ASKED.search(m["told"])
