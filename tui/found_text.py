"""Which of a visit's item texts and responses hold the filter's free-text words: the details pane marks them.

Free text is looked for in the whole visit (`store.matching.record_text`), an item's responses included, so a
visit may be listed for what an office answered ("Bộ đã có văn bản hướng dẫn") though nothing at the top of the
pane says so. `text_test` answers for one text whether it holds a term, folded and in any spelling `Matcher` reads
it in (`TTHC` / "thủ tục hành chính"); terms shorter than `SHORTEST` are left out, as nearly every text holds
them (the first keys typed in `/`).
"""

from __future__ import annotations

from collections.abc import Callable

from store.query import Filter

TextTest = Callable[[str], bool]
SHORTEST = 3
"""Folded characters a term needs to be marked where it is found."""


def text_test(query: Filter) -> TextTest | None:
    """Whether a text holds one of `query`'s free-text terms; None when it has none long enough to mark."""
    clauses = query.clauses_of("text")
    if not clauses:
        return None
    from store.folding import fold  # noqa: PLC0415 - with the first survey described, not on the first frame
    from store.matching import Matcher  # noqa: PLC0415

    spellings = {spelling for group in Matcher(Filter(tuple(clauses))).text_alternatives for spelling in group
                 if len(spelling.strip()) >= SHORTEST}
    if not spellings:
        return None
    return lambda text: any(spelling in fold(text) for spelling in spellings)
