"""The locality row's middle field is the former district that tells namesakes apart, and says so whole.

It said "district" / "quận/huyện": a ward of today has no district (districts ceased on 1 July 2025), so a reader
of a ward's row took it for a mistake. It holds the district the ward was in before 2025, read only to choose
between units of one name.
"""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.widgets import Input

from tests.tui.review_host import review_open
from tui.i18n import Translator

pytestmark = pytest.mark.slow  # Pilot


@pytest.mark.parametrize(("lang", "size", "words"), [
    ("vi", (80, 24), "+ huyện cũ"), ("en", (120, 40), "+ former district"), ("en", (80, 24), "+ former district")])
async def test_the_district_field_says_former_district_whole(lang: str, size: tuple[int, int], words: str) -> None:
    async with review_open(lang, size) as (_, _, screen):
        field = screen.query_one("#review-localities-0-district", Input)
        assert field.placeholder == words
        assert field.content_region.width >= Text(words).cell_len  # not cut


@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_district_placeholder_reads_as_a_hint_not_as_part_of_the_name(lang: str,
                                                                               size: tuple[int, int]) -> None:
    """ "phường Hòa Khánh huyện cũ" read as one name (tryout9): the placeholder starts with "+" (add one) and is set
    in italics, a style no typed value has."""
    async with review_open(lang, size) as (_, _, screen):
        field = screen.query_one("#review-localities-0-district", Input)
        assert field.placeholder.startswith("+ ")
        assert field.get_component_rich_style("input--placeholder").italic
        typed = screen.query_one("#review-localities-0-name", Input)
        assert not typed.get_component_rich_style("input--placeholder").italic  # the hint's style, not every field's


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_note_asking_for_it_names_the_former_district(lang: str) -> None:
    said = Translator(lang)("review.place_give_district", province="Đồng Nai")
    assert ("huyện cũ" if lang == "vi" else "former district") in said
    assert "quận/huyện" not in said
