"""A conference that announces an inspection's or oversight's findings: the announcement, not the visit.

Party inspection and supervision teams, and some councils' teams, end their work weeks or months later at a
conference held to announce what they found ("chủ trì Hội nghị thông báo kết quả kiểm tra đối với Ban Thường vụ
Tỉnh ủy X", "tổ chức hội nghị công bố kết luận giám sát"). The opening has a team, its head, a day and the word
"kiểm tra" or "giám sát", so it reads like a visit; but the day is the announcement's, and the work it reports was
done before ("ngày 14/7/2023, Đoàn đã triển khai quyết định kiểm tra"). Like a meeting on a draft report
(`visit_kind._REPORT_MEETING`), it is no visit report. A team that announces its findings at the end of its own
working day at a unit ("làm việc với UBND xã A ... và thông báo kết quả giám sát") holds no such conference and
stays a visit: only a conference or meeting named for the announcement is taken.
"""

from __future__ import annotations

import re

from .text import Article

_FINDINGS_CONFERENCE = re.compile(
    r"\b(?:hội nghị|cuộc họp|buổi họp)\s+(?:công bố|thông báo|thông qua)\s+(?:dự thảo\s+)?"
    r"(?:kết quả|kết luận|báo cáo kết quả|thông báo kết quả)\s+(?:của\s+)?(?:cuộc\s+|đợt\s+)?"
    r"(?:kiểm tra|giám sát|thanh tra)\b",
    re.IGNORECASE)
"""A conference named for the findings: "Hội nghị thông báo kết quả kiểm tra", "hội nghị công bố kết luận giám sát"."""
_HELD = re.compile(r"\b(?:tổ chức|chủ trì|tiến hành|dự|họp)\b", re.IGNORECASE)
"""Someone holds or attends it in the opening ("đã chủ trì Hội nghị ...", "tổ chức hội nghị ...")."""


def findings_announced(article: Article, sentences: int = 2) -> bool:
    """Whether an opening sentence has someone hold or attend a conference that announces findings."""
    for sentence in article.sentences[:sentences]:
        found = _FINDINGS_CONFERENCE.search(sentence.text)
        if found and _HELD.search(sentence.text[:found.start()]):
            return True
    return False
