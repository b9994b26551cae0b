"""What kind of body made a visit, told from its name: the body-type facet and picker.

"All visits by Đoàn ĐBQH" should be one pick, not a filter of every delegation's
exact name. Records store the body as written ("Đoàn giám sát số 1, HĐND TP Hà
Nội", "Đoàn công tác số 7, Đoàn ĐBQH TPHCM"), so the type is derived here by
rules over the folded name, in order, the first that applies winning:

1. the Fatherland Front (MTTQ, Mặt trận Tổ quốc) — it often visits with others and
   names itself first;
2. the National Assembly: a provincial delegation (Đoàn ĐBQH, đại biểu Quốc hội) or a
   committee or council of the Assembly (Ủy ban … của Quốc hội, Hội đồng Dân tộc);
3. a standing committee (Ban) of a people's council (Ban Pháp chế, Ban Kinh tế – Ngân
   sách, Ban Văn hóa – Xã hội, Ban Dân tộc, Ban Đô thị … of an HĐND);
4. a people's council (HĐND) by its level: the province (tỉnh, or "thành phố"/"TP"
   followed by a province's name, today's or a former one, or by no name at all), the
   district level (huyện, quận, thị xã, a city inside a province named — abolished on
   1 July 2025, hence "former"), or the commune level (xã, phường, thị trấn, đặc khu);
5. a people's committee (UBND, Ủy ban nhân dân);
6. anything else.

The rules read the name only; nothing here imports textual or tinydb. A council of "thành phố" with no name after
it ("Thường trực HĐND thành phố") is a centrally-run city's: from 1 July 2025 no district-level council exists, so a
visit from then on can mean no other, and before it the bare form is how those cities' own press names their council
(a city inside a province is written with its name, "HĐND thành phố Biên Hòa"). It had been typed district-level, the
city of a 2026 visit to phường Tây Hồ (Hà Nội) counted as a "District council (former)" (tryout s38-tryout10). The
visit's date is not read: the type is kept per name (`store.sqlindex.kinds`), and a bare name before 2025 is no
surer a district's than a centrally-run city's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from . import catalog
from .folding import fold

RULES = "3"
"""The version of the rules below. Indexes keep each body's type (`store.sqlindex.kinds`) under this version and
type their bodies again when it differs: raise it with any change to the rules or their patterns
(`tests/test_bodies.py` notices a change made without it)."""

TYPES: tuple[str, ...] = ("dbqh", "hdnd-tinh", "hdnd-huyen", "hdnd-xa", "ban-hdnd", "mttq", "ubnd", "other")
"""Body types in the order the facet and picker list them."""

_MTTQ = re.compile(r"\b(mttq|mat tran to quoc)\b")
_ASSEMBLY = re.compile(r"\b(dbqh|dai bieu quoc hoi|quoc hoi|hoi dong dan toc)\b")
_COUNCIL = re.compile(r"\b(hdnd|hoi dong nhan dan)\b")
_BAN = re.compile(r"\bban (phap che|kinh te|van hoa|dan toc|do thi|xa hoi|ngan sach)")
_COMMITTEE = re.compile(r"\b(ubnd|uy ban nhan dan)\b")
_AFTER_COUNCIL = re.compile(r"\b(?:hdnd|hoi dong nhan dan)\s+(?P<level>(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong"
                            r"|thi tran|dac khu)\b|tp\b\.?)?\s*(?P<rest>[^,;()]*)")
"""The level word whole: "HĐND Quảng Ngãi" had read "quan" (quận) in "Quảng", a district's council (tryout s42)."""
_COMMUNE_LEVELS = ("xa", "phuong", "thi tran", "dac khu")
_DISTRICT_LEVELS = ("huyen", "quan", "thi xa")


def label(kind: str, lang: str = "vi") -> str:
    """The type's name in `lang` (vi or en): `bodytype.<type>` in the catalog, short enough for the facet sidebar
    (26 cells beside a count)."""
    return catalog.text(f"bodytype.{kind if kind in TYPES else 'other'}", lang)


