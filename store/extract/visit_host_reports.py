"""The host's own report quoted in a visit report: "Theo báo cáo UBND TP.Tam Kỳ, từ đầu năm đến nay, Phòng Nội vụ thành
phố đã tiến hành kiểm tra định kỳ đối với 6 cơ quan ...".

A team visits a city or a district and the page goes on with what the host reported to it: its own inspections
since the start of the year. "từ đầu năm đến nay" and the host's counts of checks read as a round-up of oversight
(`visit_kind._ROUND_UP`), and the visit was flagged as none (s18 fresh24 v07). A sentence that opens on the report of
the unit the opening sentence visited ("Theo báo cáo (của) UBND huyện A", "Theo UBND thị xã B", "Theo lãnh đạo xã
C") tells the host's work, heard at the visit, as `visit_occasions.hosts_own_inspections` reads "huyện đã kiểm tra
được 6 xã". A report of another body ("Theo báo cáo của Sở Nội vụ, từ đầu năm đến nay, các tổ đã kiểm tra 23 cơ
quan") is the team's side summed up, and an article with no visit in its opening has no host to quote.

The stored excerpt may also open on the host's report itself, the lead that said who came cut off ("Báo cáo đánh giá
của Tỉnh ủy A nêu rõ, ..."); a guest's words at the session ("Phát biểu tại buổi làm việc, bà X nhấn mạnh") and a
team or a session with a unit named after them ("bà X cùng đoàn kiểm tra cũng đã có buổi làm việc với huyện B") are
then the visit's evidence (`host_report_first`, s28 fresh53 v02).
"""

from __future__ import annotations

import re

from ..folding import fold
from .text import Article

__all__ = ["host_report_first", "quotes_its_host"]

_HOST_REPORT = re.compile(
    r"\W*(?:Theo\s+(?:báo cáo\s+(?:của\s+)?)?|Báo cáo\s+(?:của\s+)?)"
    r"(?:(?:lãnh đạo\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)|lãnh đạo)\s+"
    r"(?P<level>thành phố|TP\.?|thị xã|TX\.?|huyện|quận|phường|xã|thị trấn)\s*"
    r"(?P<name>[A-ZĐÀ-Ỹ][\w'’]*(?:[ \t]+[A-ZĐÀ-Ỹ0-9][\w'’]*){0,3})?")
"""The sentence opens on the report of a local People's Committee or its leaders: "Theo báo cáo UBND TP.Tam Kỳ,",
"Theo báo cáo của UBND huyện,", "Theo UBND thị xã A,", "Báo cáo của UBND xã B cho thấy"."""


def quotes_its_host(text: str, article: Article) -> bool:
    """Whether `text`, a later sentence, opens on the report of the unit the opening sentence visits."""
    m = _HOST_REPORT.match(text)
    if m is None or not article.sentences or text == article.sentences[0].text:
        return False
    from .visit_evidence import visit_evidence  # noqa: PLC0415 (visit_evidence reads visit_occasions, as this does)

    opening = visit_evidence(article, 1)
    if opening is None:
        return False
    if m["name"]:  # the host named: the opening names it too ("làm việc tại TP.Tam Kỳ")
        return fold(m["name"]) in fold(opening)
    level = {"tp": "thành phố", "tx": "thị xã"}.get(fold(m["level"]).rstrip("."), m["level"].lower())
    return re.search(rf"\b{level}\b", opening, re.IGNORECASE) is not None  # "Theo báo cáo của UBND huyện,"


_OPENS_ON_A_REPORT = re.compile(
    r"\W*(?:Theo\s+)?[Bb]áo cáo(?:\s+(?:đánh giá|tóm tắt|tổng hợp|kết quả))?\s+(?:của\s+)?"
    r"(?:Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Thị ủy|Thị uỷ|Đảng ủy|Đảng uỷ|UBND|Ủy ban nhân dân|"
    r"Uỷ ban nhân dân|Ban Thường vụ|(?:Ủy|Uỷ) ban [Bb]ầu cử|Ban [Bb]ầu cử)\s+[^\s,.;]")
"""The excerpt's first sentence opens on a local body's report: "Báo cáo đánh giá của Tỉnh ủy A nêu rõ, ...",
"Theo báo cáo của UBND huyện B, ...", "Theo báo cáo của Ủy ban Bầu cử xã C, ..." (the board a check of election
preparations hears, s30 fresh63 v08)."""
_SPOKE_AT_THE_SESSION = re.compile(
    r"^\W*Phát biểu\s+(?:\S+\s+){0,2}?tại\s+(?:buổi|cuộc)\s+(?:làm việc|kiểm tra|giám sát|khảo sát)\s*,")
"""A later sentence opens on a guest's words at the session: "Phát biểu tại buổi làm việc, ..."."""
_TEAM_VERDICT = re.compile(r"^\W*(?:Các thành viên\s+)?(?:Đoàn|Tổ)\s+(?:công tác|kiểm tra|giám sát|khảo sát)\b"
                           r"(?:(?!\s(?:sẽ|dự kiến|sắp(?!\s+xếp))\s)[^.;,]){0,80}?\s(?:đã\s+)?"
                           r"(?:đánh giá|ghi nhận|biểu dương|nhận xét)\b")
"""A later sentence opens on the team's verdict on its host: "Đoàn công tác đánh giá công tác lãnh đạo ... của xã",
"Đoàn kiểm tra ghi nhận sự chuẩn bị ..." (s30 fresh63 v08, the team named nowhere before it); not a verdict to come
("Đoàn kiểm tra sẽ đánh giá ...")."""
_READ = 10
"""The sentences read: a host's report can run two paragraphs before the team is named (s30 fresh63 v08: nine)."""
_TEAM_OR_SESSION = re.compile(r"\b(?:đoàn|tổ)\s+(?:kiểm tra|giám sát|khảo sát|công tác)\b|"
                              r"\bbuổi làm việc\s+với\s+(?:UBND\s+|Ủy ban nhân dân\s+)?"
                              r"(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|Tỉnh ủy|Huyện ủy)\b", re.IGNORECASE)
"""A team ("đoàn kiểm tra") or a session with a named unit ("buổi làm việc với huyện A") in the opening sentences."""


def host_report_first(article: Article) -> str | None:
    """The sentence telling a guest's words at a session, or the team's verdict on its host, when the excerpt opens on
    a local body's report and a team or a session with a unit is named in its first ten sentences, or None. The
    stored excerpt then began after the lead that said who came: the host's report, heard by the visitors, is told
    first."""
    texts = [s.text for s in article.sentences[:_READ]]
    if not texts or not _OPENS_ON_A_REPORT.match(texts[0]):
        return None
    if not any(_TEAM_OR_SESSION.search(text) for text in texts):
        return None
    return next((text for text in texts[1:] if _SPOKE_AT_THE_SESSION.match(text) or _TEAM_VERDICT.match(text)), None)
