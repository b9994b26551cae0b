"""Validation speaks in field paths and catches what a schema alone cannot."""

from typing import Any

import pytest

from store.validation import validate
from tests.factories import make_record


def test_bundled_records_are_valid(bundled: list[dict[str, Any]]) -> None:
    for record in bundled:
        assert validate(record) == [], record["id"]


def test_sample_record_is_valid(record: dict[str, Any]) -> None:
    assert validate(record) == []


def _figure(**changes: Any) -> dict[str, Any]:
    return {"label": "Hồ sơ", "value": 1, "unit": "hồ sơ", **changes}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"figures": [_figure(value="3.163")]},
            'figures[0].value: expected a number, got "3.163" (Vietnamese notation? write it as the JSON number 3163)',
        ),
        ({"figures": [_figure(), _figure(value="99,83%")]}, 'figures[1].value: expected a number, got "99,83%"'),
        ({"figures": [_figure(value=True)]}, "figures[0].value: expected a number, got true"),
        ({"figures": [_figure(value=float("nan"))]}, "figures[0].value: expected a finite number, got nan"),
        ({"date": "2024-02-31"}, 'date: "2024-02-31" is not a real date'),
        ({"date": "16/5/2023"}, 'date: expected an ISO date YYYY-MM-DD, got "16/5/2023"'),
        ({"kind": "họp"}, "kind: expected one of"),
        ({"leader": {"name": "A"}}, "leader.title: required field is missing"),
        ({"leader": {"name": "A", "title": "", "age": 3}}, "leader.age: unknown field"),
        ({"colour": "red"}, "colour: unknown field"),
        ({"localities": []}, "localities: needs at least 1 item"),
        ({"topics": ["khong-co"]}, 'topics[0]: unknown topic "khong-co"'),
        ({"id": "Has Spaces"}, "id: "),
        ({"summary": 5}, "summary: expected a string, got 5"),
        (
            {"figures": [_figure(locality="xã Không Có")]},
            'figures[0].locality: "xã Không Có" is not one of the record\'s localities',
        ),
        (
            {"figures": [_figure(period={"from": "2025-09-01", "to": "2025-01-01"})]},
            "figures[0].period: ends before it starts",
        ),
        ({"figures": [_figure(metric="khong-co")]}, 'figures[0].metric: unknown metric "khong-co"'),
        ({"recommendations": [{"text": "x", "status": "maybe"}]}, "recommendations[0].status: expected one of"),
        ({"summary": "\x1b[31m"}, None),
    ],
)
def test_problems_name_the_field(changes: dict[str, Any], expected: str | None) -> None:
    problems = [str(p) for p in validate(make_record(**changes))]
    if expected is None:
        assert problems == []
    else:
        assert any(p.startswith(expected) for p in problems), problems


def test_missing_required_fields_are_each_named(record: dict[str, Any]) -> None:
    del record["date"], record["body"]
    assert {str(p) for p in validate(record)} == {"date: required field is missing", "body: required field is missing"}


@pytest.mark.parametrize(
    ("locality", "expected"),
    [
        ({"province": {"name": "X", "code": 999}}, "localities[0].province.code: no province has code 999"),
        (
            {"ward": {"name": "Phường Lái Thiêu", "code": 1}},
            'localities[0].ward: no ward "Phường Lái Thiêu" with code 1',
        ),
        (
            {"ward": {"name": "Phường Lái Thiêu", "code": 25966}, "province": {"name": "Thành phố Hà Nội", "code": 1}},
            "localities[0].ward: no ward",
        ),
    ],
)
def test_official_codes_are_checked(locality: dict[str, Any], expected: str) -> None:
    base = make_record()["localities"][0]
    problems = [str(p) for p in validate(make_record(localities=[{**base, **locality}]))]
    assert any(p.startswith(expected) for p in problems), problems


def test_non_object_record() -> None:
    assert [str(p) for p in validate([1, 2])] == ["expected an object, got an array"]
