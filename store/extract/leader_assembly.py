"""Offices in a National Assembly committee written with "của Quốc hội": "Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội".

Reports of the district era often name the head of a visiting Assembly committee by an office that holds the word
"của" ("Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Trần Văn X dẫn đầu đoàn"). A title is otherwise cut at "của"
(it usually starts a new phrase: "đoàn giám sát của HĐND tỉnh"), which left the office without its Assembly and the
name without its title, so that no rule saw who led. Here the "của" of such a committee name is kept inside the
title: spelled with an invisible joiner while a title is read, so that a split on the word "của" passes it by, and
counted as a title word when a title is trimmed.
"""

from __future__ import annotations

import re

from ..folding import fold

__all__ = ["ASSEMBLY_OF", "assembly_of_kept", "assembly_words_at"]

ASSEMBLY_OF = "c\u2061ủa"
"""The "của" of an Assembly committee's name, spelled so that a split on "của" passes it by (put back after)."""

_COMMITTEE_OF_ASSEMBLY = re.compile(
    r"\b(?:(?:Ủy|Uỷ)\s+ban|Hội\s+đồng)\s+[A-ZĐÀ-Ỹ][^,.;:()]{0,50}?\s(của)\s+Quốc\s+hội\b")


def assembly_of_kept(text: str) -> str:
    """`text` with the "của" of an Assembly committee's name spelled `ASSEMBLY_OF`."""
    return _COMMITTEE_OF_ASSEMBLY.sub(
        lambda m: m[0][:m.start(1) - m.start()] + ASSEMBLY_OF + m[0][m.end(1) - m.start():], text)


def assembly_words_at(words: list[str], index: int) -> int:
    """How many of `words` from `index` on are the "của Quốc hội" ending a committee's name that the words before
    began ("Ủy ban Đối ngoại" + "của Quốc hội"); 0 when they are not."""
    if tuple(fold(w).strip(".,;") for w in words[index:index + 3]) != ("cua", "quoc", "hoi"):
        return 0
    before = fold(" ".join(words[max(0, index - 12):index]))  # ("Ủy ban Quốc phòng, An ninh và Đối ngoại": 8 words)
    return 3 if re.search(r"\b(?:uy ban|hoi dong)\b", before) else 0
