"""`import` accepts a locality written on one line, as reports and spreadsheets write it."""

from __future__ import annotations

import pytest

from store.importing.normalizing import Normalizer
from tests.factories import make_record


def _imported(*localities: object) -> tuple[dict, list]:
    record = make_record(localities=list(localities))
    for figure in record["figures"]:
        figure.pop("locality", None)
    return Normalizer().check(record)


@pytest.mark.parametrize(
    ("line", "name", "province_code", "ward", "former"),
    [
        ("phường Tân Định, TP.HCM", "phường Tân Định", 79, "Phường Tân Định", None),
        ("P. Bến Nghé, Q.1, TP.HCM", "P. Bến Nghé", 79, "Phường Sài Gòn", None),
        ("thị xã Hòa Thành, Tây Ninh", "thị xã Hòa Thành", 80, None, None),
        ("phường 1, quận 3, TP.HCM", "phường 1", 79, "Phường Bàn Cờ", None),
        ("phường Lái Thiêu, TP. Thuận An, Bình Dương", "phường Lái Thiêu", 79, "Phường Lái Thiêu", "Bình Dương"),
    ],
)
def test_one_line_locality_is_resolved(line: str, name: str, province_code: int, ward: str | None,
                                       former: str | None) -> None:
    for written in (line, {"name": line}):
        record, problems = _imported(written)
        assert problems == []
        (locality,) = record["localities"]
        assert locality["name"] == name and locality["province"]["code"] == province_code
        assert (locality["ward"]["name"] if locality["ward"] else None) == ward
        assert locality.get("former_province") == former
        assert all(not key.startswith("\x00") for key in locality)


def test_an_unknown_line_is_a_problem_not_a_guess() -> None:
    _, problems = _imported("phường 1, TP.HCM")  # dozens of old "phường 1" in the city: which one?
    assert problems and "localities[0]" in problems[0].path


def test_structured_localities_are_unchanged() -> None:
    record, problems = _imported({"name": "phường Tân Định", "province": "TP.HCM"})
    assert problems == [] and record["localities"][0]["ward"]["code"] == 26737

