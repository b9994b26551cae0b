"""A message chooses a word by a value (ICU's `select`), so that near-duplicate keys become one (session 38).

`picker.former_ward_phuong` and `picker.former_ward_town` were `picker.former_ward` again with one English word
changed (ward, township for commune), the Vietnamese the same in all three. The catalog's plural blocks now have a
sibling, `{kind, select, phuong {ward} town {township} other {commune}}`: the branch named by the value, else
`other`; a language that names the kind otherwise (the Vietnamese writes the level) leaves the selector unsaid.
"""

from __future__ import annotations

import pytest

from store import catalog

MESSAGE = "former {kind, select, phuong {ward} town {township} other {commune}} ({level})"


@pytest.mark.parametrize(("kind", "said"), [
    ("phuong", "former ward (phường)"), ("town", "former township (phường)"), ("commune", "former commune (phường)"),
    ("xa", "former commune (phường)"),  # no branch of its name: `other`
])
def test_a_select_block_takes_the_branch_its_value_names(kind: str, said: str) -> None:
    values = {"kind": kind, "level": "phường"}
    assert catalog.choose_plurals(MESSAGE, "en", values).format(**values) == said


def test_a_select_block_is_no_placeholder_and_its_value_is_no_count() -> None:
    assert catalog.placeholders(MESSAGE) == {"level"}
    assert catalog.choose_plurals("{kind, select, one {a} other {b}}", "en", {"kind": 1}) == "b"  # not plural's `one`


def test_the_former_ward_is_one_message_in_both_languages() -> None:
    entries = catalog.catalog()
    assert not [key for key in entries if key.startswith("picker.former_ward_")]
    assert catalog.text("picker.former_ward", "en", kind="town", level="thị trấn", where="Sóc Trăng") == \
        "former township (thị trấn), Sóc Trăng"
    assert catalog.text("picker.former_ward", "vi", kind="town", level="thị trấn", where="Sóc Trăng") == \
        "thị trấn cũ, Sóc Trăng"
