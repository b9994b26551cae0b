"""Kinds of body told from the body's name (store/bodies.py); names written for these tests."""

from __future__ import annotations

import pytest

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
