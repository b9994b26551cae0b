"""A leader's call at a public-service desk told over two sentences: "Sáng 8/8, ông X, Phó Chủ tịch UBND thành phố,
đã đến thăm ... xã A." then "Tại Điểm Phục vụ hành chính công xã A, ông ... trao thư cảm ơn ...".

A call on a desk is a visit by the conventions (a leader sees an office at work and tells it how to serve, as "đi
thăm và động viên cán bộ tại Trung tâm Phục vụ hành chính công" in one sentence is, `visit_evidence`). Pages of the
first weeks of the 2025 two-level government tell it so: the call on the commune, then the desk where it was
made. A call on a family, a site or a people ("thăm gia đình chính sách", "thăm nhân dân xã A") whose next sentence
is not at a desk stays no visit.
"""

from __future__ import annotations

import re

from .text import Article

DESK = (r"(?:Trung tâm (?:[Pp]hục vụ )?[Hh]ành chính công|Điểm (?:[Pp]hục vụ )?[Hh]ành chính công|"
        r"Bộ phận (?:[Mm]ột cửa|[Tt]iếp nhận và trả kết quả))")
"""A public-service desk: the province's or commune's centre, a commune's point of 2025 ("Điểm Phục vụ hành chính
công xã"), a one-stop section."""

_CALL = re.compile(r"\b(?:đã\s+)?(?:đến|tới|đi)\s+thăm\b", re.IGNORECASE)
_AT_DESK = re.compile(rf"\W*Tại\s+(?:các\s+)?{DESK}", re.IGNORECASE)


def desk_call(article: Article, sentences: int = 3) -> str | None:
    """The opening sentence of a call told as above, or None."""
    texts = [s.text for s in article.sentences[:sentences + 1]]
    for first, then in zip(texts, texts[1:], strict=False):
        if _CALL.search(first) and _AT_DESK.match(then):
            return first
    return None


_PRESENT_AT_DESK = re.compile(
    r"(?:Thường trực|Ban Thường vụ|[Ll]ãnh đạo|Chủ tịch|Bí thư|Đoàn|Đảng ủy|Đảng uỷ|UBND|HĐND|Ủy ban|Uỷ ban)"
    rf"[^.;]{{0,80}}?\b(?:đã\s+)?có mặt tại\s+(?:các\s+)?{DESK}[^.;]{{0,50}}?\b(?:để\s+)?"
    r"(?:thăm hỏi|kiểm tra|động viên|chúc\s+(?:Tết|tết|mừng)|nắm bắt|nghe)\b")
"""An office's holders "đã có mặt tại Trung tâm Phục vụ hành chính công xã để thăm hỏi ...": a call on the desk
worded as being there (the first working day after Tết). Citizens "có mặt tại" a centre to do their papers are
named by no office and call on nothing."""


def present_at_desk(article: Article, sentences: int = 4) -> str | None:
    """The opening sentence in which an office's holders are said to be at a public-service desk to greet, ask or
    check, or None."""
    return next((s.text for s in article.sentences[:sentences] if _PRESENT_AT_DESK.search(s.text)), None)
