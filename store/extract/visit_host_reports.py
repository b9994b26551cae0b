"""The host's own report quoted in a visit report: "Theo báo cáo UBND TP.Tam Kỳ, từ đầu năm đến nay, Phòng Nội vụ thành
phố đã tiến hành kiểm tra định kỳ đối với 6 cơ quan ...".

A team visits a city or a district and the page goes on with what the host reported to it: its own inspections
since the start of the year. "từ đầu năm đến nay" and the host's counts of checks read as a round-up of oversight
(`visit_kind._ROUND_UP`), and the visit was flagged as none (s18 fresh24 v07). A sentence that opens on the report of
the unit the opening sentence visited ("Theo báo cáo (của) UBND huyện A", "Theo UBND thị xã B", "Theo lãnh đạo xã
C") tells the host's work, heard at the visit, as `visit_occasions.hosts_own_inspections` reads "huyện đã kiểm tra
được 6 xã". A report of another body ("Theo báo cáo của Sở Nội vụ, từ đầu năm đến nay, các tổ đã kiểm tra 23 cơ
quan") is the team's side summed up, and an article with no visit in its opening has no host to quote.
"""

from __future__ import annotations

import re

from ..folding import fold
from .text import Article

__all__ = ["quotes_its_host"]

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
