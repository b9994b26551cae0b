"""The correction screen's keys say "phần" (a part of the form) for a section, never "mục".

In the follow-up list and its dialog "mục" is an item (a recommendation or a direction: "mục r2", "Mục trước"), and
the form's sections hold items ("Kiến nghị" is a section): "^↓ Mục sau" read as "the next item" (tryout s38-tryout10,
item 11). English says "section" already.
"""

from __future__ import annotations

import re

from tui.i18n import CATALOG

ITEM_WORD = re.compile(r"(?<!danh )\bmục\b", re.IGNORECASE)


def test_no_key_of_the_review_form_says_muc_for_a_section() -> None:
    said = {key: words["vi"] for key, words in CATALOG.items() if key.startswith("review.key.") or
            key == "review.add_where"}
    assert said["review.key.section"] == "Phần sau"
    assert [key for key, text in said.items() if ITEM_WORD.search(text)] == []


def test_the_follow_up_list_keeps_muc_for_an_item() -> None:
    assert ITEM_WORD.search(CATALOG["items.key.earlier"]["vi"])  # a look-alike: there it is the item
