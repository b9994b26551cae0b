"""`review_values.read_deadline`: a recommendation's or direction's deadline as a reviewer types it.

Days are typed as people write them (31/3/2027, 2027-03-31), a day without its year as the extractor reads "trước
ngày 31/3" beside the visit, a period as the extractor reads "trong quý I/2027" (its last day); anything else is
refused with the day parser's reason.
"""

from __future__ import annotations

import pytest

from tui.screens.review_values import read_deadline

VISIT = "2026-11-20"


@pytest.mark.parametrize(("typed", "due"), [
    ("31/3/2027", "2027-03-31"),
    ("2027-03-31", "2027-03-31"),
    ("  31 / 3 / 2027 ", "2027-03-31"),
    ("31-3", "2027-03-31"),  # before the visit's day in its year: the next year's
    ("15/12", "2026-12-15"),  # after it: the visit's year
    ("quý I/2027", "2027-03-31"),
    ("quý IV", "2026-12-31"),
    ("tháng 3/2027", "2027-03-31"),
    ("cuối năm 2027", "2027-12-31"),
    ("trước ngày 30/6/2027", "2027-06-30"),
    ("", None),
])
def test_a_deadline_is_read_as_people_write_it(typed: str, due: str | None) -> None:
    assert read_deadline(typed, VISIT) == due


@pytest.mark.parametrize(("typed", "why"), [
    ("31/13/2027", "no month 13"),
    ("30/2/2027", "30"),
    ("sớm", "is not a date"),
    ("quý V/2027", "is not a date"),
    ("Bổ sung máy quét", "is not a date"),  # an item's text typed into its deadline by mistake
])
def test_what_is_no_day_is_refused_with_the_reason(typed: str, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        read_deadline(typed, VISIT)


def test_a_day_without_its_year_needs_the_visits() -> None:
    with pytest.raises(ValueError, match="has no year"):
        read_deadline("31-3", None)
    assert read_deadline("31/3/2027", None) == "2027-03-31"
