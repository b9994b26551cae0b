"""Session 39 fresh83 (issue 12): remarks the overseeing team makes itself ("Đoàn giám sát ... có 05 ý kiến trao
đổi", fresh83 v05) are its own round, no figure; remarks of the place's people stay figures. Sentences of my own; the
positives fail on the base tree (a figure), the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_team_remarks import teams_own_remarks
from tests.leads import TODAY

_LEAD = ("Giám sát công tác cấp phép xây dựng tại xã Tà Xùa\n\nChiều 12/11/2025, Thường trực HĐND xã Tà Xùa, tỉnh "
         "Sơn La do ông Giàng A Páo, Chủ tịch HĐND xã làm trưởng đoàn đã giám sát UBND xã về công tác cấp phép xây "
         "dựng. ")


def _values(sentence: str) -> list[float]:
    record = extract_article(_LEAD + sentence, today=TODAY).record
    return [f["value"] for f in record["figures"]]


@pytest.mark.parametrize("sentence", [
    pytest.param("Đoàn giám sát đã xem xét báo cáo và có 07 ý kiến trao đổi, đề nghị UBND xã làm rõ.", id="co-y-kien"),
    pytest.param("Sau đó, các thành viên đoàn đã nêu 4 ý kiến đề nghị xã giải trình.", id="members-neu"),
    pytest.param("Tại buổi làm việc, đoàn đóng góp 3 ý kiến về việc niêm yết thủ tục.", id="dong-gop"),
    pytest.param("Các thành viên Đoàn khảo sát đã phát biểu 8 ý kiến, kiến nghị về hồ sơ.", id="phat-bieu"),
])
def test_the_teams_own_remarks_are_no_figure(sentence: str) -> None:
    assert _values(sentence) == []


@pytest.mark.parametrize(("sentence", "values"), [
    pytest.param("Đoàn đã tiếp nhận 12 ý kiến của cử tri về cấp phép.", [12], id="received-from-voters"),
    pytest.param("Đoàn ghi nhận cử tri có 9 ý kiến về đất đai.", [9], id="voters-noted"),
    pytest.param("Đoàn giám sát nghe báo cáo, xã đã nhận 14 ý kiến, kiến nghị của người dân.", [14], id="report-heard"),
    pytest.param("Đoàn giám sát làm việc tại xã, lãnh đạo xã có 5 ý kiến đề xuất.", [5], id="new-subject-after-comma"),
    pytest.param("Đoàn viên thanh niên xã có 6 ý kiến về thủ tục.", [6], id="union-members"),
])
def test_the_places_peoples_remarks_stay(sentence: str, values: list[float]) -> None:
    assert _values(sentence) == values


def test_remarks_said_to_be_someones_are_no_teams() -> None:
    text = "Đoàn đã có 11 ý kiến của cử tri gửi tới"
    start = text.index("11")
    assert not teams_own_remarks(text, start, text.index(" của"))
    text = "Đoàn đã có 11 ý kiến trao đổi"
    assert teams_own_remarks(text, text.index("11"), text.index(" trao"))
