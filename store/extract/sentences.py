"""Splitting a paragraph into sentences, where Vietnamese abbreviations and numbers hold full stops.

"TP. Dĩ An", "3.163" and "ThS." do not end a sentence; a full stop before a
capital or a digit usually does. `TERMINAL` tells whether a line ends as
running text does, which the cleaning steps use to tell text from headings,
captions and bylines.
"""

from __future__ import annotations

import re

from ..folding import fold

_ABBREVIATIONS = {"tp", "tx", "tt", "p", "q", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "th.s", "ncs", "st", "mr",
                  "mrs", "dr", "v.v", "tr", "h", "đ/c", "đc", "ubnd", "no", "vs"}
_COMMUNE_LETTER = re.compile(r"(?:(?<![\w])(?:tại|và|với|ở|đến|về|thăm|của|thuộc|UBND|HĐND|ủy|uỷ)|,)\s+x$")
"""A commune cut to "x." after a cue or a comma ("tại x. Yên Thắng", ", x. Gia Hưng"); elsewhere a lone "x." may
end a sentence ("đánh dấu bằng chữ x.")."""
_SENTENCE_END = re.compile(r"(?:\.{3}|…|[.!?])+[\"”’»)\]]*(?=\s+|$)")
TERMINAL = re.compile(r"(?:[.!?…:;]|\.{3}|\./\.)[\"”’»)\]]*$")
"""The end of a line that ends as running text does; headings, captions and bylines mostly do not."""


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; "TP. Dĩ An", "3.163" and "ThS." do not end one."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        rest = paragraph[end:].lstrip()
        if rest and not _starts_sentence(rest):
            continue
        before = paragraph[start:match.start()]
        if match.group() == "." and _DAYS_ONLY.fullmatch(before.strip()):
            continue  # "Từ ngày 21/02 đến ngày 28/02/2023. Đảng ủy ... tổ chức khảo sát": the days open the next
        word = re.search(r"([\w./]+)$", before)
        if match.group().startswith(".") and not match.group().startswith("...") and word and (
                fold(word[1]).lower() in _ABBREVIATIONS or len(word[1]) == 1 and word[1].isupper() or
                _COMMUNE_LETTER.search(before)):
            continue
        sentence = paragraph[start:end].strip()
        if sentence:
            sentences.append(sentence)
        start = end
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


_DAYS_ONLY = re.compile(r"\W*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:từ\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
                        r"(?:\s*[/.-]\s*\d{4})?(?:\s*(?:đến|tới|-|–)\s*(?:(?:sáng|chiều)\s+)?(?:ngày\s+)?\d{1,2}"
                        r"\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?", re.IGNORECASE)
"""A day or a span of days written as a sentence of its own, a stray stop after it: it belongs to the sentence after."""


def _starts_sentence(rest: str) -> bool:
    first = rest[0]
    return first.isupper() or first.isdigit() or first in "\"“‘«(*-–•["
