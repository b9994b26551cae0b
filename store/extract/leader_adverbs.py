"""A word or two between the head's name and "dẫn đầu đoàn": "Chủ tịch UBND tỉnh X trực tiếp dẫn đầu đoàn", "X đích
thân dẫn đoàn", or a stray word a copy left there ("X hát dẫn đầu đoàn công tác").

`leaders.py` reads "X dẫn đầu" only when the verb follows the name (and its titles) at once. One or two lower-case words
between them still leave X the subject, unless they bring in someone else ("và", "cùng", "với"), say who receives the
team ("tiếp", "đón", "đoàn") or deny or defer the lead ("không", "chưa", "sẽ", "được").
"""

from __future__ import annotations

import re

_WORDS_THEN_LEADS = re.compile(r"^\s*((?:\S+\s+){1,2}?)(?:đã\s+|vừa\s+)?(?:dẫn\s+đầu|dẫn\s+đoàn)\b")
_NOT_THE_SUBJECTS = {"và", "cùng", "với", "đón", "đoàn", "không", "chưa", "sẽ", "được", "bị", "người", "là",
                     "do", "từng", "thay"}


def leads_after_words(title_end: str) -> bool:
    """`title_end` (the text after a name and its titles) opens with one or two plain words, then "dẫn đầu"."""
    m = _WORDS_THEN_LEADS.match(title_end)
    if m is None:
        return False
    words = m[1].split()
    if words[0] == "tiếp":  # "X tiếp đoàn ...": who receives ("trực tiếp", in person, is no such word)
        return False
    return all(word.isalpha() and word.islower() and word not in _NOT_THE_SUBJECTS for word in words)
