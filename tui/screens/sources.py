"""The sources view (`o`): the article sentence each value of the selected visit was read from.

A researcher checks a figure against the article months after it was
imported: this lists, value by value, the sentence the extractor read it from
(values read one after the other from one sentence share its line), a value a
person edited marked so, then the article's name (`store.value_sources`). It
is the help screen's box, keys and scrolling with other contents. The
sentences are untrusted article text: plain `Text` with every control shown
as an escape, never markup.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Static

from store import provenance, value_sources

from ..dialog_keys import HELP_KEYS, keys_said
from ..i18n import Translator
from ..safe import visible
from .help import HelpScreen


class SourcesScreen(HelpScreen):
    """One visit's source sentences; Esc, q, ? or F1 close it, as they close the help."""

    def __init__(self, record: dict[str, Any], t: Translator) -> None:
        super().__init__(t, notes=None)
        self.record = record

    def compose(self) -> ComposeResult:
        groups, articles = value_sources.grouped(self.record, self.t.lang, provenance.value_name)
        text = Text()
        for names, sentence in groups:
            text.append(visible(names) + ": ", style="bold")
            text.append(visible(sentence) + "\n")
        if articles:
            text.append(visible(self.t("sources.article", names=", ".join(articles))), style="dim")
        if not groups:
            text = Text(self.t("sources.none"))
        title = Content(f"{self.t('sources.title')} · ") + Content(visible(str(self.record.get("id", ""))))
        with Vertical(id="help", classes="dialog-box"):
            yield Label(title, classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(text, id="sources-text")
                yield Static(Text("\n" + self.t("sources.hint"), style="dim"), id="help-filter")
            yield Label(Content(keys_said(HELP_KEYS, self.t)), classes="dialog-hint")
