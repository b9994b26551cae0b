"""The merge offer: an article about a visit already stored, and what to do with it.

After review, the import dialog looks for a stored record the article could
add to (`store.extract.merge_offers`): the one under the article's own id,
when the article has figures, recommendations or directions it lacks, else
one the article probably reports again (the same day, a shared place,
delegation names that agree). `MergeScreen` names that record, lists what it
lacks, and lets the reader merge that into it (m), skip the article (s or
Escape) or import it anyway as a new record (i; not offered under the stored
record's own id, which the import would skip). F1 lists the keys. It
dismisses with "merge", "skip" or "import"; the dialog does the writing.

Record text is shown as plain `Text`, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from ..days import visit_day
from ..i18n import Translator
from ..keys import MERGE_KEYS, KeySpec
from ..kinds import kind_name
from ..safe import visible
from ..widgets.hanging import Hanging
from .figure_line import figure_text
from .help import HelpScreen

CHOICES = ("merge", "skip", "import")
BATCH_WORDS = frozenset({"merge.key.merge", "merge.merge", "merge.none_lacking", "merge.lacks", "merge.lacks_items"})
"""The words said otherwise when the record offered is an earlier article's of this import (`Offer.earlier`)."""


@dataclass
class Offer:
    """A reviewed article that probably reports the stored record `stored` again."""

    label: str
    record: dict[str, Any]
    stored: dict[str, Any]
    figures: list[dict[str, Any]]
    """The article's figures the stored record lacks (same value and unit)."""
    items: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """The article's recommendations and directions the stored record lacks, each with its list's name."""
    same_id: bool = False
    """The stored record has the article's own id (the import would skip it as stored already)."""
    earlier: str | None = None
    """The label of the article reviewed earlier in this import whose record `stored` is (not stored yet: the
    import writes it first, then the merge); None when `stored` is in the store."""

    @property
    def adds(self) -> bool:
        """Something to merge."""
        return bool(self.figures or self.items)


class MergeScreen(ModalScreen[str]):
    """Merge the figures a stored record lacks, skip the article, or import it anyway."""

    DEFAULT_CSS = """
    MergeScreen { align: center middle; }
    MergeScreen #merge { width: 100%; max-width: 110; height: auto; max-height: 100%; border: thick $warning;
                         background: $surface; padding: 0 1; }
    MergeScreen #merge-title { text-style: bold; }
    MergeScreen #merge-body { height: auto; max-height: 75vh; }  /* sized to what it lists, scrolling past that */
    MergeScreen #merge-buttons { height: auto; align-horizontal: right; }
    MergeScreen #merge-buttons Button { margin-left: 1; }
    """

    KEY_TABLE: tuple[KeySpec, ...] = MERGE_KEYS
    """Its footer, its help (F1) and its palette entries (`tui.palette`)."""

    def __init__(self, offer: Offer, lang: str = "vi") -> None:
        super().__init__()
        self.offer = offer
        self.t = Translator(lang)
        self.KEY_TABLE = tuple(spec for spec in MERGE_KEYS if not spec.action or self._offered(spec.action))
        """This offer's keys: a choice not offered (nothing to merge, no new record under a stored id) is not bound,
        nor listed by F1 or the palette."""
        for spec in self.KEY_TABLE:
            if spec.action:  # Tab and Enter are the buttons'
                self._bindings.bind(spec.keys, spec.action, self.t(self._word(spec.message)), show=bool(spec.footer),
                                    key_display=spec.display)

    def _offered(self, action: str) -> bool:
        if action == "choose('merge')":
            return self.offer.adds
        return action != "choose('import')" or not (self.offer.same_id or self.offer.earlier)

    def compose(self) -> ComposeResult:
        t = self.t
        with Vertical(id="merge"):
            yield Static(Text(t(self._said("title")), style="bold"), id="merge-title")
            with VerticalScroll(id="merge-body"):
                yield Static(Hanging(self._body()), id="merge-text")  # a long item hangs under its bullet
            with Horizontal(id="merge-buttons"):
                yield Button(t(self._word("merge.merge")), id="merge-merge", variant="primary", compact=True,
                             disabled=not self.offer.adds)
                yield Button(t("merge.skip"), id="merge-skip", compact=True)
                if self._offered("choose('import')"):
                    yield Button(t("merge.import"), id="merge-import", compact=True)
        yield Footer(compact=True, show_command_palette=False)

    def _said(self, what: str) -> str:
        """The key of the title or intro: for an article of this import, a stored record's under its id, or one's
        the article probably reports again."""
        return f"merge.{what}_batch" if self.offer.earlier else f"merge.{what}_same_id" if self.offer.same_id \
            else f"merge.{what}"

    def _word(self, key: str) -> str:
        """`key`, or its "_batch" form for an article of this import: its record is not stored yet ("Gộp vào bản đã
        lưu" had offered to merge into a stored record the store did not hold)."""
        return f"{key}_batch" if self.offer.earlier and key in BATCH_WORDS else key

    def _body(self) -> Text:
        t, offer, stored = self.t, self.offer, self.offer.stored
        text = Text(t(self._said("intro"), article=visible(offer.label), earlier=visible(offer.earlier or "")) + "\n\n")
        text.append(visible(stored.get("id", "")) + "\n", style="bold")
        said = (visit_day(stored, t.lang) if stored.get("date") else "",
                kind_name(str(stored["kind"]), t) if stored.get("kind") else "", visible(stored.get("body") or ""))
        text.append("  " + " · ".join(part for part in said if part) + "\n")
        places = ", ".join(str(locality.get("name", "")) for locality in stored.get("localities", []))
        if places:
            text.append("  " + visible(places) + "\n")
        text.append("\n")
        if not offer.adds:
            text.append(t(self._word("merge.none_lacking")) + "\n", style="dim")
            return text
        if offer.figures:
            text.append(t(self._word("merge.lacks"), count=t.number(len(offer.figures))) + "\n", style="bold")
            for figure in offer.figures:
                text.append("  • " + visible(figure_text(figure, t)) + "\n")
        if offer.items:
            text.append(t(self._word("merge.lacks_items"), count=t.number(len(offer.items))) + "\n", style="bold")
            for name, item in offer.items:
                text.append("  • " + visible(f"{t('followup.' + name)}: {item.get('text', '')}") + "\n")
        return text

    def on_mount(self) -> None:
        first = "#merge-merge" if self.offer.adds else "#merge-skip"
        self.query_one(first, Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose((event.button.id or "").removeprefix("merge-"))

    def action_choose(self, choice: str) -> None:
        if choice in CHOICES and self._offered(f"choose('{choice}')"):
            self.dismiss(choice)

    def action_help(self) -> None:
        """F1: these keys, and what a merge does and does not do."""
        self.app.push_screen(HelpScreen(self.t, self.KEY_TABLE, "merge.help_notes"))
