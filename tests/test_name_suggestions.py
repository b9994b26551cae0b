"""The names suggested for one that names nothing (`store.name_suggestions`), as properties over the gazetteer.

A province's name (today's or merged away in 2025), typed with one letter changed, with or without its diacritics,
is always suggested. Wards are many (some 8,000 names) and often one letter apart ("Phú An", "Phú Can"), so a
ward's name with one letter changed is suggested unless `SHOWN` names are as near to what was typed, or one is
nearer by more than `CLOSE` ("phu ban" is nearer "Phú An" than "Phú Can"); no name is suggested before a nearer
one; a former unit's name is said to be one.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from store.folding import fold
from store.gazetteer import gazetteer, split_level
from store.name_suggestions import CLOSE, SHOWN, Suggestion, did_you_mean, suggest
from store.place_names import former_province_keys, former_ward_names, ward_names

TODAY_PROVINCES = sorted(split_level(unit.name)[1] for unit in gazetteer().provinces())
FORMER_PROVINCES = sorted(set(former_province_keys(gazetteer()).values()) - set(TODAY_PROVINCES))
WARDS = sorted({split_level(name)[1] for name in ward_names(gazetteer())})
FORMER_WARDS = sorted({split_level(name)[1] for name in former_ward_names(gazetteer())} - set(WARDS))
KNOWN_WARDS = {fold(name) for name in WARDS + FORMER_WARDS}
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _near(typed: str, name: str) -> float:
    """difflib's ratio as `suggest` takes it: the name first (the ratio is not symmetric), what was typed with and
    without a level word ("tp hine" is also "hine")."""
    typings = {fold(typed), fold(split_level(typed)[1])}
    return max(SequenceMatcher(None, fold(name), typing, autojunk=False).ratio() for typing in typings)


@st.composite
def one_letter_changed(draw: st.DrawFn, names: list[str]) -> tuple[str, str]:
    """(a name, the name typed with one letter changed, its diacritics kept or dropped)."""
    name = draw(st.sampled_from(names))
    typed = name if draw(st.booleans()) else fold(name)
    spots = [i for i, letter in enumerate(typed) if fold(letter).isalpha()]
    assume(spots)
    spot = draw(st.sampled_from(spots))
    letter = draw(st.sampled_from([c for c in LETTERS if c != fold(typed[spot])]))
    return name, typed[:spot] + letter + typed[spot + 1:]


def test_every_province_with_each_letter_changed_is_suggested() -> None:
    for name in TODAY_PROVINCES + FORMER_PROVINCES:
        folded = fold(name)
        for spot, letter in enumerate(folded):
            if letter.isalpha():
                typed = folded[:spot] + ("x" if letter != "x" else "y") + folded[spot + 1:]
                expected = Suggestion(name, name in FORMER_PROVINCES)
                assert expected in suggest("province", typed), (name, typed)


@settings(max_examples=150)
@given(one_letter_changed(TODAY_PROVINCES + FORMER_PROVINCES))
def test_a_province_with_one_letter_changed_is_suggested(drawn: tuple[str, str]) -> None:
    name, typed = drawn
    assume(fold(typed) not in {fold(other) for other in TODAY_PROVINCES + FORMER_PROVINCES})  # "quang ninh": a name
    assert name in [found.name for found in suggest("province", typed)], typed


@settings(max_examples=200)
@given(one_letter_changed(WARDS + FORMER_WARDS))
def test_a_ward_with_one_letter_changed_is_suggested_unless_nearer_names_are(drawn: tuple[str, str]) -> None:
    name, typed = drawn
    assume(fold(typed) not in KNOWN_WARDS)  # another ward's name: not a typo
    # the start of other names: no typo for a ward clause (a word start finds them), and a whole name asked for is
    # answered with the names it starts first (`test_name_suggestions_topics`)
    assume(not any(known.startswith(fold(split_level(typed)[1]).strip()) for known in KNOWN_WARDS))
    found = suggest("ward", typed)
    nearness = [_near(typed, suggestion.name) for suggestion in found]
    assert nearness == sorted(nearness, reverse=True), (typed, found)  # nearest first
    if name not in [suggestion.name for suggestion in found]:
        assert found and min(nearness) >= _near(typed, name) - 1e-9, (name, typed, found)
        assert len(found) == SHOWN or _near(typed, name) < nearness[0] - CLOSE, (name, typed, found)


def test_a_former_unit_is_said_to_be_one_in_both_languages() -> None:
    assert suggest("province", "binh duongg") == [Suggestion("Bình Dương", True)]
    assert did_you_mean("province", "Ha Nol", "vi") == "Có phải ý bạn là: Hà Nội?"
    assert did_you_mean("province", "Ha Nol", "en") == "Did you mean: Hà Nội?"
    assert did_you_mean("ward", "Ben Nge", "vi") == "Có phải ý bạn là: Bến Nghé (cũ)?"
    assert did_you_mean("ward", "Ben Nge", "en") == "Did you mean: Bến Nghé (former)?"
    assert did_you_mean("province", "Thua Thien Hu", "en") == "Did you mean: Huế?"  # an alias, said as today's


def test_a_letter_that_makes_a_level_word_still_finds_the_name() -> None:
    """"tp hine" reads as thành phố Hine without its level word; Tà Hine is what was meant (found by Hypothesis)."""
    assert "Tà Hine" in [found.name for found in suggest("ward", "tp hine")]


def test_a_name_no_typo_explains_gets_no_guess() -> None:
    for field in ("province", "ward"):
        assert suggest(field, "khong co") == []
        assert did_you_mean(field, "zzzzzz", "vi") == ""
