"""What the reviewer typed, read as record values: a figure's number, a locality's name, a field's text.

Free of textual, so that the reading rules can be tested without a screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from store.extract.dates import TWO_TIER_START
from store.folding import fold
from store.gazetteer import WARD_LEVELS, canonical_level, gazetteer, split_level
from store.numbers import NumberError, parse_vi_number, read_quantity


def clean(text: str) -> str:
    """An input's text with white space collapsed and trimmed."""
    return " ".join(text.split())


def read_number(text: str) -> float | int | None:
    """ "2446", "2.446", "99,83", "99.83", "1,2 tỷ": a figure's value as a person types it, in either language's
    screen.

    Numbers are read as the article under them writes them (Vietnamese: "2.446" is a thousand, "0,125" a
    decimal); "99.83", with one or two decimals, is read as meant.
    """
    text = text.strip().rstrip("%").strip()
    if not text:
        return None
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+\.\d{1,2}", text) or re.fullmatch(r"[+-]?\d+\.\d{4,}", text):
        return float(text)
    if (number := parse_vi_number(text)) is not None:
        return number
    try:  # "1,2 tỷ", "800 triệu": a scale word, as the article and the filter write amounts (the unit has its field)
        quantity = read_quantity(text)
    except NumberError:
        return None
    return quantity.value if not quantity.unit else None


_BARE_LEVEL = re.compile(r"^(thi xa|thi tran|thanh pho|dac khu|phuong|xa|quan|huyen|tinh)\s+", re.IGNORECASE)
"""A level word typed without accents ("xa tan phu"), as people type in the pickers."""


def typed_place(name: str) -> str:
    """A unit as the reviewer typed it, accents restored when typed without: "xa tan phu" → "xã Tân Phú".

    The level word gets its accents back; a name typed without accents takes the spelling of today's units of
    that name when they all spell it alike (several spellings: left as typed, and the row says it is unknown).
    """
    name = clean(name)
    level, base = split_level(name)
    bare = _BARE_LEVEL.match(name)
    if level is None and bare and fold(bare[1]) == bare[1].lower():
        level, base = canonical_level(bare[1]), name[bare.end():].strip()
    if not base or fold(base) != base.lower():
        return name if level is None else f"{level} {base}"
    spellings = {split_level(unit.name)[1] for unit, _ in gazetteer().find_wards(base)
                 if level is None or split_level(unit.name)[0] == level}
    spellings |= {old.base for old in gazetteer().former_wards(base, level)}  # merged away in 2025, still reported
    spelled = spellings.pop() if len(spellings) == 1 else base
    return f"{level} {spelled}" if level else spelled


def resolve_locality(name: str, record: dict[str, Any], day: str | None) -> dict[str, Any] | None:
    """The locality `name` means, with the record's provinces as hints; None if the gazetteer has no such unit."""
    places = gazetteer()
    level, _ = split_level(name)
    hints = [None] + [loc.get("former_province") or (loc.get("province") or {}).get("name")
                      for loc in record.get("localities", [])]
    for hint in hints:
        found = places.resolve(name, level, hint)
        if found is None:
            continue
        if level in WARD_LEVELS and found.ward is None:
            continue
        locality: dict[str, Any] = {"name": name, "level": found.level}
        if found.former_province:
            locality["former_province"] = found.former_province
        locality["province"] = found.province.as_dict()
        locality["ward"] = found.ward.as_dict() if found.ward else None
        # before the two-tier reform a ward was reported under its old province: take it from the record
        before_reform = day < TWO_TIER_START.isoformat() if day else False
        if before_reform and "former_province" not in locality and found.ward is not None:
            formers = {loc.get("former_province") for loc in record.get("localities", [])
                       if (loc.get("province") or {}).get("code") == found.province.code} - {None}
            if len(formers) == 1:
                locality["former_province"] = formers.pop()
        return locality
    return None


QUALIFIERS = ("hơn", "trên", "gần", "khoảng", "xấp xỉ", "gần như", "ít nhất", "tối thiểu", "dưới", "chưa đến",
              "chưa tới")
"""The bounds and approximations extraction keeps on a figure's label, "Tỷ lệ đúng hạn (trên)" (the record
has no field of its own for them, so the label carries the word, as `store.extract.figures` writes it)."""
_QUALIFIED = re.compile(r"^(?P<label>.*?)\s*\((?P<word>" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\)$")


def split_qualifier(label: str) -> tuple[str, str | None]:
    """ "Tỷ lệ đúng hạn (trên)" → ("Tỷ lệ đúng hạn", "trên"); a label without one → (label, None)."""
    found = _QUALIFIED.match(label)
    if not found:
        return label, None
    return found["label"], found["word"]


