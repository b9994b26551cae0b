"""Every action of the screen in front in the command palette (ctrl+p), named in the UI language.

Over the browser, its actions (`tui.screens.browser`); over a screen with a key table of its own (the figures
view, the review screen), the keys of that table it has an action for. A command runs on the screen the
palette was opened over, exactly as its key would. `Palette` is Textual's palette with the one sentence it
writes itself, "No matches found", in the catalog's words.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.widgets.option_list import Option

from store.folding import fold

from .i18n import Translator
from .keys import APP_KEYS, key_line, spelled


class ActionsProvider(Provider):
    """Offers each key's action as "Description (key)"; runs it as if the key were pressed.

    Matching folds diacritics, so "phuong" finds "Phường/xã".
    """

    def _commands(self) -> list[tuple[str, str, str]]:
        """The actions of the screen the palette was opened over: its own key table (`KEY_TABLE`: the figures
        view's, the review screen's) or the browser's, less those it has no action for: over a dialog or a picker
        the browser's keys would do nothing, so they are not offered."""
        translate = getattr(self.app, "t", None)
        found: list[tuple[str, str, str]] = []
        for spec in getattr(self.screen, "KEY_TABLE", APP_KEYS):
            if not spec.action or not hasattr(self.screen, "action_" + spec.action.split("(")[0]):
                continue
            name = key_line(spec, translate) if isinstance(translate, Translator) else spec.message
            found.append((name, spelled(spec.display), spec.action or ""))
        return found

    async def discover(self) -> Hits:
        for name, key, action in self._commands():
            yield DiscoveryHit(Content(f"{name}  ({key})"), partial(self._run, action), text=name)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(fold(query))
        for name, key, action in self._commands():
            score = matcher.match(fold(f"{name} {action}"))
            if score > 0:
                yield Hit(score, Content(f"{name}  ({key})"), partial(self._run, action), text=name)

    async def _run(self, action: str) -> None:
        """Run on the screen the palette was opened over (the browser screen owns the actions), as its key would;
        a screen whose keys wait while one of its inputs has the focus (the browser's filter bar, its search line)
        is first asked to leave it (`leave_inputs`): the command had done nothing."""
        leave = getattr(self.screen, "leave_inputs", None)
        if callable(leave):
            leave()
        await self.app.run_action(action, self.screen)


class Palette(CommandPalette):
    """The command palette; `none_found` is what it says when nothing matches what was typed."""

    def __init__(self, none_found: str, **options: Any) -> None:
        super().__init__(**options)
        self.none_found = none_found

    def on_mount(self) -> None:
        # Textual adds its English line as an option of the results list, with an id of its own
        results = self.query_one(CommandList)
        add, marker = results.add_option, getattr(self, "_NO_MATCHES", "--no-matches")

        def add_option(option: Any = None) -> Any:
            if isinstance(option, Option) and option.id == marker:
                option = Option(Align.center(Text(self.none_found, style="not bold")), disabled=True, id=marker)
            return add(option)

        results.add_option = add_option  # type: ignore[method-assign]
