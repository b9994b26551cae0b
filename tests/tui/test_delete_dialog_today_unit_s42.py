"""The delete dialog names a former unit with today's unit after it (tryout s42-tryout14, Found 9).

`D` on the visit to xã Tịnh Hòa (merged into Xã Đông Sơn in 2025) named "xã Tịnh Hòa" alone, where the details and
the list write "xã Tịnh Hòa → Xã Đông Sơn, Quảng Ngãi"; the dialog now writes it so too. A unit written as it is
today is named once.
"""

from __future__ import annotations

import pytest

from tui.i18n import Translator
from tui.screens.confirm_delete import ConfirmDeleteScreen

FORMER: dict[str, object] = {"name": "xã Tịnh Hòa", "province": {"name": "Quảng Ngãi"}, "ward": {"name": "Xã Đông Sơn"}}
TODAY: dict[str, object] = {"name": "Xã Đông Sơn, Quảng Ngãi",
                             "province": {"name": "Quảng Ngãi"}, "ward": {"name": "Xã Đông Sơn"}}
OLD_PROVINCE: dict[str, object] = {"name": "TP. Dĩ An",
                                    "province": {"name": "Thành phố Hồ Chí Minh"}, "former_province": "Bình Dương"}


def _record(*places: dict[str, object]) -> dict[str, object]:
    return {"id": "abc123", "date": "2024-10-15", "kind": "giam-sat", "body": "Ban Pháp chế HĐND tỉnh Quảng Ngãi",
            "localities": list(places), "recommendations": [{"text": "x"}]}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_former_unit_names_today_s_unit(lang: str) -> None:
    said = ConfirmDeleteScreen(_record(FORMER), Translator(lang)).described().plain
    assert "xã Tịnh Hòa → Xã Đông Sơn, Quảng Ngãi" in said, said


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_unit_of_today_is_named_once_and_places_stay_apart(lang: str) -> None:
    said = ConfirmDeleteScreen(_record(TODAY, OLD_PROVINCE), Translator(lang)).described().plain
    assert "Xã Đông Sơn, Quảng Ngãi; TP. Dĩ An (Bình Dương) → Thành phố Hồ Chí Minh" in said, said
    assert "→ Xã Đông Sơn" not in said  # the look-alike: nothing to say of a unit that is today's
