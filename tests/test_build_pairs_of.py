"""`pairs_of` (the word pairs an index build keeps, `store.sqlindex.pairs`) finds exactly what `PAIR` says.

The build finds the pairs in two passes of whole pairs per stretch of text
without a newline, which is faster than a lookahead tried at every
character (#17); these check that it stores the same pairs.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from store.folding import fold
from store.sqlindex.pairs import PAIR, pairs_of


def said(text: str) -> set[str]:
    return set(PAIR.findall(text))


@settings(max_examples=3000)
@given(st.text(alphabet="ab1 -,./\n", max_size=24))
def test_the_pairs_are_those_the_pattern_says(text: str) -> None:
    assert pairs_of(text) == said(text)


def test_pairs_across_lines_punctuation_and_edges() -> None:
    text = fold("Đoàn giám sát, UBND xã Tân Lập\n- kiểm tra hồ sơ 06/2025.\n\nkết luận")
    assert pairs_of(text) == said(text)
    assert "doan giam" in pairs_of(text) and "sat, ubnd" in pairs_of(text)
    assert not any("\n" in pair for pair in pairs_of(text))
    assert pairs_of("") == pairs_of("\n") == pairs_of("chu") == set()
    assert pairs_of(" a b ") == {"a b"}
