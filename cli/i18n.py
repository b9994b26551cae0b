"""The command line's words: its language, chosen before argparse builds a word, and its messages.

The words are in the one catalog, `data/messages.json` (`store.catalog`), shared with the browser: the
command line's under `cli.`, argparse's own under `argparse.`. A second catalog in `cli/` would let the
two faces drift apart in their terms (*chuyến*, *kho*, *bộ lọc*), and tests/test_catalog.py already holds
every entry to both languages with the same placeholders. Nothing here imports Textual: `tui.settings`,
`tui.i18n` and `tui.i18n_errors` are plain dictionaries and JSON files (tests/test_layers.py).

The language follows the browser's rule (`tui.settings.interface_lang`): `--lang`, else the language last
chosen with `L` on this store, else on any store, else the locale. `main` reads `--lang` and `--db` from
the words typed before the parser exists, because argparse writes its help texts and its "usage:" while
the parser is built.

Argparse's own messages ("usage:", "unrecognized arguments: %s", "invalid choice: …") go through a
gettext-like hook, not a subclass: argparse already passes every message it says through the module's
`_()` and `ngettext()` before filling it, as gettext expects, so translating the template keeps every
piece (the option, the value typed, the choices) as argparse fills it, whatever the Python version puts
around it. A subclass would have to copy the standard library's methods that build those messages, or
read the English back out of finished sentences. The hook is installed only while `main` runs
(`argparse_words`) and passes on every message the catalog does not hold.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache

_lang = "en"
"""The language of this run, set by `main` (`use`) before the parser is built."""
_wordless = False
"""`surveys --version`: the parser is built, but no help is ever shown, so no catalog is read (start-up)."""


def use(lang: str | None) -> None:
    """This run's language; None for a run that shows no help or report (`--version`)."""
    global _lang, _wordless  # noqa: PLW0603 - one run, one language: set once by `main`, read by every command
    _lang = lang if lang in ("vi", "en") else "en"
    _wordless = lang is None


def lang() -> str:
    return _lang


def t(key: str, /, **values: object) -> str:
    """The message `key` in this run's language, its `{placeholders}` filled; an unknown key is shown as itself."""
    if _wordless:
        return key
    from store.catalog import text  # noqa: PLC0415 - not at import: `surveys --version` reads no catalog

    return text(key, _lang, **values)


def number(value: float) -> str:
    """2.446 in Vietnamese, 2,446 in English."""
    from store.numbers import format_number  # noqa: PLC0415

    return format_number(value, _lang)


def explain(message: str) -> str:
    """A reason the core gave in English (a store, a filter, a date, a record check), in this run's language."""
    if _lang == "en":
        return message
    from tui.i18n import Translator  # noqa: PLC0415 - plain dictionaries, no Textual
    from tui.i18n_errors import explain as explained  # noqa: PLC0415

    return explained(message, Translator(_lang))


def field(path: str) -> str:
    """A draft's field path in this run's language, as the review screen names it ("date" → "Ngày"): a Vietnamese
    line had named it by its JSON key. English keeps the key, the word the printed draft has (as `explain` keeps the
    core's English); held-back stored records keep it in both, being fixed by hand in the JSON."""
    if _lang == "en":
        return path
    from tui.i18n import Translator  # noqa: PLC0415 - plain dictionaries, no Textual
    from tui.i18n_errors import field_named  # noqa: PLC0415

    return field_named(path, Translator(_lang))


def resolve(given: str | None, db: str | None) -> str:
    """The language of a run with `--lang given` on the store `--db db`: the browser's rule."""
    from store.paths import store_location  # noqa: PLC0415
    from tui.settings import interface_lang, store_lang  # noqa: PLC0415 - plain JSON files, no Textual

    return given if given in ("vi", "en") else interface_lang(None, store_lang(store_location(db)))


def typed(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """`--lang` and `--db` as typed, before any parser exists: `--lang vi`, `--lang=vi`, `--la vi` (argparse takes
    a unique prefix) and `--db PATH`, `--db=PATH`; the last of each wins, as in argparse."""
    given: dict[str, str | None] = {"--lang": None, "--db": None}
    words = iter(argv)
    for word in words:
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if name == "--db" or (len(name) >= 4 and "--lang".startswith(name)):
            option = "--db" if name == "--db" else "--lang"
            given[option] = value if equals else next(words, None)
    return given["--lang"], given["--db"]


@cache
def _argparse_catalog(lang: str) -> dict[str, str]:
    """argparse's English templates → this language's, from the `argparse.` entries."""
    from store.catalog import catalog  # noqa: PLC0415

    return {entry["en"]: entry[lang] for key, entry in catalog().items() if key.startswith("argparse.")}


def argparse_said(template: str) -> str:
    """One of argparse's templates (its English, `%(prog)s: error: %(message)s\n`) in this run's language."""
    return _gettext(template)


def _gettext(message: str) -> str:
    if not isinstance(message, str) or _lang == "en":  # argparse asks for `_(description)`, which may be None
        return message
    return _argparse_catalog(_lang).get(message, message)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return _gettext(singular if count == 1 else plural)


@contextmanager
def argparse_words() -> Iterator[None]:
    """argparse speaks this run's language while the block runs (its parsers built, its arguments read, its
    usage printed), and gettext's defaults again after it."""
    saved: tuple[Callable[..., str], Callable[..., str]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
