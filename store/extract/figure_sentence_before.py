"""Parts of a count told in the sentence after it, or after one sentence of narrative with no figures.

"Bộ phận một cửa của xã tiếp nhận 860 hồ sơ. Phần lớn hồ sơ thuộc lĩnh vực hộ tịch, chứng thực và đất đai. Trong
đó, 610 hồ sơ được nộp trực tuyến.": the "Trong đó" reaches back over the sentence that only says what the files
are, to the count it splits. A reader looks back to the last sentence that counted something; a sentence with no
figures between says no new total (issue 12, session 20). "Trong đó" opening the sentence names no count of its own
and points back, so it reaches over two such sentences (session 21: "... tiếp nhận 1.360 hồ sơ. Phường bố trí thêm
máy lấy số. Công chức trực cả thứ bảy. Trong đó, 1.020 hồ sơ ..."); the other sentence-after rules read a count
told after the total, which after two sentences of something else is told on its own, so they reach over one. Three
such sentences, or one with figures of its own (the nearest count said, which "Trong đó" then splits), end the
reach. The rules themselves are those of one sentence after another (`figure_wholes.parts_of_previous`,
`figure_sums`, `figure_payouts`); `figures.find_figures` runs this for each sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..folding import fold
from .figure_assigned import progress_of_assigned
from .figure_kin import kin_parts_after_a_stop
from .figure_payouts import paid_of_listed
from .figure_sums import parts_adding_up, settled_of_received, timing_of_settled
from .figure_wholes import PARTS_OPEN, parts_of_previous, unit_family

if TYPE_CHECKING:
    from .figures import FigureDraft
    from .text import Sentence

__all__ = ["QUIET_BEFORE_PARTS", "SentencesBefore", "pair_with_the_sentence_before", "returned_of_received"]

QUIET_BEFORE_PARTS = 2
"""How many sentences with no figures "Trong đó" reaches back over to the count it splits."""

_SENT_BACK = re.compile(r"\b(?:tra lai|bi tra|khong du dieu kien|chua du dieu kien)\b")
"""Files sent back or not eligible, folded ("trả lại", "không đủ điều kiện cấp giấy chứng nhận"): one of the states of
what was received."""


class SentencesBefore:
    """The figures of the last sentences read, to find the one a sentence's parts may reach back to."""

    def __init__(self) -> None:
        self.last: list[FigureDraft] = []
        self.last_index: int | None = None
        self.quiet = 0  # sentences with no figures read since `last`, all adjacent

    def reach(self, sentence: Sentence, adjacent: bool) -> list[FigureDraft]:
        """The figures `sentence` may pair with: those of the sentence before, or of the one before a sentence of
        narrative with no figures (two such sentences when `sentence` opens with "Trong đó")."""
        quiet = QUIET_BEFORE_PARTS if PARTS_OPEN.match(sentence.text) else 1
        if not adjacent or self.last_index is None or sentence.index - self.last_index > quiet + 1 or \
                self.quiet > quiet:
            return []
        return self.last

    def note(self, sentence: Sentence, drafts: list[FigureDraft], adjacent: bool) -> None:
        if drafts:
            self.last, self.last_index, self.quiet = drafts, sentence.index, 0
        elif adjacent:
            self.quiet += 1
        else:
            self.last, self.last_index, self.quiet = [], None, 0


def pair_with_the_sentence_before(sentence: Sentence, drafts: list[FigureDraft], before: list[FigureDraft]) -> bool:
    """Pair the counts of `sentence` with a count of the sentence before (`before`); True if any was paired."""
    if not drafts or not before:
        return False
    if (opened := PARTS_OPEN.match(sentence.text)):  # "... đã tiếp nhận 2.184 hồ sơ. Trong đó, 2.096 hồ sơ ..."
        siblings = _siblings_made_wholes(sentence.text, opened.end(), drafts)
        # on time or late after a settled count that is itself of the received: of the settled, as in one sentence
        timing_of_settled([d for d in drafts if "of" not in d.figure], before)
        parts_of_previous(drafts, before)
        for part, sibling, whole in siblings:
            if "of" not in sibling.figure:  # the sibling found no whole before: the sentence's own pairing stands
                part.figure["of"] = whole
        kin_parts_after_a_stop(sentence.text, opened.end(), drafts, before)  # "1.250 người. Trong đó có 45 cán bộ"
        return True
    # "tiếp nhận 60 hồ sơ. ... trả kết quả 52 hồ sơ, còn 8 hồ sơ"; "tiếp nhận 585.336 hồ sơ. Kết quả đã giải quyết
    # 585.116 hồ sơ"; "đã giải quyết 12.970 hồ sơ. ...; 102 hồ sơ bị trễ hạn"; "Theo danh sách ..., có 6.891 đối
    # tượng. ... đã cấp phát 6.441"
    return parts_adding_up(drafts, before) or settled_of_received(drafts, before) or \
        timing_of_settled(drafts, before) or paid_of_listed(drafts, before) or returned_of_received(drafts, before) or \
        progress_of_assigned(drafts, before)


