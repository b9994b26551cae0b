"""A rate whose decimal comma was typed as a semicolon: "Tổng số tài khoản ... là 5.128/15.124 hộ (đạt 33;9%)".

Settled in session 17 (fresh22 v02): the rate is read as 33,9 %. It is safe only in one shape, which a list never
takes: a rate word right before ("đạt", "chiếm", "là", "tỷ lệ", "bằng"), one or two digits, the semicolon with no
space on either side, one or two digits, then "%" at once; and nothing list-like around it (no other semicolon or
comma joined to a digit just before, no digit right after the "%"). A semicolon between numbers in a list ("xã A: 12;
xã B: 15", "đạt 95%; 98%", "mức 3;4") is never read so: a space, a missing "%" or a missing rate word keeps it out.
"""

from __future__ import annotations

import re

from .figure_units import Number

__all__ = ["typed_rates"]


_TYPED = re.compile(r"(?:\b(?:đạt|chiếm|là|bằng|tỷ lệ|tỉ lệ)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?)(?<![\d;,])(\d{1,2});(\d{1,2})%"
                    r"(?!\s*\d)", re.IGNORECASE)


def typed_rates(text: str, numbers: list[Number]) -> list[Number]:
    """(value, None, "%", start, end) of each rate typed with a semicolon for its decimal comma."""
    taken = {n[3] for n in numbers}
    return [(float(f"{m[1]}.{m[2]}"), None, "%", m.start(1), m.end()) for m in _TYPED.finditer(text)
            if m.start(1) not in taken]
