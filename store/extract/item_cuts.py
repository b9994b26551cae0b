"""Items read from a page's unfinished last sentence, marked as cut.

Many stored pages stop mid-sentence ("… nhằm tạo sự th"): a page saved part way, a paste cut short. An item read
from that last, unfinished sentence ends in a stump, a word or a phrase cut off. The item still says what was asked
("Tăng định mức kinh phí cho": more funding), so it is kept, its text ending in "…" instead of a full stop, and the
draft is marked `cut` (the record's certainty says so on the review screen); the items before it in the same
sentence ended at a ";" or a comma and are whole.

A sentence is unfinished when it is the article's last and ends in a letter or a digit (no ".", "!", "?", "…", ":",
";", closing quote or bracket) and is longer than a heading.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from .text import Sentence

_MIN_WORDS = 8
"""Fewer words than this, without a final stop, is a heading or a caption ("Thủ tục giấy tờ"), not a cut sentence."""


class _Draft(Protocol):
    field: str
    item: dict
    sentence: Sentence
    cut: bool


D = TypeVar("D", bound=_Draft)


def unfinished_last(sentences: list[Sentence]) -> Sentence | None:
    """The article's last sentence if it is cut off, else None."""
    if not sentences:
        return None
    last = sentences[-1]
    text = last.text.rstrip()
    if not text or not text[-1].isalnum() or len(text.split()) < _MIN_WORDS:
        return None
    return last


def mark_stumps(drafts: list[D], sentences: list[Sentence]) -> None:
    """The last draft of each field read from the unfinished last sentence: its text ends in "…", it is marked cut."""
    cut = unfinished_last(sentences)
    if cut is None:
        return
    stumps: dict[str, D] = {}
    for draft in drafts:
        if draft.sentence is cut:
            stumps[draft.field] = draft
    for draft in stumps.values():
        draft.item["text"] = draft.item["text"].rstrip(" .") + "…"
        draft.cut = True
