"""Session 40, figures22: files carried over from an earlier period, told after a count received in this one, are no
part of it (figures21's rule 8, decided in the log; `figure_past_counts.carried_past_received`), on sentences
written for these tests.

Kept as parts: carried files in a total to handle ("tổng số hồ sơ phải giải quyết ..., trong đó tồn kỳ trước
chuyển sang ..."), after "trong đó" or in a bracket inside the received count (the report says so), and "còn ...
chưa giải quyết" with no carrying words (rule 4).
"""

from __future__ import annotations

import pytest

from tests.leads import COUNCIL_LEAD, figure_triples


def _triples(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return figure_triples(COUNCIL_LEAD + said)


@pytest.mark.parametrize(("said", "carried"), [
    pytest.param("Năm 2025, xã đã tiếp nhận 1.460 hồ sơ, còn 38 hồ sơ quá hạn từ năm trước chuyển sang.",
                 (38, "hồ sơ"), id="qua-han-tu-nam-truoc"),
    pytest.param("Năm 2025, xã đã tiếp nhận 2.130 hồ sơ, còn 26 hồ sơ đang giải quyết do kỳ trước chuyển sang.",
                 (26, "hồ sơ"), id="do-ky-truoc"),
    pytest.param("Năm 2025, xã đã tiếp nhận 64 kiến nghị, còn 7 kiến nghị chưa trả lời do năm trước chuyển sang.",
                 (7, "kiến nghị"), id="kien-nghi"),
    pytest.param("Năm 2025, xã đã nhận 640 đơn, còn 11 đơn tồn từ năm trước chưa giải quyết xong.",
                 (11, "đơn"), id="ton-tu-nam-truoc"),
    pytest.param("Quý III, phường tiếp nhận 900 hồ sơ, còn 12 hồ sơ của quý trước chuyển qua.",
                 (12, "hồ sơ"), id="quy-truoc-chuyen-qua"),
    pytest.param("Năm 2025, xã đã tiếp nhận 1.460 hồ sơ và còn 38 hồ sơ quá hạn từ năm trước chuyển sang.",
                 (38, "hồ sơ"), id="after-va-no-comma"),
    pytest.param("Năm 2025, xã đã tiếp nhận 1.460 hồ sơ, còn 38 hồ sơ chuyển sang từ năm trước.",
                 (38, "hồ sơ"), id="chuyen-sang-tu-nam-truoc"),
])
def test_carried_over_files_are_no_part_of_those_received(said: str, carried: tuple[int, str]) -> None:
    assert (*carried, None) in _triples(said)


@pytest.mark.parametrize(("said", "part"), [
    pytest.param("Năm 2025, tổng số hồ sơ phải giải quyết là 960 hồ sơ, trong đó tồn kỳ trước chuyển sang 35 hồ sơ.",
                 (35, "hồ sơ", 960), id="a-total-to-handle"),
    pytest.param("Năm 2025, xã tiếp nhận 310 hồ sơ, trong đó có 14 hồ sơ từ năm trước chuyển sang.",
                 (14, "hồ sơ", 310), id="trong-do"),
    pytest.param("Năm 2025, xã tiếp nhận 540 hồ sơ (trong đó kỳ trước chuyển sang 40 hồ sơ), đã giải quyết 515 hồ sơ.",
                 (40, "hồ sơ", 540), id="a-bracket"),
    pytest.param("Năm 2025, xã tiếp nhận 400 hồ sơ, còn 9 hồ sơ chưa giải quyết.", (9, "hồ sơ", 400),
                 id="con-with-no-carrying-words"),
    pytest.param("Năm 2025, xã tiếp nhận 1.460 hồ sơ, đã giải quyết 1.402 hồ sơ.", (1402, "hồ sơ", 1460),
                 id="settled"),
    pytest.param("Năm 2025, xã tiếp nhận 1.460 hồ sơ và đã giải quyết 1.402 hồ sơ.", (1402, "hồ sơ", 1460),
                 id="settled-after-va"),
])
def test_parts_the_report_says_stay(said: str, part: tuple[int, str, int]) -> None:
    assert part in _triples(said)
