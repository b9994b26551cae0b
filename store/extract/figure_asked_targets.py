"""A level asked for by a day ahead is a target, no figure: "yêu cầu xã ...; đến hết năm 2026 đạt 100% hồ sơ ...".

The team's asks often close on what the place is to reach and by when: "đề nghị UBND phường giảm tỷ lệ hồ sơ trễ hạn
xuống dưới 0,5% trong quý I năm 2026", "yêu cầu: đến hết năm 2026, 100% cán bộ, công chức ... sử dụng chữ ký số",
"đề nghị phường đến cuối năm 2026 hoàn thành số hóa 90% kết quả ...", or a clause after ";" going on with the ask
("...; đến hết năm 2026 đạt 100% ..."). The level is the direction's content (the direction item keeps it, with its
deadline), not a result the visit found; the record's schema has no place for a target beside a figure, so it is
none (`figure_requests.asked_for` reads an ask's object after its verbs of doing, `figure_aims` "phấn đấu" and
"chỉ tiêu"; neither reads a level the ask names by its day).

Three things together: someone asking before the number in its sentence (a team, a title, a name, then "yêu cầu",
"đề nghị", "chỉ đạo", "đề xuất", "kiến nghị", a colon allowed), with nothing told as done between ("đã", "đến nay",
"hiện"); a day ahead in the number's own clause ("đến hết năm 2026", "trong quý I năm 2026", "đến cuối tháng
6/2027", "trước ngày 31/3/2026"); and a level, not a count of things: a share, or a number right after "đạt",
"xuống (dưới)", "lên (trên)". Kept: a share reached by a day with no ask ("Đến hết tháng 12/2025, xã đạt 96%"), a
count the ask refers to ("trước ngày 31/3/2026 giải quyết dứt điểm 27 hồ sơ còn tồn": files found in hand), a level
kept with no day ("duy trì tỷ lệ 100% ...").
"""

from __future__ import annotations

import re

__all__ = ["target_by_a_day"]

_ASKER = re.compile(
    r"\b(?:[Đđ]oàn|Ban|[Ôô]ng|[Bb]à|[Đđ]ồng chí|Chủ tịch|Trưởng đoàn|Trưởng ban|Bí thư|[Ll]ãnh đạo|[A-ZĐ][\wÀ-ỹ]*)"
    r"(?:\s+(?!(?:hồ sơ|đơn|văn bản|tờ trình)\b)[\wÀ-ỹ]+){0,4}?\s+(?:cũng\s+)?"
    r"(?:yêu cầu|đề nghị|chỉ đạo|đề xuất|(?<![\d.,]\s)kiến nghị)(?:\s*:\s*|\s+)(?!(?:của|được|đã|về|này|đó)\b)")
"""Someone asking, as `figure_requests._ASK` reads it, with a colon after the verb allowed ("yêu cầu: ...")."""
_DONE = re.compile(r"\b(?:đã|đến nay|hiện nay|(?<!thực )(?<!thể )hiện)\b", re.IGNORECASE)
"""A result told between the ask and the number ("...; hiện xã đã đạt 96%"): no ask's level."""
_DAY_AHEAD = re.compile(
    r"\b(?:đến|tới|trước|trong|hết|cuối|đầu)\s+(?:(?:hết|cuối|đầu)\s+)?"
    r"(?:(?:năm|quý\s+[IV]+(?:\s+năm)?|tháng\s+\d{1,2}(?:\s+năm)?|6 tháng đầu năm)\s*/?\s*\d{4}|"
    r"quý\s+[IV]+/\d{4}|tháng\s+\d{1,2}/\d{4}|ngày\s+\d{1,2}/\d{1,2}/\d{4})\b", re.IGNORECASE)
"""A day ahead the level is to be reached by: "đến hết năm 2026", "trong quý I năm 2026", "trước ngày 31/3/2026"."""
_LEVEL_BEFORE = re.compile(r"\b(?:đạt|xuống|lên)\s+(?:(?:dưới|trên|tối thiểu|ít nhất|từ|còn)\s+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\.(?!\d)")


def target_by_a_day(text: str, start: int, unit: str) -> bool:
    """Whether the number at `start` (of `unit`) is a level someone asks the place to reach by a day ahead."""
    if unit != "%" and not _LEVEL_BEFORE.search(text, max(0, start - 20), start):
        return False
    asks = list(_ASKER.finditer(text, 0, start))
    ask = asks[-1] if asks else None
    if ask is None or _DONE.search(text, ask.end(), start):
        return False
    clause_start = max(ask.end(), text.rfind(";", 0, start) + 1)
    end = _CLAUSE_END.search(text, start)
    return bool(_DAY_AHEAD.search(text, clause_start, end.start() if end else len(text)))
