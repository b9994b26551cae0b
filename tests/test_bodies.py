"""Kinds of body told from the body's name (store/bodies.py); names written for these tests."""

from __future__ import annotations

import hashlib
import inspect

import pytest

from store import bodies
from store.bodies import TYPES, bodies_of_type, body_type, counts_by_type, label
from store.catalog import catalog


@pytest.mark.parametrize("name, kind", [
    ("Đoàn ĐBQH tỉnh Tây Ninh", "dbqh"),
    ("Đoàn giám sát số 2, Đoàn đại biểu Quốc hội TP Cần Thơ", "dbqh"),
    ("Ủy ban Xã hội của Quốc hội", "dbqh"),
    ("Hội đồng Dân tộc", "dbqh"),
    ("Thường trực HĐND tỉnh Gia Lai", "hdnd-tinh"),
    ("Đoàn giám sát của HĐND TP Đà Nẵng", "hdnd-tinh"),
    ("Hội đồng nhân dân thành phố Hải Phòng", "hdnd-tinh"),
    ("HĐND tỉnh Quảng Nam", "hdnd-tinh"),  # a province merged away is still a province
    ("HĐND huyện Bình Chánh", "hdnd-huyen"),
    ("HĐND quận Ba Đình", "hdnd-huyen"),
    ("HĐND thị xã Tân Uyên", "hdnd-huyen"),
    ("HĐND thành phố Biên Hòa", "hdnd-huyen"),  # a city inside a province: district level
    ("HĐND xã Đông Thạnh", "hdnd-xa"),
    ("Thường trực HĐND phường Bến Thành", "hdnd-xa"),
    ("HĐND đặc khu Phú Quốc", "hdnd-xa"),
    ("Ban Pháp chế HĐND tỉnh Bắc Ninh", "ban-hdnd"),
    ("Ban Văn hóa - Xã hội HĐND TP Huế", "ban-hdnd"),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau", "mttq"),
    ("Mặt trận Tổ quốc phường Sài Gòn", "mttq"),
    ("UBND xã Nhà Bè", "ubnd"),
    ("Ủy ban nhân dân tỉnh Lào Cai", "ubnd"),
    ("Sở Nội vụ tỉnh Khánh Hòa", "other"),
    ("Văn phòng Chính phủ", "other"),
])
def test_body_type(name: str, kind: str) -> None:
    assert body_type(name) == kind


def test_case_and_accents_do_not_matter() -> None:
    assert body_type("hdnd xa dong thanh") == body_type("HĐND XÃ ĐÔNG THẠNH") == "hdnd-xa"
    assert body_type("doan dbqh tinh tay ninh") == "dbqh"


def test_counts_by_type_sum_body_counts_in_type_order() -> None:
    counts = [("HĐND xã A", 3), ("Đoàn ĐBQH tỉnh Gia Lai", 2), ("HĐND xã B", 1), ("Sở Y tế", 4)]
    assert counts_by_type(counts) == [("dbqh", 2), ("hdnd-xa", 4), ("other", 4)]
    assert bodies_of_type("hdnd-xa", [body for body, _ in counts]) == ["HĐND xã A", "HĐND xã B"]


def test_every_type_is_named_in_both_languages() -> None:
    assert {key.removeprefix("bodytype.") for key in catalog() if key.startswith("bodytype.")} == set(TYPES)
    for kind in TYPES:
        assert label(kind, "vi") and label(kind, "en") and label(kind, "vi") != label(kind, "en")


def test_types_known_beforehand_are_used_and_other_names_typed() -> None:
    counts = [("HĐND xã A", 3), ("Sở Y tế", 4)]
    assert counts_by_type(counts, {"Sở Y tế": "ubnd"}) == [("hdnd-xa", 3), ("ubnd", 4)]
    assert bodies_of_type("ubnd", ["HĐND xã A", "Sở Y tế"], {"Sở Y tế": "ubnd"}) == ["Sở Y tế"]


RULES_FINGERPRINTS = {"1": "452acfc3380c7c5a", "2": "a96b06424a9f8e9d", "3": "5338e74e9a476aed"}
"""`store.bodies.RULES` → a digest of the rules it names. Indexes keep each body's type under `RULES` and trust it
while it is the same, so a change to the rules must raise it: then add the new version's digest here."""


def _rules_digest() -> str:
    parts = [inspect.getsource(function) for function in (bodies.body_type, bodies._council_level, bodies._is_province,
                                                                     bodies._is_central_city)]
    parts += [pattern.pattern for pattern in (bodies._MTTQ, bodies._ASSEMBLY, bodies._COUNCIL, bodies._BAN,
                                              bodies._COMMITTEE, bodies._AFTER_COUNCIL)]
    parts += [repr(bodies._COMMUNE_LEVELS), repr(bodies._DISTRICT_LEVELS)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def test_a_change_to_the_rules_raises_their_version() -> None:
    """Else every index would go on showing the types of the old rules."""
    assert RULES_FINGERPRINTS.get(bodies.RULES) == _rules_digest(), (
        f"the body rules changed: raise store.bodies.RULES and record {_rules_digest()!r} for it here")
