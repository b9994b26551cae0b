"""A filter whose place name names no unit says so in the empty list, with the names nearest it (session 28).

"Không có chuyến nào khớp bộ lọc: tinh:"Ha Nol"" read the same as Hà Nội without visits; the list now says, under
the filter, that no province is called so and offers "Hà Nội", as `surveys list` does on the command line
(`store.name_suggestions`). A former unit is said to be one; a name that finds nothing but is a unit's says
nothing more.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.browser_helpers import browsing, finish, screen_text, set_filter

SAID = {
    "vi": ("Không có tỉnh, thành phố nào tên 'Ha Nol'. Có phải ý bạn là: Hà Nội?",
           "Không có phường, xã hay huyện cũ nào tên 'Ben Nge'. Có phải ý bạn là: Bến Nghé (cũ)?",
           "Không có chuyến nào khớp bộ lọc"),
    "en": ("No province or city is called 'Ha Nol'. Did you mean: Hà Nội?",
           "No ward, commune or former district is called 'Ben Nge'. Did you mean: Bến Nghé (former)?",
           "No visit matches the filter"),
}


def _lines(text: str) -> list[str]:
    return [" ".join(line.replace("│", " ").split()) for line in text.splitlines()]


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize("lang", ["vi", "en"])
async def test_a_mistyped_place_is_told_the_nearest_names(bundled_store: Path, lang: str) -> None:
    province, ward, none = SAID[lang]
    async with browsing(bundled_store, lang, size=(120, 40)) as (app, pilot):
        await set_filter(pilot, 'tinh:"Ha Nol"')
        await finish(pilot)
        text = "\n".join(_lines(screen_text(app)))
        assert none in text and province in text, text
        await set_filter(pilot, 'xa:"Ben Nge"')
        await finish(pilot)
        said = app.screen.survey_list.message  # type: ignore[attr-defined] # wrapped on screen at 120 columns
        assert ward in said.splitlines() and province not in said, said


@pytest.mark.slow  # a Pilot flow
async def test_a_real_place_without_visits_says_nothing_more(bundled_store: Path) -> None:
    async with browsing(bundled_store, "en", size=(120, 40)) as (app, pilot):
        await set_filter(pilot, 'tinh:"Lào Cai" tu:2030')
        await finish(pilot)
        text = "\n".join(_lines(screen_text(app)))
        assert "No visit matches the filter" in text and "Did you mean" not in text and "is called" not in text


@pytest.mark.slow  # a Pilot flow
async def test_at_80_by_24_in_vietnamese_the_suggestion_is_on_screen(bundled_store: Path) -> None:
    async with browsing(bundled_store, "vi", size=(80, 24)) as (app, pilot):
        await set_filter(pilot, 'tinh:"Ha Nol"')
        await finish(pilot)
        text = " ".join(" ".join(_lines(screen_text(app))).split())
        assert "Có phải ý bạn là: Hà Nội?" in text, text


TOPIC_SAID = {
    "vi": ("Không có chủ đề nào có mã hay tên 'chuyen doi xo'. Có phải ý bạn là: Chuyển đổi số?",
           "Không có phường, xã hay huyện cũ nào tên 'Ben'. Có phải ý bạn là: Bến Cát, Bến Cầu, Bến Hải?"),
    "en": ("No topic has the id or name 'chuyen doi xo'. Did you mean: Chuyển đổi số?",
           "No ward, commune or former district is called 'Ben'. Did you mean: Bến Cát, Bến Cầu, Bến Hải?"),
}


@pytest.mark.slow  # a Pilot flow
@pytest.mark.parametrize(("lang", "topic_field", "ward_field"), [("vi", "chude", "phuong"), ("en", "topic", "ward")])
async def test_a_mistyped_topic_and_a_whole_names_start_are_told_the_nearest_names(
        bundled_store: Path, lang: str, topic_field: str, ward_field: str) -> None:
    """Session 29: the topic clause as the place clauses; `phuong="Ben"` is offered the names it starts."""
    topic, ward = TOPIC_SAID[lang]
    async with browsing(bundled_store, lang, size=(120, 40)) as (app, pilot):
        await set_filter(pilot, f'{topic_field}:"chuyen doi xo"')
        await finish(pilot)
        said = app.screen.survey_list.message  # type: ignore[attr-defined]
        assert topic in said.splitlines(), said
        await set_filter(pilot, f'{ward_field}="Ben"')
        await finish(pilot)
        said = app.screen.survey_list.message  # type: ignore[attr-defined]
        assert ward in said.splitlines() and topic not in said, said
