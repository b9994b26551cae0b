"""The filter language reads what the filter bar shows and writes it back unchanged."""

from __future__ import annotations

import pytest

from store.query import Clause, Filter, QueryError


@pytest.mark.parametrize(
    "text",
    [
        'ward:"lái thiêu" topic:de-an-06 since:2025-07 "dịch vụ công"',
        "province:tphcm until:2023",
        'body:"HĐND thành phố" kind:"giám sát" year:2023',
        'date:"2025-07..2025-09" overdue status:open',
        'rach dua',
        '"a=b" ward="x=y"',
        'ward="Lái Thiêu" body="Đoàn ĐBQH TPHCM" ward:rach',
        '"say \\"hi\\""',
    ],
)
def test_render_parse_round_trip(text: str) -> None:
    parsed = Filter.parse(text)
    assert Filter.parse(parsed.render()) == parsed


def test_clauses_keep_their_order() -> None:
    parsed = Filter.parse('ward:"lái thiêu" topic:de-an-06 "dịch vụ công"')
    assert parsed.clauses == (
        Clause("ward", "lái thiêu"), Clause("topic", "de-an-06"), Clause("text", "dịch vụ công"),
    )
    assert parsed.without_last().render() == 'ward:"lái thiêu" topic:de-an-06'


def test_toggle_adds_then_removes() -> None:
    clause = Clause("province", "Thành phố Hồ Chí Minh")
    once = Filter().toggled(clause)
    assert once.clauses == (clause,) and once.toggled(clause) == Filter()


@pytest.mark.parametrize(
    ("text", "message"),
    [("colour:red", "unknown filter field 'colour'"), ("topic=de-an-06", "only ward and body take ="), ("since:31/2/2024", "since:"), ('ward:""', "ward: needs a value"),
     ("until:4-9", "no year")],
)
def test_bad_filters_say_why(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        Filter.parse(text)


def test_date_span_intersects_clauses() -> None:
    span = Filter.parse("since:2025-07 until:2025-09 year:2025").date_span()
    assert (span.start.isoformat(), span.end.isoformat()) == ("2025-07-01", "2025-09-30")


def test_facet_clauses_name_whole_values() -> None:
    from store.query import facet_clause  # noqa: PLC0415

    assert facet_clause("body", "Đoàn ĐBQH TPHCM").render() == 'body="Đoàn ĐBQH TPHCM"'
    assert facet_clause("topic", "de-an-06").render() == "topic:de-an-06"
