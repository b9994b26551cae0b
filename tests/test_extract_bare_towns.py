"""Session 32, places11: a district-level town or city named bare on a page of the district era ("làm việc tại Hội
An" in 2023) is that unit when it is the only one of that name at the district level in the provinces the article
names and no commune of that name lay there. Sentences written for these tests, with invented people; look-alikes
(two units of the name, a name also a commune's, a page after the reform, no province named, communes named with
their level, a one-word name) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return [unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or []]


@pytest.mark.parametrize("text, expected", [
    ("Ngày 12/6/2023, ông Lữ Văn Tòng, Phó Chủ tịch UBND tỉnh Quảng Nam đã làm việc tại Hội An về chuyển đổi số.",
     ["thành phố Hội An"]),
    ("Ngày 20/9/2022, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát tại Sầm Sơn về thủ tục hành chính.",
     ["thành phố Sầm Sơn"]),
    ("Ngày 5/5/2023, Ban Pháp chế HĐND tỉnh Hà Tĩnh đã khảo sát tại Hương Sơn về việc cấp căn cước.",
     ["huyện Hương Sơn"]),
    ("Ngày 7/3/2024, Tổ công tác của UBND tỉnh Quảng Nam đã kiểm tra tại Điện Bàn việc giải quyết hồ sơ.",
     ["thị xã Điện Bàn"]),
])
def test_a_district_level_town_named_bare(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two units of the name in the province (a district and a town once: no locality, as before), or a commune of
    # that name then: unsure
    ("Ngày 5/5/2023, Ban Pháp chế HĐND tỉnh Hà Tĩnh đã khảo sát tại Kỳ Anh về việc cấp căn cước.", []),
    ("Ngày 20/9/2022, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát tại Nghi Sơn về thủ tục hành chính.",
     ["phường Nghi Sơn"]),  # the commune of 2022 and the ward it became (place_era), as before
    # after the reform the bare name is today's ward, as before
    ("Ngày 12/10/2025, ông Lữ Văn Tòng, Phó Chủ tịch UBND thành phố Đà Nẵng đã làm việc tại Hội An về chuyển đổi số.",
     ["phường Hội An"]),
    # communes named with their level: the bare district only says where they lie (as t1156)
    ("Ngày 20/9/2022, Đoàn giám sát HĐND tỉnh Thanh Hóa đã giám sát tại Sầm Sơn, làm việc với UBND xã Quảng Minh.",
     ["xã Quảng Minh"]),
])
def test_look_alikes_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
