"""A ward named only in the bracketed address of a centre's branch the visitors are at.

After the 2025 reform a city's public-service centre keeps branches in its wards, and a report on a leader's check
there often names the ward only as the branch's address: "Tại Trung tâm Phục vụ hành chính công TP A chi nhánh số 3
(phường B), ...", then "Chủ tịch UBND TP A ... trực tiếp kiểm tra khu vực tiếp nhận hồ sơ". The city there is whose
centre it is; the ward is where the visitors are, the unit the house lists (the province only when no lower unit is
visited). The visitors are at the branch when the sentence naming it is the visit's ("đến kiểm tra tại Trung tâm ...
chi nhánh số 2 (phường B)") or opens on the branch ("Tại Trung tâm ...") and the next sentence tells an office holder
or the team checking, greeting or working there. A branch the reporter looks in on with no visitor told there ("tại
... chi nhánh số 7 (phường C), lượng người dân ... cũng tăng") is no visit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..gazetteer import WARD_LEVELS

if TYPE_CHECKING:
    from .place_mentions import Mention
    from .text import Sentence

__all__ = ["branch_ward"]

_BRANCH = re.compile(r"\b(?:Trung tâm|Bộ phận)\b[^.;()]{0,120}?\b[Cc]hi nhánh(?:\s+số\s+\d+)?\s*\(\s*$")
"""The branch of a centre and the bracket that opens its address: "Trung tâm ... TP A chi nhánh số 3 ("."""
_CLOSED = re.compile(r"\s*\)")
_VISIT = r"\b(?:kiểm tra|khảo sát|giám sát|thăm|làm việc|chúc Tết|lì xì|động viên)\b"
_VISITORS_HERE = re.compile(_VISIT + r"[^.;]{0,80}?\btại\s+[^.;()]{0,120}$", re.IGNORECASE)
"""The visit's verb before the centre in the same sentence: "đã đến kiểm tra việc tiếp nhận hồ sơ tại Trung tâm ..."."""
_SCENE = re.compile(r"\s*(?:Tại|Ở)\s+(?=(?:Trung tâm|Bộ phận)\b)")
_VISITORS_NEXT = re.compile(r"\b(?:Chủ tịch|Phó Chủ tịch|Bí thư|Phó Bí thư|Trưởng đoàn|[Đđ]oàn|lãnh đạo|đồng chí)\b"
                            r"[^.;]{0,120}?" + _VISIT, re.IGNORECASE)
"""The next sentence: an office holder or the team checking, greeting or working ("Chủ tịch UBND TP A ... trực tiếp
kiểm tra khu vực tiếp nhận hồ sơ")."""


def branch_ward(mention: Mention, sentences: list[Sentence]) -> bool:
    """Whether `mention`, a ward in the bracketed address of a centre's branch, is where the visitors are."""
    sentence = mention.sentence
    if sentence is None or mention.in_title or mention.level not in WARD_LEVELS:
        return False
    text = sentence.text
    branch = _BRANCH.search(text, max(0, mention.start - 200), mention.start)
    if branch is None or not _CLOSED.match(text, mention.end):
        return False
    if _VISITORS_HERE.search(text, 0, branch.start()):
        return True
    scene = _SCENE.match(text)
    if scene is None or scene.end() != branch.start():
        return False  # the sentence opens on the branch: "Tại Trung tâm ... chi nhánh số 3 (phường B), ..."
    after = [s for s in sentences if s.index == sentence.index + 1]
    return bool(after and _VISITORS_NEXT.search(after[0].text))
