"""A locality the gazetteer does not know, in a province it does: the import says which and what to do.

An office imported "xã Hiệp Phước, huyện Nhơn Trạch, Đồng Nai" (a thị trấn since 2019, so no xã of that name
was ever there) and was told `localities[4].level: required field is missing`, though the line says "xã"
(tryout s40-tryout12). The province is found, the unit is not, so no level was filled in. The problem now names
the unit and the province and how to keep it (`level` given: placed at the province only, as before).
"""

from __future__ import annotations

from typing import Any

import pytest

from store.importing import Normalizer
from tests.factories import make_record


def problems_of(locality: Any) -> dict[str, str]:
    raw = make_record(localities=[locality])
    del raw["figures"][0]["locality"]
    _, problems = Normalizer().check(raw)
    return {problem.path: problem.message for problem in problems}


@pytest.mark.parametrize("locality, written", [
    ("xã Hiệp Phước, huyện Nhơn Trạch, Đồng Nai", "xã Hiệp Phước"),
    ({"name": "xã Không Có Thật", "province": "Đồng Nai"}, "xã Không Có Thật"),
    ("phường Không Có Thật, Bình Phước", "phường Không Có Thật"),
])
def test_an_unknown_unit_of_a_known_province_is_said_as_such(locality: Any, written: str) -> None:
    found = problems_of(locality)
    assert list(found) == ["localities[0].level"], found
    message = found["localities[0].level"]
    assert "required field is missing" not in message
    assert f'"{written}"' in message and "Đồng Nai" in message and '"level"' in message


@pytest.mark.parametrize("locality", [
    "thị trấn Hiệp Phước, huyện Nhơn Trạch, Đồng Nai",  # the unit it was: placed
    "xã Phú Riềng, huyện Phú Riềng, Bình Phước",
    {"name": "xã Không Có Thật", "level": "xã", "province": "Đồng Nai"},  # level given: at the province, as before
])
def test_a_placed_unit_or_a_level_given_is_no_problem(locality: Any) -> None:
    assert problems_of(locality) == {}


def test_a_province_that_cannot_be_found_is_said_as_before() -> None:
    found = problems_of({"name": "xã Không Có Thật"})
    assert "cannot tell which of today's provinces" in found["localities[0].province"]


def test_a_locality_given_whole_but_its_level_is_told_by_validation_as_before() -> None:
    found = problems_of({"name": "phường Lái Thiêu", "province": {"name": "Thành phố Hồ Chí Minh", "code": 79}})
    assert found == {"localities[0].level": "required field is missing"}
