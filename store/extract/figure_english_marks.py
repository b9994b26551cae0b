"""Numbers typed the English way on a Vietnamese page: "4,274.55 MW", "12,500,000 đồng", "1,250 hồ sơ".

The house reads a stop as the thousands mark and a comma as the decimal one ("1.250" is 1250, "2,5" is 2.5), but
pages copied from spreadsheets or typed on English keyboards swap them (s35 fresh75 v03: "tổng công suất lắp máy
4,274.55 MW" was read as no number at all). A thousands/decimal misparse is the costliest error a figure can carry,
so a number is rewritten into the house's notation only when one reading is certain, by its shape first:

- comma groups of three digits, then a stop and one or two digits ("4,274.55", "1,234,567.8"): English, since a
  Vietnamese decimal comma is never followed by another mark;
- two comma groups or more, all of three digits ("12,500,000"): English thousands, for the same reason;
- one comma and exactly three digits ("1,250") has two readings (1250 the English way, 1,25 the house's), so:
  - before a count of things that come whole (hồ sơ, hộ, người, đơn, thẻ ...; đồng with no scale word), the decimal
    reading is no count at all, so the comma groups thousands, whatever the page (a first group of 0 stays decimal);
  - before a measure (ha, m2, tấn, MW, %, a scale word ...) or nothing, the page's other numbers decide: a page whose
    certain numbers are all English reads it the English way; a page with certain numbers of both notations leaves
    it unread; otherwise the house's decimal, as before.
- on a page whose certain numbers are all English, a lone stop group of three before a measure ("1.250 ha": 1,25 the
  English way, 1250 the house's) is left unread for the same reason.

- comma groups then a stop and three digits ("4,274.550 MW") is no house number either, but a stop group of three may
  be a mark typed wrong inside thousands: before a measure on a page that is English or has no certain number it is
  the English decimal; before a count, or on a page with house numbers, it is left unread (session 37).

A number certain in one notation is evidence of it: for English the two shapes above; for Vietnamese stop groups
followed by a decimal comma ("1.234,5"), two stop groups or more ("1.200.000"), or a decimal comma with one or two
digits ("2,5", "97,5%"). A page with no certain number is read by its counts' thousands (session 37): a lone
comma group before a count ("1,320 hồ sơ") reads only one way, so it is English evidence, a lone stop group before a
count ("1.340 hộ") the house's; a page with only one kind of these reads as if they were certain. The rewrite keeps
the text's length (marks swapped, or the digits of an unread number blanked), so every span read holds for the
original sentence, as `figure_typed_marks` does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .figure_units import UNIT_OF, UNIT_RE

__all__ = ["MEASURES", "english_marks", "house_marks", "page_notation"]

_EN_CERTAIN = re.compile(r"(?<![\w.,/])\d{1,3}(?:,\d{3})+\.\d{1,2}(?![\d]|[.,]\d)|"
                         r"(?<![\w.,/])\d{1,3}(?:,\d{3}){2,}(?![\d]|[.,]\d)")
"""Certainly English: comma groups then a decimal stop; or two comma groups or more, all of three digits."""
_VI_CERTAIN = re.compile(r"(?<![\w.,/])(?:\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,\d{1,2})(?![\d]|[.,]\d)")
"""Certainly the house's: stop groups then a decimal comma, two stop groups or more, a comma with one or two digits."""
_EN_THREE = re.compile(r"(?<![\w.,/])\d{1,3}(?:,\d{3})+\.\d{3}(?![\d]|[.,]\d)")
"""Comma groups then a stop and three digits ("4,274.550"): English decimals, or thousands with a mark typed wrong."""
_LONE_COMMA = re.compile(r"(?<![\w.,/])(\d{1,3}),(\d{3})(?![\d]|[.,]\d)")
_LONE_STOP = re.compile(r"(?<![\w.,/])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)")
_SCALE_OR_PERCENT = re.compile(r"\s*(?:%|phần trăm|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\wÀ-ỹ]))", re.IGNORECASE)
MEASURES = frozenset({"ha", "m", "km", "m2", "m3", "tấn", "kg", "tạ", "MW", "kW", "kWh", "MWh", "GWh", "%"})
"""Units a decimal is plausible in (stored forms): areas, lengths, volumes, weights, power and energy, shares."""


def page_notation(texts: Iterable[str]) -> str:
    """"en", "vi", "both" or "" (no certain number): the notations the page's certain numbers are written in."""
    texts = list(texts)
    english = vietnamese = False
    for text in texts:
        english = english or bool(_EN_CERTAIN.search(text))
        vietnamese = vietnamese or any(not _EN_CERTAIN.match(text, m.start()) for m in _VI_CERTAIN.finditer(text))
    if not english and not vietnamese:
        english, vietnamese = _counts_grouped(texts)
    return "both" if english and vietnamese else "en" if english else "vi" if vietnamese else ""


def _counts_grouped(texts: Iterable[str]) -> tuple[bool, bool]:
    """Whether the page groups a count's thousands the English way ("1,320 hồ sơ"), the house's ("1.340 hộ")."""
    english = vietnamese = False
    for text in texts:
        english = english or any(m[1] != "0" and _after(text, m.end()) == "count" for m in _LONE_COMMA.finditer(text))
        vietnamese = vietnamese or any(_after(text, m.end()) == "count" for m in _LONE_STOP.finditer(text))
    return english, vietnamese


def _after(text: str, end: int) -> str:
    """"count", "measure" or "" (nothing known) after a number ending at `end`."""
    if _SCALE_OR_PERCENT.match(text, end):
        return "measure"
    unit = UNIT_RE.match(text, end)
    if unit is None:
        return ""
    return "measure" if UNIT_OF.get(unit[1].lower(), unit[1]) in MEASURES else "count"


def _swapped(written: str) -> str:
    """An English number in the house's marks ("4,274.55" → "4.274,55"), the same length."""
    return written.replace(",", "\0").replace(".", ",").replace("\0", ".")


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"\d", "_", match[0])


def english_marks(text: str, notation: str = "") -> str:
    """`text` with its certain English numbers in the house's notation and the undecidable ones blanked (same
    length); `notation` is the page's (`page_notation`)."""
    if "," not in text and notation != "en":
        return text
    if notation == "en":  # first, before a lone comma group below is written with a stop
        text = _LONE_STOP.sub(lambda m: _blank(m) if _after(m.string, m.end()) == "measure" else m[0], text)
    text = _EN_CERTAIN.sub(lambda m: _swapped(m[0]), text)
    text = _EN_THREE.sub(lambda m: _swapped(m[0]) if notation in ("en", "") and
                         _after(m.string, m.end()) == "measure" else _blank(m), text)

    def lone_comma(match: re.Match[str]) -> str:
        after = _after(match.string, match.end())
        if match[1] == "0":
            return match[0]  # "0,750 ha": a decimal in any notation
        if after == "count" or notation == "en":
            return f"{match[1]}.{match[2]}"  # "1,250 hồ sơ": no count has a fraction
        return _blank(match) if notation == "both" else match[0]

    return _LONE_COMMA.sub(lone_comma, text)


def house_marks(text: str) -> str:
    """`text` with every comma between digits that groups thousands the English way written as a stop (same length):
    what a label reads, so that "cấp 1,320 thẻ ..., với tổng kinh phí ..." finds its clauses as "1.320" does. Values
    are never read from it (`english_marks` decides those)."""
    if "," not in text:
        return text
    text = _EN_CERTAIN.sub(lambda m: _swapped(m[0]), text)
    return _LONE_COMMA.sub(lambda m: m[0] if m[1] == "0" else f"{m[1]}.{m[2]}", text)
