"""`xa:"quận 1"`, a numbered district of before 2025 typed with its level word, found nothing and said nothing more
(a tryout of session 30): the wards made from Quận 1 since 2025 are not found by it (`Gazetteer.district_wards`
leaves numbered districts out: `ward:"1"` is the many "Phường 1", and a facet's count must be what its clause
finds). The empty list now says, under the filter and in the reader's language, the clause that finds them: the
district with its province (`store.district_hints`). Pilot at 80×24 in Vietnamese and 120×40 in English on the
sample visits and the namesakes of Tân Định (one of them phường Tân Định of TP Hồ Chí Minh, made from Quận 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.district_hints import numbered_districts
from store.name_suggestions import unknown_places
from store.query import Filter
from tests.tui.browser_helpers import browsing, finish, result, set_filter
from tests.tui.test_facet_namesakes import tan_dinh_store  # noqa: F401 - the fixture

SAID = {
    "vi": ("'quận 1' là quận cũ có số: các phường lập từ nó chỉ tìm được khi ghi cả tỉnh, "
           'xa="Quận 1, Hồ Chí Minh"', "xa", "Không có chuyến nào khớp bộ lọc"),
    "en": ("'quận 1' is a numbered former district: the wards made from it are found with its province, "
           'ward="Quận 1, Hồ Chí Minh"', "ward", "No visit matches the filter"),
}


@pytest.mark.parametrize(("typed", "values"), [
    ('xa:"quận 1"', [("quận 1", ("Quận 1, Hồ Chí Minh",))]),
    ('xa:"quan 10"', [("quan 10", ("Quận 10, Hồ Chí Minh",))]),  # unaccented, as the filter bar takes it
    ('ward:"Q.3"', [("Q.3", ("Quận 3, Hồ Chí Minh",))]),
])
def test_a_numbered_district_without_its_province_is_told_with_one(typed: str, values: list[object]) -> None:
    assert numbered_districts(Filter.parse(typed)) == values
    assert [place.field for place in unknown_places(Filter.parse(typed))] == ["district"]  # not "no ward so named"


@pytest.mark.parametrize("typed", ['xa:"Phường 1"', 'xa:"1"', 'xa="Quận 1, Hồ Chí Minh"', 'xa:"huyện Bố Trạch"',
                                   'xa:"quận 99"', 'xa:"quận Ba Đình"'])
def test_look_alikes_get_no_such_line(typed: str) -> None:
    assert numbered_districts(Filter.parse(typed)) == []


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "size"), [("vi", (80, 24)), ("en", (120, 40))])
async def test_the_empty_list_names_the_clause_that_finds_the_district(tan_dinh_store: Path, lang: str,  # noqa: F811
                                                                       size: tuple[int, int]) -> None:
    hint, field, none = SAID[lang]
    async with browsing(tan_dinh_store, lang, size=size) as (app, pilot):
        await set_filter(pilot, f'{field}:"quận 1"')
        await finish(pilot)
        said = " ".join(app.screen.survey_list.message.split())  # type: ignore[attr-defined]
        assert none in said and hint in said, said
        await set_filter(pilot, f'{field}="Quận 1, Hồ Chí Minh"')  # the clause it names finds the visits
        await finish(pilot)
        assert result(app).total > 0
