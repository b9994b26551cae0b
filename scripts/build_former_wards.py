#!/usr/bin/env python3
"""Build ``data/former_wards.json``: wards and communes before 1 July 2025 -> today's wards.

On 1 July 2025 Vietnam merged its 10,035 wards, communes and townships into
3,321 (resolutions of the National Assembly Standing Committee, one per
province, under Resolution 202/2025/QH15). Reports written before then name
"phường Bến Nghé, Quận 1"; search and import use this file to find what such
a unit is today (phường Sài Gòn).

Where the data comes from
-------------------------
The PyPI package ``vietnamadminunits`` (Tran Ngoc Minh Hieu, MIT licence,
https://github.com/tranngocminhhieu/vietnamadminunits) ships the old list
(table ``admin_units_legacy`` of ``data/dataset.db``, from the General
Statistics Office's danhmuchanhchinh.gso.gov.vn) and the old -> new mapping
(``data/converter_2025.json``, from sapnhap.bando.com.vn). An old ward split
between several new ones lists them all, the package's default first. The
product never imports the package: this script runs at build time only.

Download the wheel without installing it::

    .venv/bin/pip download --no-deps -d /tmp/vau 'vietnamadminunits==1.0.4'

and run from the project root::

    .venv/bin/python scripts/build_former_wards.py /tmp/vau/vietnamadminunits-1.0.4-py3-none-any.whl

Today's wards are matched to the installed ``vietnam-provinces`` by name
within their province (the two packages' ward codes differ for some merged
wards); the script fails if a new ward cannot be matched.

Output::

    {"source": ..., "licence": ..., "provinces": ["Hà Nội", ...],
     "districts": [["Quận 1", 49], ...],
     "wards": [["Phường Bến Nghé", 12, [26740]], ...]}

``provinces`` are the old provinces' short names (as in
``data/former_units.json``); a district is [name, province index]; a ward is
[name, district index, today's ward codes].
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

import orjson
from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.folding import fold_compact  # noqa: E402 - needs ROOT on sys.path: run as a plain script

DEFAULT_OUT = ROOT / "data" / "former_wards.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="vietnamadminunits wheel (.whl) or its unpacked directory")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = _unpacked(args.wheel, Path(tmp))
        data = build(root)
    args.out.write_text(_dump(data), encoding="utf-8")
    print(f"{len(data['wards'])} former wards -> {args.out}")
    return 0


def _unpacked(path: Path, tmp: Path) -> Path:
    if path.is_dir():
        return path
    with zipfile.ZipFile(path) as wheel:
        wheel.extractall(tmp)
    return tmp


def build(root: Path) -> dict:
    package = root / "vietnamadminunits"
    version = next(root.glob("vietnamadminunits-*.dist-info")).name.removesuffix(".dist-info").split("-")[1]
    converter = json.loads((package / "data" / "converter_2025.json").read_text(encoding="utf-8"))
    db = sqlite3.connect(package / "data" / "dataset.db")
    new_code = _new_ward_codes(db)
    old_to_new: dict[str, list[int]] = {}
    for province_key, province_wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for ward_key, olds in province_wards.items():
            for old in olds:
                old_to_new.setdefault(old, []).append(new_code[(province_key, ward_key)])
    for province_key, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            ordered = sorted(news, key=lambda new: not new["isDefaultNewWard"])
            for new in ordered:
                code = new_code[(province_key, new["newWardKey"])]
                if code not in old_to_new.setdefault(old, []):
                    old_to_new[old].append(code)
    provinces: list[str] = []
    districts: list[list] = []
    district_ids: dict[tuple[str, str], int] = {}
    wards: list[list] = []
    rows = db.execute("SELECT provinceShort, district, ward, provinceKey, districtKey, wardKey"
                      " FROM admin_units_legacy ORDER BY CAST(wardCode AS INTEGER)").fetchall()
    for province, district, ward, province_key, district_key, ward_key in rows:
        codes = old_to_new.get(f"{province_key}_{district_key}_{ward_key}")
        if not codes or not ward:
            continue
        if province not in provinces:
            provinces.append(province)
        key = (province, district)
        if key not in district_ids:
            district_ids[key] = len(districts)
            districts.append([district, provinces.index(province)])
        wards.append([ward, district_ids[key], codes])
    return {
        "source": f"vietnamadminunits {version} (GSO list before 1 July 2025; old -> new mapping of 2025)",
        "licence": "MIT, Copyright (c) 2025 Tran Ngoc Minh Hieu",
        "provinces": provinces, "districts": districts, "wards": wards,
    }


def _new_ward_codes(db: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """(provinceKey, wardKey) of the package -> today's ward code in the installed vietnam-provinces."""
    nested = orjson.loads(NESTED_DIVISIONS_JSON_PATH.read_bytes())
    by_name = {(p["code"], fold_compact(w["name"])): w["code"] for p in nested for w in p["wards"]}
    found: dict[tuple[str, str], int] = {}
    missing = []
    for province, ward, province_key, ward_key in db.execute(
            "SELECT provinceCode, ward, provinceKey, wardKey FROM admin_units"):
        code = by_name.get((int(province), fold_compact(ward)))
        if code is None:
            missing.append((province, ward))
        else:
            found[(province_key, ward_key)] = code
    if missing:
        raise SystemExit(f"today's wards not in vietnam-provinces: {missing[:10]} ({len(missing)})")
    return found


def _dump(data: dict) -> str:
    """One ward a line: readable diffs when the data is rebuilt."""
    head = {key: data[key] for key in ("source", "licence", "provinces")}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ","]
    lines.append(' "districts": [')
    lines.append(",\n".join("  " + json.dumps(d, ensure_ascii=False) for d in data["districts"]) + "],")
    lines.append(' "wards": [')
    lines.append(",\n".join("  " + json.dumps(w, ensure_ascii=False) for w in data["wards"]) + "]}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
