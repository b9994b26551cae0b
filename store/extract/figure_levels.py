"""Lists of levels written without spaces ("hồ sơ trực tuyến mức độ 2,3,4", "mức độ 3,4 giải quyết đúng hạn").

Vietnamese marks decimals with a comma, so "3,4" reads as three point four; after a level word it is a list of
levels (online services run from level 1 to 4, risks and epidemics from 1 to 5), neither a decimal nor a count.
A rate after "mức" is a decimal ("ở mức 3,5%", "mức 2,5 triệu đồng"): a one-comma list needs "mức độ" or "cấp
độ" and no unit after it; two commas and more ("mức 2,3,4") are a list whatever the level word.
"""

from __future__ import annotations

import re

__all__ = ["level_runs"]

_RUN = re.compile(r"\b(?:(?:mức|cấp)\s+độ\s+([1-5](?:,[1-5])+)|mức\s+([1-5](?:,[1-5]){2,}))"
                  r"(?![\d.,]*\d)(?!\s*(?:%|phần trăm|triệu|tỷ|tỉ|nghìn|ngàn|đồng|lần)\b)", re.IGNORECASE)


def level_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the levels ("2,3,4") of every list of levels written without spaces in `text`."""
    return [m.span(1) if m[1] else m.span(2) for m in _RUN.finditer(text)]
