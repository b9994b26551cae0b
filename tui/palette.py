"""Every browser action in the command palette (ctrl+p), named in the UI language.

The actions are the browsing screen's (`tui.screens.browser`), so a command runs on the screen the
palette was opened over, exactly as its key would.
"""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from store.folding import fold

from .keys import APP_KEYS


class ActionsProvider(Provider):
    """Offers each key's action as "Description (key)"; runs it as if the key were pressed.

    Matching folds diacritics, so "phuong" finds "Phường/xã".
    """

    def _commands(self) -> list[tuple[str, str, str]]:
        translate = getattr(self.app, "t", None)
        found = []
        for spec in APP_KEYS:
            name = translate(spec.message) if translate else spec.message
            found.append((name, spec.display, spec.action or ""))
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
        """Run on the screen the palette was opened over (the browser screen owns the actions), as its key would."""
        await self.app.run_action(action, self.screen)
