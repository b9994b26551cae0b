"""A heading wrapped by whole tokens: a number stays with its noun ("1 chuyến"), a separator with what follows.

Rich wraps a `Text` at any space, so the figures view's title could end a line with "· 1" and begin the next
with "chuyến", and a no-break space does not help: Rich's word pattern counts it as a space too. The title is
therefore cut into lines here, at the spaces a reader would break at, and handed on with its line ends in it
(each line fits, so nothing wraps it again). A caller keeps words together with `KEEP` between them; the
lines' count lets a screen size the heading before drawing it.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

KEEP = "\u00a0"
"""A space no line ends at, for words the caller keeps together ("theo địa bàn"); drawn as a space."""
_NUMBER = re.compile(r"[\d.,%/+–-]*\d[\d.,%/+–-]*")
"""A count or an amount ("1", "2.446", "99,83%", "1/7"): the word after it is its unit or noun."""
_SEPARATORS = {"·", "–", "—", "-", "/", "→"}
"""Words that lead into what follows them: a line never ends on one."""
_UNIT = re.compile(r"\([^()\s]{1,8}\)")
"""A short unit in brackets, "(%)" or "(hồ sơ)": kept with the word before it."""


def _breaks(plain: str) -> list[int]:
    """Offsets just after the spaces a line may end at."""
    words = [match.group() for match in re.finditer(r"[^ ]+", plain)]
    starts = [match.start() for match in re.finditer(r"[^ ]+", plain)]
    breaks = []
    for before, following, start in zip(words, words[1:], starts[1:], strict=False):
        if _NUMBER.fullmatch(before) or before in _SEPARATORS or _UNIT.fullmatch(following):
            continue
        breaks.append(start)
    return breaks


def wrap_title(text: Text, width: int) -> list[Text]:
    """`text` in lines of `width` cells at most, broken only where `_breaks` allows; words kept together that are
    wider than a line together may break at their spaces after all, and a word wider still is folded, as Rich
    would."""
    plain, width = text.plain, max(1, width)
    breaks, start = [], 0
    for position in [*_breaks(plain), len(plain)]:
        if cell_len(plain[start:position].strip()) > width:  # a run no line holds: its spaces are breaks too
            breaks += [start + match.end() for match in re.finditer(r"[ \u00a0]+", plain[start:position].rstrip())]
        breaks.append(position)
        start = position
    lines: list[Text] = []
    start = last_fit = 0
    for position in breaks:
        if cell_len(plain[start:position].rstrip()) <= width:
            last_fit = position
            continue
        if last_fit > start:
            lines.append(text[start:last_fit])
            start = last_fit
        if cell_len(plain[start:position].rstrip()) > width:  # one word too long for a line
            word = text[start:position]
            word.rstrip()
            lines.extend(_fold(word, width))
            start = position
        last_fit = position
    if start < len(plain):
        lines.append(text[start:])
    for line in lines:
        line.rstrip()
    return [Text(line.plain.replace(KEEP, " "), style=line.style, spans=line.spans) for line in lines if line.plain]


def _fold(word: Text, width: int) -> list[Text]:
    """A word wider than the line, cut into lines of `width` cells."""
    lines, start = [], 0
    while start < len(word.plain):
        end = start + 1
        while end < len(word.plain) and cell_len(word.plain[start:end + 1]) <= width:
            end += 1
        lines.append(word[start:end])
        start = end
    return lines


def join_lines(lines: list[Text]) -> Text:
    """The lines as one `Text`, each ending a line."""
    return Text("\n").join(lines)
