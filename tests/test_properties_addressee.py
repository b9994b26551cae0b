"""`to:`, `status:` and `overdue` together, on every back end, equal a plain Python oracle over the items.

Random records (items addressed to a few bodies, written with and without diacritics, Hòa and Hoà, upper case,
or to nobody; any status; a deadline past, to come or none) and random combinations of the three clauses: the
scan (`Matcher`), the in-memory index, the SQLite index and PostgreSQL (when a test server is set:
`tests.postgres.server`) find exactly the visits with one item meeting every clause, as the oracle reads them
(its own folding, not `store.folding`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import product
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.query import Clause, Filter
from store.repository import Repository
from tests.index_answers import memory_ids, persistent_ids, scan_ids
from tests.item_properties import LATE, LATER, STATUSES, item_of, own_fold, postgres_archive, refill, visits

ADDRESSEES = ("Sở Tài chính", "SỞ TÀI CHÍNH tỉnh Đồng Nai", "UBND tỉnh và Sở Tài chính", "Sở Tài nguyên",
              "UBND xã Hòa Bình", "Ủy ban nhân dân xã Hoà Bình", "Công an tỉnh", "Sở Y tế")
ASKED = ("so tai chinh", "Sở Tài Chính", "sở tài", "hoà bình", "HÒA BINH", "ubnd", "tinh", "chinh", "inh", "y te",
         "đồng nai")


ITEMS = st.builds(item_of, to=st.sampled_from((None, *ADDRESSEES)), status=st.sampled_from((None, *STATUSES)),
                  deadline=st.sampled_from((None, LATE, LATER)))


@st.composite
def clauses(draw: Any) -> list[Clause]:
    found = [Clause("to", value) for value in draw(st.lists(st.sampled_from(ASKED), min_size=1, max_size=2))]
    found += [Clause("status", value) for value in draw(st.lists(st.sampled_from(STATUSES), max_size=2))]
    if draw(st.booleans()):
        found.append(Clause("overdue", ""))
    return draw(st.permutations(found))


SHORT_AND_LONG = (("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("mttq", "mat tran to quoc"),
                  ("tn&mt", "tai nguyen va moi truong"), ("vp", "van phong"),
                  ("gd&dt", "gd-dt", "gd & dt", "gd - dt", "giao duc va dao tao"),
                  ("kh&dt", "kh & dt", "ke hoach va dau tu"),
                  ("ld-tb&xh", "lao dong - thuong binh va xa hoi", "lao dong – thuong binh va xa hoi"))
"""The oracle's own abbreviations and departments' spellings (those the addressees here and in
`test_properties_addressee_spellings` use), each group one thing."""


def spellings(asked: str) -> set[str]:
    """`asked` folded, each whole-word abbreviation of the oracle's list in either form (`to:ubnd` is also "uy ban
    nhan dan", session 39)."""
    pattern = "|".join(re.escape(form) for pair in SHORT_AND_LONG for form in sorted(pair, key=len, reverse=True))
    pieces = re.split(rf"(?<![a-z0-9])({pattern})(?![a-z0-9])", own_fold(asked))
    choices = [next((pair for pair in SHORT_AND_LONG if piece in pair), (piece,)) if n % 2 else (piece,)
               for n, piece in enumerate(pieces)]
    return {"".join(choice) for choice in product(*choices)}


def _item_meets(item: dict[str, Any], asked: list[Clause]) -> bool:
    to = " " + own_fold(item.get("to") or "")
    status, deadline = item.get("status", "open"), item.get("deadline")
    wanted = [clause.value for clause in asked if clause.field == "status"]
    return (bool(item.get("to"))
            and any(" " + one in to for c in asked if c.field == "to" for one in spellings(c.value))
            and (not wanted or status in wanted)
            and (not any(c.field == "overdue" for c in asked)
                 or (deadline is not None and deadline < LATER and status not in ("done", "not accepted"))))


def oracle(made: list[dict[str, Any]], asked: list[Clause]) -> list[str]:
    return sorted(record["id"] for record in made
                  if any(_item_meets(item, asked) for item in [*record["recommendations"], *record["directions"]]))


@pytest.mark.slow  # 150 generated stores, each built three ways
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits(ITEMS), clauses())
def test_the_scan_and_both_indexes_equal_the_oracle(made: list[dict[str, Any]], asked: list[Clause]) -> None:
    query = Filter(tuple(dict.fromkeys(asked)))
    expected = oracle(made, asked)
    assert scan_ids(made, query) == expected, query.render()
    assert memory_ids(made, query) == expected, query.render()
    assert persistent_ids(made, query) == expected, query.render()


@pytest.fixture(scope="module")
def archive() -> Iterator[Repository]:
    yield from postgres_archive("prop")


@pytest.mark.slow  # 60 generated stores written to PostgreSQL
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(visits(ITEMS), clauses(), st.booleans())
def test_postgresql_equals_the_oracle(archive: Repository, made: list[dict[str, Any]], asked: list[Clause],
                                      worked_out: bool) -> None:
    """With the rows' `item_keys`, and without (NULL: a row an older program wrote, answered from its document)."""
    refill(archive, made)
    if not worked_out:
        with archive._db.transaction() as connection:  # type: ignore[attr-defined]  # noqa: SLF001
            connection.execute("UPDATE surveys SET item_keys = NULL")
    query = Filter(tuple(dict.fromkeys(asked)))
    found = archive.search(query, facets=False).records
    assert sorted(record["id"] for record in found) == oracle(made, asked), query.render()
