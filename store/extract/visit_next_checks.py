"""A visit report's closing lines that announce the next checks: "Trong tháng 5, đoàn sẽ tiếp tục kiểm tra đột xuất các
huyện còn lại".

"Trong tháng 2, Thường trực HĐND đã ..." opens a month's work summed up, a round-up (`visit_kind._ROUND_UP`); the
same opening followed by "sẽ" is the team's plan after the visit just told (s18 fresh24 v07 ends on "trong tháng 3
này, Tổ kiểm tra ... sẽ tiến hành kiểm tra đồng loạt các huyện"): a visit report may end so, as it may quote its host.
"""

from __future__ import annotations

import re

__all__ = ["announces_next_checks"]

_MONTH_OPENING = re.compile(r"\bTrong\s+(?:tháng|quý)\b", re.IGNORECASE)
_WILL = re.compile(r"(?:(?!\bđã\b)[^.;]){0,80}?\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\b", re.IGNORECASE)
"""Within the clause, "sẽ" (or "dự kiến") before any "đã": what is still to be done."""


def announces_next_checks(text: str, match: re.Match[str]) -> bool:
    """Whether the round-up words `match` found in `text` open a month's plan ("Trong tháng 5, đoàn sẽ ..."), no
    month's work summed up."""
    return bool(_MONTH_OPENING.search(match[0])) and _WILL.match(text, match.end()) is not None
