"""The label of a criteria count: which set of criteria and whose ("Tiêu chí nông thôn mới xã đạt"), not "Tiêu chí".

"Xã đã đạt 16/19 tiêu chí" left the bare "Tiêu chí": a reader of the figure table could tell neither that the
criteria are met nor of which standard (a commune's rural-development criteria and a ward's civilised-urban ones read
alike), nor, in a round of several communes, whose. The convention (session 40, docs/extraction-log.md): a count of
criteria met, met more of or still missing is labelled "Tiêu chí <set> <holder> <verb>" — the set named after the
count or, failing that, the nearest one named before it (the sentences before, then the headline); the holder opening
its clause or the clause before it in the sentence; "đạt", "đạt thêm" or "chưa đạt".

It runs after `holding_labels` (`figures.find_figures`), on labels that say no more than "Tiêu chí", its set and a
verb, so no rule reading labels sees it and no value or whole moves. Groups of communes by their criteria and a
standard's size are no figures (`figure_criteria_groups`, `figure_numbers`); a total raised "lên" keeps its words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .figures import FigureDraft
    from .text import Sentence

__all__ = ["criteria_labels"]

_SET = r"nông thôn mới(?:\s+(?:nâng cao|kiểu mẫu))?|đô thị văn minh"
_LEVEL = r"(?:xã|phường|huyện|thị xã|khu dân cư|thôn)"
_SET_NAMED = re.compile(r"\b(?:" + _LEVEL + r"\s+)?(?P<set>" + _SET + r")\b", re.IGNORECASE)
"""A set of criteria as the page names it; its level word goes ("tiêu chí xã nông thôn mới" → "nông thôn mới", a
hamlet's "tiêu chí khu dân cư nông thôn mới kiểu mẫu" → "nông thôn mới kiểu mẫu")."""
_COUNT = re.compile(r"\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?\s+tiêu chí\b\s*(?P<rest>[^.;,:()]*)", re.IGNORECASE)
_REST = re.compile(r"^(?:(?:" + _LEVEL + r"\s+)?(?:" + _SET + r")\s*)?(?P<verb>(?:chưa\s+)?(?:đạt|hoàn thành)\b)?",
                   re.IGNORECASE)
"""The words the count's label or sentence has after "tiêu chí": a set, then maybe "đạt", "hoàn thành" or "chưa
đạt"."""
_MET = re.compile(r"\b(?:(?P<more>(?:đạt\s+)?thêm)|đạt(?:\s+được)?|hoàn thành)\s+$", re.IGNORECASE)
"""Criteria met: "đạt", "đạt được", "hoàn thành" (a place that "hoàn thành 15/19 tiêu chí" has met them: "đạt", the
convention's word, so the label pairs with "chưa đạt"); more met: "(đạt) thêm"."""
_HOLDER = re.compile(r"(?<![\w-])(?P<level>[Xx]ã|[Pp]hường|[Tt]hị trấn|[Hh]uyện|[Tt]hị xã|[Tt]hôn|[Ấấ]p|[Bb]ản|"
                     r"[Kk]hu dân cư|[Tt]ổ dân phố|[Kk]hu phố)"
                     r"(?P<name>(?:\s+[^\s,;.:()]+){0,4}?)\s+(?:(?:hiện|đã|cũng|mới|vẫn|nay)\s+)*"
                     r"(?:đạt|còn|hoàn thành)\b")
"""A place opening the clause of "đạt"/"hoàn thành"/"còn": "xã đã đạt", "xã Tân Lập hoàn thành", "Xã còn", a hamlet
with its own criteria ("thôn Hưng Long đã hoàn thành 10/10 tiêu chí khu dân cư nông thôn mới kiểu mẫu")."""
_NOT_A_HOLDER = re.compile(r"(?:\d|\b(?:của|các|những|số|mỗi))\s*$", re.IGNORECASE)
"""Before a place that holds nothing here: "4 xã đạt 19 tiêu chí" (a group), "thu nhập của xã đạt"."""


def criteria_labels(drafts: list[FigureDraft], sentences: list[Sentence], title: str | None) -> None:
    """Label, in place, each criteria count met, added or missing by its set, holder and verb (module docstring)."""
    for draft in drafts:
        figure = draft.figure
        if figure["unit"] != "tiêu chí":
            continue
        bound = f" ({draft.qualifier})" if draft.qualifier else ""
        label = _criteria(draft, sentences, title)
        if label:
            figure["label"] = label + bound


def _criteria(draft: FigureDraft, sentences: list[Sentence], title: str | None) -> str:
    """The label of the criteria count `draft`, or "" when its label says more or no verb tells met or missing."""
    bound = f" ({draft.qualifier})" if draft.qualifier else ""
    core = draft.figure["label"][:len(draft.figure["label"]) - len(bound)]
    said = _REST.match(core[len("tiêu chí"):].strip()) if core.lower().startswith("tiêu chí") else None
    if said is None or said.end() < len(core[len("tiêu chí"):].strip()) and not said["verb"]:
        return ""  # "Tiêu chí về giao thông": a label saying more keeps its words
    text, start = draft.sentence.text, draft.start
    count = _COUNT.match(text, start)
    rest = count["rest"].strip() if count else ""
    after = _REST.match(rest)
    if after and after["verb"] and after["verb"].lower().startswith("chưa"):
        verb = "chưa đạt"
    elif (met := _MET.search(text, 0, start)) is not None:
        verb = "đạt thêm" if met["more"] else "đạt"
    else:
        return ""  # "nâng tổng số tiêu chí đạt lên 18 tiêu chí", "còn 3 tiêu chí" with nothing said of them
    named = _SET_NAMED.match(rest)
    level, name = _holder(text[:start])
    kind = ["Tiêu chí", named["set"].lower() if named else _set_before(draft, sentences, title)]
    label = " ".join(w for w in [*kind, level, name, verb] if w)
    if len(label.split()) > 10:  # the holder's name goes first: "thị trấn Phong Thổ" → "thị trấn"
        label = " ".join(w for w in [*kind, level, verb] if w)
    return label


def _set_before(draft: FigureDraft, sentences: list[Sentence], title: str | None) -> str:
    """The set of criteria named nearest before the count: its own sentence, the ones before, then the headline."""
    texts = [draft.sentence.text[:draft.start]]
    texts += [s.text for s in reversed(sentences) if s.index < draft.sentence.index]
    for text in [*texts, title or ""]:
        found = list(_SET_NAMED.finditer(text))
        if found:
            return found[-1]["set"].lower()
    return ""


def _holder(before: str) -> tuple[str, str]:
    """The place whose criteria they are, (level, name): the last one opening a clause of "đạt"/"còn" before the
    count, or ("", "")."""
    for found in reversed(list(_HOLDER.finditer(before))):
        name = found["name"].split()
        if _NOT_A_HOLDER.search(before, 0, found.start()) or any(not (w[:1].isupper() or w[:1].isdigit())
                                                                  for w in name):
            continue
        return found["level"].lower(), " ".join(name)
    return "", ""
