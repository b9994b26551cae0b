"""A value the test knows is there, narrowed from an Optional: `present(store.get(record_id))["summary"]`.

Lookups such as SurveyStore.get return None when nothing is stored. In a test that None is a failure of
the test, and it should say so at the line that read it (an AssertionError naming the missing value, not
a TypeError from subscripting None); it also lets mypy check what the test does with the value.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None) -> T:
    """`value`, asserted not None."""
    assert value is not None, "expected a value, got None"
    return value
