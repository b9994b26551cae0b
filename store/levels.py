"""The levels of a unit's name: "phường", "xã", "quận", "TP." … and how a name is split into its level and the rest.

Apart from the gazetteer (`store.gazetteer`, which re-exports these) because
the browser's list rows need `split_level` for every ward they show, and the
first screen should not load the gazetteer, its former wards and their
tables to show them (#17: launch → first rows at 100,000 records).
"""

from __future__ import annotations

import re

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
