"""A shared name all of whose places are in one province is not "every place of this name" (session 27, second
round): the sidebar listed "Quốc Oai · mọi nơi" under Hà Nội, and the ward picker "mọi nơi mang tên này", where
every Quốc Oai (the xã of today, the former huyện) is in Hà Nội (`only_province`). The sidebar, under the province
in its tree, says "cũ và mới" (old and new; "tất cả", all of them, until session 40); the picker names the province.
Tân Định (TP Hồ Chí Minh, Khánh Hòa) is still "every place"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contract.test_today_wards import _visit
from tests.factories import make_record
from tests.synthetic import write_store
from tests.tui.browser_helpers import browsing, facet_lines, settle
from tui.namesakes import namesake_choice, only_province

HA_NOI = {"name": "Thành phố Hà Nội", "code": 1}


def _quoc_oai() -> list[dict[str, Any]]:
    district = {"name": "huyện Quốc Oai", "level": "huyện", "province": HA_NOI, "ward": None}
    return [_visit("2025-09-01-hn-quoc-oai", "Xã Quốc Oai", HA_NOI, ("Xã Quốc Oai", 9895)),
            {**make_record(id="2024-05-02-hn-huyen-quoc-oai", date="2024-05-02", localities=[district]),
             "figures": []}]


def test_only_province_names_the_one_province_or_none() -> None:
    assert only_province("Quốc Oai", ("Thành phố Hà Nội",)) == "Hà Nội"
    assert only_province("Quốc Oai", ()) == "Hà Nội"  # today's xã alone says it
    assert only_province("Quốc Oai", ("Tỉnh Bắc Ninh",)) is None  # a visit of the name elsewhere
    assert only_province("Tân Định", ()) is None  # Khánh Hòa and TP Hồ Chí Minh


@pytest.mark.parametrize(("lang", "said"), [("vi", "mọi nơi mang tên này, cũ và mới, đều ở Hà Nội"),
                                            ("en", "every place of this name, old and new, all in Hà Nội")])
def test_the_picker_says_the_province_of_a_name_all_in_one(lang: str, said: str) -> None:
    assert namesake_choice('ward="Quốc Oai"', lang, {"Quốc Oai": ("Thành phố Hà Nội",)}).detail == said
    assert namesake_choice('ward="Tân Định"', lang).detail in {"mọi nơi mang tên này, cũ và mới",
                                                                  "every place of this name, old and new"}


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "said", "not_said"), [("vi", "Quốc Oai · cũ và mới", "Quốc Oai · mọi nơi "),
                                                        ("en", "Quốc Oai · old and new", "Quốc Oai · every place")])
async def test_the_sidebar_says_the_province_of_a_name_all_in_one(tmp_path: Path, lang: str, said: str,
                                                                  not_said: str) -> None:
    path = tmp_path / "s.json"
    write_store(path, _quoc_oai())
    async with browsing(path, lang, size=(120, 40)) as (app, pilot):
        await settle(pilot)
        lines = [line.strip() for line in facet_lines(app)]
        assert any(line.startswith(said) for line in lines), lines
        assert not any(line.startswith(not_said) for line in lines), lines
