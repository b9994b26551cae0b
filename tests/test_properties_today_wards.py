"""Property tests of a ward clause naming one ward of today with its province (`store.today_wards`).

Over every ward of today the gazetteer knows: the value the picker writes (`value_of`) names that ward alone and,
shown in the filter bar in either language and read again, is the same clause; typed unaccented, in NFD, without
its level word or with its province's level word, it names the same ward; a province with no ward of that name
today is refused, with the value the picker writes among the wards meant.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from store.folding import fold
from store.gazetteer import gazetteer, split_level
from store.query import Clause, Filter, QueryError
from store.today_wards import one_ward, refusal, value_of

WARDS = sorted((name, province) for name, province in gazetteer()._wards_by_code.values())  # noqa: SLF001
"""(name, province code) of every ward of today."""
PROVINCES = sorted(unit.code for unit in gazetteer().provinces())


def test_every_ward_of_today_is_named_alone_by_the_value_the_picker_writes() -> None:
    codes = {(name, province): code for code, (name, province) in gazetteer()._wards_by_code.items()}  # noqa: SLF001
    for name, province in WARDS:
        value = value_of(name, province)
        found = one_ward(value)
        assert found is not None and codes[(name, province)] in found, value
        assert len(found) == 1 or all(gazetteer().ward(code)[0].name == name for code in found), value  # type: ignore[index]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(["en", "vi"]), st.booleans())
def test_the_clause_the_picker_writes_reads_back_as_itself(ward: tuple[str, int], lang: str, exact: bool) -> None:
    clause = Clause("ward", value_of(*ward), exact)
    shown = Filter((clause, Clause("year", "2025"))).render(lang)
    assert Filter.parse(shown).clauses[0] == clause, shown


@st.composite
def typed_wards(draw: Any) -> tuple[tuple[str, int], str]:
    name, province = draw(st.sampled_from(WARDS))
    level, base = split_level(name)
    head = draw(st.sampled_from([name, fold(name), unicodedata.normalize("NFD", name), base]))
    where = split_level(gazetteer().province_name(province))[1]
    tail = draw(st.sampled_from([where, fold(where), gazetteer().province_name(province)]))
    return (name, province), f"{head}, {tail}"


@settings(max_examples=300, deadline=None)
@given(typed_wards())
def test_a_ward_typed_any_way_is_the_one_the_picker_writes(drawn: tuple[tuple[str, int], str]) -> None:
    ward, typed = drawn
    wanted = one_ward(value_of(*ward))
    found = one_ward(typed)
    assert wanted is not None and found is not None and wanted <= found, typed  # the bare name: the level's too
    assert Filter.parse(Filter.parse(f'xa="{typed}"').render("vi")) == Filter.parse(f'xa="{typed}"')


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(WARDS), st.sampled_from(PROVINCES))
def test_a_province_with_no_ward_of_the_name_is_refused(ward: tuple[str, int], province: int) -> None:
    name, _ = ward
    if any(code == province for _, code in gazetteer().find_wards(name)):
        return
    value = value_of(name, province)
    assert refusal(value) is not None and one_ward(value) == frozenset()
    try:
        Filter.parse(f'ward="{value}"')
    except QueryError as error:
        assert value_of(*ward) in str(error)
    else:
        raise AssertionError(f"{value} was taken")


def test_every_ward_unaccented_or_without_its_level_is_still_itself() -> None:
    """Every ward of today, typed unaccented or without its level word (a name that begins like a level, "Phương
    Liễu", "Quan Triều", included), names the ward the picker's value names and is taken by the parser."""
    for name, province in WARDS:
        wanted = one_ward(value_of(name, province))
        where = split_level(gazetteer().province_name(province))[1]
        for head in (fold(name), split_level(name)[1], fold(split_level(name)[1])):
            typed = f"{head}, {fold(where)}"
            found = one_ward(typed)
            assert wanted and found and wanted <= found, typed
            Filter.parse(f'xa="{typed}"')
