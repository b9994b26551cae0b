"""A picker for one facet's values: type to narrow, Enter picks, Escape leaves.

The typing stays in the input while ↑/↓ move the highlight in the list, so
"w lai Enter" picks Lái Thiêu without touching the mouse or Tab.

A facet may offer some 18,000 values. The picker opens with only a screen
of them made and listed (the largest counts first); the others are made a
chunk at a time while the user reads or types, and the list holds at most
`SHOWN` options, growing as the highlight nears its end. A keystroke ranks
the kept folds (`tui.fuzzy`) and, when letters were only added, only among
what the shorter text matched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from ..dialog_keys import PICKER_KEYS, bind_table, show_keys
from ..frames_out import draw_now
from ..fuzzy import Choice, rank_folded
from ..i18n import Translator
from ..safe import visible
from ..widgets.key_hint import KeyHint
from ..widgets.picker_input import PickerInput
from .typeahead import TypeAhead

SHOWN = 20
"""Options listed at first: the list's 16 rows (`#picker-options` in app.tcss) and a few more, so that `NEAR` is
reached only by moving down. Textual's option list measures every option it holds to lay itself out, at each
opening and each letter typed: 40 listed cost some 5 ms of CPU a key more than 20 at 100,000 records (#17)."""
MORE = 100
"""Options added each time the highlight comes within `NEAR` of the end of those listed."""
NEAR = 10
WARM = 500
"""Choices made per turn of the event loop after opening, so that the first typed letter finds them made
(2,000 at a time held the loop 45-60 ms at 100k: a letter typed then waited for them)."""
WARM_AFTER = 0.03
"""Seconds between the frame that shows the picker and the first chunk of warming: the frame is written to the
terminal by Textual's writer thread, which needs the interpreter; warming at once held it from the frame by 10-60 ms
at 100k (#17: a picker's slowest openings)."""
LET_GO = 0.15
"""Seconds a picker stays up at most after its pick was applied early (`early`), waiting for the search."""
ENTER_WAIT = 2.0
"""Seconds at most an Enter typed ahead of the counts waits for them (`hold_picks`): a store slow to answer, or
stuck, then has it pick from the list shown rather than never (read when typed: tests shorten it)."""
ENTER_NOTE = 0.3
"""Seconds an Enter typed ahead waits unsaid: past them the hint line says it waits for the counts (they take
milliseconds on a quiet store; a line flashed at each would be noise)."""
Early = Callable[[str, Callable[[], None]], None]
"""Applies a picked value at once and calls its second argument when the search it started has landed."""


class PickerScreen(TypeAhead, ModalScreen[str | None]):
    """Dismisses with the chosen value, or None."""

    INPUT_ID = "picker-input"

    KEY_TABLE = PICKER_KEYS
    """Its keys: listed by F1 and offered by the palette (`tui.dialog_keys`); Escape and F1 bound from it."""
    BINDINGS = [  # not priority: the input runs them at their turn among the keys typed (`OrderedInput`)
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("pagedown", "move(10)", show=False),
        Binding("pageup", "move(-10)", show=False),
    ]

    def __init__(self, title: str, choices: Sequence[Choice], t: Translator, early: Early | None = None,
                 classes: str = "") -> None:
        super().__init__(classes=f"dialog {classes}".strip())
        self.title_text = title
        self.choices = choices
        self.t = t
        self.early = early
        bind_table(self, self.KEY_TABLE, t)
        """Given, a pick is applied while the picker is still up, and the picker leaves (with None) once the
        search it started has landed: the screen under it is then drawn once, with its rows and counts,
        rather than once bare and again when they come (each a frame of the whole screen)."""
        self.held = False
        """A pick was applied early and the picker waits for its search (`let_go`)."""
        self._batch: contextlib.AbstractContextManager[None] = contextlib.nullcontext()
        """Held, Textual's batch of updates (nothing drawn until it ends)."""
        self.visible_choices: list[Choice] = []
        """The choices listed, in the list's order (at most what has been scrolled to)."""
        self._shown_for = ""
        self._found: Sequence[int] = range(len(choices))
        """Places in `choices` of every match for the text typed, best first."""
        self._matched: tuple[str, Sequence[int]] = ("", self._found)
        """The last typed text and the places it matched: typing on narrows within those only."""
        self._width = 0
        self._warmed = 0
        self._folded: tuple[Sequence[Choice], list[str], list[str]] | None = None
        self._reopened = False
        """`reopen` was called: the next resume starts the picker afresh."""
        self.waiting: str | None = None
        """Said instead of "nothing matches" while more choices are counted (`wait_for`)."""
        self.pending = False
        """The choices listed are to be replaced by others being counted (the counts of a search in flight, the
        ward picker's places of a shared name, `tui.namesakes`, the provinces merged away): an Enter typed
        meanwhile picks from those (`hold_picks`, `settle`), with the moves typed before it (`_steps`)."""
        self.stale = False
        """The counts listed are the previous filter's, this one's having failed (`counts_stale`)."""
        self._deferred = False
        self._waited: Timer | None = None
        """The timer of an Enter typed ahead (`ENTER_WAIT`)."""
        self._steps: list[int] = []
        """The moves typed since the list was last made for a new text: made again for the same text (new counts,
        a new width), the list takes them again (`_relist`), as if it had come before them."""

    def reopen(self, title: str, choices: Sequence[Choice], early: Early | None = None) -> None:
        """Be a new picker, before being pushed again: a screen pushed anew is laid out and drawn three times
        (mounted, resumed, resized), this one once (#17: some 40 ms of the 60 an opening cost at 100k)."""
        self.title_text, self.early, self.held, self.waiting = title, early, False, None
        self.pending = self._deferred = self.stale = False
        self._batch = contextlib.nullcontext()
        self.choices, self._warmed, self._matched = choices, 0, ("", range(len(choices)))
        if self.is_mounted:
            self.query_one(".dialog-title", Label).update(Content(title), layout=False)
            self.query_one("#picker-input", Input).value = ""
            self._refill("")
            self.query_one(KeyHint).say(None)  # a stale count said before (`counts_stale`) is not this one's
            self._reopened = True

    def on_screen_resume(self) -> None:
        if self._reopened:
            self._reopened = False
            self.focus_input()
            self.call_after_refresh(self._warm_later)

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="dialog-box"):
            yield Label(Content(self.title_text), classes="dialog-title")
            yield PickerInput(self._entered, lambda: self.held, placeholder=self.t("picker.placeholder"),
                              id="picker-input", compact=True)
            yield OptionList(id="picker-options", markup=False)
            yield KeyHint(self.t("picker.hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        self._refill("")
        if self.stale:  # said before the picker was first shown
            self.counts_stale()
        self.focus_input()
        # The list's width is known only after the first layout; lay the counts out again then if it differs.
        self.call_after_refresh(self._fit_width)
        self.call_after_refresh(self._warm_later)

    def _fit_width(self) -> None:
        if self._options_width() != self._width:
            self._relist()

    def _warm_later(self) -> None:
        """Warm once the frame just drawn has reached the terminal (see `WARM_AFTER`)."""
        self.set_timer(WARM_AFTER, self._warm)

    def _warm(self) -> None:
        """Make the next chunk of choices (their folds are what a typed letter ranks), then yield to the keys."""
        end = min(len(self.choices), self._warmed + WARM)
        for place in range(self._warmed, end):
            _ = self.choices[place]
        self._warmed = end
        if end < len(self.choices) and self.is_attached:
            self.set_timer(0.001, self._warm)

    def wait_for(self, text: str | None) -> None:
        """Say `text` rather than "nothing matches" while more choices are on their way (None: they came)."""
        self.waiting = text
        if self.is_mounted and not self._found:
            self._relist()

    def hold_picks(self) -> None:
        """Others will replace these choices (`settle`): an Enter typed ahead waits for them, not to pick a value
        they replace (`w tan dinh Enter` had picked every Tân Định, or one of them, as the counts came; `x p bi
        ↓ Enter` nothing, as "bi" matched only provinces merged away, not yet counted)."""
        self.pending = True

    def settle(self, choices: Sequence[Choice] | None) -> None:
        """The choices awaited (None: no others), listed with the highlight where the keys typed ahead put it
        (`_relist`); an Enter typed meanwhile picks from them."""
        self.pending = False
        if choices is not None:
            self.set_choices(choices)
        if self.is_mounted and self._deferred:  # (not mounted: listed when mounted, no Enter typed yet)
            self._pick_deferred()

    def counts_stale(self) -> None:
        """The hint line says the counts listed are the previous filter's: this one's failed (`tui.pickers`)."""
        self.stale = True
        for hint in self.query(KeyHint):  # composed (perhaps still mounting), else said once mounted
            hint.say(self.t("picker.counts_stale"))

    def _wait_over(self) -> None:
        """An Enter typed ahead has waited `ENTER_WAIT` for the counts: it picks from the list shown."""
        if self._deferred and self.is_current:
            self._pick_deferred()

    def _say_waiting(self) -> None:
        """The hint line says the Enter typed ahead waits for the counts (and how to leave)."""
        if self._deferred and self.is_current:
            self.query_one(KeyHint).say(self.t("picker.enter_waits", seconds=self.t.number(ENTER_WAIT)))

    def _undefer(self) -> None:
        """No Enter waits any more: its timer stops and the hint line shows the keys again."""
        self._deferred = False
        if self._waited is not None:
            self._waited.stop()
            self._waited = None
            self.query_one(KeyHint).say(None)

    def _pick_deferred(self) -> None:
        """The Enter typed ahead picks the highlight, or says why nothing is picked (nothing listed)."""
        self._undefer()
        highlighted = self.query_one("#picker-options", OptionList).highlighted
        if highlighted is None or highlighted >= len(self.visible_choices):
            self.app.bell()
            return
        self._pick(highlighted)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """New counts (the search they depend on has landed); what was typed stays."""
        self.choices = choices
        self._warmed = 0
        self._matched = ("", range(len(choices)))
        if self.is_mounted and self.is_attached:
            self._relist()
            self.call_after_refresh(self._warm_later)

    def on_input_changed(self, event: Input.Changed) -> None:
        """List for what the input holds now: a move or Enter typed in the same burst may have listed for it
        already (`_caught_up`), and the text of a message queued behind them is not what was typed last."""
        event.stop()
        self._caught_up()

    def _caught_up(self) -> None:
        """List for the text typed so far if not yet listed: a key typed in a burst behind letters (↓ Enter)
        comes to the picker before their Changed messages, and acts on the list as typing slowly shows it."""
        value = self.query_one("#picker-input", Input).value
        if value != self._shown_for:  # (a reopened picker has listed its choices already)
            self._refill(value)

    def _relist(self) -> None:
        """List again for the text typed (new choices or width) and take again the moves typed since it was
        last listed for a new text: keys typed before the counts came do what they do typed after."""
        value = self.query_one("#picker-input", Input).value
        steps = self._steps if value == self._shown_for else []
        self._refill(value)
        for step in steps:
            self.action_move(step)

    def _refill(self, text: str) -> None:
        self._shown_for = text
        self._steps = []
        self._found = self._rank(text)
        self._matched = (text, self._found)
        self._width = self._options_width()
        options = self.query_one("#picker-options", OptionList)
        self.visible_choices = []
        options.set_options(self._next_options(SHOWN))
        options.highlighted = 0 if self.visible_choices else None

    def _rank(self, text: str) -> Sequence[int]:
        """What `text` matches, best first: among what the text before it matched when it only adds letters
        to it (a choice missing a word typed so far cannot match more words), else among every choice."""
        if not text.strip():
            return range(len(self.choices))
        before, matched = self._matched
        among = sorted(matched) if before.strip() and text.startswith(before) else None  # ties rank as over all
        return rank_folded(text, *self._folds(), among)

    def _folds(self) -> tuple[list[str], list[str]]:
        """Every choice's kept folds as two plain lists, made once per list of choices (the first letter typed
        makes those the warming has not made yet)."""
        if self._folded is None or self._folded[0] is not self.choices:
            self._warmed = len(self.choices)
            self._folded = (self.choices, [c.folded for c in self.choices], [c.folded_label for c in self.choices])
        return self._folded[1], self._folded[2]

    def _next_options(self, count: int) -> list[Option]:
        """Options for the next `count` matches after those listed, and a last line saying how many are left."""
        start = len(self.visible_choices)
        added = [self.choices[place] for place in self._found[start:start + count]]
        self.visible_choices.extend(added)
        prompts = [Option(_prompt(choice, self._width, self.t)) for choice in added]
        left = len(self._found) - len(self.visible_choices)
        if not self._found:
            prompts.append(Option(Content.styled(self.waiting or self.t("picker.nothing"), "dim"), disabled=True))
        elif left > 0:
            prompts.append(Option(Content.styled(self.t("picker.more", count=self.t.number(left)), "dim"),
                                  disabled=True))
        return prompts

    def _options_width(self) -> int:
        """The list's width once laid out; before, what app.tcss will give it (a dialog of 72 cells, at most
        95 % of the screen, less border, padding and scrollbar), so the first list is rarely made twice."""
        laid_out = self.query_one("#picker-options", OptionList).scrollable_content_region.width
        return max(20, laid_out or min(72, int(self.app.size.width * 0.95)) - 5)

    def action_move(self, step: int) -> None:
        self._caught_up()
        self._steps.append(step)
        options = self.query_one("#picker-options", OptionList)
        if not self.visible_choices:  # (kept in `_steps` for the list awaited, if one is)
            return
        wanted = (options.highlighted or 0) + step
        if wanted >= len(self.visible_choices) - NEAR and len(self.visible_choices) < len(self._found):
            self._list_more(options)
        options.highlighted = max(0, min(len(self.visible_choices) - 1, wanted))

    def _list_more(self, options: OptionList) -> None:
        """Replace the "more" line by the next matches (and a new "more" line if some are still left)."""
        options.remove_option_at_index(options.option_count - 1)
        options.add_options(self._next_options(MORE))

    def _entered(self, value: str) -> None:
        """Enter in the input (`PickerInput`), with what was typed before it."""
        if value != self._shown_for:  # Enter typed ahead of the Changed message
            self._refill(value)
        if self.pending:  # the choices are about to change: pick from those (`settle`), or past ENTER_WAIT
            self._deferred = True  # from these
            self._waited = self.set_timer(ENTER_WAIT, self._wait_over, name="enter-wait")
            self.set_timer(ENTER_NOTE, self._say_waiting, name="enter-note")
            return
        self._pick(self.query_one("#picker-options", OptionList).highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._pick(event.option_index)

    def _pick(self, index: int | None) -> None:
        if index is None or index >= len(self.visible_choices) or self.held:
            return
        value = self.visible_choices[index].value
        if self.early is None:
            self.dismiss(value)
            return
        self.held = True  # a key typed meanwhile lets go first (`SurveysApp.on_event`), then goes underneath
        self._batch = self.app.batch_update()  # nothing is drawn meanwhile: the screen underneath changes,
        self._batch.__enter__()  # and each change would have this dialog drawn again over it
        self.early(value, self.let_go)
        self.set_timer(LET_GO, self.let_go)

    def let_go(self) -> None:
        """Leave after an early pick (its search has landed, or `LET_GO` has passed): the screen underneath
        is drawn once, with all that changed meanwhile."""
        if self.held:
            self.held = False
            try:
                self.dismiss(None)
            finally:  # after the screen underneath has handled its resuming (queued by the dismissal)
                self.app.screen.call_later(self._release)

    def _release(self) -> None:
        """The batch held since the pick ends, and the screen underneath draws all of it in one frame at once
        (`draw_now`)."""
        self._batch.__exit__(None, None, None)
        draw_now(self.app.screen)

    def action_leave(self) -> None:
        """Esc: leave now, whatever is awaited; an Enter typed ahead picks nothing after it."""
        self._undefer()
        self.pending = False
        self.dismiss(None)

    def action_help(self) -> None:
        show_keys(self, self.KEY_TABLE, self.t)


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
