"""The levels of a unit's name: "phường", "xã", "quận", "TP." … and how a name is split into its level and the rest.

Apart from the gazetteer (`store.gazetteer`, which re-exports these) because
the browser's list rows need `split_level` for every ward they show, and the
first screen should not load the gazetteer, its former wards and their
tables to show them (#17: launch → first rows at 100,000 records).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .folding import fold, normalize_text

WARD_LEVELS = ("phường", "xã", "đặc khu")
DISTRICT_LEVELS = ("quận", "huyện", "thị xã", "thành phố")
PROVINCE_LEVELS = ("tỉnh", "thành phố")
_LEVEL_PREFIX = re.compile(
    r"^(?:(phường|xã|đặc khu|quận|huyện|thị xã|thị trấn|thành phố|tỉnh)\s+"
    r"|(tp|tx|tt)(?:\.\s*|\s+)"
    r"|(p|q|h)\.\s*"
    r"|(p|q)(?=\d))",
    re.IGNORECASE,
)
_PREFIX_LEVEL = {
    "phuong": "phường", "xa": "xã", "dac khu": "đặc khu", "quan": "quận", "huyen": "huyện",
    "thi xa": "thị xã", "thi tran": "thị trấn", "thanh pho": "thành phố", "tinh": "tỉnh",
    "tp": "thành phố", "tx": "thị xã", "tt": "thị trấn", "p": "phường", "q": "quận", "h": "huyện",
}


def split_level(name: str) -> tuple[str | None, str]:
    """("phường", "Lái Thiêu") from "phường  Lái Thiêu"; also "TP.Dĩ An", "TP TDM", "P. Bến Nghé", "Q.1"."""
    text = normalize_text(name)
    match = _LEVEL_PREFIX.match(text)
    if not match:
        return None, text
    written = next(group for group in match.groups() if group)
    return _PREFIX_LEVEL.get(fold(written)), text[match.end():].strip(" .")


def canonical_level(level: str | None) -> str | None:
    """A level as data or a user writes it ("Phường", "TX", "thi xa") → the gazetteer's spelling."""
    if not level:
        return None
    return _PREFIX_LEVEL.get(fold(level).strip(" ."), level)


_FOLDED_DISTRICT_LEVELS = tuple(f"{fold(level)} " for level in DISTRICT_LEVELS)


def written_district(name: str) -> str | None:
    """The name of a district written with its level word, accented or not ("huyện Bố Trạch", "TP Đồng Hới",
    "huyen bo trach" → the name after it), else None."""
    level, base = split_level(name)
    if level in DISTRICT_LEVELS:
        return base
    folded = fold(name)
    start = next((len(word) for word in _FOLDED_DISTRICT_LEVELS if folded.startswith(word)), 0)
    return name.strip()[start:].strip() or None if start else None


@dataclass(frozen=True)
class Written:
    """A ward clause's value read as one district: "huyện Tân Uyên, Lai Châu" → (huyện, Tân Uyên, Lai Châu)."""

    level: str
    name: str
    province: str

    def value(self) -> str:
        return district_value(self.level, self.name, self.province)


def district_value(level: str, name: str, province: str) -> str:
    """A clause's value naming one district: "huyện Tân Uyên, Lai Châu" (what `written` reads back)."""
    return f"{level} {name}, {province}"


def written(value: str) -> Written | None:
    """The value read as a district with its level and a province after a comma, or None when it is not one: no
    comma, or no district's level word before it (`ward:"Lái Thiêu, Bình Dương"`: a ward of today,
    `store.today_wards`)."""
    head, comma, province = value.rpartition(",")
    head, province = head.strip(), province.strip()
    if not comma or not head or not province:
        return None
    level, name = split_level(head)
    if level not in DISTRICT_LEVELS:  # "huyen tan uyen": the level word unaccented
        folded = fold(head)
        level = next((spelt for spelt in DISTRICT_LEVELS if folded.startswith(f"{fold(spelt)} ")), None)
        name = " ".join(head.split()[len(level.split()):]) if level else name
    if level is None or not name:
        return None
    return Written(level, name, province)
