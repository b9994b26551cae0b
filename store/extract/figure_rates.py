"""Money per person or per item: "mức hỗ trợ 1.500.000đ/người/3 tháng", "60 triệu đồng/ một căn nhà", "mỗi suất
trị giá 400.000 đồng", "trị giá mỗi phần quà là 500.000 đồng", "2 triệu đồng cho mỗi hộ".

Decided (session 9): such an amount is a figure — it is what the place pays or gives, as the README's money is — in
"đồng", the unit every amount of money is stored in (a researcher sums and compares money as one unit), and its label
says what it is per ("Đồng/người hỗ trợ", "Đồng/suất" for the rules; the reader sees "Mức hỗ trợ (đồng/người)",
`figure_labels`), so a rate is never read as a sum. A rate is a property of the
scheme, so the same rate said twice in one article ("với mức 360.000 đồng/người ...; mức 360.000 đồng/người được chi
đủ") is one figure, kept where it is first said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from ..metric_states import averaged

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["PER_NOUN", "average_label", "daily_average", "is_rate", "once_per_rate", "rate_end", "rate_label",
           "rate_of", "rate_recipients"]

_NOUNS: dict[str, str] = {
    "người": "người", "hộ": "hộ", "hộ gia đình": "hộ", "gia đình": "gia đình", "suất quà": "suất", "suất": "suất",
    "phần quà": "suất", "phần": "suất", "căn nhà": "căn", "căn hộ": "căn", "căn": "căn", "học sinh": "học sinh",
    "em": "học sinh", "cháu": "học sinh", "trẻ": "trẻ", "đối tượng": "đối tượng", "trường hợp": "trường hợp",
    "lượt": "lượt", "con": "con", "ha": "ha", "bộ": "bộ",
    "chiếc": "chiếc", "cái": "cái", "xã": "xã", "thôn": "thôn", "công trình": "công trình", "mô hình": "mô hình",
}
"""What an amount is per, as written → how its unit says it ("đồng/suất" whether the gift is a "suất" or a "phần").
Never a span of time: "41,5 triệu đồng/năm" is a sum over its period, which the figure's period says, so it stays
"đồng"."""
PER_NOUN = "(?:" + "|".join(re.escape(n) for n in sorted(_NOUNS, key=len, reverse=True)) + r")(?![\wÀ-ỹ])"
"""A noun an amount can be per, as a pattern (also read by `figure_numbers`, where "đ/" is otherwise "đ/c")."""
_AFTER = re.compile(r"\s*(?:/\s*|\s(?:cho\s+)?mỗi\s+)(?:(?:một|1|mỗi)\s+)?(" + PER_NOUN + ")", re.IGNORECASE)
"""Right after the amount: "/người", "/ một căn nhà", " cho mỗi hộ", " mỗi bộ"."""
_BEFORE = re.compile(
    r"(?:\bmỗi\s+(" + PER_NOUN + r")(?:\s+quà)?\s+(?:được\s+)?(?:có\s+)?(?:trị giá|giá trị|nhận|được nhận|"
    r"được hỗ trợ|hỗ trợ)|\btrị giá\s+mỗi\s+(" + PER_NOUN + r")(?:\s+quà)?)"
    r"\s+(?:là\s+|từ\s+)?(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?$|\bmỗi\s+(" + PER_NOUN + r")\s+$|"
    r"\bmỗi\s+(suất|phần)(?:\s+quà)?\s+(?:gồm|bao gồm)(?:\s+(?!tổng\b)[^\s\d.,;:!?()]+){0,8}?\s+"
    r"(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?$", re.IGNORECASE)
"""Right before it: "mỗi suất trị giá", "mỗi hộ được nhận", "trị giá mỗi phần quà là", "hỗ trợ mỗi hộ"; the money
a parcel holds ("mỗi suất gồm tiền mặt 500.000 đồng và 10 kg gạo", "mỗi phần gồm 1 triệu đồng tiền mặt", "mỗi suất
gồm các nhu yếu phẩm trị giá 600 nghìn đồng"), as much per parcel as its value is; money after another item of the
parcel ("mỗi suất gồm 10 kg gạo và 200.000 đồng") is not read so (left open)."""
_WHO = (r"(?:hộ gia đình|hộ|gia đình|người|học sinh|em|cháu|trẻ|đối tượng|trường hợp|căn nhà|căn hộ|xã|thôn|"
        r"công trình|mô hình)(?![\wÀ-ỹ])")
"""Whom each amount is for, when words follow before the amount: people, households, homes and units, not an item's
classifier ("mỗi bộ phận một cửa" is a desk, no "bộ"; "mỗi suất quà trị giá" is read by `_BEFORE`)."""
_WORDS = r"(?:\s+(?!(?:mỗi|được|đều)\b)[^\s\d,.;:()!?\"“”]+){1,10}?"
"""Words that say which of them ("có nhà bị cuốn trôi hoàn toàn", "nghèo ăn Tết", "dân"): no number, no clause end."""
_BEFORE_WORDS = re.compile(
    r"\bmỗi\s+(?P<who1>(?P<per1>" + _WHO + r")" + _WORDS + r")\s+(?:(?:đều\s+)?(?:được\s+)?(?:nhận|hỗ trợ|trao|"
    r"tặng|cấp|chi|hưởng)(?:\s+(?:thêm|số tiền|tiền|mức))?|số tiền|trị giá|giá trị)\s+(?:là\s+)?"
    r"(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?$|"
    r"\b(?:hỗ trợ|trao|tặng|cấp|chi)\s+(?:cho\s+)?mỗi\s+(?P<who2>(?P<per2>" + _WHO + r")" + _WORDS + r")"
    r"\s+(?:số tiền\s+|là\s+)?(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?$", re.IGNORECASE)
"""With words between the one and the amount: "mỗi hộ có nhà bị cuốn trôi hoàn toàn được nhận", "mỗi hộ nghèo ăn Tết
được nhận", "hỗ trợ mỗi gia đình có người bị nạn số tiền", "hỗ trợ mỗi gia đình có nhà bị sập hoàn toàn": what each
of them gets, a rate as "mỗi hộ được nhận" is."""


def rate_end(text: str, end: int) -> int:
    """Where an amount of đồng ending at `end` ends with what it is per ("1.500.000đ/ người" → after "người")."""
    after = _AFTER.match(text, end)
    return after.end() if after is not None else end


_PER_IN = re.compile(r"(?:/\s*|\s(?:cho\s+)?mỗi\s+)(?:(?:một|1|mỗi)\s+)?(" + PER_NOUN + r")$", re.IGNORECASE)


def rate_of(text: str, start: int, end: int) -> str | None:
    """"đồng/<noun>" when the amount of đồng written at [start, end) is per something, said after it inside the span
    (`rate_end`) or before it ("mỗi suất trị giá"); else None."""
    inside = _PER_IN.search(text, start, end)
    if inside is not None:
        return f"đồng/{_NOUNS[inside[1].lower()]}"
    before = _BEFORE.search(text, max(0, start - 60), start)
    if before is not None:
        return f"đồng/{_NOUNS[(before[1] or before[2] or before[3] or before[4]).lower()]}"
    worded = _BEFORE_WORDS.search(text, max(0, start - 120), start)
    return f"đồng/{_NOUNS[(worded['per1'] or worded['per2']).lower()]}" if worded is not None else None


def rate_recipients(text: str, start: int) -> str | None:
    """Who each gets the amount at `start`, when words between "mỗi" and the amount say it ("mỗi hộ có nhà bị cuốn
    trôi hoàn toàn được nhận" → "hộ có nhà bị cuốn trôi hoàn toàn"); else None."""
    worded = _BEFORE_WORDS.search(text, max(0, start - 120), start)
    return (worded["who1"] or worded["who2"]) if worded is not None else None


_PER_ANYTHING = re.compile(r"\s*/\s*(?:" + PER_NOUN + r"|(?:nhà|lần|khẩu|nhân khẩu|tháng|ngày|tuần|buổi)(?![\wÀ-ỹ]))",
                           re.IGNORECASE)
"""After any amount: per someone, per item or per span of time ("360.000 đồng/tháng", "12 hồ sơ/ngày")."""


def is_rate(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the amount at [start, end) is per something, so no part of any total: money per person or item
    (`rate_of`), or any amount per a span of time or a head ("360.000 đồng/tháng", "5 triệu đồng/hộ")."""
    return unit == "đồng" and rate_of(text, start, end) is not None or bool(_PER_ANYTHING.match(text, end))


_SPAN = r"(?:ngày|tuần|tháng)(?![\wÀ-ỹ])"
_AVERAGE_BEFORE = re.compile(r"(?:\b(?:mỗi|hằng|hàng)\s+(?:một\s+)?" + _SPAN + r"[^.;:!?\d]{0,50}|"
                             r"\b(?:bình quân|trung bình)\s+[^.;:!?,\d]{0,30}|"
                             r"\b(?:bình quân|trung bình)\s*,\s*mỗi\s+[^.;:!?,\d]{0,40})$", re.IGNORECASE)
"""A span or "bình quân" before the count; also "Tính bình quân, mỗi công chức tiếp nhận 500 hồ sơ" (an average per
head, said after a comma, session 24)."""
_ENDS_A_COUNT = re.compile(r"\d[\d.,]*\s+(?:[\wÀ-ỹ]+\s+){0,3}(?:bình quân\s+|trung bình\s+)?$", re.IGNORECASE)
"""A count and its unit right before a span word: "35 hồ sơ mỗi ngày" — the span is that count's (`_AVERAGE_AFTER`),
never the next count's ("35 hồ sơ mỗi ngày, đã giải quyết 3.300 hồ sơ" gives no average 3.300; session 24)."""
_AVERAGE_AFTER = re.compile(r"[^\S\n]*(?:/\s*|(?:mỗi|một|hằng|hàng|trong\s+(?:mỗi|một))\s+)" + _SPAN, re.IGNORECASE)


def daily_average(text: str, start: int, end: int) -> bool:
    """Whether the count at [start, end) is an average per day, week or month ("Trung bình mỗi ngày, trung tâm tiếp
    nhận hơn 400 hồ sơ", "bình quân 150 hồ sơ", "tiếp nhận 120 hồ sơ/ngày", "60 hồ sơ mỗi ngày"): a figure of the
    visit, but no total of the period, so it carries no total's metric (the received total is checked against the
    settled one: `store.checks`). A number between ("hằng ngày, từ 1/7 đến nay đã tiếp nhận 2.000 hồ sơ") ends the
    average's reach."""
    return bool(_average_before(text, start) or _AVERAGE_AFTER.match(text, end))


_PAID_MONTHLY = re.compile(r"(?:trợ cấp|phụ cấp|lương hưu|trợ giúp|tiền)(?:\s+xã hội)?\s+$", re.IGNORECASE)
"""An allowance paid by the month before the span ("chi trả trợ cấp xã hội hằng tháng cho 200 người"): the span
names the allowance, a monthly one; the count after it is of those paid, no average (session 40)."""


def _average_before(text: str, start: int) -> re.Match[str] | None:
    """The span or "bình quân" before the count at `start` that is its own, not a count's said before it, nor an
    allowance's (`_PAID_MONTHLY`)."""
    before = _AVERAGE_BEFORE.search(text, max(0, start - 60), start)
    if before is None or _ENDS_A_COUNT.search(text, max(0, before.start() - 60), before.start()) or \
            _PAID_MONTHLY.search(text, max(0, before.start() - 30), before.start()):
        return None
    return before


def average_label(label: str, text: str, start: int, end: int) -> str:
    """`label`, said to be an average when the count at [start, end) is one (`daily_average`): "Hồ sơ tiếp nhận
    (bình quân mỗi ngày)", so that no reader of the label (`store.metrics.metric_of`) takes it for a total."""
    before = _average_before(text, start)
    after = _AVERAGE_AFTER.match(text, end)
    if not before and not after or averaged(fold(label)):
        return label  # "Hồ sơ trung bình" says it already
    span = re.search(_SPAN, (after or before)[0], re.IGNORECASE)  # type: ignore[index]
    return f"{label} (bình quân mỗi {span[0].lower()})" if span else f"{label} (bình quân)"


def once_per_rate(drafts: list[FigureDraft]) -> list[FigureDraft]:
    """`drafts` with a rate said again (same value, per the same thing) kept only where it is first said."""
    seen: set[tuple[float | int, str]] = set()
    kept = []
    for draft in drafts:
        rate = rate_of(draft.sentence.text, draft.start, draft.end) if draft.figure["unit"] == "đồng" else None
        if rate is not None:
            if (draft.figure["value"], rate) in seen:
                continue
            seen.add((draft.figure["value"], rate))
        kept.append(draft)
    return kept


def rate_label(label: str, rate: str) -> str:
    """The label of an amount per something: its "Đồng" head says what it is per ("Đồng/người hỗ trợ")."""
    if label.lower().startswith("đồng"):
        return rate[:1].upper() + rate[1:] + label[4:]
    return f"{label} ({rate})"
