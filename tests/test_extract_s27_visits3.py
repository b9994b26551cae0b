"""A people's committee's own site check told after a fronted reason; a check made told as "Qua việc kiểm tra"
(session 27, visits3; `visit_site_checks`, `visit_findings_first.checked_through`, `visit_evidence`).

"Trước sự phản ánh của người dân về ..., ngày 24/8, UBND tỉnh A đã kiểm tra hiện trường" is the committee's own check:
a visit. "Qua việc kiểm tra thực tế tại huyện A, ông X đề nghị ..." tells the check made, as "Qua kiểm tra" does. A
check still to come, a task given to others, and "việc kiểm tra" as a noun stay what they were.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.visit_findings_first import checked_through
from store.extract.visit_site_checks import committee_checked_a_site


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


_VISITS = [
    "Trước sự phản ánh của người dân về bãi cát lấn bờ sông, ngày 12/6/2023, UBND tỉnh Bình Định đã kiểm tra "
    "hiện trường và yêu cầu tháo dỡ ngay.",
    "Trước tình trạng nước thải chảy ra kênh, sáng 3/4/2023, UBND tỉnh Bình Định đã kiểm tra hiện trường tại xã Cát "
    "Tiến, huyện Phù Cát.",
    "Trước nhiều ý kiến của cử tri về cây cầu tạm bị cuốn trôi, chiều 5/10/2024, UBND tỉnh Quảng Ngãi đã khảo sát "
    "hiện trường và giao huyện dựng cầu mới.",
    "Ngày 8/8/2022, UBND tỉnh Phú Yên đã trực tiếp kiểm tra thực tế và yêu cầu công ty dừng thi công.",
    "Qua việc kiểm tra thực tế tại huyện Tuy An chiều 2/11/2023, ông Lê Văn Mười, Phó Chủ tịch UBND tỉnh Phú Yên đề "
    "nghị huyện khẩn trương gia cố đê.",
    "Qua việc kiểm tra hiện trường tại xã Tịnh Sơn sáng 6/6/2024, bà Hồ Thị Lan, Chủ tịch UBND huyện Sơn Tịnh yêu cầu "
    "xã đẩy nhanh việc bàn giao mặt bằng.",
]


@pytest.mark.parametrize("text", _VISITS)
def test_a_check_made_is_a_visit(text: str) -> None:
    assert _code(text) is None


_NOT_VISITS = [
    # a check still to come
    ("Trước sự phản ánh của người dân về khai thác đất trên đồi, sáng 14/4/2023, UBND tỉnh Bình Định cho biết sẽ kiểm "
     "tra hiện trường tại xã Cát Tiến.", "nonvisit.to_come"),
    # a task given to others
    ("Trước sự phản ánh của người dân về khai thác đất trên đồi, ngày 14/4/2023, UBND tỉnh Bình Định đã yêu cầu các "
     "sở kiểm tra hiện trường tại xã Cát Tiến.", None),
    ("Trước phản ánh của người dân về một trại heo, ngày 3/9/2024, UBND tỉnh Quảng Ngãi đã giao UBND huyện Sơn Tịnh "
     "kiểm tra hiện trường.", None),
]


@pytest.mark.parametrize(("text", "code"), _NOT_VISITS)
def test_a_check_to_come_or_given_stays_none(text: str, code: str | None) -> None:
    got = _code(text)
    assert got is not None
    if code:
        assert got.startswith(code)


@pytest.mark.parametrize(("before", "verb", "after", "made"), [
    ("Trước sự phản ánh của người dân, ngày 24/8, UBND tỉnh Phú Yên đã ", "kiểm tra", " hiện trường.", True),
    ("Sáng 5/6, UBND huyện Tuy An đã ", "khảo sát", " thực tế tại xã An Ninh Đông.", True),
    ("Ngày 5/6, UBND tỉnh Bà Rịa - Vũng Tàu đã trực tiếp ", "kiểm tra", " hiện trường.", True),
    ("Ngày 5/6, UBND tỉnh Bình Định đã ", "kiểm tra", " các dự án tại xã Cát Tiến.", True),
    # a check to come, a task given, a desk check with no site, a body that is no committee
    ("Ngày 5/6, UBND tỉnh Bình Định sẽ ", "kiểm tra", " hiện trường.", False),
    ("Ngày 5/6, UBND tỉnh Bình Định đã yêu cầu các sở ", "kiểm tra", " hiện trường.", False),
    ("Ngày 5/6, UBND tỉnh Bình Định cho biết đã ", "kiểm tra", " hiện trường.", False),
    ("Ngày 5/6, UBND tỉnh Bình Định đã ", "kiểm tra", " hồ sơ của 30 doanh nghiệp.", False),
    ("Ngày 5/6, UBND tỉnh Bình Định đã ", "ban hành", " kế hoạch.", False),
])
def test_committee_checked_a_site(before: str, verb: str, after: str, made: bool) -> None:
    assert committee_checked_a_site(verb, before, after) is made


@pytest.mark.parametrize(("before", "made"), [
    ("Qua việc ", True),
    ("“Qua việc ", True),
    ("Việc ", False),  # "Việc kiểm tra nhằm ...": a noun
    ("Đoàn đánh giá cao việc ", False),
    ("Ông X cho biết qua việc ", False),  # not the sentence's opening
])
def test_checked_through(before: str, made: bool) -> None:
    assert checked_through(before) is made
