"""`to:` with abbreviated and spelled-out addressees, on every back end, equals a plain oracle (session 39, store20;
departments' spellings, "Sở GD&ĐT" or "Sở GD - ĐT", session 40).

Items are addressed as offices type them, "UBND tỉnh" or "Ủy ban nhân dân tỉnh", "Sở TN&MT" or "Sở Tài nguyên và
Môi trường", and `to:` is asked in either form, with `status:` and `overdue`, and negated (`not (to:X …)`: no item
addressed so). The oracle keeps its own short list of abbreviations and its own folding: an item is addressed as
asked when some spelling of the asked value (each abbreviation in it, as a whole word, short or spelled out) starts
a word of the item's addressee.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.query import Clause, Filter
from store.repository import Repository
from tests.index_answers import memory_ids, persistent_ids, scan_ids
from tests.item_properties import LATE, LATER, STATUSES, item_of, refill, visits
from tests.test_properties_addressee import archive, oracle, spellings

__all__ = ["archive"]  # the PostgreSQL fixture, shared

ADDRESSEES = ("UBND tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai", "HĐND xã Hòa Bình",
              "Hội đồng nhân dân xã Hoà Bình", "Sở TN&MT", "Sở Tài nguyên và Môi trường tỉnh", "VP UBND tỉnh",
              "Văn phòng Uỷ ban nhân dân tỉnh", "Ủy ban MTTQ tỉnh", "Ủy ban Kiểm tra", "Sở Tài chính", "Sở GD&ĐT",
              "Phòng GD - ĐT huyện", "Sở Giáo dục và Đào tạo", "Sở KH & ĐT", "Sở Kế hoạch và Đầu tư tỉnh",
              "Sở LĐ-TB&XH", "Sở Lao động – Thương binh và Xã hội", "Trung tâm Giáo dục thường xuyên")
ASKED = ("ubnd tinh", "Ủy ban nhân dân tỉnh", "UBND", "uy ban nhan dan", "hdnd xa hoa binh", "Hội đồng nhân dân",
         "so tn&mt", "sở tài nguyên và môi trường", "vp ubnd", "văn phòng", "mttq", "mặt trận tổ quốc", "uy ban",
         "tinh", "so tai chinh", "sở gd-đt", "gd & dt", "giáo dục và đào tạo", "giao duc", "so kh&dt",
         "kế hoạch và đầu tư", "ld-tb&xh", "sở lao động - thương binh và xã hội")
ITEMS = st.builds(item_of, to=st.sampled_from((None, *ADDRESSEES)), status=st.sampled_from((None, *STATUSES)),
                  deadline=st.sampled_from((None, LATE, LATER)))


@st.composite
def clauses(draw: Any) -> list[Clause]:
    found = [Clause("to", value) for value in draw(st.lists(st.sampled_from(ASKED), min_size=1, max_size=2))]
    found += [Clause("status", value) for value in draw(st.lists(st.sampled_from(STATUSES), max_size=1))]
    if draw(st.booleans()):
        found.append(Clause("overdue", ""))
    return draw(st.permutations(found))


def asking(made: list[dict[str, Any]], asked: list[Clause], negated: bool) -> tuple[Filter, list[str]]:
    """The filter of `asked` (`not (…)` of them when `negated`: no item meeting them all) and what it finds."""
    found = oracle(made, asked)
    if not negated:
        return Filter(tuple(dict.fromkeys(asked))), found
    return (Filter((Clause("not", Filter(tuple(dict.fromkeys(asked))).render()),)),
            sorted(record["id"] for record in made if record["id"] not in found))


def test_the_oracle_reads_both_ways() -> None:
    assert spellings("UBND tỉnh") == {"ubnd tinh", "uy ban nhan dan tinh"}
    assert spellings("văn phòng") == {"van phong", "vp"}
    assert spellings("uy ban") == {"uy ban"}
    assert spellings("gd-dt") == {"gd&dt", "gd-dt", "gd & dt", "gd - dt", "giao duc va dao tao"}


@pytest.mark.slow  # 150 generated stores, each built three ways
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits(ITEMS), clauses(), st.booleans())
def test_the_scan_and_both_indexes_equal_the_oracle(made: list[dict[str, Any]], asked: list[Clause],
                                                    negated: bool) -> None:
    query, expected = asking(made, asked, negated)
    assert scan_ids(made, query) == expected, query.render()
    assert memory_ids(made, query) == expected, query.render()
    assert persistent_ids(made, query) == expected, query.render()


@pytest.mark.slow  # 60 generated stores written to PostgreSQL
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(visits(ITEMS), clauses(), st.booleans(), st.booleans())
def test_postgresql_equals_the_oracle(archive: Repository, made: list[dict[str, Any]], asked: list[Clause],
                                      worked_out: bool, negated: bool) -> None:
    """With the rows' `item_keys`, and without (NULL: a row an older program wrote, answered from its document)."""
    refill(archive, made)
    if not worked_out:
        with archive._db.transaction() as connection:  # type: ignore[attr-defined]  # noqa: SLF001
            connection.execute("UPDATE surveys SET item_keys = NULL")
    query, expected = asking(made, asked, negated)
    found = archive.search(query, facets=False).records
    assert sorted(record["id"] for record in found) == expected, query.render()
