"""Parts listed on lines of their own after a lead-in ("Trong đó:", "..., cụ thể như sau:").

A report often closes a count with "Trong đó:" and puts each part on a line of its own ("+ Người cao tuổi: 168 đối
tượng, ...;"): a reader takes every count on those lines as a part of the count of its kind the lead-in followed,
one part of each kind a line (a rate in brackets on the line, "(500.000 đồng x 3 tháng)", is no further part). The
marks opening the lines are gone once the page is cleaned, so a line is known by where it sits: a paragraph of its
own right after the lead-in or after another line; the list ends at a sentence that shares its paragraph, that
counts nothing of the kinds announced, that announces a list of its own, or once the parts add up to their whole.
Kept apart from `figures` (which reads the sentences in order) and `figure_wholes` (wholes within a sentence).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_wholes import parts_of_previous, unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft
    from .text import Sentence

__all__ = ["ListedParts"]

_LEAD_IN = re.compile(r"(?:\btrong (?:đó|số đó)|\b(?:bao )?gồm|\bcụ thể(?:\s+như sau)?|\bnhư sau)\s*:\s*$",
                      re.IGNORECASE)
"""A sentence that ends announcing its parts: "Trong đó:", "..., cụ thể như sau:"."""


class ListedParts:
    """Across the sentences of an article: the counts a lead-in announced while the lines listing their parts go on."""

    def __init__(self) -> None:
        self.wholes: list[FigureDraft] = []
        self.last: Sentence | None = None
        self.paid: dict[float | int, float | int] = {}

    def take(self, sentence: Sentence, drafts: list[FigureDraft]) -> bool:
        """Pair the counts of a list line with the counts announced; True if the sentence is such a line."""
        last = self.last
        kinds = {unit_family(d.figure["unit"]) for d in self.wholes}
        firsts: dict[str, FigureDraft] = {}
        for draft in drafts:
            firsts.setdefault(unit_family(draft.figure["unit"]), draft)
        if not self.wholes or last is None or sentence.index != last.index + 1 or \
                sentence.paragraph == last.paragraph or not kinds & set(firsts) or _LEAD_IN.search(sentence.text) or \
                any(self.paid.get(d.figure["value"], 0) >= d.figure["value"] for d in self.wholes):
            return False
        self.last = sentence
        parts = [d for family, d in firsts.items() if family in kinds]
        parts_of_previous(parts, self.wholes)
        for part in parts:
            if "of" in part.figure:
                self.paid[part.figure["of"]] = self.paid.get(part.figure["of"], 0) + part.figure["value"]
        return True

    def note(self, sentence: Sentence, drafts: list[FigureDraft], previous: list[FigureDraft]) -> None:
        """After a sentence is read: a lead-in announces its own counts, or (alone, "Trong đó:") those before."""
        if _LEAD_IN.search(sentence.text):
            self.wholes, self.last, self.paid = drafts or previous, sentence, {}
        elif self.last is not sentence:
            self.wholes, self.last = [], None
