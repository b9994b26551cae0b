"""Every action of the screen in front in the command palette (ctrl+p), named in the UI language.

Over the browser, its actions (`tui.screens.browser`); over a screen with a key table of its own (the figures
view, the review screen), the keys of that table it has an action for. A command runs on the screen the
palette was opened over, exactly as its key would. A command is found by its name in either language and by
the words its catalog entry lists (`<key>.words`): a reader who set the other language by mistake still finds
"ngôn ngữ" / "language", which neither name of the switch ("EN", "VI") says. `Palette` is Textual's palette
with the one sentence it writes itself, "No matches found", in the catalog's words.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits
from textual.content import Content
from textual.system_commands import SystemCommandsProvider
from textual.widgets.option_list import Option

from store.catalog import LANGS
from store.folding import fold

from .i18n import CATALOG, Translator
from .keys import APP_KEYS, KeySpec, key_line, spelled


class ActionsProvider(SystemCommandsProvider):
    """Offers each key's action as "Description (key)"; runs it as if the key were pressed. Then Textual's own
    commands (theme, keys, quit: `SurveysApp.get_system_commands`), as its provider offers them: always after the
    screen's. As two providers they came in the order of a set of classes, which follows their addresses: one run
    listed Textual's first, the next the browser's (tryout s35-tryout7, left 6).

    Matching folds diacritics (đ too), so "phuong" finds "Phường/xã", and ranks as the pickers do
    (`tui.fuzzy.score_words`): every typed word must be found, at the name's start (best), a word's start,
    inside a word, or as letters scattered from a word start (worst). Textual's own matcher took letters
    scattered across the whole name: "xuat" put "Xóa chuyến đang chọn (D)" (x-u-a-t across its words) second.
    """

    def _commands(self, refused_only: bool = False) -> list[Command]:
        """The actions of the screen the palette was opened over: its own key table (`KEY_TABLE`: the figures
        view's, the review screen's) or the browser's, less those it has no action for: over a dialog or a picker
        the browser's keys would do nothing, so they are not offered; nor the edits a read-only store refuses
        (those alone with `refused_only`)."""
        translate = getattr(self.app, "t", None)
        refused: frozenset[str] = getattr(self.screen, "refused_actions", frozenset())  # a read-only store's edits
        found: list[Command] = []
        for spec in getattr(self.screen, "KEY_TABLE", APP_KEYS):
            if not spec.action or not hasattr(self.screen, "action_" + spec.action.split("(")[0]) \
                    or (spec.action in refused) != refused_only:
                continue
            name = key_line(spec, translate) if isinstance(translate, Translator) else spec.message
            found.append((name, spelled(spec.display), spec.action or "", other_words(spec)))
        return found

    async def discover(self) -> Hits:
        for name, key, action, _ in self._commands():
            yield DiscoveryHit(Content(f"{name}  ({key})"), partial(self._run, action), text=name)
        async for hit in super().discover():
            yield hit

    async def search(self, query: str) -> Hits:
        words = fold(query).split()
        for score, (name, key, action, _) in matching(words, self._commands()):
            yield Hit(score, self._marked(words, name, f"  ({key})"), partial(self._run, action), text=name)
        for score, (name, key, _, _) in matching(words, self._commands(refused_only=True)):
            yield self._refused_hit(score, name, key)
        for hit in self._system_hits(words):
            yield hit

    def _system_hits(self, words: list[str]) -> list[Hit]:
        """Textual's own commands found as the screen's are, diacritics folded: Textual's matcher did not fold, so
        "giao dien" found no "Giao diện màu" and "thoat" no "Thoát"."""
        system = {command.title: command for command in self.app.get_system_commands(self.screen)}
        found = matching(words, [(title, "", "", fold(command.help)) for title, command in system.items()])
        hits = []
        for score, (name, _, _, _) in found:
            hits.append(Hit(score, self._marked(words, name), system[name].callback, text=name,
                            help=system[name].help))
        return hits

    def _marked(self, words: list[str], name: str, after: str = "") -> Content:
        """`name` then `after`, the words found in the name marked as Textual's matcher marked them."""
        shown = Content(name + after)
        for start, end in matched_spans(words, name):
            shown = shown.stylize(self.match_style or "bold underline", start, end)
        return shown

    def _refused_hit(self, score: float, name: str, key: str) -> Hit:
        """An edit a read-only store refuses, found by what was typed: listed dim, under every command that acts,
        with why it does nothing; chosen, it says so as its key does. A reader typing "import" had been told "No
        matching command", as if there were no such thing, where the key `i` says the store is read-only: the
        entry says what it is and why it is off, which an empty list or a bare "read-only" line would not."""
        translate = getattr(self.app, "t", None)
        why = translate("palette.refused") if isinstance(translate, Translator) else "read-only store"
        shown = Content(f"{name}  ({key}) — {why}").stylize("dim")
        return Hit(score * 0.5, shown, self._say_refused, text=name)

    async def _say_refused(self) -> None:
        """The note a refused key gives (`SurveyActions.refused`): the store, and that it is read-only."""
        actions = getattr(self.screen, "actions", None)
        refused = getattr(actions, "refused", None)
        if callable(refused):
            refused()

    async def _run(self, action: str) -> None:
        """Run on the screen the palette was opened over (the browser screen owns the actions), as its key would;
        a screen whose keys wait while one of its inputs has the focus (the browser's filter bar, its search line)
        is first asked to leave it (`leave_inputs`): the command had done nothing."""
        leave = getattr(self.screen, "leave_inputs", None)
        if callable(leave):
            leave()
        await self.app.run_action(action, self.screen)


