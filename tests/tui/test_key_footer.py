"""The footer (`tui.widgets.key_footer`): one widget drawing every key, drawn again only when its keys change.

Textual's own footer is a widget per key, made again on every "bindings may have changed" signal (each focus
change, resize, screen resumed); at launch that was 14 widgets and eight recomposes on the thread drawing the
first rows (#17). The one-widget footer must still show, dim and press the keys as Textual's did.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.widgets.key_footer import KeyFooter, pack


class Counting(KeyFooter):
    drawn = 0

    def render(self) -> Text:
        Counting.drawn += 1
        return super().render()


class Keys(App[None]):
    BINDINGS = [Binding("a", "one", "One"), Binding("b", "two", "Two"), Binding("c", "three", "Three")]

    def __init__(self) -> None:
        super().__init__()
        self.second = True
        self.third = True
        self.done: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("body")
        yield Counting()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "two":
            return self.second  # False: the key is left out of the footer
        if action == "three":
            return True if self.third else None  # None: shown, dimmed, does nothing
        return True

    def action_one(self) -> None:
        self.done.append("one")

    def action_two(self) -> None:
        self.done.append("two")

    def action_three(self) -> None:
        self.done.append("three")


def footer(app: Keys) -> KeyFooter:
    return app.query_one(KeyFooter)


def shown(app: Keys) -> list[str]:
    return [key.description for key in footer(app).keys]


async def test_signals_that_change_no_key_draw_nothing_and_a_changed_key_draws_once() -> None:
    app = Keys()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert shown(app) == ["One", "Two", "Three"]
        assert str(footer(app).render()) == "a One b Two c Three"
        drawn = Counting.drawn
        for _ in range(5):  # what focus changes and resizes do at launch
            app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert Counting.drawn == drawn
        app.second = False  # the second key is now off: the footer must leave it out
        app.screen.refresh_bindings()
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert Counting.drawn == drawn + 1
        assert shown(app) == ["One", "Three"]
        assert str(footer(app).render()) == "a One c Three"


async def test_a_click_presses_its_key_and_a_disabled_key_is_dimmed_and_only_rings() -> None:
    app = Keys()
    async with app.run_test() as pilot:
        await pilot.pause()
        line = footer(app).render()
        start = str(line).index("b Two")
        await pilot.click(KeyFooter, offset=(start + 2, 0))
        await pilot.pause()
        assert app.done == ["two"]
        await pilot.click(KeyFooter, offset=(start - 1, 0))  # the gap between two keys presses nothing
        await pilot.pause()
        assert app.done == ["two"]
        app.third = False
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        line = footer(app).render()
        third = str(line).index("c Three")
        dimmed = [(span.start, span.end) for span in line.spans if getattr(span.style, "dim", False)]
        assert dimmed == [(third, third + len("c Three"))]
        await pilot.click(KeyFooter, offset=(third, 0))
        await pilot.pause()
        assert app.done == ["two"]


async def test_the_key_under_the_mouse_is_highlighted() -> None:
    app = Keys()
    async with app.run_test() as pilot:
        await pilot.pause()
        plain = footer(app).render()
        await pilot.hover(KeyFooter, offset=(str(plain).index("b Two"), 0))
        await pilot.pause()
        assert footer(app).key_at(str(plain).index("b Two")) == 1
        hovered = footer(app).render()
        assert str(hovered) == str(plain)
        assert hovered.spans != plain.spans  # the hovered key is drawn on the highlight


class Dialog(ModalScreen[None]):
    """A dialog over the keys' screen: see-through (dimming it) unless `hides`."""

    def __init__(self, hides: bool) -> None:
        super().__init__()
        self.styles.background = "black" if hides else "black 60%"

    def compose(self) -> ComposeResult:
        yield Static("dialog")


async def test_hidden_under_a_see_through_dialog_and_left_as_it_is_under_one_that_hides_the_screen() -> None:
    """Shown again after a dialog that hid the screen, the footer would be drawn anew in the frame that answers
    the dialog (a picker's Enter, #17): it is left as it was, and its line is reused."""
    app = Keys()
    async with app.run_test() as pilot:
        await pilot.pause()
        await app.push_screen(Dialog(hides=False))
        await pilot.pause()
        assert footer(app).styles.visibility == "hidden"
        app.pop_screen()
        await pilot.pause()
        await pilot.pause()
        assert footer(app).styles.visibility == "visible"
        drawn = Counting.drawn
        await app.push_screen(Dialog(hides=True))
        await pilot.pause()
        assert footer(app).styles.visibility == "visible"
        app.pop_screen()
        await pilot.pause()
        await pilot.pause()
        assert footer(app).styles.visibility == "visible" and Counting.drawn == drawn


def test_keys_wrap_at_key_boundaries_in_their_order() -> None:
    """Each key's cells include the one after it; a line takes the next keys while they fit, whole."""
    assert pack([6, 6, 8], 12, 2) == ((0, 1), (2,))
    assert pack([6, 6, 8], 20, 2) == ((0, 1, 2),)  # one line when they fit on one: no second line for nothing
    assert pack([6, 6, 8], 11, 2) == ((0,), (1, 2))  # the second key would end past the edge: it starts line two
    assert pack([6, 6, 8], 12, 1) == ((0, 1, 2),)  # one line allowed: the rest stays on it, cut at the edge
    assert pack([6, 6, 8, 5], 12, 2) == ((0, 1), (2, 3))  # the last line keeps what is left
    assert pack([], 80, 2) == ()


async def test_on_two_lines_the_mouse_finds_the_key_by_x_and_y() -> None:
    """Given a second line (`fit`), the footer wraps its keys and a click or the mouse on line two finds its key
    there, not the key at the same cell of line one."""
    app = Keys()
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        drawn = Counting.drawn
        footer(app).fit(12, 2)
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert footer(app).rows == ((0, 1), (2,)) and footer(app).size.height == 2
        assert Counting.drawn == drawn + 1  # the keys are the same; their lines changed: drawn once
        assert str(footer(app).render()) == "a One b Two\nc Three"
        assert [footer(app).key_at(x, 0) for x in (0, 4, 5, 6, 10, 11)] == [0, 0, None, 1, 1, None]
        assert [footer(app).key_at(x, 1) for x in (0, 6, 7)] == [2, 2, None]
        await pilot.click(KeyFooter, offset=(2, 1))
        await pilot.pause()
        assert app.done == ["three"]
        await pilot.click(KeyFooter, offset=(8, 0))
        await pilot.pause()
        assert app.done == ["three", "two"]
        plain = footer(app).render()
        await pilot.hover(KeyFooter, offset=(3, 1))
        await pilot.pause()
        hovered = footer(app).render()
        assert str(hovered) == str(plain) and hovered.spans != plain.spans
        drawn = Counting.drawn
        for _ in range(3):  # signals that change no key and no line draw nothing
            app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert Counting.drawn == drawn
        footer(app).fit(40, 1)  # back to one line: the height follows at once
        app.screen.refresh_bindings()
        await pilot.pause()
        await pilot.pause()
        assert footer(app).rows == ((0, 1, 2),) and footer(app).size.height == 1
