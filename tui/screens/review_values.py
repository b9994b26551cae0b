"""What the reviewer typed, read as record values: a figure's number, a locality's name, a field's text.

Free of textual, so that the reading rules can be tested without a screen.
"""

from __future__ import annotations

import re
from typing import Any

from store.extract.dates import TWO_TIER_START
from store.gazetteer import WARD_LEVELS, gazetteer, split_level
from store.numbers import parse_vi_number


def clean(text: str) -> str:
    """An input's text with white space collapsed and trimmed."""
    return " ".join(text.split())


def read_number(text: str) -> float | int | None:
    """ "2446", "2.446", "99,83", "99.83": a figure's value as a person types it."""
    text = text.strip().rstrip("%").strip()
    if not text:
        return None
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+\.\d{1,2}", text) or re.fullmatch(r"[+-]?\d+\.\d{4,}", text):
        return float(text)
    return parse_vi_number(text)


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
