"""One count told with two verbs: "tiếp nhận và giải quyết 3.128 hồ sơ", "tiếp nhận, giải quyết 57 vụ việc".

A one-stop desk or a police station that says it received and settled a number of files or cases gives one count:
all that came in was settled (the house's convention: h216's "tiếp nhận và giải quyết 412 hồ sơ", t1061's "tiếp nhận,
giải quyết 46 vụ việc", h512's 620 procedures are one figure each). Its label kept only the last verb ("Hồ sơ giải
quyết") while its metric read the first ("đã tiếp nhận": `ho-so-tiep-nhan`), and without "đã" the metric too went to
the settled total: the same words gave two readings. The label keeps both verbs as written ("Hồ sơ tiếp nhận và giải
quyết"), so the metric is the received total's, the count later parts are of ("trong đó 3.050 hồ sơ ... đúng hạn").
Each verb with a count of its own ("tiếp nhận 1.864 hồ sơ, giải quyết 1.812 hồ sơ") stays two counts, as before.
"""

from __future__ import annotations

import re

__all__ = ["received_and_settled"]

_PAIR = re.compile(r"(?<![\wÀ-ỹ])((?:tiếp nhận|thu nhận)(?:\s*,\s*|\s+và\s+)(?:giải quyết|xử lý|trả kết quả))"
                   r"(?:\s+(?:được|xong))?\s+(?:(?:hơn|trên|gần|khoảng|tổng số|tổng cộng)\s+)?$", re.IGNORECASE)
"""A receiving verb and a settling one joined by "và" or a comma, right before the count (a bound allowed)."""


def received_and_settled(text: str, start: int) -> str | None:
    """The two verbs ("tiếp nhận và giải quyết") when the count at `start` is told received and settled, or None."""
    said = _PAIR.search(text, max(0, start - 60), start)
    return " ".join(said[1].split()) if said else None
