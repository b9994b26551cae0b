#!/usr/bin/env python3
"""Build ``data/earlier_wards.json``: wards and communes merged away before the 2025 list was made.

``data/former_wards.json`` holds the GSO list as it stood just before 1 July
2025 (10,035 units) and what each became. Between 2019 and early 2025 many
units had already been merged (Resolutions of the National Assembly Standing
Committee on the 2019-2021 and 2023-2025 rounds): a report of 2019 names
"phường Đống Mác" (Hai Bà Trưng, Hà Nội) or "xã Hòa Chính" (Chương Mỹ), which
that list no longer has. Their district and province are certain; which ward
of 2025 took them in is not in any source used here, so this file gives only
where they were, and extraction places such a unit in its province, never in
a guessed ward.

Where the data comes from
-------------------------
Older releases of ``vietnam-provinces`` (GPL-3.0-or-later; data from the
General Statistics Office's danhmuchanhchinh.gso.gov.vn, the same family as
``data/former_units.json``) bundle the list of their day: 0.2 (about 2019,
10,6xx units), 0.3.0 and 0.4.3 (2021-2023). Download them without installing
(they would replace the current package in the venv)::

    .venv/bin/pip download --no-deps -d /tmp/oldvp02 'vietnam-provinces==0.2'
    .venv/bin/pip download --no-deps -d /tmp/oldvp043 'vietnam-provinces==0.4.3'

and run from the project root (a wheel or its ``nested-divisions.json``)::

    .venv/bin/python scripts/build_earlier_wards.py /tmp/oldvp02/*.whl /tmp/oldvp043/*.whl

A unit is kept when its old province (mapped through ``data/former_units.json``)
has no unit of that name, accents folded, in ``data/former_wards.json``: a
name only respelled ("Qui Nhơn", "Hoà") is not a merged unit; a numbered unit
("Phường 3", a name of its district only) when its own district has none. The
script fails if an old province cannot be mapped. Numbered units lose the older lists' leading
zero ("Phường 03" → "Phường 3"), as ``data/former_wards.json`` and articles write
them: with the zero, "phường 3" never found its entry, and the check against the
2025 list took Tân Bình's Phường 3, still on it, for a unit merged earlier.

Output::

    {"source": ..., "licence": ..., "provinces": ["Hà Nội", ...],
     "districts": [["Quận Hai Bà Trưng", 0], ...],
     "wards": [["Phường Đống Mác", 0], ...]}

``provinces`` are old provinces' short names as in ``data/former_units.json``;
a district is [name, province index]; a ward is [name, district index]. ``moved`` lists,
in the same shape, units that the older list puts in a district and the 2025 list, the
only unit of that name in the province then and in 2025, in another (communes moved when
districts were merged or towns grew, 2019-2024): the 2025 entry says what they became.
"""

from __future__ import annotations

import argparse
import re
import sys
import zipfile
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.folding import fold_compact  # noqa: E402 - needs ROOT on sys.path: run as a plain script
from store.gazetteer import gazetteer  # noqa: E402

DEFAULT_OUT = ROOT / "data" / "earlier_wards.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lists", type=Path, nargs="+", help="vietnam-provinces 0.x wheels or nested-divisions.json")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    versions, lists = [], []
    for path in args.lists:
        version, nested = _read(path)
        versions.append(version)
        lists.append(nested)
    data = build(lists, versions)
    args.out.write_text(_dump(data), encoding="utf-8")
    print(f"{len(data['wards'])} earlier wards -> {args.out}")
    return 0


def _read(path: Path) -> tuple[str, list[dict]]:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            nested = orjson.loads(wheel.read("vietnam_provinces/data/nested-divisions.json"))
        return path.name.split("-")[1], nested
    return path.parent.parent.parent.name, orjson.loads(path.read_bytes())


