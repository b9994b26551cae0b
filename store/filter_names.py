"""The filter language's field names, in English and in Vietnamese.

A Vietnamese user writes `nam:2025 tinh:"Lạng Sơn" chude:de-an-06`, an English one `year:2025
province:"Lạng Sơn" topic:de-an-06`: both are the same filter. A name is read folded (`fold_name`: case,
diacritics and đ→d dropped), so `năm:`, `Năm:` and `nam:` are one name, `tỉnh:` is `tinh:`.

Each Vietnamese name is the word the interface puts on the facet, the picker or the help (`Năm`, `Tỉnh/thành`,
`Chủ đề`, `Cơ quan`, `Hình thức`, `Phường/xã`), folded and written as one word, plus the word a user reaches for
first where that is another (`doan` for a delegation, `loai` for a kind). The leader field is `truongdoan`, the
details' and the list's word (*Trưởng đoàn*), and `lanhdao` (*lãnh đạo*), which a user reaches for too. The first
name of each field is the one a filter is shown back with in Vietnamese (`display_name`), unless the user typed
another (`store.query.Clause.said`).
The addressee field (`to:`, whom a follow-up item is addressed to) is `gui`, as *gửi Sở Tài chính* reads ("sent to"),
with `guiden`, the follow-up dialog's *Gửi đến*, and `noinhan`, the *Nơi nhận* of an official letter and of the CLI's
help; `den` would have read best after *gửi* but is `until` already.
What happened to an item in a period (`store.item_events`) is `traloi` (*trả lời*, answered; `phanhoi`, the
*phản hồi* a reply is also called), `doi` (*đổi*, changed; `thaydoi`) and `dong` (*đóng*, closed; `ketthuc`).
The ward field is `xa` as in *cấp xã*, the commune level, which holds xã, phường and đặc khu alike (a picked ward's
name carries no level to tell them apart); `phuong` reads too.

No Vietnamese name is also an English one, so a name says its field whatever the language of the rest.
"""

from __future__ import annotations

from typing import Final

from .folding import fold

VIETNAMESE: Final[dict[str, tuple[str, ...]]] = {
    "ward": ("xa", "phuong"),
    "province": ("tinh", "tinhthanh"),
    "topic": ("chude",),
    "body": ("coquan", "doan"),
    "kind": ("hinhthuc", "loai"),
    "year": ("nam",),
    "since": ("tu", "tungay"),
    "until": ("den", "denngay"),
    "date": ("ngay", "thoigian"),
    "status": ("trangthai",),
    "overdue": ("quahan",),
    "leader": ("truongdoan", "lanhdao"),
    "to": ("gui", "guiden", "noinhan"),
    "answered": ("traloi", "phanhoi"),
    "changed": ("doi", "thaydoi"),
    "closed": ("dong", "ketthuc"),
}
"""Each field's Vietnamese names, folded; the first is the one shown."""

ENGLISH: Final = ("ward", "province", "topic", "body", "leader", "kind", "year", "since", "until", "date", "status",
                   "to", "answered", "changed", "closed", "overdue")
"""The fields a user names (free text has no name), in the order the help lists them; `overdue`, which takes no
value, last."""

NO_FIELD: Final = frozenset({"nguoi", "person", "people"})
"""Names a user tries for the people a visit met, which are no field: a name is found as free text."""

DISTRICT_WORDS: Final[dict[str, str]] = {"huyen": "xa", "quan": "xa", "thixa": "xa", "district": "ward"}
"""Names a user tries for a district, which is no field since districts were abolished (1 July 2025): a former
district is found by the ward field (`xa:"thach that"`, as the province picker's former districts are), so that is
the name suggested, in the language typed. By spelling alone `huyen:` had been answered "chude:?", `quan:`
"quahan:?"."""

_NAMES: Final[dict[str, str]] = {
    **{name: name for name in (*ENGLISH, "text")},
    **{alias: field for field, aliases in VIETNAMESE.items() for alias in aliases},
}


def fold_name(name: str) -> str:
    """A typed field name as it is looked up: `Năm` → `nam`, `ĐOÀN` → `doan`."""
    return fold(name).replace(" ", "")


def field_of(name: str) -> str | None:
    """The field a typed name stands for (`tỉnh` → `province`), or None."""
    return _NAMES.get(fold_name(name))


def display_name(field: str, lang: str) -> str:
    """The name a filter shows `field` under in `lang`: `year` / `nam`, `ward` / `xa`."""
    return VIETNAMESE[field][0] if lang == "vi" and field in VIETNAMESE else field


def names_said(lang: str, fields: tuple[str, ...] = ENGLISH[:-1]) -> str:
    """The names of `fields` as a message lists them: `ward, province, …` or `xa/phuong, tinh, …`."""
    if lang != "vi":
        return ", ".join(fields)
    both = ("ward", "body", "leader", "kind")  # fields whose second name is as common as the first
    return ", ".join("/".join(VIETNAMESE[field][:2] if field in both else VIETNAMESE[field][:1]) for field in fields)


def nearest(name: str) -> str | None:
    """The known name closest to an unknown one, in the language it looks written in: `tinhh` → `tinh`,
    `provnce` → `province`, `yaer` → `year`; None when nothing is close (`Nguyễn:` is no `ngay:`)."""
    typed = fold_name(name)
    if typed in DISTRICT_WORDS:
        return DISTRICT_WORDS[typed]
    known = [known for known in _NAMES if known != "text"]
    cut = near_cut(typed)
    scored = sorted((edits(typed, known_name), known_name) for known_name in known)
    if scored and scored[0][0] <= cut:
        return scored[0][1]
    starting = [known_name for known_name in known if known_name.startswith(typed) and len(typed) >= 3]
    return min(starting, key=len) if starting else None  # `provi:` → `province`


def near_cut(typed: str) -> int:
    """How many edits a typo may be from the name meant: one for a short name, two from six letters on. A ratio
    of shared letters (difflib's) had answered `Nguyễn:` with `ngay:`, three edits away."""
    return 1 if len(typed) < 6 else 2


def edits(one: str, other: str) -> int:
    """The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbours
    (`yaer` → `year` is one edit)."""
    previous2: list[int] = []
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        row = [i]
        for j, b in enumerate(other, 1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                cost = min(cost, previous2[j - 2] + 1)
            row.append(cost)
        previous2, previous = previous, row
    return previous[-1]


__all__ = [
    "DISTRICT_WORDS", "ENGLISH", "NO_FIELD", "VIETNAMESE", "display_name", "edits", "field_of", "fold_name",
    "names_said", "near_cut", "nearest",
]
