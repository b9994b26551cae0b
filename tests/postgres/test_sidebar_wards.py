"""The browser's sidebar on a PostgreSQL archive nests its wards under their provinces, as on a file store.

Without `PostgresRepository.ward_provinces` the sidebar listed the provinces with no ward under them (the tryout
of session 22): the tree is made from the wards' provinces (`Catalog.ward_provinces`), which only the file store's
index gave. The same visits in a file store and in an archive: the same sidebar, line for line, the places of a
shared name (Tân Định: TP Hồ Chí Minh's, Khánh Hòa's, the name alone) counted alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.backends import _sample_records, init_repository
from tests.contract.test_today_wards import namesakes
from tests.contract.test_ward_namesakes import unplaced
from tests.postgres.server import fresh_schema
from tests.synthetic import write_store
from tests.tui.browser_helpers import browsing, facet_lines, settle


async def _sidebar(location: Path | str) -> list[str]:
    async with browsing(location, "en", size=(120, 60)) as (app, pilot):  # type: ignore[arg-type]  # a URL too
        await pilot.press("f")
        await settle(pilot)
        return facet_lines(app)


@pytest.mark.slow  # two Pilot flows
async def test_the_archive_sidebar_lists_the_wards_under_their_provinces_as_a_file_store_does(
        request: pytest.FixtureRequest, tmp_path: Path) -> None:
    records = [*_sample_records(), *namesakes(), unplaced()]
    url = fresh_schema(request)
    archive, _ = init_repository(url)
    archive.upsert_many(records)
    archive.close()
    path = tmp_path / "s.json"
    write_store(path, records)
    shown = await _sidebar(url)
    # under its own province's heading a namesake ward no longer repeats the province (session 30, product1)
    assert any(line[4:].startswith("Tân Định ") and "·" not in line for line in shown), shown
    assert any(line[4:].startswith("Tân Định · old and new") for line in shown), shown
    assert shown == await _sidebar(path)

