"""A negation typed into a filter is refused, since the filter language has none.

`not overdue`, `không quá hạn`, `-status:done`: each was read as free text, so `not overdue` found the late visits
whose text holds "not" (none, in Vietnamese reports) and said nothing; a silent wrong answer. Negation of the
follow-up clauses is decided (docs/tryout-s32-filters.md: "no item that is …") but not built; until it is, the
filter says it has none and what it does instead. Refusing is done while the filter is read (`store.query`), so it
holds for every back end alike: none of them ever sees the clause.

What counts as a negation, on unquoted words only (a quoted "not" or "không" is the word, searched as ever):
- `not`, anywhere: no Vietnamese report holds the English word, so it can only be meant as an operator;
- a minus or an exclamation mark stuck to a clause or to the overdue word (`-status:done`, `!quahan`, `-(…`);
- `không`, `chưa`, `trừ`, `ko`, `no`, `except`, `without` followed by a clause (`không trangthai:done`), by the
  overdue word, by the words "quá hạn", or by a parenthesis. Followed by plain words they stay free text:
  "không dùng tiền mặt" and "không giấy tờ" are things reports speak of.
"""

from __future__ import annotations

import re

from .filter_names import field_of
from .folding import fold

ALWAYS: frozenset[str] = frozenset({"not"})
"""Words that are an operator wherever they stand, unquoted."""
BEFORE_A_CLAUSE: frozenset[str] = frozenset({"khong", "chua", "tru", "ko", "no", "except", "without"})
"""Words that negate what follows when a clause follows them; before plain words they are text."""
_CLAUSE = re.compile(r"(?P<name>[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*)[:=]")
_NEXT_WORDS = re.compile(r'\s*(?P<first>"[^"]*"?|\S+)(?:\s+(?P<second>\S+))?')


def negation(word: str, rest: str) -> str | None:
    """The refusal's message when the unquoted `word`, with `rest` the filter after it, is a negation; else None."""
    folded = fold(word).strip()
    if folded in ALWAYS:
        return refusal(word)
    if len(word) > 1 and word[0] in "-!" and _names_a_clause(word[1:]):
        return refusal(word)
    if folded in BEFORE_A_CLAUSE:
        following = _NEXT_WORDS.match(rest)
        if following is not None and (_names_a_clause(following["first"])
                                      or (fold(following["first"]), fold(following["second"] or "")) == ("qua", "han")):
            return refusal(word)
    return None


def read_as_negation(word: str) -> bool:
    """Whether `word`, unquoted, could be refused as a negation: a text clause holding it (typed in `/`'s search, or
    `--search not`) is shown back quoted (`store.query.Clause.render`), so that the filter reads back as it was."""
    folded = fold(word).strip()
    return folded in ALWAYS | BEFORE_A_CLAUSE or (len(word) > 1 and word[0] in "-!" and _names_a_clause(word[1:]))


def _names_a_clause(word: str) -> bool:
    """Whether `word` begins a clause (`status:done`, `trangthai=…`), is the overdue word, or opens a group."""
    if word.startswith("("):
        return True
    named = _CLAUSE.match(word)
    if named is not None:
        return field_of(named["name"]) is not None
    return field_of(word) == "overdue"


def refusal(word: str) -> str:
    """The message, in English (`err.no_negation` in the catalog says it in Vietnamese): what the filter does."""
    return (f"{word}: the filter has no negation; it finds visits that match each field named (any one of a "
            f"field's values): write what to keep, or \"{word}\" in quotes to search for the word")


__all__ = ["negation", "read_as_negation", "refusal"]
