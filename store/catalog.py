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
"""

from __future__ import annotations

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


def text(key: str, lang: str, /, **values: object) -> str:
    """The message `key` in `lang`, its placeholders filled; an unknown key is shown as itself."""
    entry = catalog().get(key)
    said = entry[language(lang)] if entry else key
    return said.format(**values) if values else said


def words(prefix: str, lang: str) -> dict[str, str]:
    """Every message under `prefix.` in `lang`, by the rest of its key: `words("brief", "en")["title"]`."""
    start = prefix + "."
    chosen = language(lang)
    return {key[len(start):]: entry[chosen] for key, entry in catalog().items() if key.startswith(start)}
