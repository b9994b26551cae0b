"""`store.repeats`: the example pairs either side of the threshold, and properties against an oracle written here.

The oracle reads the definition again with other means: text folded by stripping every combining mark of NFKD
and mapping đ by hand, words split on anything not a letter or digit, the stop and common word lists taken as
data, the weighted Dice coefficient summed over explicit sets.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store import repeats
from store.repeats import THRESHOLD, Entry, similarity, takes_up_earlier
from tests.repeat_pairs import MUST_LINK, MUST_NOT

WORDS = ("bổ sung", "biên chế", "công chức", "máy quét", "đường truyền", "Hòa", "Hoà", "đề nghị", "lại",
         "phần mềm", "một cửa", "hộ tịch", "số hóa", "kinh phí", "thôn", "Đề án 06", "tiếp tục", "như đã",
         "chỉ đạo", "xã", "trụ sở", "ĐƯỜNG", "internet", "và", "của", "cho", "2", "mức")
texts = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(" ".join)


def oracle_fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def oracle_similarity(first: str, second: str) -> float:
    def weighted(text: str) -> dict[str, float]:
        words = [w for w in re.split(r"[^0-9a-z]+", oracle_fold(text)) if w and w not in repeats._STOP]
        out = {w: (0.5 if w in repeats._COMMON else 1.0) for w in words}
        for a, b in zip(words, words[1:], strict=False):
            out[a + " " + b] = 0.5 if a in repeats._COMMON and b in repeats._COMMON else 1.0
        return out
    a, b = weighted(first), weighted(second)
    total = sum(a.values()) + sum(b.values())
    return 0.0 if total == 0 else 2 * sum(a[k] for k in set(a) & set(b)) / total


def entry(text: str, *, survey: str = "a", day: str = "2026-03-12", field: str = "recommendations",
          places: frozenset[str] = frozenset({"w17254"})) -> Entry:
    return Entry(survey, day, field, 0, text, places)


@pytest.mark.parametrize(("earlier", "later"), MUST_LINK)
def test_pairs_that_must_link_do(earlier: str, later: str) -> None:
    assert similarity(later, earlier) >= THRESHOLD
    assert repeats.repeats(entry(later, survey="b", day="2026-09-18"), entry(earlier))


@pytest.mark.parametrize(("earlier", "later"), MUST_NOT)
def test_look_alikes_on_the_same_topic_do_not(earlier: str, later: str) -> None:
    assert similarity(later, earlier) < THRESHOLD
    assert not repeats.repeats(entry(later, survey="b", day="2026-09-18"), entry(earlier))


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_similarity_is_the_oracles_and_symmetric(first: str, second: str) -> None:
    assert similarity(first, second) == pytest.approx(oracle_similarity(first, second))
    assert similarity(first, second) == pytest.approx(similarity(second, first))


@settings(max_examples=200, deadline=None)
@given(texts, texts, st.sampled_from(("upper", "fold", "spaces", "tones")))
def test_similarity_ignores_case_diacritics_and_spacing(first: str, second: str, how: str) -> None:
    changed = {"upper": first.upper(), "fold": oracle_fold(first), "spaces": "  " + first.replace(" ", " \t  "),
               "tones": first.replace("Hòa", "Hoà").replace("hóa", "hoá")}[how]
    assert similarity(changed, second) == pytest.approx(similarity(first, second))


@settings(max_examples=200, deadline=None)
@given(texts, texts, st.sampled_from(("2026-03-12", "2026-09-18", "2025-01-01")),
       st.sampled_from(("2026-03-12", "2026-09-18")), st.booleans())
def test_never_itself_never_a_later_one_never_both_ways(first: str, second: str, day_a: str, day_b: str,
                                                        same_visit: bool) -> None:
    a = entry(first, survey="a", day=day_a)
    b = entry(second, survey="a" if same_visit else "b", day=day_b)
    assert not repeats.repeats(a, a)
    assert not (repeats.repeats(a, b) and repeats.repeats(b, a))
    if repeats.repeats(a, b):
        assert b.date < a.date and b.survey != a.survey


def test_other_places_and_other_kinds_do_not_link_unless_the_wording_says_so() -> None:
    earlier, later = MUST_LINK[0]
    assert not repeats.repeats(entry(later, survey="b", day="2026-09-18", places=frozenset({"w1"})), entry(earlier))
    direction = entry(earlier, field="directions")
    assert not repeats.repeats(entry(later, survey="b", day="2026-09-18"), direction)
    cued = "Như đã chỉ đạo, tỉnh bổ sung biên chế công chức công nghệ thông tin cho xã."
    assert takes_up_earlier(cued) and not takes_up_earlier(later)
    assert repeats.repeats(entry(cued, survey="b", day="2026-09-18"), direction)