_OPENS_PARTS = re.compile(r"\btrong (?:đó|số (?:đó|này))\b|\bgồm\b|[(:]", re.IGNORECASE)
_TIMING = re.compile(r"\b(?:dung|truoc|qua|tre|cham) h[ae]n\b")
"""Files on time or late, folded: the states a settled count splits into, siblings of one another."""


def _siblings_made_wholes(text: str, opened: int,
                          drafts: list[FigureDraft]) -> list[tuple[FigureDraft, FigureDraft, float]]:
    """Files on time or late after a "Trong (số) đó," opening that the sentence's own rules made parts of a sibling on
    time or late told before them with nothing opening parts between ("Trong số đó, có 2.998 hồ sơ giải quyết đúng
    hạn và 13 hồ sơ trễ hạn": 13 of 2.998): their whole is taken away, to be looked for in the sentence before as
    the sibling's is; each as (the count, the sibling, the whole taken), given back when the sibling finds none."""
    taken: list[tuple[FigureDraft, FigureDraft, float]] = []
    for part in drafts:
        whole = part.figure.get("of")
        sibling = next((d for d in drafts if d is not part and d.start >= opened and d.end <= part.start and
                        "of" not in d.figure and d.figure["value"] == whole and
                        d.figure["unit"] == part.figure["unit"]), None)
        if sibling is None or _OPENS_PARTS.search(text, sibling.end, part.start) or \
                not all(_TIMING.search(fold(d.figure["label"])) for d in (part, sibling)):
            continue  # "tiếp nhận 5.880 hồ sơ và giải quyết 5.790 hồ sơ": what was settled is of what came in
        taken.append((part, sibling, part.figure.pop("of")))
    return taken


def _said_about(draft: FigureDraft) -> str:
    """The words just before a count and those after it up to its clause's end: what the count is said to be."""
    text = draft.sentence.text
    after = re.split(r"[,;.()]", re.sub(r"^\s*/\s*\d[\d.,]*\s*\S*", "", text[draft.end:draft.end + 80]))[0]
    return f"{text[max(0, draft.start - 30):draft.start]} {after} {draft.figure.get('label', '')}"


def returned_of_received(drafts: list[FigureDraft], before: list[FigureDraft]) -> bool:
    """Files sent back, told in the sentence after the received count and those settled of it (the count the settled
    is part of, written "nhận" alone too: "..., tiếp nhận 1.540 hồ sơ, đã giải quyết 1.444 hồ sơ. Có 96 hồ sơ không
    đủ điều kiện ... phải trả lại"; real: hdnd.binhthuan 2024's 636 not eligible), are part of what was received when
    with the settled they do not exceed it. A count said to be pending or late stays a state of its own (t02's
    "Phường còn 27 hồ sơ quá hạn"). True if a part was paired."""
    settled = [d.figure for d in before if d.figure.get("metric") == "ho-so-giai-quyet" and "of" in d.figure]
    received = [d.figure for d in before if "of" not in d.figure and (
        d.figure["value"] == settled[-1]["of"] if settled else d.figure.get("metric") == "ho-so-tiep-nhan")]
    if not received:
        return False
    whole = received[-1]
    done = settled[-1]["value"] if settled else 0
    changed = False
    for draft in drafts:
        figure = draft.figure
        if "of" in figure or unit_family(figure["unit"]) != unit_family(whole["unit"]) or \
                not _SENT_BACK.search(fold(_said_about(draft))) or \
                figure["value"] + done > whole["value"]:
            continue
        figure["of"] = whole["value"]
        changed = True
    return changed
