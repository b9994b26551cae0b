"""The merge offer: an article about a visit already stored, and what to do with it.

After review, the import dialog looks for a stored record that the article
probably reports again (`store.extract.duplicates`: the same day, a shared
place, delegation names that agree). `MergeScreen` names that record, lists
the figures it lacks, and lets the reader merge them into it (m), skip the
article (s or Escape) or import it anyway as a new record (i). It dismisses
with "merge", "skip" or "import"; the dialog does the writing, after its
usual report and confirmation.

Record text is shown as plain `Text`, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from ..days import visit_day
from ..i18n import Translator
from ..keys import MERGE_KEYS
from ..kinds import kind_name
from ..safe import visible
from .figure_line import figure_text

CHOICES = ("merge", "skip", "import")


@dataclass
class Offer:
    """A reviewed article that probably reports the stored record `stored` again."""

    label: str
    record: dict[str, Any]
    stored: dict[str, Any]
    figures: list[dict[str, Any]]
    """The article's figures the stored record lacks (same value and unit)."""


class MergeScreen(ModalScreen[str]):
    """Merge the figures a stored record lacks, skip the article, or import it anyway."""

    DEFAULT_CSS = """
    MergeScreen { align: center middle; }
    MergeScreen #merge { width: 100%; max-width: 110; height: 1fr; border: thick $warning; background: $surface;
                         padding: 0 1; }
    MergeScreen #merge-title { text-style: bold; }
    MergeScreen #merge-body { height: 1fr; }
    MergeScreen #merge-buttons { height: auto; align-horizontal: right; }
    MergeScreen #merge-buttons Button { margin-left: 1; }
    """

    def __init__(self, offer: Offer, lang: str = "vi") -> None:
        super().__init__()
        self.offer = offer
        self.t = Translator(lang)
        for spec in MERGE_KEYS:
            if spec.keys == "m" and not offer.figures:
                continue  # nothing to merge: the key is not offered
            self._bindings.bind(spec.keys, spec.action or "", self.t(spec.message), show=bool(spec.footer),
                                key_display=spec.display)

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="merge"):
            yield Static(Text(t("merge.title"), style="bold"), id="merge-title")
            with VerticalScroll(id="merge-body"):
                yield Static(self._body(), id="merge-text")
            with Horizontal(id="merge-buttons"):
                yield Button(t("merge.merge"), id="merge-merge", variant="primary", compact=True,
                             disabled=not self.offer.figures)
                yield Button(t("merge.skip"), id="merge-skip", compact=True)
                yield Button(t("merge.import"), id="merge-import", compact=True)
        yield Footer(compact=True, show_command_palette=False)

    def _body(self) -> Text:
        t, offer, stored = self.t, self.offer, self.offer.stored
        text = Text(t("merge.intro", article=visible(offer.label)) + "\n\n")
        text.append(visible(stored.get("id", "")) + "\n", style="bold")
        said = (visit_day(stored, t.lang) if stored.get("date") else "",
                kind_name(str(stored["kind"]), t) if stored.get("kind") else "", visible(stored.get("body") or ""))
        text.append("  " + " · ".join(part for part in said if part) + "\n")
        places = ", ".join(str(locality.get("name", "")) for locality in stored.get("localities", []))
        if places:
            text.append("  " + visible(places) + "\n")
        text.append("\n")
        if not offer.figures:
            text.append(t("merge.none_lacking") + "\n", style="dim")
            return text
        text.append(t("merge.lacks", count=t.number(len(offer.figures))) + "\n", style="bold")
        for figure in offer.figures:
            text.append("  • " + visible(figure_text(figure, t)) + "\n")
        return text

    def on_mount(self) -> None:
        first = "#merge-merge" if self.offer.figures else "#merge-skip"
        self.query_one(first, Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose((event.button.id or "").removeprefix("merge-"))

    def action_choose(self, choice: str) -> None:
        if choice == "merge" and not self.offer.figures:
            return
        if choice in CHOICES:
            self.dismiss(choice)
