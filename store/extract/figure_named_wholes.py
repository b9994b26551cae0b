"""A whole named in words, not repeated as a number: the count said earlier that the words name (issue 12, s20).

"Năm 2023, phường tiếp nhận 1.120 hồ sơ, đã giải quyết 1.095 hồ sơ. Trong số hồ sơ đã giải quyết, có 1.060 hồ sơ
đúng hạn và 35 hồ sơ trễ hạn.": the whole of 1.060 and 35 is "hồ sơ đã giải quyết", the 1.095 said before; 35 is no
part of 1.060. The same with "trong tổng số hồ sơ tiếp nhận, có ..." opening a clause, and "1.950 hồ sơ trên tổng
số hồ sơ tiếp nhận" after a count. The named count is found by what it counts: the metric the words name
(`figures._metric`, passed in), else its words in the count's label; the latest such count of the part's unit, in
the sentence before the words or in the three sentences before. A total named by a number ("Trong số 3.405 hồ sơ
...", "Trong số hồ sơ còn lại gồm 7.172 hồ sơ, ...") is `figure_wholes.AMONG_OPEN`'s, not this. Parts of a part
("có 900 hồ sơ trực tuyến, trong đó 850 ...") keep their own whole. Run over the article after the per-sentence
rules (`figures.find_figures`).

A whole named in words that was never counted (session 21: "Trong số hồ sơ đã giải quyết, có 1.980 ... và 64 ...",
the settled never said; "Tất cả các thủ tục của xã ..., trong đó 9 thủ tục ...", "Toàn bộ hồ sơ tiếp nhận ...,
trong đó 410 hồ sơ ..."): the parts have no whole. A whole is a count the article states (`of` holds a number); a
total a reader cannot put a number on gives none, and the whole is not moved to the nearest count in the unit (the
received when the words name the settled, new procedures when they name all of them) nor to the first part (64 is
no part of 1.980). The words still say what the counts are in their labels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..folding import fold
from .figure_wholes import unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["named_wholes"]

_OPENING = re.compile(r"(?:^|[;:(]|,\s*(?=trong))\W*trong\s+(?:tổng\s+)?số\s+(?!(?:đó|này|trên)\b)"
                      r"(?P<noun>[^\W\d][^\d,;.:()]{1,70}?)\s*(?:,|:|\s(?=có\s|gồm\s|thì\s))", re.IGNORECASE)
"""Words that name the whole before its parts: "Trong số hồ sơ đã giải quyết, có ...", "; trong tổng số hồ sơ tiếp
nhận có ..."; no number in them."""
_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,8}?\s*,?\s*(?:trên|so với)\s+(?:tổng\s+)?số\s+"
                    r"(?P<noun>[^\W\d][^\d,;.:()]{1,60}?)(?=\s*(?:[,;.:()]|$|\s(?:đạt|chiếm|là)\s))", re.IGNORECASE)
"""Words after a count (and the few words of what it is) that name its whole: "1.950 hồ sơ trên tổng số hồ sơ tiếp
nhận, đạt 78,6%", "1.100 hồ sơ giải quyết đúng hạn trên tổng số hồ sơ đã giải quyết"."""
_ALL = re.compile(r"\b(?:toàn\s+bộ|tất\s+cả)\s+(?:(?:các|những)\s+)?(?P<noun>[^\W\d][^\d,;.:()]{1,90}?)\s*,?\s*"
                  r"trong\s+(?:đó|số\s+đó)\b", re.IGNORECASE)
"""A whole named as all of something, then its parts: "Tất cả các thủ tục thuộc thẩm quyền của xã đều được đưa lên
cổng dịch vụ công, trong đó 9 thủ tục ...", "toàn bộ hồ sơ tiếp nhận đều được số hóa, trong đó ..."."""
_BACK = re.compile(r"\b(?:trên|này|đó|ấy|nêu|kể)\s*$", re.IGNORECASE)
"""Words pointing back to a count said before ("hồ sơ trên", "hồ sơ nói trên"): no whole named in words."""
_SAID_OF = re.compile(r"\s+(?:đều|đã|được|đang|phải|cũng|có|là)\s.*$", re.IGNORECASE)
"""What is said of the named whole, cut from its name ("hồ sơ tiếp nhận| đều được số hóa")."""
_HINT = re.compile(r"\b(?:trong|trên|so với)\s+(?:tổng\s+)?số\s+[^\W\d]|\b(?:toàn\s+bộ|tất\s+cả)\s", re.IGNORECASE)
_OWN_SPLIT = re.compile(r"\btrong đó\b", re.IGNORECASE)
_REACH = 3
"""How many sentences back the named count may be."""