def build(lists: list[list[dict]], versions: list[str]) -> dict:
    places = gazetteer()
    known = orjson.loads((ROOT / "data" / "former_wards.json").read_bytes())
    in_2025: dict[tuple[str, str], list[str]] = {}
    for name, district, _ in known["wards"]:
        place = (known["provinces"][known["districts"][district][1]], fold_compact(_base(name)))
        in_2025.setdefault(place, []).append(known["districts"][district][0])
    earlier: dict[tuple[str, str], int] = {}  # how many units of the name a province had, most in any one list
    for nested in lists:
        counts: dict[tuple[str, str], int] = {}
        for province in nested:
            old = _old_province(places, province["name"])
            for district in province["districts"]:
                for ward in district["wards"]:
                    place = (old, fold_compact(_base(_numbered(ward["name"]))))
                    counts[place] = counts.get(place, 0) + 1
        for place, count in counts.items():
            earlier[place] = max(earlier.get(place, 0), count)
    moved: list[list] = []
    provinces: list[str] = []
    districts: list[list] = []
    district_ids: dict[tuple[str, str], int] = {}
    wards: list[list] = []
    seen: set[tuple[str, str, str]] = set()
    for nested in lists:
        for province in nested:
            old = _old_province(places, province["name"])
            for district in province["districts"]:
                for ward in district["wards"]:
                    name = _numbered(ward["name"])
                    key = (old, district["name"], fold_compact(_base(name)))
                    if key in seen:
                        continue
                    seen.add(key)
                    now = in_2025.get((old, key[2]), [])
                    if key[2].isdigit():  # "Phường 3" names a unit of its district only: Quận 10 kept its
                        now = [d for d in now if _district(d) == _district(district["name"])]  # own, Quận 3's merged
                    # one unit of the name in the province then and in 2025, in another district: it moved
                    # (Sơn A, Văn Chấn → Nghĩa Lộ in 2020); its 2025 entry says what it became
                    shifted = len(now) == 1 and earlier[(old, key[2])] == 1 and \
                        fold_compact(_base(now[0])) != fold_compact(_base(district["name"]))
                    if now and not shifted:
                        continue
                    if old not in provinces:
                        provinces.append(old)
                    place = (old, district["name"])
                    if place not in district_ids:
                        district_ids[place] = len(districts)
                        districts.append([district["name"], provinces.index(old)])
                    (moved if shifted else wards).append([name, district_ids[place]])
    return {
        "source": "vietnam-provinces " + ", ".join(versions) + " (GSO lists of their day): units absent from the"
                  " list of 1 July 2025, merged before it; where they were, not what they became",
        "licence": "GPL-3.0-or-later (vietnam-provinces, Nguyễn Hồng Quân); data: General Statistics Office",
        "provinces": provinces, "districts": districts, "wards": wards, "moved": moved,
    }


def _old_province(places: object, name: str) -> str:
    short = re.sub(r"^(?:Tỉnh|Thành phố)\s+", "", name)
    former = places.former_province(short)  # type: ignore[attr-defined]
    if former is None:
        raise SystemExit(f"old province not in data/former_units.json: {name}")
    return str(former[0])


def _numbered(name: str) -> str:
    """ "Phường 03" → "Phường 3": the older lists pad numbered units; the 2025 list and articles do not."""
    return re.sub(r"(?<=\s)0+(?=\d)", "", name)


def _district(name: str) -> str:
    """ "Thị xã Gò Công" and "Thành phố Gò Công" → "gocong": a district's name folded, its level dropped."""
    return fold_compact(re.sub(r"^(?:Quận|Huyện|Thị xã|Thành phố)\s+", "", name))


def _base(name: str) -> str:
    return re.sub(r"^(?:Phường|Xã|Thị trấn)\s+", "", name)


def _dump(data: dict) -> str:
    """One row a line, so that a diff of the file shows which units changed."""
    head = {k: data[k] for k in ("source", "licence", "provinces")}
    lines = [orjson.dumps(head).decode()[:-1] + ',\n "districts": [']
    lines.append(",\n".join("  " + orjson.dumps(d).decode() for d in data["districts"]) + "],\n \"wards\": [")
    lines.append(",\n".join("  " + orjson.dumps(w).decode() for w in data["wards"]) + "],\n \"moved\": [")
    lines.append(",\n".join("  " + orjson.dumps(w).decode() for w in data["moved"]) + "]}\n")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
