"""Session 24, fresh36: officials who join a team ("Tham gia đoàn công tác có ..., gồm ông X - <title>") are no head
when the lead names who led, and a team's destination ("Điểm đến của đoàn công tác là xã A") is the unit visited. The
articles are written for these tests (tuned t1544-t1548)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.extract import extract_file
from store.extract.leaders import _MEMBERS_LISTED, _TEAM_LISTED
from store.extract.place_mentions import VISIT_BEFORE
from tests.leads import TODAY

TUNED = Path(__file__).parent / "articles" / "tuned"
EXPECTED = orjson.loads((TUNED / "expected.json").read_bytes())


def _record(number: int) -> dict:
    name = next(name for name in EXPECTED if name.startswith(f"t{number}_"))
    return extract_file(TUNED / name, today=TODAY).record


@pytest.mark.parametrize("before", [
    "Tham gia đoàn công tác có lãnh đạo tỉnh Cà Mau, gồm ông ",
    "Cùng tham gia đoàn có ông ",
    "Tham gia cùng đoàn giám sát có bà ",
    "Thành viên đoàn gồm bà ",
])
def test_those_who_join_a_team_are_members(before: str) -> None:
    assert _MEMBERS_LISTED.search(before)


@pytest.mark.parametrize("before", [
    "Thành phần đoàn gồm: ông ",
    "Đoàn giám sát của Ban Pháp chế HĐND huyện gồm: ông ",
])
def test_a_teams_make_up_is_no_list_of_those_who_join(before: str) -> None:
    assert _TEAM_LISTED.search(before) and not _MEMBERS_LISTED.search(before)


@pytest.mark.parametrize("before", [
    "Điểm đến của đoàn công tác là ",
    "Điểm đến tiếp theo của đoàn là Bộ phận một cửa ",
    "Điểm đến đầu tiên của đoàn giám sát là UBND ",
])
def test_a_teams_destination_is_a_visit(before: str) -> None:
    assert VISIT_BEFORE.search(before)


@pytest.mark.parametrize("before", [
    "Theo lịch, điểm đến của đoàn vào đợt sau dự kiến là ",
    "điểm đến của đoàn trong tuần sau sẽ là ",
    "Điểm đến du lịch hấp dẫn là ",
])
def test_a_destination_still_to_come_or_of_no_team_is_none(before: str) -> None:
    assert not VISIT_BEFORE.search(before)


def test_the_leader_is_who_led_not_the_first_who_joined() -> None:
    assert _record(1544)["leader"]["name"] == "Đặng Minh Quân"
    assert _record(1548)["leader"]["name"] == "Võ Thành Nhân"  # a team's make-up still names its head first


def test_the_destination_replaces_the_province_of_the_lead() -> None:
    assert [place["name"] for place in _record(1545)["localities"]] == ["xã Long Thạnh"]
    assert [place["name"] for place in _record(1546)["localities"]] == ["xã Tân Bình", "xã Hòa An"]
    assert [place["name"] for place in _record(1547)["localities"]] == ["xã Long Phú"]
