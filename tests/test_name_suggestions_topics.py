"""Topics and whole-name prefixes get suggestions too (session 29), as properties over the taxonomy and gazetteer.

An unknown topic (`chude:`/`topic:`, `--topic`) is answered with the topic names nearest what was typed, as an
unknown place was in session 28: any topic's name (id, label in either language, alias) with one letter changed,
with or without its diacritics, suggests that topic. A whole ward name asked for (`phuong="Ben"`) that is the start
of whole names suggests those names before the near ones.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from store.folding import fold
from store.gazetteer import gazetteer, split_level
from store.matching import topic_ids_for
from store.name_suggestions import SHOWN, Suggestion, did_you_mean, suggest
from store.place_names import ward_names
from store.taxonomy import taxonomy

TOPICS = list(taxonomy().topics.values())
NAMES = {fold(name): term.id for term in TOPICS for name in (term.vi, term.en, *term.aliases, term.id)}
LETTERS = "abcdefghijklmnopqrstuvwxyz"
WARDS = sorted({split_level(name)[1] for name in ward_names(gazetteer())})


def _topic_of(said: Suggestion) -> str:
    return NAMES[fold(said.name)]


@st.composite
def topic_typo(draw: st.DrawFn) -> tuple[str, str]:
    """(a topic id, one of its names of 8 letters or more with one letter changed, its marks kept or dropped)."""
    term = draw(st.sampled_from(TOPICS))
    name = draw(st.sampled_from([n for n in (term.vi, term.en, *term.aliases) if len(fold(n)) >= 8] or [term.vi]))
    typed = name if draw(st.booleans()) else fold(name)
    at = draw(st.integers(0, len(typed) - 1))
    changed = typed[:at] + draw(st.sampled_from(LETTERS)) + typed[at + 1:]
    return term.id, changed


@given(topic_typo())
def test_a_topic_name_with_one_letter_changed_suggests_that_topic(drawn: tuple[str, str]) -> None:
    topic, typed = drawn
    assume(not (topic_ids_for(typed) & set(taxonomy().topics)))  # the change left a name some topic has: not unknown
    found = suggest("topic", typed)
    assert 0 < len(found) <= SHOWN
    assert topic in [_topic_of(said) for said in found], (typed, found)
    assert len({_topic_of(said) for said in found}) == len(found)  # each topic once


def test_a_topic_is_said_in_the_language_it_was_typed_in() -> None:
    assert suggest("topic", "chuyen doi xo") == [Suggestion("Chuyển đổi số", False)]
    assert suggest("topic", "digital transfromation") == [Suggestion("Digital transformation", False)]
    assert did_you_mean("topic", "chuyen doi xo", "vi") == "Có phải ý bạn là: Chuyển đổi số?"
    assert did_you_mean("topic", "digital transfromation", "en") == "Did you mean: Digital transformation?"
    assert suggest("topic", "zzz") == [] and suggest("topic", " ") == []


@given(st.sampled_from(WARDS), st.integers(min_value=2, max_value=6))
def test_a_whole_names_start_suggests_names_it_starts_first(name: str, letters: int) -> None:
    start = name[:letters].strip()
    assume(start and start != name)
    starting = [said for said in suggest("ward", start) if fold(said.name).startswith(fold(start))]
    found = suggest("ward", start)
    assert found[:len(starting)] == starting  # those it starts, before any near one
    assert starting, (start, found)
    if len(starting) < SHOWN:  # every name it starts is there when they are fewer than shown
        assert {fold(name) for name in WARDS if fold(name).startswith(fold(start)) and fold(name) != fold(start)} \
            <= {fold(said.name) for said in starting}


def test_ben_suggests_the_names_it_starts() -> None:
    found = [said.name for said in suggest("ward", "Ben")]
    assert len(found) == SHOWN and all(fold(name).startswith("ben ") for name in found), found
    assert [said.name for said in suggest("ward", "Lái")][0] == "Lái Thiêu"  # as written, marks and all, first
    assert suggest("ward", "phường Bến Ng")[0].name == "Bến Nghé"
