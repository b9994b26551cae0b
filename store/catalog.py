"""The one message catalog: every word the program shows a person, by key, in Vietnamese and English.

All of it is in one data file, `data/messages.json`, one message a line:
`"key": {"vi": "…", "en": "…"}`, with `{name}` placeholders that both
languages share. The browser looks words up through `tui.i18n.Translator`,
the command line through `cli.i18n` (its own under `cli.`, argparse's under
`argparse.`); the store's own labels (body types, follow-up
statuses, figure checks, the Markdown brief, former-ward notes) through
`text` and `words` here, so the store never imports the browser for them.
A key's first part says where it is used (`key.`, `details.`, `brief.`,
`bodytype.` …); `words(prefix)` gives a screen all of its words at once.
tests/test_catalog.py checks every entry: both languages, the same
placeholders, no catalog kept anywhere else.

Record content (bodies, summaries, localities) is never translated; numbers
and periods follow the language through `store.numbers` and `store.periods`.

Counts take the word's plural form the way ICU MessageFormat writes it, inside
the message of the language that inflects: English says
`"{count} {count, plural, one {visit} other {visits}}"` where Vietnamese,
which has no plural inflection, says `"{count} chuyến"`. The form is chosen by
the language's CLDR plural rule (`plural_category`): English `one` for exactly
1, `other` for the rest; Vietnamese only `other`. A branch may be an exact
value (`=0 {no visit}`) and may hold placeholders; `other` is always given.
The counts may be given as numbers or as the numbers already written for the
language (`"2,446"`). A choice by a word is ICU's `select`: `"former {kind, select, phuong {ward} town {township}
other {commune}}"` in English, where Vietnamese writes the level itself (`picker.former_ward`).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from functools import cache

from .resources import load_json

LANGS = ("vi", "en")
FILE = "messages.json"


@cache
def catalog() -> dict[str, dict[str, str]]:
    """Every message by key: `{"vi": …, "en": …}`. Loaded once (well under a millisecond)."""
    loaded: dict[str, dict[str, str]] = load_json(FILE)
    return loaded


def language(lang: str) -> str:
    """`lang` when the catalog has it, else English."""
    return lang if lang in LANGS else "en"


_PLURAL = re.compile(r"\{(\w+), (plural|select),")
_BRANCH = re.compile(r"\s*(=\d+|\w+)\s*\{")


def plural_category(lang: str, value: object) -> str:
    """CLDR's plural category of the count `value` in `lang`: English `one` for exactly 1 written without
    decimals (1, "1"; "1.0 visits" is `other`), else `other`; Vietnamese has no plural inflection: `other`."""
    if language(lang) == "en" and str(value).strip() == "1":
        return "one"
    return "other"


def _closing(message: str, start: int) -> int:
    """The index of the `}` closing the `{` just before `start`."""
    depth = 1
    for index in range(start, len(message)):
        if message[index] == "{":
            depth += 1
        elif message[index] == "}":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError(f"unbalanced braces in {message!r}")


def plural_branches(message: str, start: int) -> tuple[dict[str, str], int]:
    """The branches of the plural block whose options begin at `start`, and the index after its closing `}`."""
    branches: dict[str, str] = {}
    index = start
    while (match := _BRANCH.match(message, index)) is not None:
        end = _closing(message, match.end())
        branches[match.group(1)] = message[match.end():end]
        index = end + 1
    tail = message[index:].lstrip()
    if not tail.startswith("}") or "other" not in branches:
        raise ValueError(f"a plural block needs its branches, `other` among them, then `}}`: {message!r}")
    return branches, len(message) - len(tail) + 1


def plural_blocks(message: str) -> Iterator[tuple[str, str | None, dict[str, str]]]:
    """`message` in pieces: (text before, the selector's name, its branches) for each plural or select block,
    then (the rest, None, {})."""
    for before, name, branches, _ in _blocks(message):
        yield before, name, branches


def _blocks(message: str) -> Iterator[tuple[str, str | None, dict[str, str], str]]:
    index = 0
    while (match := _PLURAL.search(message, index)) is not None:
        branches, end = plural_branches(message, match.end())
        yield message[index:match.start()], match.group(1), branches, match.group(2)
        index = end
    yield message[index:], None, {}, ""


def placeholders(message: str) -> set[str]:
    """The `{names}` a message fills, those inside its plural blocks too, without the blocks' selectors."""
    pieces = [piece for before, _, branches in plural_blocks(message) for piece in (before, *branches.values())]
    return {name for piece in pieces for _, name, _, _ in string.Formatter().parse(piece) if name is not None}


def choose_plurals(message: str, lang: str, values: Mapping[str, object]) -> str:
    """`message` with each `{name, plural, …}` block replaced by the branch `values[name]` calls for, and each
    `{name, select, …}` by the branch named `values[name]` (else `other`)."""
    said = []
    for before, name, branches, kind in _blocks(message):
        said.append(before)
        if name is not None:
            value = values[name]
            exact = branches.get(f"={str(value).strip()}")
            chosen = str(value) if kind == "select" else plural_category(lang, value)
            said.append(exact if exact is not None else branches.get(chosen, branches["other"]))
    return "".join(said)


def text(key: str, lang: str, /, **values: object) -> str:
    """The message `key` in `lang`, its plural forms chosen and its placeholders filled; an unknown key is shown
    as itself."""
    entry = catalog().get(key)
    chosen = language(lang)
    said = entry[chosen] if entry else key
    return choose_plurals(said, chosen, values).format(**values) if values else said


def words(prefix: str, lang: str) -> dict[str, str]:
    """Every message under `prefix.` in `lang`, by the rest of its key: `words("brief", "en")["title"]`."""
    start = prefix + "."
    chosen = language(lang)
    return {key[len(start):]: entry[chosen] for key, entry in catalog().items() if key.startswith(start)}
