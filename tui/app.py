"""The browser: what a council staffer sees when they type `surveys`.

The app is small on purpose. It makes the one shared state
(`tui.state.BrowserState`: the store, the filter and sort, the open catalog,
the search on screen, the language) and hands it to its one screen,
`tui.screens.browser.BrowserScreen`, which composes the widgets and keeps
them in step with it. What happens behind a key lives with the concept it
belongs to: opening the store (`tui.loading`), searching and paging
(`tui.searching`), the filter dialogs (`tui.pickers`, `tui.choices`) and the
dialogs on the surveys shown with their jobs (`tui.survey_actions`). The
app itself keeps what is the whole program's: Textual's own commands and
notes in the UI language, and the command palette (`tui.palette`).

The properties at the end let tests and benchmarks read the state and the
widgets through the app, as `app.found` or `app.survey_list`.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from textual import events
from textual.app import App, SystemCommand
from textual.await_complete import AwaitComplete
from textual.driver import Driver
from textual.notifications import Notify, SeverityLevel
from textual.screen import Screen

from store.paths import is_default, store_location
from store.query import Filter

from .early_keys import FirstFrames
from .first_frame import hold_collector
from .frames_out import FramesOut, counting, nothing_to_draw
from .key_collector import KeyCollector
from .palette import ActionsProvider, Palette
from .screens.browser import BrowserScreen
from .state import BrowserState
from .toasts import Toasts

if TYPE_CHECKING:
    from rich.console import RenderableType

    from .model import Catalog, Found
    from .widgets.details import DetailsPane
    from .widgets.facets import FacetPanel
    from .widgets.filter_bar import FilterBar
    from .widgets.survey_list import SurveyList


class SurveysApp(App[None]):
    CSS_PATH = "app.tcss"
    COMMANDS = {ActionsProvider}
    """One provider, which offers Textual's own commands after the screen's (`tui.palette`): with two, the palette's
    first lines were whichever provider its set of classes listed first, by their addresses (tryout s35, left 6)."""

    def __init__(self, store_path: Path | str, lang: str | None = "en",
                 records: list[dict[str, Any]] | None = None) -> None:
        """`store_path` is a file or a `postgresql://` URL; `lang` None: the language last chosen in the browser
        (`L`), else the locale's; `records` skips reading the store (tests), the store path still locates settings
        and imports."""
        self.frames_out = FramesOut()
        """What has been handed to the terminal and what of it is written (set before Textual asks for the
        driver, in `App.__init__`: `get_driver_class`)."""
        super().__init__()
        self.state = BrowserState.open(store_path, lang, records)
        self.t = self.state.t
        self.title = self.t("title")
        self.browser = BrowserScreen(self.state)
        self.toasts = Toasts(self.post_message, super().clear_notifications, lambda: len(self.screen_stack),
                             lambda: min(60, self.size.width // 2) - 3)  # Textual's Toast: its width, edge, padding
        """The notes shown lately: held under a screen opened after them, said again when `L` switches."""
        self.key_collector = KeyCollector(self, lambda: self.browser.is_idle, lambda: len(self.screen_stack) == 1,
                                          lambda: nothing_to_draw(self.screen) and self.frames_out.out())
        """Off unless the `surveys` command turns it on (`run_browser`): tests keep Python's collector as is."""
        self.first_frames = FirstFrames()
        """When each screen first showed itself: a key typed before its front screen did is dropped."""

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver, its writes to the terminal counted (`tui.frames_out`: the key collector's sweep waits
        for the frame that answers a key to be written)."""
        return counting(super().get_driver_class(), self.frames_out)

    def get_default_screen(self) -> Screen[Any]:
        return self.browser

    async def on_event(self, event: events.Event) -> None:
        """A key typed while a picker waits for the search of its pick (`PickerScreen.early`) lets it go first,
        and then goes where it would have gone without the picker: to the browser underneath. A key or paste read
        before the screen in front had shown itself is dropped (`tui.early_keys`): it was not meant for it (a
        navigation key of the review is held, and replayed once it shows)."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            self.key_collector.key()  # the collector waits for the pause after the keys (`tui.key_collector`)
            if getattr(self.screen, "held", False):
                self.screen.let_go()  # type: ignore[attr-defined]
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded \
                and self.first_frames.too_early(event, self.screen, self.browser):
            return
        await super().on_event(event)

    def _display(self, screen: Screen[Any], renderable: RenderableType | None) -> None:
        """Textual's, noting when each screen's first frame goes to the terminal (`tui.early_keys`)."""
        super()._display(screen, renderable)
        if renderable is not None and not self._batch_count and self.first_frames.drawn(screen):
            self.call_later(self._replay, screen)  # after the keys already queued, some of them read before the frame

    async def _replay(self, screen: Screen[Any]) -> None:
        """The navigation keys `screen` held while it loaded (`tui.early_keys`), now it shows, if still in front."""
        for key in self.first_frames.replay(screen):
            if self.screen is screen:
                await super().on_event(key)

    @property
    def lang(self) -> str:
        """The interface language now (`L` switches it: `tui.language`)."""
        return self.state.lang

    # -- Textual's own words, in the UI language ------------------------------
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        t = self.t
        yield SystemCommand(t("sys.theme"), t("sys.theme.help"), self.action_change_theme)
        yield SystemCommand(t("sys.quit"), t("sys.quit.help"), self.action_quit)
        # our help (the screen's keys, in the UI language), not Textual's key panel, whose words are English;
        # over a screen without help of its own the browser's would list keys that do nothing there
        shown = getattr(screen, "action_help", None)
        if callable(shown):
            yield SystemCommand(t("sys.keys"), t("sys.keys.show"), shown)

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette  # noqa: PLC0415 - only when asked for

        if self.use_command_palette and not CommandPalette.is_open(cast("App[object]", self)):
            self.push_screen(Palette(self.t("palette.none_found"), placeholder=self.t("palette.placeholder"),
                                     id="--command-palette"))

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Textual's note, kept off the screens opened after it and said again when `L` switches the language
        (`tui.toasts`, which hands it to Textual)."""
        timeout = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        self.toasts.said(self.t, message, title, severity, timeout, markup)

    def on_notify(self, event: Notify) -> None:
        if not self.toasts.drawn(event.notification):
            event.prevent_default()  # held under a screen pushed since it was said: Textual would draw it over that

    def clear_notifications(self) -> None:
        self.toasts.cleared()
        super().clear_notifications()

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        """Textual's, then the notes on screen wait under the new screen (`tui.toasts`: they would stand over its
        bottom edge, a dialog's buttons)."""
        pushed = super().push_screen(*args, **kwargs)
        self.toasts.covered()
        return pushed

    def pop_screen(self) -> AwaitComplete:
        """Textual's (a dialog's `dismiss` too), then the notes it covered come back for the rest of their time."""
        popped = super().pop_screen()
        self.toasts.uncovered(self.t)
        return popped

    def action_help_quit(self) -> None:
        """ctrl+c: say how to quit, in the UI language (Textual's own note is English)."""
        self.notify(self.t("quit.hint"), title=self.t("quit.title"), markup=False)

    # -- the state and the widgets, read through the app ----------------------
    @property
    def store_location(self) -> str:
        return self.state.store.location

    @property
    def store_label(self) -> str:
        return self.state.store.label

    @property
    def store_path(self) -> Path:
        return self.state.store.path

    @property
    def ask_before_creating(self) -> bool:
        return self.state.ask_before_creating

    @ask_before_creating.setter
    def ask_before_creating(self, ask: bool) -> None:
        self.state.ask_before_creating = ask

    @property
    def active_filter(self) -> Filter:
        return self.state.filter

    @property
    def sort_order(self) -> str:
        return self.state.sort

    @property
    def catalog(self) -> Catalog | None:
        return self.state.catalog

    @property
    def found(self) -> Found | None:
        return self.state.found

    @property
    def load_error(self) -> str | None:
        return self.state.load_error

    @property
    def is_listed(self) -> bool:
        """The list shows the store's records (from an index that may be stale while a new one is built)."""
        return self.state.listed

    @property
    def is_idle(self) -> bool:
        """Nothing loading, no search in flight, no typed search waiting (tests wait for this)."""
        return self.browser.is_idle

    def record(self, position: int) -> dict[str, Any]:
        return self.state.record(position)

    def view_records(self) -> list[dict[str, Any]]:
        return self.state.view_records()

    def apply_filter(self, query: Filter) -> None:
        self.browser.apply_filter(query)

    @property
    def survey_list(self) -> SurveyList:
        return self.browser.survey_list

    @property
    def details(self) -> DetailsPane:
        return self.browser.details

    @property
    def facets(self) -> FacetPanel:
        return self.browser.facets

    @property
    def filter_bar(self) -> FilterBar:
        return self.browser.filter_bar


def run_browser(args: argparse.Namespace, collector_held: bool = False) -> int:
    """Entry point for `surveys` with no command; `collector_held`: the command turned Python's cyclic collector
    off for the launch, to be turned on once the first frame is drawn (`tui.first_frame`)."""
    if collector_held:
        hold_collector()
    # --lang wins; without it the language last chosen in the browser, else the locale's (`BrowserState.open`)
    app = SurveysApp(store_location(getattr(args, "db", None)), lang=getattr(args, "lang", None))
    app.ask_before_creating = not is_default(getattr(args, "db", None))
    app.key_collector.active = True
    try:
        app.run()
    finally:
        app.key_collector.release()
    return app.return_code or 0
