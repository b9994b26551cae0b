"""A direction joined to praise: "Đoàn ghi nhận kết quả xã đạt được và đề nghị xã đẩy mạnh ...".

"và đề nghị" reads like a noun in a list ("các ý kiến và đề nghị của xã"), so an ask verb after "và" is skipped
unless something marks it a verb. Praise of what the unit did ("ghi nhận", "biểu dương", "đánh giá cao",
"hoan nghênh", "khen ngợi") earlier in the same clause is such a mark: the team praises, then asks, one subject
for both verbs. Not when the words after it make it a noun again ("và đề nghị của xã", "và đề nghị này").
"""

from __future__ import annotations

import re

_PRAISED = re.compile(r"\b(?:ghi nhận|biểu dương|đánh giá cao|hoan nghênh|khen ngợi|chúc mừng|đánh giá)\b"
                      r"[^.;:]{3,}?\s(?:và|,\s*đồng thời)\s*$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s*(?:của|này|đó|ấy|trên|nói trên|nêu trên|đã|được|chính đáng|hợp lý)\b", re.IGNORECASE)


def asked_after_praise(verb: str, before: str, after: str) -> bool:
    """Whether the ask `verb` ("đề nghị", "yêu cầu") follows praise in its own clause (`before`) and asks something
    (`after` is no noun's tail): the praising subject directs."""
    if verb not in ("đề nghị", "yêu cầu"):
        return False
    clause = re.split(r"[.;]", before)[-1]
    return bool(_PRAISED.search(clause)) and not _NOUN_AFTER.match(after)
