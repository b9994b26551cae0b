"""Ways of asking beyond "kiến nghị", "đề nghị", "yêu cầu": what each stands for, and the words it asks.

Read on real reports (session 35), the locality's wishes and the delegation's asks are also written:

- the leader reminding, urging, counselling: "nhắc nhở UBND xã chấn chỉnh ...", "đôn đốc xã hoàn thành ...",
  "căn dặn", "dặn dò", "khuyến nghị phường đầu tư ...". They direct, like "lưu ý": from the delegation a direction,
  from the locality nothing (its chairman "đã nhắc nhở cán bộ" tells what it did). As a task's name ("công tác
  kiểm tra, đôn đốc", "việc đôn đốc") or passive ("đã được nhắc nhở") they ask nothing;
- the locality begging, hoping, voicing a wish or a view: "xin tỉnh hỗ trợ ...", "xin được bổ sung ...", "rất mong
  cấp trên quan tâm ...", "mong được tỉnh hỗ trợ ...", "đề đạt/nêu/bày tỏ nguyện vọng được ...", "có ý kiến đề
  nghị tỉnh ...". They wish, like "mong muốn": from the locality a recommendation, from the delegation nothing. A
  wish needs whom it asks or an action after it: "xin ý kiến đoàn", "xin phép", "xin lỗi", "mong người dân đồng
  hành" ask for nothing to follow up, nor do people applying for a paper ("người dân đến xin cấp giấy phép");
- whom a task goes to after "cho": "giao nhiệm vụ cho UBND phường rà soát ...", "giao cho Công an phường ...";
- the time ahead before whom it asks: "đề nghị (trong) thời gian tới, UBND xã X tập trung ...": the unit after it
  is the addressee, the words "thời gian tới" no part of the task. With no unit after it the words stay.
"""

from __future__ import annotations

import re

from .item_body_names import KNOWN
from .item_wording import split_addressee
from .places import addressee_units

ASK_VERBS = (r"nhắc nhở|căn dặn|dặn dò|đôn đốc|khuyến nghị|xin(?:\s+được)?|(?:rất\s+)?mong(?:\s+được)?|"
             r"(?:nêu|đề đạt|bày tỏ)\s+(?:các\s+|những\s+|một số\s+)?nguyện vọng(?:\s+được)?|"
             r"có ý kiến\s+(?:đề nghị|đề xuất|kiến nghị)")
"""For `item_speakers.classify`'s verbs; each group inside is not capturing."""
_DIRECTING = ("nhắc nhở", "căn dặn", "dặn dò", "đôn đốc", "khuyến nghị")
_AS_A_TASK = re.compile(r"(?:\b(?:công tác|việc|sự)\s+(?:[^\s.;]+\s+){0,3}?|\b(?:được|bị)\s+)$", re.IGNORECASE)
_NOT_A_WISH = re.compile(r"\s*(?:ý kiến|phép|lỗi|cảm ơn|chân thành|trân trọng|hứa|báo cáo|trình bày|gửi|chia sẻ|"
                         r"nghỉ|thôi|rút)\b", re.IGNORECASE)
_APPLICANTS = re.compile(r"\b(?:người dân|công dân|hộ dân|cử tri|doanh nghiệp|nhà đầu tư)\b", re.IGNORECASE)
_TIME_AHEAD = re.compile(r"^\s*,?\s*(?:trong\s+)?thời gian tới\s*,?\s*", re.IGNORECASE)
_GIVEN_TO = re.compile(r"^\s+(?:nhiệm vụ\s+)?cho\s+", re.IGNORECASE)


def read_verb(verb: str, before: str, after: str) -> tuple[str, str] | None:
    """(the verb `verb` stands for, the words it asks) — None when it asks nothing here."""
    verb = " ".join(verb.lower().split())
    if verb in _DIRECTING:
        return None if _AS_A_TASK.search(before) else ("lưu ý", _unit_first(after))
    if m := re.match(r"có ý kiến (.+)$", verb):
        return m[1], _unit_first(after)
    if verb.startswith(("xin", "mong", "rất mong")) or verb.endswith(("nguyện vọng", "nguyện vọng được")):
        return ("mong muốn", after) if _wish(verb, before, after) else None
    if verb == "giao" and (m := _GIVEN_TO.match(after)) and _whom(after[m.end():]):
        return verb, " " + after[m.end():]
    return verb, _unit_first(after)


def _unit_first(after: str) -> str:
    """The words after the verb with the time ahead taken off when whom it asks follows it."""
    m = _TIME_AHEAD.match(after)
    return " " + after[m.end():] if m and _whom(after[m.end():]) else after


def _whom(words: str) -> bool:
    return bool(split_addressee(words)[0] or addressee_units(words.lstrip(" ,")))


def _wish(verb: str, before: str, after: str) -> bool:
    """A wish that asks something: whom it asks or an action follows, and not an applicant's errand."""
    if verb.startswith("xin") and (_NOT_A_WISH.match(after) or _APPLICANTS.search(re.split(r"[.;,]", before)[-1])):
        return False
    words = after.lstrip(" ,:")
    return bool(split_addressee(words)[0] or re.match(r"(?:" + KNOWN + r")\b", words))