def _named(noun: str, unit: str, drafts: list[FigureDraft], metric: Callable[[str, str], str | None]) \
        -> FigureDraft | None:
    """The latest of `drafts` (in reading order) that counts what `noun` names, in `unit`'s family."""
    folded = fold(noun).strip()
    head = fold(unit)
    if not folded.startswith(head):
        return None
    wanted = metric(noun, unit)
    words = folded[len(head):].strip()
    words = re.sub(r"^(?:da|duoc|dang)\s+", "", words)
    for draft in reversed(drafts):
        figure = draft.figure
        if unit_family(figure["unit"]) != unit_family(unit):
            continue
        if wanted is not None and figure.get("metric") == wanted or \
                wanted is None and words and words in fold(figure.get("label", "")):
            return draft
        if not words and "of" not in figure:
            return draft  # "trong tổng số hồ sơ, ...": the total itself
    return None


def _pair(parts: list[FigureDraft], whole: FigureDraft) -> None:
    total = whole.figure["value"]
    parts = [p for p in parts if p is not whole and p.figure["value"] <= total]
    if not parts or sum(p.figure["value"] for p in parts) > total:
        return
    for part in parts:
        part.figure["of"] = total


def _unpair(parts: list[FigureDraft]) -> None:
    """The whole named in words was never counted: the parts have none."""
    for part in parts:
        part.figure.pop("of", None)


def named_wholes(found: list[FigureDraft], metric: Callable[[str, str], str | None]) -> None:
    """Give the counts after words naming a whole (or right before them) the count those words name."""
    by_sentence: dict[int, list[int]] = {}
    for i, draft in enumerate(found):
        by_sentence.setdefault(draft.sentence.index, []).append(i)
    for index, places in by_sentence.items():
        sentence = found[places[0]].sentence
        text = sentence.text
        if not _HINT.search(text):
            continue  # most sentences name no whole in words: no look back
        earlier = [found[j] for j in range(places[0]) if index - _REACH <= found[j].sentence.index < index]
        for m in _OPENING.finditer(text):
            here = [found[j] for j in places]
            after = [d for d in here if d.start >= m.end() and d.figure["unit"] != "%"]
            if not after or re.match(r"\s*(?:gồm|là)\s+\d", text[m.end():]):
                continue  # "Trong số hồ sơ còn lại gồm 7.172 hồ sơ, ...": the whole is the number
            whole = _named(m["noun"], after[0].figure["unit"], earlier + [d for d in here if d.end <= m.start()],
                           metric)
            family = unit_family(after[0].figure["unit"])
            parts = [d for d in after if unit_family(d.figure["unit"]) == family and not _sub_part(d, after, text)]
            if whole is not None:
                _pair(parts, whole)
            elif not _BACK.search(m["noun"]):
                _unpair(parts)  # "Trong số hồ sơ trên, ..." points back to the count said (`PARTS_OPEN`'s)
        for m in _ALL.finditer(text):
            clause = re.split(r"[;.]", text[m.end():])[0]
            after = [found[j] for j in places if m.end() <= found[j].start <= m.end() + len(clause) and
                     found[j].figure["unit"] != "%"]
            noun = _SAID_OF.sub("", m["noun"])
            if not after or not fold(noun).startswith(fold(after[0].figure["unit"])):
                continue  # "tất cả các xã ..., trong đó 9 thủ tục": the words name no total of the parts' unit
            family = unit_family(after[0].figure["unit"])
            parts = [d for d in after if unit_family(d.figure["unit"]) == family and not _sub_part(d, after, text)]
            whole = _named(noun, after[0].figure["unit"], earlier + [found[j] for j in places
                                                                      if found[j].end <= m.start()], metric)
            _pair(parts, whole) if whole is not None else _unpair(parts)
        for j in places:
            draft = found[j]
            said = _AFTER.match(text, draft.end)
            if said is None or draft.figure["unit"] == "%":
                continue
            before = earlier + [found[k] for k in places if found[k].end <= draft.start]
            whole = _named(said["noun"], draft.figure["unit"], before, metric)
            if whole is not None:
                _pair([draft], whole)


def _sub_part(draft: FigureDraft, after: list[FigureDraft], text: str) -> bool:
    """Whether `draft` is split from another count of the scope by "trong đó" ("900 ..., trong đó 850 ...")."""
    whole = draft.figure.get("of")
    return any(d is not draft and d.figure["value"] == whole and d.end <= draft.start and
               _OWN_SPLIT.search(text, d.end, draft.start) for d in after)
