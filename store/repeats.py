"""Does a later visit's recommendation or direction repeat one made at an earlier visit? A pure judgement.

Users follow a commune's asks for months: "lại đề nghị bổ sung biên chế …" at
the September visit is March's "đề nghị bổ sung 01 biên chế …" asked again.
Two items are compared by their wording after folding (no diacritics, đ→d,
Hòa = Hoà, case and spacing ignored), with the words that only frame an ask
("đề nghị", "kiến nghị", "chỉ đạo", "lại", "tiếp tục", "sớm" …) and the
grammar words left out. What remains is compared as a weighted overlap
(Dice) of its words and of its pairs of neighbouring words: a pair says more
than its words apart ("biên chế" beside "máy quét" is another ask), and the
words every ask of this domain uses ("chuyển đổi số", "hồ sơ", "thủ tục")
weigh less than the ones that name what is asked. `THRESHOLD` was measured on
tests/repeat_pairs.py (`scripts/measure_repeats.py` prints every pair's
score): the lowest pair that must link and the highest look-alike that must
not sit either side of it.

`repeats(later, earlier)` adds the rules that are not wording: the earlier
item is of an earlier day and another visit, the two visits share a place of
today (`Entry.places`, filled by `store.item_links` from the records' ward
codes, so a visit recorded under a unit merged away meets the visit to the
unit it became), and the two are of one kind, or the later one's wording says
it takes up an earlier one ("như đã chỉ đạo", "kiến nghị trước đây").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from .folding import fold

THRESHOLD: Final = 0.5
"""Measured on tests/repeat_pairs.py: must-link pairs score 0.56 and up, look-alikes 0.41 and below."""

_WORD = re.compile(r"[0-9a-z]+")
_STOP: Final = frozenset((
    "va", "cua", "cac", "nhung", "cho", "de", "duoc", "voi", "tai", "trong", "la", "co", "mot", "nay", "do", "ve",
    "theo", "tren", "nhu", "da", "se", "dang", "can", "o", "vao", "tu", "den", "hon", "nua", "them", "cung", "thi",
    "ma", "khi", "neu", "nham", "viec", "phai", "con", "nhat", "so", "luong", "01", "1", "moi", "tung", "ra",
    # the words that frame an ask, not what is asked
    "nghi", "kien", "yeu", "cau", "lai", "tiep", "tuc", "som", "xem", "xet", "quan", "tam", "sau", "truoc", "lan",
    "dot", "nhanh", "chong", "kip", "thoi", "doan", "giam", "sat", "khao", "chi", "dao",
))
"""Folded; "chi", "dao" are "chỉ đạo" (framing): "đào tạo" keeps "tao"."""
_COMMON: Final = frozenset((
    "chuyen", "doi", "ho", "thu", "hanh", "chinh", "dich", "vu", "cong", "truc", "tuyen", "nguoi", "dan",
    "ubnd", "uy", "ban", "nhan", "xa", "phuong", "tinh", "huyen", "thuc", "hien", "bo", "phan", "giai",
    "quyet", "dia", "tang", "cuong", "nang", "cao", "hieu", "qua", "dam", "bao", "tao", "dieu", "tra", "ket",
))
"""Words nearly every ask of this domain has: half the weight of a word that names the ask."""
_CUES: Final = (
    "nhu da", "da chi dao", "da kien nghi", "da de nghi", "truoc day", "lan truoc", "dot truoc", "chuyen truoc",
    "ky truoc", "thuc hien chi dao", "thuc hien kien nghi", "theo chi dao", "theo kien nghi", "van chua",
    "chua duoc giai quyet", "chua thuc hien",
)
"""Folded phrases by which a later item says it takes up an earlier one, whatever the earlier one's kind."""


@lru_cache(maxsize=65536)
def features(text: str) -> tuple[tuple[str, float], ...]:
    """The weighted features of an item's text: its content words and its pairs of neighbouring content words."""
    words = [word for word in _WORD.findall(fold(text)) if word not in _STOP]
    weights: dict[str, float] = {}
    for word in words:
        weights[word] = 0.5 if word in _COMMON else 1.0
    for first, second in zip(words, words[1:], strict=False):
        pair = f"{first} {second}"
        weights[pair] = 0.5 if first in _COMMON and second in _COMMON else 1.0
    return tuple(sorted(weights.items()))


def similarity(first: str, second: str) -> float:
    """Weighted Dice overlap of the two texts' features, 0 to 1; symmetric; 0 when either has none."""
    a, b = dict(features(first)), dict(features(second))
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 0.0
    shared = sum(weight for key, weight in a.items() if key in b)
    return 2 * shared / total


def takes_up_earlier(text: str) -> bool:
    """The wording says the item takes up an earlier ask or direction (it may then link across kinds)."""
    folded = " " + " ".join(_WORD.findall(fold(text))) + " "
    return any(f" {cue} " in folded for cue in _CUES)


@dataclass(frozen=True)
class Entry:
    """One recommendation or direction as `repeats` sees it."""

    survey: str
    date: str
    """ISO day of its visit."""
    field: str
    """"recommendations" or "directions"."""
    index: int
    text: str
    places: frozenset[str]
    """Keys of the places of today its visit was at (`store.item_links.place_keys`)."""


def repeats(later: Entry, earlier: Entry) -> bool:
    """`later` repeats `earlier`: another, earlier visit, a place in common, one kind or a cue, similar words."""
    if later.survey == earlier.survey or not earlier.date < later.date or not later.places & earlier.places:
        return False
    if later.field != earlier.field and not takes_up_earlier(later.text):
        return False
    return similarity(later.text, earlier.text) >= THRESHOLD


def best_first(later: Entry, earlier: Iterable[Entry]) -> list[tuple[float, Entry]]:
    """The entries `later` repeats, each with its score, the most recent visit first (then the closest wording, then
    the visit's id and the item's place in it: the order never depends on the order the entries come in, so an
    index kept up to date answers as one built whole)."""
    found = [(similarity(later.text, entry.text), entry) for entry in earlier if repeats(later, entry)]
    found.sort(key=lambda pair: (pair[1].survey, pair[1].field, pair[1].index))
    return sorted(found, key=lambda pair: (pair[1].date, pair[0]), reverse=True)