def join_qualifier(label: str, qualifier: str | None) -> str:
    """The label as stored: the qualifier, if any, in brackets after it."""
    return f"{label} ({qualifier})" if qualifier else label


def read_day(text: str) -> str | None:
    """ "9/9/2025" or "2025-09-09" as an ISO day; None when empty; ValueError when it is no day. A "?" after the
    year, as the list marks an inferred one ("04/09/2025?"), is read as the day: how sure the year is is said by
    the certainty beside it."""
    from store.dates import DateError, parse_day  # noqa: PLC0415 - light module, kept with its only use

    text = clean(text).removesuffix("?").rstrip()
    if not text:
        return None
    try:
        return parse_day(text).isoformat()
    except DateError as error:
        raise ValueError(str(error)) from None


@dataclass
class PlaceReading:
    """What the gazetteer makes of a locality as the reviewer wrote it."""

    locality: dict[str, Any] | None
    """The record's locality, or None when the gazetteer cannot place it."""
    elsewhere: list[str] = field(default_factory=list)
    """Other provinces with a unit of that name: the choice may be wrong (or, unplaced, is ambiguous)."""


def read_place(name: str, district: str, province: str, record: dict[str, Any], day: str | None) -> PlaceReading:
    """`name` ("phường Lái Thiêu") placed with the district and province the reviewer gave as hints.

    Without a province the record's own provinces are tried, as `resolve_locality`
    does for a new row. The provinces that also have a unit of that name are
    listed, so the screen can warn when the choice is not certain.
    """
    name, district, province = clean(name), clean(district), clean(province)
    places = gazetteer()
    level, base = split_level(name)
    found: dict[str, Any] | None = None
    if name and (district or province):
        resolution = places.resolve(name, level, province or None, district or None)
        if resolution is not None and not (level in WARD_LEVELS and resolution.ward is None):
            found = {"name": name, "level": resolution.level}
            if resolution.former_province:
                found["former_province"] = resolution.former_province
            found["province"] = resolution.province.as_dict()
            found["ward"] = resolution.ward.as_dict() if resolution.ward else None
    elif name:
        found = resolve_locality(name, record, day)
    chosen = (found or {}).get("province", {}).get("code")
    # units of the same name at the level written ("xã Tân Phú" is not "Phường Tân Phú")
    codes = {code for unit, code in places.find_wards(base) if level is None or split_level(unit.name)[0] == level}
    codes = codes if name else set()
    codes |= {code for old in places.former_wards(base, level) for code in old.province_codes} if name else set()
    elsewhere = sorted({places.province(code).name for code in codes if code != chosen})
    return PlaceReading(found, elsewhere)


def place_line(locality: dict[str, Any]) -> str:
    """As written → what it is today: "phường Lái Thiêu (Bình Dương) → Phường Lái Thiêu, TP Hồ Chí Minh · 25741"."""
    written = locality.get("name", "")
    if locality.get("former_province"):
        written += f" ({locality['former_province']})"
    today = [part for part in ((locality.get("ward") or {}).get("name"), (locality.get("province") or {}).get("name"))
             if part]
    code = (locality.get("ward") or {}).get("code") or (locality.get("province") or {}).get("code")
    return f"{written} → {', '.join(today)}" + (f" · {code}" if code is not None else "")


def number_text(value: Any, lang: str = "vi") -> str:
    """A figure's value as a person would type it, read back as the same number: 86540, not 86540.0; no
    thousands separator. A decimal has a comma in Vietnamese (95,1) and a point in English (95.1), except
    three decimals, where "0.125" would read back as a hundred and twenty-five (`read_number` reads as the
    article writes): 0,125 in both."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    shown = str(value)
    if not isinstance(value, float):
        return shown
    if "e" in shown:  # 1e-07: written out
        shown = f"{value:.15f}".rstrip("0")
    three = len(shown.partition(".")[2]) == 3
    return shown.replace(".", ",") if lang == "vi" or three else shown


def read_deadline(text: str, visit_day: str | None) -> str | None:
    """A recommendation's or direction's deadline as a person types it, an ISO day; None when empty; ValueError
    (the day's own reason) when it is no day.

    "31/3/2027" or "2027-03-31" as any day; "31-3" or "31/3" without a year as the extractor reads "trước ngày
    31/3" beside the visit (its year, or the next when that day is before the visit); "quý I/2027", "tháng
    3/2027", "cuối năm 2027" as the extractor reads "trong quý I/2027" (the period's last day,
    `store.extract.item_periods`): a day the review shows can be typed back as the article wrote it."""
    from store.extract.item_deadlines import deadline_of  # noqa: PLC0415 - the extractor's rule, with its only use

    text = clean(text)
    try:
        return read_day(text)
    except ValueError:
        for written in (text, f"trước ngày {text}", f"trong {text}"):
            if due := deadline_of(written, visit_day):
                return due
        raise
