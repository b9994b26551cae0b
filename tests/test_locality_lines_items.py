"""A figure or item placed at a one-line locality, written the same, is placed at its unit.

Tryout s37: 22 visits written as a researcher writes them, `"localities": ["phường Hòa Khánh, Đà Nẵng"]` and the
figure's `"locality": "phường Hòa Khánh, Đà Nẵng"`; 15 of them were refused, each figure "is not one of the record's
localities", the very line the record names. The locality keeps the unit as its name; so does the item now.
"""

from __future__ import annotations

from typing import Any

from store.importing.normalizing import Normalizer
from tests.factories import make_record

LINE = "phường Hòa Khánh, Đà Nẵng"


def _checked(line: Any, placed: str, **fields: Any) -> tuple[dict[str, Any], list[Any]]:
    figure = {"label": "Hồ sơ tiếp nhận", "value": 12345, "unit": "hồ sơ", "locality": placed}
    return Normalizer().check(make_record(localities=[line], figures=[figure], **fields))


def test_a_figure_at_the_line_as_written_is_at_its_unit() -> None:
    for line in (LINE, {"name": LINE}):
        record, problems = _checked(line, LINE)
        assert problems == [], problems
        assert record["localities"][0]["name"] == "phường Hòa Khánh"
        assert record["figures"][0]["locality"] == "phường Hòa Khánh"


def test_recommendations_directions_and_difficulties_too() -> None:
    item = {"text": "Bổ sung máy quét.", "locality": LINE}
    record, problems = _checked(LINE, "phường Hòa Khánh", recommendations=[dict(item)], directions=[dict(item)],
                                difficulties=[{"text": "Mạng chậm.", "locality": LINE}])
    assert problems == [], problems
    assert {record[field][0]["locality"] for field in ("recommendations", "directions", "difficulties")} == \
        {"phường Hòa Khánh"}


def test_a_place_the_record_does_not_name_is_still_refused() -> None:
    _, problems = _checked(LINE, "phường Hòa Minh, Đà Nẵng")  # another line: not the record's, not guessed
    assert any(p.path == "figures[0].locality" for p in problems), problems


def test_a_structured_locality_changes_no_item() -> None:
    line = {"name": "phường Hòa Khánh", "province": "Đà Nẵng"}
    record, problems = _checked(line, "phường Hòa Khánh")
    assert problems == [] and record["figures"][0]["locality"] == "phường Hòa Khánh"
    _, problems = _checked(line, LINE)  # nothing was written on one line: the item's line is no locality of it
    assert any(p.path == "figures[0].locality" for p in problems), problems
