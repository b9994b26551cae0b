"""When "thời gian qua" (lately) sums up a body's work and when it only tells how the visited people live.

A round-up of oversight ("Thời gian qua, Thường trực HĐND huyện đã đổi mới hoạt động giám sát") is no visit report,
and `visit_kind` reads "thời gian qua" among its round-up words. But a visit report tells the visited unit's recent
past with the same words: "Trong thời gian qua, đồng bào Chứt sinh sống chủ yếu dựa vào sản xuất nông nghiệp",
"Thời gian qua, bà con trong xã sống nhờ trồng ngô". The words sum up oversight only when their sentence speaks of
it: an overseeing body or deputies, or oversight, surveys, inspections or voter meetings. Bodies named only as the
agents of care in a passive clause ("Thời gian qua, chính sách hỗ trợ ... đã luôn được Tỉnh ủy, HĐND tỉnh, UBND tỉnh
quan tâm") speak of the matter's background, not of oversight: that clause is read without them (real: a front's
visit to a province's insurance office, 2019); the matter itself still counts ("hoạt động giám sát ... được Thường
trực quan tâm đổi mới" sums up oversight).

"từ đầu năm đến nay" (since January) is read the same way: a round-up is a body counting its own oversight over the
period ("Từ đầu năm đến nay, Thường trực HĐND tỉnh đã tiến hành 9 cuộc giám sát"), not a host's year-to-date figures
told at a visit with no day written ("Theo báo cáo của xã, từ đầu năm đến nay xã đã tiếp nhận 1.240 hồ sơ"; s28 f53b
h1019).
"""

from __future__ import annotations

import re

__all__ = ["COUNTED_ROUNDS", "sums_up_oversight"]

_COUNTER = r"(?:cuộc|đợt|lượt|chuyên đề|buổi)"
COUNTED_ROUNDS = (r"\b(?:\d+|nhiều)\s+" + _COUNTER + r"(?:\s*/\s*(?:" + _COUNTER[3:-1] + r"|nội dung))*\s+"
                  r"(?:giám sát|khảo sát|kiểm tra)\b")
"""Oversight counted by number, whatever its counter: "12 cuộc giám sát", "8 chuyên đề giám sát", "5 buổi khảo
sát", "12 cuộc/chuyên đề giám sát", "12 đợt/lượt kiểm tra" (s29 figs1): many rounds summed up, no one visit, as
"giám sát 13 chuyên đề" with the counter after the verb. A visit's place among them ("cuộc giám sát thứ 4") counts
none; "các" alone counts only for the plain counters ("các cuộc giám sát", in `visit_kind._ROUND_UP`)."""

_LATELY = re.compile(r"\bthời gian qua\b|\btừ đầu năm\b[^.;]{0,40}\bđến nay\b", re.IGNORECASE)
_OVERSIGHT = re.compile(r"giám sát|khảo sát|kiểm tra|tiếp xúc cử tri|\bHĐND\b|Hội đồng nhân dân|\bĐBQH\b|đại biểu|"
                        r"Quốc hội|Thường trực|Mặt trận|\bMTTQ\b|\bBan\b|\bĐoàn\b|hoạt động|kết quả|cải cách",
                        re.IGNORECASE)


_CARED_BY = re.compile(r"\bđược\s+(?:[^.;:]{1,90}?)\s+(?:quan tâm|chú trọng|chỉ đạo|lãnh đạo|hỗ trợ|đầu tư)\b",
                       re.IGNORECASE)
"""A passive clause's agents of care: "được Tỉnh ủy, HĐND tỉnh, UBND tỉnh Hưng Yên quan tâm"."""


def sums_up_oversight(text: str, phrase: str) -> bool:
    """Whether a round-up `phrase` found in `text` (a sentence) sums up work: always, but "thời gian qua" only in a
    sentence that speaks of oversight or an overseeing body; so does "từ đầu năm ... đến nay"."""
    return not _LATELY.fullmatch(phrase.strip()) or bool(_OVERSIGHT.search(_CARED_BY.sub(" ", text)))
