"""A committee's review of the papers put before a session ("thẩm tra"), held at its own table: no visit.

Before a session, a council's committees (Ban Pháp chế, Ban Kinh tế - Ngân sách, Ban Dân tộc ...) and the
Assembly's committees review the reports, submissions and draft resolutions or bills to be put before it ("Ban Dân
tộc HĐND tỉnh thẩm tra các báo cáo, tờ trình và dự thảo Nghị quyết trình tại Kỳ họp thứ 6"; "tổ chức phiên họp
thẩm tra sơ bộ hồ sơ dự án Luật ..."). The members meet at the council's office or the Assembly's building and
argue over texts; their words of oversight ("tăng cường kiểm tra, giám sát các chính sách") are what they ask of
others. Real: daibieunhandan Cao Bằng (s24/fresh38 l05), daibieunhandan 2025 (s24/fresh37 n03).

A committee that goes to a unit for its review stays a visit: "khảo sát tại UBND huyện A để phục vụ thẩm tra",
"làm việc với Sở Tài chính về ...", "giám sát tại ..."; so does an on-site appraisal of a commune's file ("thẩm
tra hồ sơ ... xã đạt chuẩn nông thôn mới tại xã A").
"""

from __future__ import annotations

import re

from .text import Article

__all__ = ["review_at_its_table"]

_REVIEW = re.compile(r"(?<!phục vụ )(?<!phục vụ cho )(?<!để )(?<!nhằm )(?<!việc )(?<!công tác )(?<!báo cáo )"
                     r"\bthẩm tra\s+"
                     r"(?:sơ bộ\s+)?(?:(?:các|hồ sơ|nội dung(?:\s+của)?)\s+)?(?:báo cáo|tờ trình|dự thảo|dự án|đề án|"
                     r"nội dung)\b", re.IGNORECASE)
"""The review of papers as the lead's own deed ("Thẩm tra các báo cáo, tờ trình", "phiên họp thẩm tra sơ bộ hồ sơ
dự án Luật"), not one a visit serves ("để phục vụ thẩm tra các báo cáo"), nor the committee's report read at a session
("trình Quốc hội Báo cáo thẩm tra dự án Luật ...": the session's business, `visit_sittings`)."""
_AT_A_UNIT = re.compile(r"\b(?:khảo sát|giám sát|kiểm tra|thị sát)\s+(?:thực tế\s+)?(?:tại|ở)\b|"
                        r"\b(?:đến|tới|về)\s+(?:thăm|làm việc|khảo sát|kiểm tra|giám sát)\b|\blàm việc\s+(?:với|tại)\b|"
                        r"\bphục vụ\s+(?:cho\s+)?(?:công tác\s+|việc\s+)?thẩm tra\b|\bnông thôn mới\b|\bNTM\b",
                        re.IGNORECASE)
"""A unit gone to or worked with, or a review an on-site appraisal of a new-countryside file: a visit."""


def review_at_its_table(article: Article) -> bool:
    """The title or the opening sentence reviews a session's papers, and the lead goes to no unit."""
    opening = [article.title] if article.title else []
    opening += [s.text for s in article.sentences[:1]]
    lead = opening + [s.text for s in article.sentences[1:2]]
    return any(_REVIEW.search(text) for text in opening) and not any(_AT_A_UNIT.search(text) for text in lead)
