"""The leader field in the browser: typed under any of its names, the filter bar shows it under the interface
language's (`truongdoan:` / `leader:`), `L` renames it with the rest, and it finds the leader only."""

from __future__ import annotations

from pathlib import Path

from tests.tui.browser_helpers import browsing, filter_text, listed_ids, set_filter, settle


async def test_the_filter_bar_names_the_leader_field_in_the_interface_language(bundled_store: Path) -> None:
    async with browsing(bundled_store, lang="vi") as (app, pilot):
        await set_filter(pilot, 'leader:"nguyen thi"')
        assert filter_text(app) == 'truongdoan:"nguyen thi"'
        assert sorted(listed_ids(app)) == ["2022-08-18-doan-dbqh-binh-duong-di-an",
                                           "2025-09-09-doan-dbqh-tphcm-rach-dua"]
        await pilot.press("L")
        await settle(pilot)
        assert filter_text(app) == 'leader:"nguyen thi"'
        await set_filter(pilot, "lãnhđạo:lợi")
        assert listed_ids(app) == ["2025-09-04-doan-dbqh-tphcm-lai-thieu"]
        assert filter_text(app) == "leader:lợi"
        await pilot.press("L")
        await settle(pilot)
        assert filter_text(app) == "lanhdao:lợi"  # the Vietnamese name typed, kept
