"""The line under each value of the review screen: the sentence it was read from, the rule that read it.

Kept apart from the screen, which holds the flow. Lines are made in screen
order, because a sentence already shown just above is said as "same as
above" rather than repeated. A value with no sentence says what the screen
gives (`no_sentence`: the correction screen names the value's recorded
origin). Plain `Text`, never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text

from store import provenance
from store.extract import Draft

from ..i18n import Translator
from ..safe import visible
from .review_notes import rule_text


class SourceLines:
    """Makes the source lines of one draft, in screen order."""

    def __init__(self, draft: Draft, t: Translator, before: dict[str, dict[str, Any]],
                 no_sentence: Callable[[str | None], str]) -> None:
        self.draft, self.t, self.before, self.no_sentence = draft, t, before, no_sentence
        self.words = t.words("review")
        self.last: str | None = None
        """The sentence shown last: the next line that would repeat it says "same as above"."""

    def line(self, path: str, also: str | None = None, empty: bool = False) -> Text:
        """The line of the value at `path`; `also`, a value shown with it (the date's certainty) read elsewhere;
        `empty`: the field shows nothing, and with no sentence, rule or origin behind it the line is empty too."""
        text = self.text(path, empty=empty)
        other = self.draft.source_of(also) if also else None
        if other and other != self.draft.source_of(path):
            text.append("\n" + self.words["dated_by"] + ": ")
            text.append(visible(other))
            self.last = other  # "same as above" means the sentence just shown
        return text

    def text(self, path: str | None, added: bool = False, empty: bool = False) -> Text:
        """The line of the value at `path` (None, `added`: a row the reviewer added)."""
        if added:
            return Text(f"{self.words['source']}: {self.words['added']}")
        sentence = self.draft.source_of(path) if path else None
        rule = self.draft.rules.get(path) if path else None
        if empty and not sentence and not rule and not self.before.get(path or ""):
            return Text()  # an empty field: five "Source: (no source sentence)" lines said nothing (tryout8)
        text = Text()
        if path and self.before.get(path, {}).get("by") == provenance.PERSON:  # a reopened draft's earlier edit
            text.append(f"✎ {self.words['edited_before']} · ", style="magenta")
        text.append(f"{self.words['source']}: ")
        if not sentence:
            text.append(self.no_sentence(path))
        elif sentence == self.last:
            text.append(self.words["same"])
        else:
            self.last = sentence
            text.append(visible(sentence))
        if rule:
            text.append(f" · {self.words['rule']}: {visible(rule_text(rule, self.t))}", style="dim")
        return text
