"""Vietnamese number formats, read and written.

Reports write "3.163" for 3163 and "99,83" for 99.83: the dot groups
thousands and the comma marks decimals, the opposite of English. A space,
no-break space or narrow no-break space also groups thousands ("1 234").
Amounts are often written with a scale word: "500 nghìn đồng", "2,5 triệu
người", "1,2 tỷ đồng".

Public API (names are stable; article extraction relies on them):

* `parse_vi_number(text)` → int | float | None: one bare number ("3.163",
  "99,83%", "1 234"); None when the text is no number.
* `read_number(text)` → int | float: the same, but a text that is no number,
  or whose reading is ambiguous, raises `NumberError` with a message.
* `read_quantity(text)` → `Quantity`: a number with its scale words and unit
  ("2,5 triệu đồng" → 2,500,000 đồng). Scale words multiply; money ("đồng",
  "VNĐ", "VND", "đ") is normalized to đồng, and the text as written is kept
  in `Quantity.written` for display. Ambiguous forms raise `NumberError`.
* `format_number(value, lang, decimals)`: the shortest correct form (at most
  four decimals unless `decimals` says otherwise): 0.1 + 0.2 → "0,3".
* `format_percent(value, lang)`.
* `in_dong(value, unit)`: a figure's amount of money in đồng, None for another unit.
* `search_key(value)`, `figure_search_text(figure)`, `search_spellings(term)`: how free text finds a
  figure by its value however the number is written (`store.matching.record_text` puts a figure's keys in
  the searched text; `Matcher` adds a number-shaped term's keys to its spellings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .folding import fold, normalize_text

_GROUP_SPACES = " \u00a0\u202f\u2009"
_VI_NUMBER = re.compile(
    rf"^[+-]?(\d{{1,3}}(\.\d{{3}})+|\d{{1,3}}([{_GROUP_SPACES}]\d{{3}})+|\d+)(,\d+)?$"
)
_SCALES = {"nghin": 1_000, "ngan": 1_000, "trieu": 1_000_000, "ty": 1_000_000_000, "ti": 1_000_000_000}
SCALE_WORDS = frozenset(_SCALES)
"""The scale words, folded: "nghìn", "ngàn", "triệu", "tỷ", "tỉ"."""
_MONEY = ("dong", "vnd", "d")
_QUANTITY = re.compile(
    rf"^\s*(?P<number>[+-]?\d+(?:[.,]\d+|[{_GROUP_SPACES}]\d{{3}}(?!\d))*)\s*(?P<percent>%)?"
    r"(?P<scales>(?:\s*(?:nghin|ngan|trieu|ty|ti)(?![a-z]))*)\s*(?P<unit>.*?)\s*$"
)


class NumberError(ValueError):
    """A text that is no number, or whose number cannot be read without guessing; the message says why."""


@dataclass(frozen=True)
class Quantity:
    """A number as a report writes it: "2,5 triệu đồng" → value 2_500_000, unit "đồng"."""

    value: int | float
    unit: str
    """"đồng" for money, whatever followed the number otherwise ("người", "hồ sơ", "%"), or ""."""
    written: str
    """The text as written, for display."""

    @property
    def is_money(self) -> bool:
        return self.unit == "đồng"


def parse_vi_number(text: str) -> float | int | None:
    """Read "3.163" → 3163, "99,83" → 99.83, "1.234,5" → 1234.5, "1 234" → 1234; None if not a number."""
    cleaned = text.strip().rstrip("%").strip()
    if not _VI_NUMBER.match(cleaned):
        return None
    whole, _, fraction = cleaned.partition(",")
    digits = re.sub(rf"[.{_GROUP_SPACES}]", "", whole)
    if fraction:
        return float(f"{digits}.{fraction}")
    return int(digits)


def read_number(text: str) -> int | float:
    """`parse_vi_number`, but a text that is not a Vietnamese number raises `NumberError` saying why."""
    value = parse_vi_number(text)
    if value is not None:
        return value
    cleaned = text.strip().rstrip("%").strip()
    if re.fullmatch(r"[+-]?\d+\.\d{1,2}|[+-]?\d+\.\d{4,}", cleaned):
        raise NumberError(f"{text!r}: a dot groups thousands in Vietnamese; for a decimal write "
                          f"{cleaned.replace('.', ',')!r}")
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", cleaned):
        raise NumberError(f"{text!r} is written the English way; write it with dots for thousands and a comma "
                          "for decimals")
    raise NumberError(f"{text!r} is not a number")


def read_quantity(text: str) -> Quantity:
    """A number with its scale words and unit: "500 nghìn đồng", "1,5 nghìn hồ sơ", "12.000.000 đồng", "1 234 hồ sơ".

    A dot followed by exactly three digits groups thousands before a scale
    word too: "3.500 tỷ đồng" is 3 500 tỷ, as Vietnamese news writes it
    ("620.873 tỷ đồng" of public investment, "4.000 tỷ" for a motorway); a
    decimal there is written with a comma ("3,5 tỷ"), and a dot followed by
    one, two or four digits is still refused. Only a dotted group before a
    percent sign ("1.234%") is refused as ambiguous: no share is over a
    thousand per cent, so the writer meant a decimal point.
    """
    written = normalize_text(text)
    folded = fold(written)
    match = _QUANTITY.match(folded)
    if not match:
        raise NumberError(f"{text!r} does not start with a number")
    number, scales = match["number"].rstrip(".," + _GROUP_SPACES), match["scales"].split()
    if match["percent"] and re.fullmatch(r"[+-]?\d{1,3}\.\d{3}", number):
        raise NumberError(f"{text!r} is ambiguous: {number!r} before '%' may mean "
                          f"{number.replace('.', ',')} or {number.replace('.', '')}; write one of those")
    value: int | float = read_number(number)
    for scale in scales:
        value = _scaled(value, _SCALES[scale])
    unit_folded = match["unit"]
    if match["percent"]:
        unit = "%"
    elif unit_folded in _MONEY:
        unit = "đồng"
    else:
        unit = _as_written(written, folded, match.start("unit"), match.end("unit"))
    return Quantity(value, unit, text.strip())


def format_number(value: float | int, lang: str = "vi", decimals: int | None = None) -> str:
    """Group thousands and mark decimals the way `lang` writes them, in the shortest correct form.

    Without `decimals`, at most four decimals and no trailing zeros:
    0.1 + 0.2 → "0,3", 99.83 → "99,83", 1/3 → "0,3333".
    """
    if decimals is None:
        english = _shortest(value)
    else:
        english = f"{value:,.{decimals}f}"
    if english in ("-0", "") or re.fullmatch(r"-0[.,]?0*", english):
        english = english.lstrip("-")
    if lang != "vi":
        return english
    return english.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_percent(value: float | int, lang: str = "vi") -> str:
    return f"{format_number(value, lang)}%"


def _shortest(value: float | int) -> str:
    if isinstance(value, int):
        return f"{value:,}"
    rounded = round(float(value), 4)
    if rounded == 0:
        return "0"
    # repr gives the shortest digits that read back as the same float; Decimal writes them without exponent
    return format(Decimal(repr(rounded)).normalize(), ",f")


def _scaled(value: int | float, scale: int) -> int | float:
    """`value * scale`, exact: 2,5 triệu is 2,500,000, not 2499999.9999999995."""
    exact = Decimal(repr(value)) * scale if isinstance(value, float) else Decimal(value) * scale
    return int(exact) if exact == exact.to_integral_value() else float(exact)


def _as_written(written: str, folded: str, start: int, end: int) -> str:
    """The part of `written` that folded to `folded[start:end]` (folding keeps one character per character
    of NFC text with single spaces; where it did not, the folded part is all there is)."""
    source = written if len(written) == len(folded) else folded
    return source[start:end].strip()


_KEY_CHARACTERS = str.maketrans({".": "p", "-": "m"})


@lru_cache(maxsize=65536)
def search_key(value: float | int) -> str:
    """A figure value as the searched text holds it, one key per number whatever its type or spelling: its
    characters (the point as p, the minus as m) joined by x between "xq" and "qx", 3163 and 3163.0 →
    "xq3x1x6x3qx", 99.83 → "xq9x9xpx8x3qx", -5 → "xqmx5qx". One word of letters and digits; typed digits are never
    found inside it ("316" is not in 13163's key), nor a Vietnamese or English word."""
    if isinstance(value, int) or float(value).is_integer():
        digits = str(int(value))
    else:
        digits = repr(float(value))
        if "e" in digits:
            digits = format(Decimal(digits).normalize(), "f")
    return f"xq{'x'.join(digits.translate(_KEY_CHARACTERS))}qx"


def figure_search_text(figure: dict[str, Any]) -> str:
    """What free text finds a figure by: the key of its value and of its whole (`of`), each followed by the unit,
    read as `read_quantity` reads an amount: value 1,2 with unit "tỷ đồng" is also 1 200 000 000 đồng, "VNĐ" is
    đồng. "xq3x1x6x3qx ho so xq3x2x0x0qx ho so"."""
    scale, unit = _unit_scale(figure.get("unit") or "")
    pieces = [_figure_piece(value, scale, unit) for value in (figure.get("value"), figure.get("of"))
              if value.__class__ in (int, float)]
    return " ".join(pieces)


def _figure_piece(value: int | float, scale: int, unit: str) -> str:
    if scale == 1:
        return f"{search_key(value)} {unit}"
    return f"{search_key(_scaled(value, scale))} {unit} {search_key(value)}"


@lru_cache(maxsize=4096)
def _unit_scale(unit: str) -> tuple[int, str]:
    """The factor a unit's scale words stand for and the unit without them, folded: "tỷ đồng" → (10⁹, "dong")."""
    try:
        quantity = read_quantity(f"1 {unit}")
    except NumberError:
        return 1, fold(unit)
    return (quantity.value if isinstance(quantity.value, int) else 1), fold(quantity.unit)


def in_dong(value: int | float, unit: str) -> int | float | None:
    """A figure's amount in đồng when its unit is money, with or without a scale word ("1,25" "tỷ đồng" →
    1 250 000 000, "VNĐ" is đồng), read as `read_quantity` reads an amount; None for any other unit ("triệu lượt",
    "đồng/hồ sơ"). `c` charts one sum written in several scales as one series (`store.metrics`)."""
    scale, folded = _unit_scale(unit)
    return _scaled(value, scale) if folded == "dong" else None


def search_spellings(term: str) -> tuple[str, ...]:
    """The spellings a number-shaped free-text term is found by, besides itself (none for any other term): the
    key of its amount (with the unit typed, if any) as `figure_search_text` writes a figure's, and the number as
    Vietnamese writes it ("3163" is also "3.163" in a text). "1,2 tỷ", "1.200.000.000" and "1 200 000 000" are
    one amount; a form `read_quantity` refuses ("1.5 tỷ", "1.234%") is matched as written only."""
    try:
        quantity = read_quantity(term)
    except NumberError:
        return ()
    if isinstance(quantity.value, float) and quantity.value != quantity.value:  # nan: no figure holds it
        return ()
    unit = fold(quantity.unit)
    if unit == "%" and not fold(term).rstrip(" .,;:").endswith("%"):
        return ()  # "86%, nhưng": words after the share are a phrase to find as typed, not the share alone
    written = format_number(quantity.value, "vi")
    said = f"{written}%" if unit == "%" else f"{written} {unit}".strip()
    return tuple(dict.fromkeys([f"{search_key(quantity.value)} {unit}".strip(), fold(said)]))