@lru_cache(maxsize=200_000)  # every body name of a large store: a facet types them all on every search
def body_type(name: str) -> str:
    """The type of the body called `name`, one of `TYPES`."""
    folded = fold(name).replace("-", " ")
    if _MTTQ.search(folded):
        return "mttq"
    if _ASSEMBLY.search(folded) and not _COUNCIL.search(folded.split("quoc hoi")[0]):
        return "dbqh"
    if _COUNCIL.search(folded):
        if _BAN.search(folded):
            return "ban-hdnd"
        return _council_level(folded)
    if _COMMITTEE.search(folded):
        return "ubnd"
    return "other"


def _council_level(folded: str) -> str:
    found = _AFTER_COUNCIL.search(folded)
    level = (found["level"] or "").rstrip(".") if found else ""
    rest = found["rest"].strip() if found else ""
    if level in _COMMUNE_LEVELS:
        return "hdnd-xa"
    if level in _DISTRICT_LEVELS:
        return "hdnd-huyen"
    if level == "tinh":
        return "hdnd-tinh"
    if level in ("thanh pho", "tp"):  # no name after it ("khóa XVI" is its term): a centrally-run city's council
        bare = not rest or rest.split()[0] == "khoa"
        return "hdnd-tinh" if bare or _is_central_city(rest) else "hdnd-huyen"
    return "hdnd-tinh" if rest and _is_province(rest) else "other"


def _is_central_city(name: str) -> bool:
    """Whether "thành phố `name`" is a centrally-run city (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế),
    its term ("khóa XVI") left out. A province's own capital bears its name ("HĐND thành phố Quảng Ngãi", "… Thanh
    Hóa", "… Hải Dương", now in Hải Phòng): a city inside a province, district level; it had been typed a provincial
    council (tryout s42-tryout14)."""
    name = name.split(" khoa ")[0].strip()
    if not name:
        return False
    from .gazetteer import gazetteer  # noqa: PLC0415 - the gazetteer loads its data on first use

    places = gazetteer()
    today, former = places.find_province(name), places.former_province(name)
    if today is None or not fold(today.name).startswith("thanh pho "):
        return False
    # a province merged into such a city ("Hải Dương" is found as today's Hải Phòng) is not the city
    return former is None or fold(former[0]) == fold(today.name).removeprefix("thanh pho ")


def _is_province(name: str) -> bool:
    """Whether `name` is a province, today's or one merged away ("ha noi", "tphcm", "binh duong")."""
    if not name:
        return False
    from .gazetteer import gazetteer  # noqa: PLC0415 - the gazetteer loads its data on first use

    places = gazetteer()
    return places.find_province(name) is not None or places.former_province(name) is not None


def bodies_by_type(body_counts: Sequence[tuple[str, int]],
                   known: Mapping[str, str] | None = None) -> list[tuple[str, int, list[str]]]:
    """(type, surveys, body names) in `TYPES` order, types without surveys left out: one pass over the bodies.

    Each survey has one body, so the sums count surveys, under the same filter as the body counts. `known`
    holds types worked out before (an index keeps them: `store.sqlindex.kinds`); other names are typed here.
    """
    totals = dict.fromkeys(TYPES, 0)
    names: dict[str, list[str]] = {kind: [] for kind in TYPES}
    known = known or {}
    for body, count in body_counts:
        kind = known.get(body) or body_type(body)
        totals[kind] += count
        names[kind].append(body)
    return [(kind, totals[kind], names[kind]) for kind in TYPES if totals[kind]]


def counts_by_type(body_counts: Sequence[tuple[str, int]],
                   known: Mapping[str, str] | None = None) -> list[tuple[str, int]]:
    """Body facet counts summed by type, in `TYPES` order, types without surveys left out."""
    return [(kind, count) for kind, count, _ in bodies_by_type(body_counts, known)]


def bodies_of_type(kind: str, bodies: Sequence[str], known: Mapping[str, str] | None = None) -> list[str]:
    """The names among `bodies` that are of type `kind`, in the order given."""
    known = known or {}
    return [body for body in bodies if (known.get(body) or body_type(body)) == kind]