DESTRUCTIVE = frozenset({"delete_survey", "clear_filters", "cancel"})
"""Actions that lose something (a visit, the filters, the review's edits): ranked just under a command matching
the query as well, so a typed word never puts them first by a tie."""


def other_words(spec: KeySpec) -> str:
    """What else the command answers to, folded: its name (and detail) in every language, and the words its catalog
    entry lists (`key.language.words`: "ngôn ngữ", "language"), whichever language the screen is in."""
    entries = [spec.message, spec.message + ".detail", spec.message + ".words"]
    return fold(" ".join(CATALOG[entry][lang] for entry in entries if entry in CATALOG for lang in LANGS))


def command_score(words: list[str], name: str, action: str, also: str = "") -> float | None:
    """How well the folded, split query `words` name the command (0 to 1, higher is better), None for no match.

    The action's id answers too ("export" finds "Xuất" in Vietnamese), and `also` (`other_words`: its name in the
    other language), but letters scattered are looked for in the name only: across the rest they match nearly
    anything. The name shown comes first in what is searched, so a word at its start ranks above the same word
    found only in the other language."""
    if not words:
        return None
    from .fuzzy import score_words  # noqa: PLC0415 - the pickers' matcher, not loaded before the first frame (#17)

    label = fold(name)
    said = score_words(words, f"{label} {fold(action.split('(')[0].replace('_', ' '))} {also}", label)
    if said is None:
        return None
    score = said / (4 * len(words))
    return score * 0.9 if action.split("(")[0] in DESTRUCTIVE else score


Command = tuple[str, str, str, str]
"""A palette command: its line (name — detail), its key, its action, its other words (`other_words`)."""


def matching(words: list[str], commands: list[Command]) -> list[tuple[float, Command]]:
    """The commands the folded, split query `words` find, each with its score (`command_score`).

    A command found only by letters scattered across its detail (the words after " — ") is listed only when no
    command is found without that: "ngon ngu" in Vietnamese had put "Tìm — chữ bất kỳ, lọc ngay khi gõ, không cần
    dấu" (n-g-o-n across "ngay khi gõ, không") and "Sửa", "Theo dõi" under the language switch it names. With
    nothing better, such a match still lists the command rather than nothing."""
    found: list[tuple[float, Command]] = []
    weak: list[tuple[float, Command]] = []
    for command in commands:
        name, _, action, also = command
        score = command_score(words, name, action, also)
        if score is None:
            continue
        # its name alone for the scattered letters: the detail's words are still in `also`, whole
        by_name = command_score(words, name.split(" — ")[0], action, also) is not None
        (found if by_name else weak).append((score, command))
    return found or weak


def matched_spans(words: list[str], name: str) -> list[tuple[int, int]]:
    """Where in `name` each folded word was found (a word's start first, else anywhere; none for letters scattered):
    folding keeps a name's length, so a place in the fold is the place in the name."""
    label, found = fold(name), []
    for word in words:
        after_space = label.find(" " + word)
        if label.startswith(word):
            start = 0
        elif after_space >= 0:
            start = after_space + 1
        elif word in label:
            start = label.find(word)
        else:
            continue
        found.append((start, start + len(word)))
    return found


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
