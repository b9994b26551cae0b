"""What the review screen says beside a value: how sure the draft is of it, and what `check` would flag.

Kept apart from the screen (which holds the flow) so that the wording is in
one place. All text is plain `Text`, never markup.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text

from store.extract import Draft

from ..i18n import Translator
from ..safe import visible


def certainty_text(draft: Draft, path: str | None, t: Translator) -> Text | None:
    """How sure the draft is of the value at `path` and why: an inferred year, a bound, a same-name ward."""
    said = draft.certainty.get(path) if path else None
    if not said:
        return None
    return Text(f"{t('review.certainty')}: {visible(said)}", style="yellow")


def flag_line(messages: list[str], t: Translator) -> Text:
    """What `check` would say about one figure as it now stands; empty when nothing."""
    if not messages:
        return Text()
    return Text(f"{t('review.flag')}: {visible('; '.join(messages))}", style="bold red")


def check_lines(record: dict[str, Any], lang: str) -> str:
    """What `surveys check` would flag in `record`, one line per figure; empty when nothing."""
    probe = Draft(record)
    return "\n".join(f"figures[{index}] {visible(record['figures'][index].get('label', ''))}: "
                     f"{visible('; '.join(messages))}"
                     for index, messages in sorted(probe.refresh_flags(lang).items()))
