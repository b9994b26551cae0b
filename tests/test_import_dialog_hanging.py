"""The import dialog's report at 80×24: an item too long for one line (an id and the file it came from) hangs
under its first line; its second line had started at the first column, under the section's title."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tests.factories import make_record
from tests.import_dialog_helpers import dialog_idle, enter_path, import_dialog, make_store, shown, until, write_jsonl

pytestmark = pytest.mark.slow  # a Pilot flow


def drawn_lines(static: Static) -> list[str]:
    return [static.render_line(y).text.rstrip() for y in range(static.size.height)]


@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_long_report_line_hangs_under_its_first(tmp_path: Path, lang: str) -> None:
    folder = tmp_path / "bien-ban-giam-sat" / "thanh-pho-da-nang" / "dot-thang-10"
    folder.mkdir(parents=True)
    ids = [f"2024-10-0{n}-ban-phap-che-hdnd-thanh-pho-da-nang-hoa-vang" for n in (3, 4)]
    write_jsonl(folder / "ban-phap-che.jsonl", [make_record(id=rid, date=rid[:10]) for rid in ids])
    async with import_dialog(make_store(tmp_path), tmp_path) as (app, pilot):
        app.lang = lang
        await enter_path(app, pilot, str(folder / "ban-phap-che.jsonl"))
        await until(pilot, dialog_idle(app))
        report = app.screen.query_one("#report", Static)
        lines = drawn_lines(report)
        assert all(rid in shown(app, "#report") for rid in ids)  # the text itself is whole, unwrapped
        items = [n for n, line in enumerate(lines) if line.lstrip().startswith("2024-10-0")]
        assert len(items) == 2, lines
        for n in items:
            assert lines[n].startswith("  ") and not lines[n].startswith("   "), lines
            assert lines[n + 1].startswith("    "), lines  # the continuation hangs, two cells further in
        assert all(len(line) <= report.size.width for line in lines)
