"""A rate whose decimal comma was typed with a space after it ("đạt 97, 52%"): one rate, not the part after the space.

Portal pages typed by hand put a space after the decimal comma of a rate. Read as written, "97" had no unit and
"52%" became the rate, so the figure was wrong and the true one lost. The comma is already the decimal mark, only
the space is stray, so the repair is read only where a rate is certain: right after a rate verb ("đạt", "chiếm",
"là", "bằng", ...), one to three digits, ", ", one or two digits glued to "%", the whole at most 100. A month or a
year before the comma ("tháng 9, 81%"), a list of rates ("95%, 97%"; "lần lượt là 95, 97%", `figure_rate_lists`) and a
part of three digits stay as written.
The repair keeps the text's length, so every span read from the repaired text holds for the original.
"""

from __future__ import annotations

import re

from .figure_rate_lists import in_turn_before, marked_rate_lists

_SPACED_RATE = re.compile(
    r"(?<!\w)(?P<verb>(?:đạt|chiếm|là|bằng|còn|tăng|giảm)\s+(?:(?:khoảng|gần|hơn|trên|tới|xấp xỉ)\s+)?)"
    r"(?P<whole>\d{1,3}), (?P<part>\d{1,2})%",
    re.IGNORECASE,
)
"""A rate verb, the whole part, a comma and a space, the decimals glued to the percent sign."""


def _joined(match: re.Match[str]) -> str:
    whole, part = match["whole"], match["part"]
    if in_turn_before(match.string, match.start()) or in_turn_before(match.string, match.start("whole")):
        return match[0]  # "lần lượt là 95, 97% và 99%": a list of rates (figure_rate_lists), no decimal
    if float(f"{whole}.{part}") > 100:
        return match[0]  # "đạt 197, 52%": no rate; left as written
    # Same length: the space moves from after the comma to before the sign ("97,52 %"), which the percent reading
    # takes as it takes "97,52%".
    return f"{match['verb']}{whole},{part} %"


def joined_decimals(text: str) -> str:
    """`text` with every spaced decimal comma of a rate closed up, its length unchanged."""
    if ", " not in text or "%" not in text:
        return text
    return marked_rate_lists(_SPACED_RATE.sub(_joined, text))
