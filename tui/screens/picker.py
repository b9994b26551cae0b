"""A picker for one facet's values: type to narrow, Enter picks, Escape leaves.

The typing stays in the input while ↑/↓ move the highlight in the list, so
"w lai Enter" picks Lái Thiêu without touching the mouse or Tab.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ..fuzzy import Choice, rank
from ..i18n import Translator
from ..safe import visible
from .typeahead import TypeAhead

SHOWN = 200


class PickerScreen(TypeAhead, ModalScreen[str | None]):
    """Dismisses with the chosen value, or None."""

    INPUT_ID = "picker-input"

    BINDINGS = [
        Binding("escape", "leave", show=False),
        Binding("down", "move(1)", show=False, priority=True),
        Binding("up", "move(-1)", show=False, priority=True),
        Binding("pagedown", "move(10)", show=False, priority=True),
        Binding("pageup", "move(-10)", show=False, priority=True),
    ]

    def __init__(self, title: str, choices: list[Choice], t: Translator) -> None:
        super().__init__(classes="dialog")
        self.title_text = title
        self.choices = choices
        self.t = t
        self.visible_choices: list[Choice] = []
        self._shown_for = ""
        self._matched: tuple[str, list[Choice]] = ("", choices)
        """The last typed text and every choice it matched: typing on narrows within those only."""
        self._position = {id(choice): i for i, choice in enumerate(choices)}

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="dialog-box"):
            yield Label(Content(self.title_text), classes="dialog-title")
            yield Input(placeholder=self.t("picker.placeholder"), id="picker-input", compact=True)
            yield OptionList(id="picker-options", markup=False)
            yield Label(Content(self.t("picker.hint")), classes="dialog-hint")

    def on_mount(self) -> None:
        self._refill("")
        self.focus_input()
        # The list's width is known only after the first layout; lay the counts out again then.
        self.call_after_refresh(lambda: self._refill(self.query_one("#picker-input", Input).value))

    def set_choices(self, choices: list[Choice]) -> None:
        """New counts (the search they depend on has landed); what was typed stays."""
        self.choices = choices
        self._matched = ("", choices)
        self._position = {id(choice): i for i, choice in enumerate(choices)}
        if self.is_mounted and self.is_attached:
            self._refill(self.query_one("#picker-input", Input).value)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._refill(event.value)

    def _refill(self, text: str) -> None:
        self._shown_for = text
        found = rank(text, self._candidates(text))
        self._matched = (text, found)
        self.visible_choices = found[:SHOWN]
        options = self.query_one("#picker-options", OptionList)
        width = max(20, options.scrollable_content_region.width or 60)
        prompts: list[Option] = [Option(_prompt(choice, width, self.t)) for choice in self.visible_choices]
        if not found:
            prompts.append(Option(Content.styled(self.t("picker.nothing"), "dim"), disabled=True))
        elif len(found) > SHOWN:
            prompts.append(Option(Content.styled(self.t("picker.more", count=self.t.number(len(found) - SHOWN)), "dim"),
                                  disabled=True))
        options.set_options(prompts)
        options.highlighted = 0 if self.visible_choices else None

    def _candidates(self, text: str) -> list[Choice]:
        """What `text` can match: what the text before it matched when it only adds letters to it
        (a choice missing a word typed so far cannot match more words), else every choice."""
        before, matched = self._matched
        if before.strip() and text.startswith(before):
            return sorted(matched, key=lambda choice: self._position[id(choice)])  # ties rank as over all
        return self.choices

    def action_move(self, step: int) -> None:
        options = self.query_one("#picker-options", OptionList)
        if not self.visible_choices:
            return
        current = options.highlighted or 0
        options.highlighted = max(0, min(len(self.visible_choices) - 1, current + step))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value != self._shown_for:  # Enter typed ahead of the Changed message
            self._refill(event.value)
        self._pick(self.query_one("#picker-options", OptionList).highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick(event.option_index)

    def _pick(self, index: int | None) -> None:
        if index is not None and index < len(self.visible_choices):
            self.dismiss(self.visible_choices[index].value)

    def action_leave(self) -> None:
        self.dismiss(None)


def _prompt(choice: Choice, width: int, t: Translator) -> Content:
    number = t.number(choice.count)
    label = visible(choice.label)
    detail = f"  {visible(choice.detail)}" if choice.detail else ""
    room = max(1, width - len(number) - 2)
    text = label + detail
    if len(text) > room:
        text = text[: room - 1] + "…"
    cut = min(len(label), len(text))
    return Content.assemble(
        (text[:cut], "bold"), (text[cut:], "dim"), " " * (width - len(text) - len(number)), (number, "dim"),
    )
