"""The figures view names today's unit beside a place written as one that no longer stands (tryout13, session 41).

"Dossiers received" by locality drew xã Hoàn Lão (2025) and thị trấn Hoàn Lão (2023) as two unrelated places, though
the list puts both visits under today's Xã Hoàn Lão. They stay two bars (today's xã is several old units merged: the
old figure is not the same quantity), and the old one's note says which unit it is part of today.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.metrics import metric_choices
from tests.factories import make_record
from tui.figure_bars import bars_for, render_bars
from tui.i18n import Translator

QUANG_TRI = {"name": "Tỉnh Quảng Trị", "code": 44}
TODAY = {"name": "Xã Hoàn Lão", "code": 19111}


def _visit(record_id: str, name: str, level: str, value: int, ward: dict[str, Any] | None) -> dict[str, Any]:
    return make_record(id=record_id, date=record_id[:10], localities=[
        {"name": name, "level": level, "province": QUANG_TRI, "ward": ward}],
        figures=[{"label": "Hồ sơ tiếp nhận", "metric": "ho-so-tiep-nhan", "value": value, "unit": "hồ sơ"}])


RECORDS = [
    _visit("2023-03-14-qb-hoan-lao", "thị trấn Hoàn Lão", "thị trấn", 1520, TODAY),
    _visit("2025-11-05-qt-hoan-lao", "xã Hoàn Lão", "xã", 2310, TODAY),
    _visit("2025-10-02-hcm-tan-dinh", "phường Tân Định", "phường", 1200, {"name": "Phường Tân Định", "code": 26737}),
    _visit("2024-05-04-qb-bo-trach", "huyện Bố Trạch", "huyện", 900, None),  # no one unit today: nothing said
]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_old_name_says_the_unit_it_is_part_of_today(lang: str) -> None:
    t = Translator(lang)
    key = metric_choices(RECORDS)[0].key
    bars = {bar.label: bar for bar in bars_for(RECORDS, key, "locality", lang)}
    assert set(bars) == {"thị trấn Hoàn Lão", "xã Hoàn Lão", "phường Tân Định", "huyện Bố Trạch"}  # four bars
    assert bars["thị trấn Hoàn Lão"].note.endswith(" · " + t("figs.now_in", unit="Xã Hoàn Lão"))
    assert bars["thị trấn Hoàn Lão"].value == 1520 and bars["xã Hoàn Lão"].value == 2310  # not summed, not replaced
    said = t("figs.now_in", unit="").strip()
    for written in ("xã Hoàn Lão", "phường Tân Định", "huyện Bố Trạch"):  # today's own name, or no unit today
        assert said not in bars[written].note, bars[written].note
    chart = render_bars(list(bars.values()), lang, 80).plain
    assert t("figs.now_in", unit="Xã Hoàn Lão") in chart  # drawn whole: beside its bar or under it


def test_over_time_is_left_as_it_was() -> None:
    key = metric_choices(RECORDS)[0].key
    assert all("nay thuộc" not in bar.note for bar in bars_for(RECORDS, key, "time", "vi"))
