"""Generated surveys for the browser's tests: varied, deterministic, valid records.

Wards are real (names and codes from the vietnam-provinces list the
gazetteer reads), so facets, ward filters and validation behave as with real
data. `python tests/tui/survey_generator.py N > file.json` writes N of them.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import orjson
from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

from store.folding import normalize_text, slugify
from store.gazetteer import split_level
from store.taxonomy import taxonomy

PROVINCE_CODES = (1, 79, 48, 31, 92, 22)
"""Hà Nội, TP Hồ Chí Minh, Đà Nẵng, Hải Phòng, Cần Thơ, Quảng Ninh."""
WARDS_PER_PROVINCE = 12
KINDS = ("giám sát", "khảo sát", "kiểm tra", "làm việc")
BODIES = ("HĐND {short}", "Đoàn ĐBQH {short}", "Ban Pháp chế HĐND {short}", "Thường trực HĐND {short}")
NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Cường", "Phạm Thị Dung", "Hoàng Văn Đức", "Vũ Thị Hà")
TITLES = ("Phó Chủ tịch HĐND", "Trưởng Ban Pháp chế", "Phó Trưởng Đoàn ĐBQH", "Ủy viên Thường trực")
METRICS = (("ho-so-tiep-nhan", "hồ sơ"), ("ho-so-giai-quyet", "hồ sơ"), ("ty-le-dung-han", "%"),
           ("thu-tuc-toan-trinh", "thủ tục"))


@lru_cache(maxsize=1)
def wards_by_province() -> dict[int, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Province code → (province unit, first wards), as records store them."""
    nested = orjson.loads(NESTED_DIVISIONS_JSON_PATH.read_bytes())
    found = {}
    for province in nested:
        if province["code"] in PROVINCE_CODES:
            unit = {"name": normalize_text(province["name"]), "code": province["code"]}
            wards = [{"name": normalize_text(w["name"]), "code": w["code"]} for w in province["wards"]]
            found[province["code"]] = (unit, wards[:WARDS_PER_PROVINCE])
    return found


def generate(count: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    topics = sorted(taxonomy().topics)
    return [_record(number, rng, topics) for number in range(count)]


def _record(number: int, rng: random.Random, topics: list[str]) -> dict[str, Any]:
    province, wards = wards_by_province()[PROVINCE_CODES[number % len(PROVINCE_CODES)]]
    short = province["name"].removeprefix("Thành phố ").removeprefix("Tỉnh ")
    visited = rng.sample(wards, 1 if number % 4 else 2)
    localities = [_locality(ward, province) for ward in visited]
    day = date(2021, 1, 1) + timedelta(days=(number * 37 + rng.randrange(30)) % 1800)
    body = BODIES[number % len(BODIES)].format(short=short)
    first = localities[0]["name"]
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": f"{day.isoformat()}-gen-{number:05d}-{slugify(first)}",
        "date": day.isoformat(),
        "kind": KINDS[number % len(KINDS)],
        "body": body,
        "leader": {"name": NAMES[number % len(NAMES)], "title": TITLES[number % len(TITLES)]},
        "localities": localities,
        "topics": rng.sample(topics, 1 + number % 3),
        "summary": f"{body} làm việc tại {first} về cải cách hành chính (bản ghi số {number}).",
        "figures": [_figure(rng, first) for _ in range(number % 3)],
        "recommendations": [{"text": f"Kiến nghị số {number}", "by": f"UBND {first}", "to": "thành phố"}],
        "directions": [{"text": f"Chỉ đạo số {number}", "by": NAMES[number % len(NAMES)], "to": f"UBND {first}"}],
        "difficulties": [{"text": "Phần mềm một cửa chạy chậm", "locality": first}] if number % 5 == 0 else [],
        "people": [{"name": NAMES[(number + 1) % len(NAMES)], "role": f"Chủ tịch UBND {first}"}],
        "source": {"outlet": "Báo thử nghiệm", "published": day.isoformat()},
    }
    return record


def _locality(ward: dict[str, Any], province: dict[str, Any]) -> dict[str, Any]:
    level, base = split_level(ward["name"])
    level = level or "phường"
    return {"name": f"{level} {base}", "level": level, "province": dict(province), "ward": dict(ward)}


def _figure(rng: random.Random, locality: str) -> dict[str, Any]:
    metric, unit = rng.choice(METRICS)
    value: float | int = round(rng.uniform(80, 100), 2) if unit == "%" else rng.randrange(10, 5000)
    figure: dict[str, Any] = {"label": taxonomy().metric_label(metric), "metric": metric, "value": value,
                              "unit": unit, "locality": locality}
    if unit == "hồ sơ" and rng.random() < 0.5:
        figure["of"] = value + rng.randrange(0, 100)
    return figure


if __name__ == "__main__":
    json.dump(generate(int(sys.argv[1]) if len(sys.argv) > 1 else 500), sys.stdout, ensure_ascii=False, indent=1)
