"""The review screen's words: `review.<word>` in the catalog (`tui/i18n.py`), gathered in the screen's language."""

from __future__ import annotations

from ..i18n import Translator

WORDS = (
    "title", "source", "none", "added", "date", "date_certainty", "kind", "body", "leader", "leader_title", "topics",
    "summary", "id", "localities", "figures", "recommendations", "directions", "keep", "label", "value", "unit",
    "text", "to", "add_locality", "add", "save", "cancel", "problems", "warnings", "certainty_blank", "unknown_place",
    "bad_date", "bad_value", "unknown_topic", "notes", "same",
    "whole", "difficulties", "people", "name", "role", "locality", "edited", "place_unit", "place_district",
    "place_province", "qualifier", "period_from", "period_to", "figure_place", "source_section", "source_outlet",
    "source_author", "source_url", "source_published", "source_title", "notes_hint", "dated_by", "rule",
)
"""Every word the screen looks up by name (`words["keep"]`); messages with values go through `t()` directly."""


def words_for(t: Translator) -> dict[str, str]:
    """Every word the review screen shows, in `t`'s language."""
    return {key: t(f"review.{key}") for key in WORDS}
