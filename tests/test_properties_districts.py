"""Property tests of a ward clause naming one former district (`store.districts`): format → parse → the same clause.

Drawn over every district the gazetteer knows (`data/former_units.json`): the value the picker writes reads back as
the same level, name and province (`levels.written`) and, shown in the filter bar in either language and read
again, as the same clause; it names one district, the one it says (`canonical` is a fixed point), however the user
types it (unaccented, NFD, the level abbreviated as reports do, the province with its level word); and the province
a district of that name was never in is refused.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from store.districts import canonical, refusal, resolve
from store.folding import fold
from store.gazetteer import gazetteer
from store.levels import district_value, written
from store.query import Clause, Filter, QueryError
from store.resources import load_json

DISTRICTS = sorted({(d["level"], d["name"], d["old_province"]) for d in [
    *load_json("former_units.json")["districts"], *load_json("units_of_2025.json")["districts"]]})
"""(level, name, old province) of each district before 2025 (and of those made in 2025), namesakes included."""
PROVINCES = sorted({province for _, _, province in DISTRICTS})
ABBREVIATED = {"huyện": ["H.", "huyen", "Huyện"], "thị xã": ["TX.", "TX", "thi xa", "Thị xã"],
               "thành phố": ["TP.", "TP", "Tp", "thanh pho"], "quận": ["Q.", "quan", "Quận"]}


def _typed(draw: Any, level: str, name: str, province: str) -> str:
    """The district as a user may type it: the level as a report abbreviates it, the name and province unaccented
    or in NFD, the province with its level word."""
    level = draw(st.sampled_from([level, *ABBREVIATED[level]]))
    name = draw(st.sampled_from([name, fold(name), unicodedata.normalize("NFD", name)]))
    province = draw(st.sampled_from([province, fold(province), f"tỉnh {province}" if province not in (
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế") else f"thành phố {province}"]))
    return f"{level} {name}, {province}" if not level.endswith(".") else f"{level}{name}, {province}"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DISTRICTS), st.sampled_from(["en", "vi"]), st.booleans())
def test_the_clause_the_picker_writes_reads_back_as_itself(district: tuple[str, str, str], lang: str,
                                                          exact: bool) -> None:
    value = canonical(*district)
    said = written(value)
    assert said is not None and district_value(said.level, said.name, said.province) == value
    clause = Clause("ward", value, exact)
    shown = Filter((clause, Clause("year", "2024"))).render(lang)
    assert Filter.parse(shown).clauses[0] == clause, shown
    found = resolve(value)
    assert found is not None and found.value == value  # the district it names, written as the picker writes it
    assert canonical(*(said.level, said.name, said.province)) == value


@st.composite
def typed_districts(draw: Any) -> tuple[tuple[str, str, str], str]:
    district = draw(st.sampled_from(DISTRICTS))
    return district, _typed(draw, *district)


@settings(max_examples=300, deadline=None)
@given(typed_districts())
def test_a_district_typed_any_way_is_the_one_the_picker_writes(drawn: tuple[tuple[str, str, str], str]) -> None:
    district, typed = drawn
    found, wanted = resolve(typed), resolve(canonical(*district))
    assert wanted is not None
    assert found == wanted, typed
    assert Filter.parse(Filter.parse(f'xa="{typed}"').render("vi")) == Filter.parse(f'xa="{typed}"')


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(DISTRICTS), st.sampled_from(PROVINCES))
def test_a_province_no_district_of_the_name_was_in_is_refused(district: tuple[str, str, str], province: str) -> None:
    level, name, _ = district
    provinces = {fold(d["old_province"]) for d in gazetteer().districts_named(name)}
    value = district_value(level, name, province)
    if fold(province) in provinces:
        return
    assert refusal(value) is not None and resolve(value) is None
    try:
        Filter.parse(f'ward="{value}"')
    except QueryError as error:
        assert canonical(*district) in str(error)  # the districts it could mean, to copy
    else:
        raise AssertionError(f"{value} was taken")
