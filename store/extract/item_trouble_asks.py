"""A locality's difficulty and its ask in one sentence: "UBND xã nêu khó khăn là trụ sở ... xuống cấp và kiến nghị
tỉnh bố trí vốn xây mới trụ sở".

A commune or ward that tells the team what it lacks often asks for the remedy in the same breath, after "và":
"Lãnh đạo xã cho biết xã đang gặp khó khăn về kinh phí ... và đề nghị tỉnh tăng mức hỗ trợ ...", "UBND phường phản
ánh đường truyền thường xuyên gián đoạn ... và đề xuất tỉnh nâng cấp hệ thống ...". The sentence opens on the
difficulty, so the ask rules (`item_speakers.classify`, a verb of asking right after the speaker) read nothing, and
the difficulty rules took the ask in with the difficulty. The convention (session 41, docs/extraction-log.md): the
words after the verb are the locality's recommendation, its addressee first, as if the sentence opened on the ask;
the words before stay a difficulty (`difficulties` cuts there). What the difficulty is, said as the ask itself ("Xã
kiến nghị về việc trụ sở ... xuống cấp"), stays the recommendation `classify` reads; the team's "ghi nhận những khó
khăn của xã và đề nghị xã ..." is a direction (its speaker is no locality); "đề nghị của người dân" is no verb.
"""

from __future__ import annotations

import re

from .item_speakers import LOCAL_ACTOR

__all__ = ["ask_after_trouble"]

_TROUBLE = re.compile(r"\b(?:khó khăn|vướng mắc|hạn chế|bất cập|thiếu|xuống cấp|chật hẹp|gián đoạn|lỗi|quá tải|"
                      r"chưa có)\b", re.IGNORECASE)
_ASK_AFTER = re.compile(r"\s+và\s+(?:(?:cùng|đồng thời)\s+)?(?:kiến nghị|đề nghị|đề xuất)\s+"
                        r"(?!(?:của|về|này|đó|trên)\b)", re.IGNORECASE)
_OPENER = re.compile(r"^\W*(?:tại|trong)\s+(?:buổi|cuộc)[^,]*,\s*", re.IGNORECASE)


def ask_after_trouble(text: str) -> re.Match[str] | None:
    """The " và kiến nghị " (or "đề nghị", "đề xuất") of a sentence in which a locality tells a difficulty, then asks;
    None when the sentence is not a locality's, names no difficulty before the ask, or asks nothing after "và"."""
    if not LOCAL_ACTOR.match(text) or _OPENER.sub("", text)[:20].lower().startswith(("người dân", "cử tri")):
        return None
    ask = _ASK_AFTER.search(text)
    if ask is None or not _TROUBLE.search(text, 0, ask.start()):
        return None
    return ask
