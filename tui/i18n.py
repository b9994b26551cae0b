"""The browser's and the command line's words in Vietnamese and English, from the one catalog.

The words live in `data/messages.json` (`store.catalog`), which the store's
own labels share; this module picks the language and looks words up.
Only the interface is translated: record content (bodies, summaries, kinds)
is shown as written, and topic labels come from the taxonomy per language.
Numbers follow the language: 2.446 and 99,83% in Vietnamese, 2,446 and
99.83% in English.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Mapping

from store.catalog import LANGS, catalog, language, text, words
from store.numbers import format_number

__all__ = ["CATALOG", "LANGS", "Translator", "detect_lang"]

CATALOG: Mapping[str, Mapping[str, str]] = catalog()
"""Every message by key (read only): `{"vi": …, "en": …}`."""


def detect_lang(environ: Mapping[str, str] | None = None) -> str:
    """Vietnamese when the locale says so (LC_ALL, LC_MESSAGES, then LANG), else English."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


class Translator:
    """Looks words up for one language; `t("status.count", shown=…)`."""

    def __init__(self, lang: str) -> None:
        self.lang = language(lang)
        self._recent: deque[tuple[str, str, dict[str, object]]] = deque(maxlen=16)
        """The last words looked up, with their key and values: a note says them at once (`recall`)."""

    def __call__(self, message_id: str, **values: object) -> str:
        said = text(message_id, self.lang, **values)
        self._recent.append((said, message_id, values))
        return said

    def recall(self, said: str) -> tuple[str, dict[str, object]] | None:
        """The key and values `said` was looked up with lately, to say it again in another language (a note on
        screen when `L` switches: `tui.toasts`); None for a text made otherwise."""
        return next(((key, values) for text_, key, values in reversed(list(self._recent)) if text_ == said), None)

    def words(self, prefix: str) -> dict[str, str]:
        """A screen's words at once: every message under `prefix.`, by the rest of its key."""
        return words(prefix, self.lang)

    def number(self, value: float | int) -> str:
        return format_number(value, self.lang)

    def percent(self, value: float | int) -> str:
        return f"{format_number(value, self.lang)}%"
