"""A sum in đồng glued to the word before it: "với tổng số tiền hỗ trợ499.500.000 đồng".

Pages copied from provincial and commune portals lose a space now and then, most often right before a number that a
template or an editor pasted in ("số tổng tiền hỗ trợ499.500.000 đồng", s35 fresh74 v10), and the number, touching a
letter, was read as part of a word and lost. A letter before a digit is usually a name or a code ("CT06", "F0",
"Covid-19", "H1", "v2.015.300"), so the number is read only in the one shape no code takes: a sum of at least a
million written in thousands groups ("499.500.000", "1.280.000.000") and followed by "đồng" or "đ". Anything else glued
to a letter stays unread.
"""

from __future__ import annotations

__all__ = ["GLUED_SUM_START"]

GLUED_SUM_START = r"(?<=[a-zà-ỹđ])(?=\d{1,3}(?:\.\d{3}){2,}(?![\d.,])\s*(?:đồng|đ)(?![\wÀ-ỹ]))"
"""Where a glued sum starts: right after a lower-case letter, before a grouped sum in đồng (a lookahead only, so the
number itself is read by `figure_numbers` as any other)."""
