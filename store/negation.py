"""A negation typed into a filter: of the follow-up clauses it is read, of any other clause it is refused.

`not overdue`, `không quá hạn`, `-status:done` had been free text (session 32 refused them). A negated follow-up
clause is about the visit, "no item that is …" (docs/tryout-s32-filters.md): `not overdue` finds the visits with no
late item, `not status:done` those with no done item, `not (status:open overdue)` those with no item both. It is read
here and in `store.query` (a `not` clause, whose value is the clauses negated) while the filter is read, so every
back end gets the same clause. A negation of a visit's field (`không tinh:x`) or of free text (`not máy`) is refused:
"no item that is …" has no meaning for them, and "a visit not in x" would make the facets count what a facet click
cannot undo; the message says what can be negated.

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
NEGATABLE = ("status", "overdue", "to", "answered", "changed", "closed")
"""The fields a negation may hold: the follow-up clauses, about a visit's items (`not to:X`: no item addressed
to X; `not answered:2026-11`: no item answered in November 2026)."""
_CLAUSE = re.compile(r"(?P<name>[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*)[:=]")
_NEXT_WORDS = re.compile(r'\s*(?P<first>"[^"]*"?|\S+)(?:\s+(?P<second>\S+))?')
_ONE = re.compile(r'(?:[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*[:=])?(?:"(?:[^"\\]|\\.)*(?:"|\Z)|\S+)')
"""One clause or word after a negation, as `store.query` reads one."""
_TWO_WORDS = re.compile(r"(?P<first>[^\s\"()]+)\s+(?P<second>[^\s\"()]+)")


def negation(word: str, rest: str) -> str | None:
    """The refusal's message when the unquoted `word`, with `rest` the filter after it, is a negation; else None.
    Whether it is refused is for what it negates to say (`operand`, `store.query`)."""
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


def operand(word: str, text: str, start: int, end: int) -> tuple[str, int] | None:
    """What the negation `word` (at `start`..`end` of `text`) applies to, and where the filter goes on after it: a
    group in parentheses (open to the end of the filter while it is typed), the words "quá hạn", or one clause.
    None when nothing follows (`not` alone)."""
    at = start + 1 if word[0] in "-!" else end  # `-overdue`, `!(…`: the sign stuck to what it negates
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        return None
    if text[at] == "(":
        close = _closing(text, at + 1)
        return text[at + 1:close], min(close + 1, len(text))
    two = _TWO_WORDS.match(text, at)
    if two is not None and (fold(two["first"]), fold(two["second"])) == ("qua", "han"):
        return two.group(0), two.end()
    one = _ONE.match(text, at)
    assert one is not None  # noqa: S101 - `\S+` matches at a character that is no space
    return one.group(0), one.end()


def names_other_fields(text: str) -> bool:
    """Whether `text` (what a negation applies to) names a field that cannot be negated, or is plain words."""
    names = [field_of(found["name"]) for found in _CLAUSE.finditer(text)]
    return not names and field_of(text.strip("() ")) != "overdue" and fold(text.strip("() ")) != "qua han" \
        or any(name not in NEGATABLE for name in names)


def _closing(text: str, at: int) -> int:
    """Where the parenthesis opened before `at` closes, a quoted ")" left alone; the end of `text` if it does not."""
    quoted = False
    for place in range(at, len(text)):
        if text[place] == '"' and text[place - 1] != "\\":
            quoted = not quoted
        elif text[place] == ")" and not quoted:
            return place
    return len(text)


def read_as_negation(word: str) -> bool:
    """Whether `word`, unquoted, could be read as a negation: a text clause holding it (typed in `/`'s search, or
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
    """The message, in English (`err.no_negation` in the catalog says it in Vietnamese): what can be negated."""
    return (f"{word}: only the follow-up clauses can be negated (not overdue, not status:done, not (status:open "
            f"overdue)); for other fields write what to keep, or \"{word}\" in quotes to search for the word")


__all__ = ["NEGATABLE", "names_other_fields", "negation", "operand", "read_as_negation", "refusal"]
