"""The `w` picker's detail names a former unit by its kind in English: a ward or a township is no "commune"."""

from __future__ import annotations

import pytest

from tui.former import _choice
from tui.i18n import Translator


@pytest.mark.parametrize("name, lang, detail", [
    ("phường Tân Định", "en", "former ward (phường), Bình Dương"),
    ("thị trấn Mỹ Xuyên", "en", "former township (thị trấn), Bình Dương"),
    ("xã Tịnh Hòa", "en", "former commune (xã), Bình Dương"),
    ("phường Tân Định", "vi", "phường cũ, Bình Dương"),
    ("xã Tịnh Hòa", "vi", "xã cũ, Bình Dương"),
])
def test_a_former_unit_is_named_by_its_kind(name: str, lang: str, detail: str) -> None:
    assert _choice(("ward", name, "Bình Dương"), 1, Translator(lang)).detail == detail
