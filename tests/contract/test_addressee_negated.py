"""`not to:X` reads "no item addressed to X", on every backend (session 39, store20; store19 had refused it).

A negated `to:` is a visit's, as every `not` clause: the visits none of whose items is addressed there (a visit
with no item at all among them), and `not (to:X overdue)` the visits with no late item addressed there. The
visits are `test_addressee_clause`'s, so the positive cases there and the negated ones here read the same items.
"""

from __future__ import annotations

import pytest

from store.query import Filter
from store.repository import Repository
from tests.contract.test_addressee_clause import _ids, _records

EVERY = ["hoa", "late-done", "late-there", "nobody", "progress", "split"]

CASES = [
    ('not to:"so tai chinh"', ["hoa", "nobody"]),
    ('not (to:"so tai chinh" overdue)', ["hoa", "late-done", "nobody", "split"]),  # split's item there is not late
    ('not (to:"so tai chinh" status:done)', ["hoa", "late-there", "nobody", "progress", "split"]),
    ('to:ubnd not to:"so tai chinh"', ["hoa"]),
    ('khong gui:"uy ban nhan dan"', ["late-done", "late-there", "nobody"]),  # UBND, in either spelling
    ('overdue not to:"so tai chinh"', ["hoa", "nobody"]),
    ('-to:"so y te"', ["hoa", "late-there", "nobody", "progress", "split"]),
    ('not to:"cong an"', EVERY),  # addressed to no one here
]


@pytest.mark.parametrize(("text", "found"), CASES)
def test_not_to_is_no_item_addressed_there(repository: Repository, text: str, found: list[str]) -> None:
    repository.upsert_many(_records())
    assert _ids(repository, text) == found
    assert repository.search(Filter.parse(text)).total == len(found)  # the counted path, facets and all


def test_it_reads_back_as_typed() -> None:
    assert Filter.parse(Filter.parse('not (gui:"sở tài chính" overdue)').render()) == Filter.parse(
        'not (to:"sở tài chính" overdue)')
