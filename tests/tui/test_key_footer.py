"""The footer (`tui.widgets.key_footer`) is composed again only when the keys it shows change.

Textual's own footer recomposes on every "bindings may have changed" signal (each focus change, resize,
screen resumed); at launch that was eight recomposes on the thread drawing the first rows (#17).
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from tui.widgets.key_footer import KeyFooter


class Counting(KeyFooter):
    composed = 0

    def compose(self) -> ComposeResult:
        Counting.composed += 1
        return super().compose()


class Keys(App[None]):
    BINDINGS = [Binding("a", "one", "One"), Binding("b", "two", "Two")]

    def __init__(self) -> None:
        super().__init__()
        self.second = True

    def compose(self) -> ComposeResult:
        yield Static("body")
        yield Counting(show_command_palette=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.second if action == "two" else True  # False: the key is left out of the footer

    def action_one(self) -> None: ...
    def action_two(self) -> None: ...


def shown(app: Keys) -> list[str]:
    return [str(key.description) for key in app.query("FooterKey")]  # type: ignore[attr-defined]


async def test_signals_that_change_no_key_compose_nothing_and_a_changed_key_composes_once() -> None:
    app = Keys()
    async with app.run_test() as pilot:
        await pilot.pause()
        settled = Counting.composed
        assert shown(app) == ["One", "Two"]
        keys = list(app.query("FooterKey"))
        for _ in range(5):  # what focus changes and resizes do at launch
            app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert Counting.composed == settled and list(app.query("FooterKey")) == keys
        app.second = False  # the second key is now off: the footer must leave it out
        app.screen.refresh_bindings()
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert Counting.composed == settled + 1
        assert shown(app) == ["One"]
