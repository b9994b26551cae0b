"""The same visit told by another outlet: a probable duplicate of a stored record, and what it adds.

Two reports of one visit share its day and at least one place, and name the
delegation in ways that agree once folded and spelled out ("Đoàn giám sát số
1" and "Đoàn giám sát số 1, HĐND TP Hà Nội"; "ĐBQH" and "đại biểu Quốc hội").
Such a draft is not imported as a new record; the figures, recommendations
and directions it has and the stored record lacks can be merged into the
stored one instead. A draft stored under its own id already is such a draft
too (`store.extract.merge_offers`), whatever the rest says.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..folding import fold
from ..reasons import reason, say

_SPELLED = {
    "dbqh": "dai bieu quoc hoi", "hdnd": "hoi dong nhan dan", "ubnd": "uy ban nhan dan", "mttq": "mat tran to quoc",
    "tphcm": "thanh pho ho chi minh", "hcm": "ho chi minh", "tp": "thanh pho", "tx": "thi xa", "ubmttq":
    "uy ban mat tran to quoc", "qh": "quoc hoi", "tt": "thuong truc",
}
ITEM_LISTS = ("recommendations", "directions")
"""The lists of items a merge adds to (the follow-up's: what was asked and what was decided)."""
_FILLER = {"doan", "cua", "va", "tinh", "thanh", "pho", "viet", "nam", "cong", "tac"}


@dataclass
class Duplicate:
    """A stored record the draft probably reports again."""

    stored_id: str
    reasons: list[str]
    missing_figures: list[dict[str, Any]] = field(default_factory=list)
    """Figures of the draft that the stored record does not have (same value and unit)."""
    missing_items: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """Recommendations and directions of the draft the stored record does not have (same words), each with its
    list's name."""
    same_id: bool = False
    """The stored record has the draft's own id (the import would skip the draft as stored already)."""

    @property
    def adds(self) -> bool:
        """The draft has something the stored record lacks."""
        return bool(self.missing_figures or self.missing_items)

    def message(self, lang: str = "en") -> str:
        """"probable duplicate of <id> (same date …, 1 place(s) in common, …)" in `lang`, or "already stored under
        the same id <id>", then what the stored record lacks."""
        said = (reason("duplicate.same_id", id=self.stored_id) if self.same_id else
                reason("duplicate.of", id=self.stored_id, why=", ".join(say(why, lang) for why in self.reasons)))
        lacks = [reason("duplicate.lacks", count=len(self.missing_figures))] if self.missing_figures else []
        lacks += [reason("duplicate.lacks_items", count=len(self.missing_items))] if self.missing_items else []
        return "; ".join([say(said, lang), *(say(why, lang) for why in lacks)])


def body_words(body: str) -> set[str]:
    """The delegation's name as a set of folded words, abbreviations spelled out, filler left out."""
    words: list[str] = []
    for word in re.findall(r"[\w.]+", fold(body).replace(".", " ")):
        words += _SPELLED.get(word, word).split()
    return {word for word in words if word not in _FILLER}


def bodies_agree(one: str, other: str) -> bool:
    a, b = body_words(one), body_words(other)
    if not a or not b:
        return True  # "Đoàn công tác": says nothing either way
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.6


def same_head(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Both records name the same head: one team, though one outlet names it after a department ("Đoàn kiểm tra
    của Sở Nội vụ") and the other after the steering committee the department serves ("Ban Chỉ đạo ...")."""
    heads = [fold((record.get("leader") or {}).get("name") or "").strip() for record in (one, other)]
    return bool(heads[0]) and len(heads[0].split()) >= 2 and heads[0] == heads[1]


def _places(record: dict[str, Any]) -> set[tuple]:
    keys: set[tuple] = set()
    for locality in record.get("localities", []):
        province = (locality.get("province") or {}).get("code")
        ward = (locality.get("ward") or {}).get("code")
        keys.add((province, "ward", ward) if ward is not None else (province, fold(locality.get("name", ""))))
    return keys


def probable_duplicates(record: dict[str, Any], stored: Iterable[dict[str, Any]]) -> list[Duplicate]:
    """The stored records `record` (a draft) is probably about: same day, a shared place, agreeing bodies."""
    found: list[Duplicate] = []
    if not record.get("date"):
        return found
    places = _places(record)
    for other in stored:
        if other.get("id") == record.get("id") or other.get("date") != record["date"]:
            continue
        shared = places & _places(other)
        agree = bodies_agree(record.get("body", ""), other.get("body", ""))
        if not shared or not (agree or same_head(record, other)):
            continue
        reasons: list[str] = [reason("duplicate.same_date", date=record["date"]),
                              reason("duplicate.places", count=len(shared)),
                              reason("duplicate.bodies_agree" if agree else "duplicate.same_head")]
        found.append(Duplicate(str(other.get("id")), reasons, missing_figures(record, other),
                               missing_items(record, other)))
    return found


def missing_figures(draft: dict[str, Any], stored: dict[str, Any]) -> list[dict[str, Any]]:
    """The draft's figures the stored record lacks: neither its value in that unit, nor another value for the same
    measure (`_measure`). A stored value for that measure wins, since it may be a person's correction of the very
    number the article gives (3.980 read, 3.890 corrected): a merge must never set two values side by side."""
    stored_figures = stored.get("figures", [])
    have = {(round(float(f["value"]), 6), f.get("unit")) for f in stored_figures}
    measured = {_measure(f) for f in stored_figures}
    return [f for f in draft.get("figures", [])
            if (round(float(f["value"]), 6), f.get("unit")) not in have and _measure(f) not in measured]


def _measure(figure: dict[str, Any]) -> tuple[str, ...]:
    """What a figure counts, whatever its value: its label folded (its metric when it has one), unit, place, period
    and whole, so "Hồ sơ đúng hạn" of another ward or month, or of another whole, is another measure."""
    period = figure.get("period") or {}
    return (str(figure.get("metric") or " ".join(re.findall(r"\w+", fold(str(figure.get("label", "")))))),
            str(figure.get("unit") or ""), fold(str(figure.get("locality") or "")),
            str(period.get("from") or ""), str(period.get("to") or ""), str(figure.get("of") or ""))


SHORT_TAIL = 2
"""Words one recommendation may add at its end and still be another's: "… một cửa xã." is "… một cửa."."""
_SHORTEST = 6
"""Words (syllables, as Vietnamese is written) the shorter of two recommendations needs before a tail is let pass:
"Tăng cường kiểm tra" and "Tăng cường kiểm tra hồ sơ" say different things."""


def _words(text: str) -> tuple[str, ...]:
    """The text's words folded as the search folds them (no diacritics, đ→d, "Hòa" = "Hoà", case aside),
    punctuation and spacing left out."""
    return tuple(re.findall(r"\w+", fold(text)))


def same_item(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether two recommendations' (or directions') folded words say the same thing: equal, or one the other
    with a short tail (at most `SHORT_TAIL` words) after it, the shorter long enough to be a recommendation."""
    shorter, longer = sorted((one, other), key=len)
    return shorter == longer or (len(shorter) >= _SHORTEST and len(longer) - len(shorter) <= SHORT_TAIL
                                 and longer[:len(shorter)] == shorter)


def missing_items(draft: dict[str, Any], stored: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The draft's recommendations and directions the stored record's list of the same name does not have: not
    the `same_item` as any of it (words folded, punctuation aside, a short tail let pass), nor as one taken from
    the draft already."""
    lacking: list[tuple[str, dict[str, Any]]] = []
    for name in ITEM_LISTS:
        have = [_words(str(item.get("text", ""))) for item in stored.get(name) or []]
        for item in draft.get(name) or []:
            words = _words(str(item.get("text", "")))
            if words and not any(same_item(words, other) for other in have):
                have.append(words)
                lacking.append((name, item))
    return lacking


def merged(stored: dict[str, Any], figures: list[dict[str, Any]],
           items: Iterable[tuple[str, dict[str, Any]]] = ()) -> dict[str, Any]:
    """`stored` with `figures` and `items` appended (nothing of it changed or dropped); a figure's or an item's
    locality is kept only if the stored record has it."""
    result = copy.deepcopy(stored)
    names = {locality.get("name") for locality in result.get("localities", [])}
    for name, value in [("figures", figure) for figure in figures] + list(items):
        value = copy.deepcopy(value)
        if value.get("locality") not in names:
            value.pop("locality", None)
        result.setdefault(name, []).append(value)
    return result
