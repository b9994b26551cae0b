"""Every unit of both lists resolves to itself: today's wards by name and province (in either tone
placement and in lower case), and every former ward by name, old district and old province to the
ward the 2025 mapping says it became. Exhaustive rather than sampled: the lists are small."""

from __future__ import annotations

from collections import Counter

import orjson
from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

from store.folding import fold, normalize_tones
from store.gazetteer import gazetteer
from store.resources import load_json


def test_every_ward_of_today_resolves_to_itself() -> None:
    places = gazetteer()
    wrong = []
    for province in orjson.loads(NESTED_DIVISIONS_JSON_PATH.read_bytes()):
        for ward in province["wards"]:
            for written in (ward["name"], normalize_tones(ward["name"]), ward["name"].lower()):
                found = places.resolve(written, province_hint=province["name"])
                if found is None or found.ward is None or found.ward.code != ward["code"]:
                    wrong.append((written, province["name"]))
    assert wrong == []


def test_every_former_ward_resolves_to_what_it_became() -> None:
    raw = load_json("former_wards.json")
    districts = raw["districts"]
    seen = Counter((fold(name), fold(districts[d][0]), districts[d][1]) for name, d, _ in raw["wards"])
    places = gazetteer()
    wrong, checked = [], 0
    for name, d, codes in raw["wards"]:
        district, province = districts[d]
        if seen[(fold(name), fold(district), province)] > 1:
            continue  # two units of one name in one old district: the data cannot tell them apart
        checked += 1
        found = places.resolve(name, province_hint=raw["provinces"][province], district_hint=district)
        if found is None or found.ward is None or found.ward.code != codes[0] or found.former_ward is None:
            wrong.append((name, district))
    assert checked > 9900 and wrong == []
