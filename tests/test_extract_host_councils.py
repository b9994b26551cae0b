"""A council's or a Front's standing body as the host of the session: "làm việc với Thường trực HĐND xã A".

Session 30, f62: probing its real set's wording (the new councils after the March 2026 elections), a provincial
council's vice-chair "đã làm việc với Thường trực HĐND xã A" under a headline naming no place gave the province;
an Assembly committee's team "làm việc với Thường trực HĐND tỉnh A" gave no place; a provincial Front "làm việc với
Ban Thường trực Ủy ban MTTQ Việt Nam xã A" gave the headline's province. The unit after a body is its own unit
(`place_cues._BODY_BEFORE`) unless the team works with that body: then it hosts (`place_host_councils`).
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_host_councils import council_hosts


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


_HOSTS = [
    ("Phó Chủ tịch HĐND tỉnh làm việc tại xã\n\nSáng 14/4/2026, ông Lê Minh Quân, Phó Chủ tịch HĐND tỉnh Nghệ An, "
     "đã làm việc với Thường trực HĐND xã Nghĩa Đàn về giải quyết hồ sơ đất đai.", "xã Nghĩa Đàn"),
    ("Tin hoạt động\n\nNgày 20/4/2026, Đoàn giám sát của Ủy ban Xã hội do bà Phan Thu Hà, Phó Chủ nhiệm Ủy ban, "
     "làm trưởng đoàn đã làm việc với Thường trực HĐND tỉnh Quảng Ngãi về dịch vụ công trực tuyến.", "tỉnh Quảng Ngãi"),
    ("Ủy ban MTTQVN tỉnh Phú Thọ làm việc với Ủy ban MTTQVN xã Tam Nông\n\nNgày 9/4/2026, Ủy ban MTTQ Việt Nam tỉnh "
     "do ông Hà Văn Lâm, Phó Chủ tịch, dẫn đầu đã làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam xã Tam Nông về "
     "giám sát thủ tục hành chính.", "xã Tam Nông"),
]


@pytest.mark.parametrize(("text", "place"), _HOSTS)
def test_the_host_bodys_unit_is_visited(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize("before", [
    "đã làm việc với Thường trực HĐND ",
    "làm việc với Ban Thường trực Ủy ban MTTQ Việt Nam ",
    "làm việc với lãnh đạo Hội đồng nhân dân ",
    "làm việc với HĐND ",
])
def test_a_body_worked_with_hosts(before: str) -> None:
    assert council_hosts(before)


@pytest.mark.parametrize("before", [
    "Sáng 16/4/2026, Thường trực HĐND ",  # the body's own name, not worked with
    "ông Lê Văn Hòa, Chủ tịch HĐND ",
    "đã làm việc với UBND tỉnh về kết quả giám sát của HĐND ",  # a body further on in the clause
    "Đoàn giám sát của Ủy ban MTTQ Việt Nam ",
])
def test_a_body_not_worked_with_is_no_host(before: str) -> None:
    assert not council_hosts(before)


def test_a_commune_councils_own_session_keeps_its_commune() -> None:
    text = ("Thường trực HĐND xã làm việc với Trung tâm phục vụ hành chính công\n\nNgày 16/4/2026, ông Lê Văn Hòa, "
            "Chủ tịch HĐND xã Mộ Đức, đã làm việc với Trung tâm phục vụ hành chính công xã về tiến độ giải quyết "
            "hồ sơ.")
    assert _places(text) == ["xã Mộ Đức"]
