"""Session 39, figures21: how the files came in (online, by post), told right after the received count in its
sentence, is a part of it (`figure_wholes._HOW_RECEIVED`; the convention's rule 5 in docs/extraction-log.md), on
sentences written for these tests.

"đã tiếp nhận 2.315 hồ sơ, 1.870 hồ sơ nộp trực tuyến" gave 1.870 no whole where "trong đó có 1.870 hồ sơ nộp
trực tuyến" and a bracket ("(trực tuyến 900, trực tiếp 300)") gave one. Kept: a count opening its own clause after
";" with no "trong đó" (rule 6), a count larger than the received, another sentence's count, another kind.
"""

from __future__ import annotations

import pytest

from tests.leads import COUNCIL_LEAD, figure_triples


def _wholes(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return figure_triples(COUNCIL_LEAD + said)


@pytest.mark.parametrize(("said", "part"), [
    pytest.param("Năm nay, xã đã tiếp nhận 2.315 hồ sơ, 1.870 hồ sơ nộp trực tuyến.", 1870, id="after-a-comma"),
    pytest.param("Năm nay, xã đã tiếp nhận 2.315 hồ sơ, có 1.870 hồ sơ được nộp trực tuyến.", 1870, id="after-co"),
    pytest.param("Quý III, xã đã nhận 2.315 hồ sơ, 1.870 hồ sơ được nộp qua dịch vụ công trực tuyến.", 1870,
                 id="through-the-portal"),
    pytest.param("Quý III, xã đã tiếp nhận 2.315 hồ sơ, có 96 hồ sơ gửi qua bưu chính công ích.", 96, id="by-post"),
    pytest.param("Quý III, xã đã tiếp nhận 2.315 hồ sơ, 445 hồ sơ nộp trực tiếp tại quầy.", 445, id="in-person"),
])
def test_a_way_in_right_after_the_received_count_is_its_part(said: str, part: int) -> None:
    assert (part, "hồ sơ", 2315) in _wholes(said)


@pytest.mark.parametrize(("said", "count"), [
    pytest.param("Năm nay, xã đã tiếp nhận 2.315 hồ sơ; 1.870 hồ sơ trực tuyến là của các thủ tục liên thông.", 1870,
                 id="own-clause-after-a-semicolon"),
    pytest.param("Năm nay, xã đã tiếp nhận 2.315 hồ sơ, toàn tỉnh có 96.400 hồ sơ trực tuyến.", 96_400,
                 id="larger-than-the-received"),
    pytest.param("Năm nay, xã đã tiếp nhận 2.315 hồ sơ. Toàn huyện có 1.870 hồ sơ nộp trực tuyến.", 1870,
                 id="another-sentence"),
    pytest.param("Năm nay, xã đã tiếp nhận 2.315 hồ sơ, đã số hóa 1.500 hồ sơ.", 1500, id="another-deed"),
])
def test_a_count_that_is_no_way_in_of_the_received_keeps_no_whole(said: str, count: int) -> None:
    assert (count, "hồ sơ", None) in _wholes(said)
