"""Vietnamese number formats, read and written.

Reports write "3.163" for 3163 and "99,83" for 99.83: the dot groups
thousands and the comma marks decimals, the opposite of English.
"""

from __future__ import annotations

import re

_VI_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def parse_vi_number(text: str) -> float | int | None:
    """Read "3.163" → 3163, "99,83" → 99.83, "1.234,5" → 1234.5; None if not a number."""
    cleaned = text.strip().rstrip("%").strip()
    if not _VI_NUMBER.match(cleaned):
        return None
    whole, _, fraction = cleaned.partition(",")
    digits = whole.replace(".", "")
    if fraction:
        return float(f"{digits}.{fraction}")
    return int(digits)


def format_number(value: float | int, lang: str = "vi", decimals: int | None = None) -> str:
    """Group thousands and mark decimals the way `lang` writes them."""
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(_decimal_places(value), 4)
    english = f"{value:,.{decimals}f}"
    if lang != "vi":
        return english
    return english.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_percent(value: float | int, lang: str = "vi") -> str:
    return f"{format_number(value, lang)}%"


def _decimal_places(value: float | int) -> int:
    text = repr(float(value))
    return len(text.split(".")[1]) if "." in text and "e" not in text else 2
