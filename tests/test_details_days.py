"""The details pane writes every day as its reader does: the day published too (`tui.widgets.details`)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from store.resources import load_json
from tui.i18n import Translator
from tui.widgets.details import describe

TDM = "2023-05-24-hdnd-tdm-thu-dau-mot"  # published 2023-05-25, the day after the visit


@pytest.mark.parametrize(("lang", "day", "published", "not_shown"), [
    ("vi", "24/05/2023", "25/05/2023", "2023-05-25"),
    ("en", "2023-05-24", "2023-05-25", "25/05/2023"),
])
def test_the_day_published_is_written_as_the_visits_day(lang: str, day: str, published: str, not_shown: str) -> None:
    record = next(r for r in load_json("surveys.json") if r["id"] == TDM)
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(describe(record, Translator(lang)))
    shown = out.getvalue()
    assert day in shown, shown
    source = next(line for line in shown.splitlines() if "HĐND thành phố TDM giám sát" in line)
    assert published in source and not_shown not in source, source
