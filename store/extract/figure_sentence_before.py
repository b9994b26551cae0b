"""Parts of a count told in the sentence after it, or after one sentence of narrative with no figures.

"Bộ phận một cửa của xã tiếp nhận 860 hồ sơ. Phần lớn hồ sơ thuộc lĩnh vực hộ tịch, chứng thực và đất đai. Trong
đó, 610 hồ sơ được nộp trực tuyến.": the "Trong đó" reaches back over the sentence that only says what the files
are, to the count it splits. A reader looks back to the last sentence that counted something; a sentence with no
figures between says no new total (issue 12, session 20). Two such sentences or one with figures of its own end the
reach. The rules themselves are those of one sentence after another (`figure_wholes.parts_of_previous`,
`figure_sums`, `figure_payouts`); `figures.find_figures` runs this for each sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .figure_payouts import paid_of_listed
from .figure_sums import parts_adding_up, settled_of_received, timing_of_settled
from .figure_wholes import PARTS_OPEN, parts_of_previous

if TYPE_CHECKING:
    from .figures import FigureDraft
    from .text import Sentence

__all__ = ["SentencesBefore", "pair_with_the_sentence_before"]


class SentencesBefore:
    """The figures of the last sentences read, to find the one a sentence's parts may reach back to."""

    def __init__(self) -> None:
        self.last: list[FigureDraft] = []
        self.last_index: int | None = None
        self.quiet = 0  # sentences with no figures read since `last`, all adjacent

    def reach(self, sentence: Sentence, adjacent: bool) -> list[FigureDraft]:
        """The figures `sentence` may pair with: those of the sentence before, or of the one before a sentence of
        narrative with no figures."""
        if not adjacent or self.last_index is None or sentence.index - self.last_index > 2 or self.quiet > 1:
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
    if PARTS_OPEN.match(sentence.text):  # "... đã tiếp nhận 2.184 hồ sơ. Trong đó, 2.096 hồ sơ ..."
        parts_of_previous(drafts, before)
        return True
    # "tiếp nhận 60 hồ sơ. ... trả kết quả 52 hồ sơ, còn 8 hồ sơ"; "tiếp nhận 585.336 hồ sơ. Kết quả đã giải quyết
    # 585.116 hồ sơ"; "đã giải quyết 12.970 hồ sơ. ...; 102 hồ sơ bị trễ hạn"; "Theo danh sách ..., có 6.891 đối
    # tượng. ... đã cấp phát 6.441"
    return parts_adding_up(drafts, before) or settled_of_received(drafts, before) or \
        timing_of_settled(drafts, before) or paid_of_listed(drafts, before)
