"""Session 38 items20 (issue 12): the head of a payout team — the side that pays, watched or checked by the visit —
named after the team with a comma or among its members ("do Tổ chi trả của UBND xã thực hiện, ông X, ... làm Tổ
trưởng") leads no visit; a checking team's head named the same way leads it. Sentences of my own; the positives fail
on the base tree, the look-alikes and pins pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY

_FRONT = ("Mặt trận xã Ea Sar giám sát việc chi trả tiền hỗ trợ\n\n"
          "Ban Thường trực Ủy ban MTTQ Việt Nam xã Ea Sar đã trực tiếp giám sát việc chi trả tiền hỗ trợ cho các hộ "
          "bị ảnh hưởng bởi hạn hán, chi trả từ ngày 3/5 đến ngày 5/5/2020 tại các thôn.\n\n")
_CHECK = ("Huyện kiểm tra việc chi trả tiền hỗ trợ tại xã Ea Sar\n\n"
          "Sáng 6/5/2020, Tổ kiểm tra của UBND huyện Ea Kar đã kiểm tra việc chi trả tiền hỗ trợ cho các hộ bị ảnh "
          "hưởng bởi hạn hán tại xã Ea Sar")


def _leader(text: str) -> str | None:
    leader = extract_article(text, today=TODAY).record.get("leader")
    return leader["name"] if leader else None


@pytest.mark.parametrize("payers", [
    pytest.param("Việc chi trả do Tổ chi trả của UBND xã thực hiện, ông Y Khu Niê, Phó Chủ tịch UBND xã làm Tổ "
                 "trưởng, đến từng thôn.", id="after-the-team-and-a-comma"),
    pytest.param("Tổ chi trả của UBND xã gồm 5 thành viên, bà H'Linh Mlô, Phó Chủ tịch UBND xã làm Tổ trưởng.",
                 id="after-its-members"),
    pytest.param("Tổ cấp phát của xã có 7 người, trong đó ông Nguyễn Văn Hà, công chức Văn hóa - Xã hội làm Tổ "
                 "trưởng.", id="handout-team-among-its-members"),
])
def test_a_payout_teams_head_named_after_the_team_leads_nothing(payers: str) -> None:
    assert _leader(_FRONT + payers) is None


@pytest.mark.parametrize(("text", "name"), [
    pytest.param(_CHECK + ", ông Lê Đức Thọ, Phó Chủ tịch UBND huyện làm Tổ trưởng.", "Lê Đức Thọ",
                 id="the-checking-teams-head-after-a-comma"),
    pytest.param(_CHECK + ". Tổ kiểm tra do ông Lê Đức Thọ, Phó Chủ tịch UBND huyện làm Tổ trưởng.", "Lê Đức Thọ",
                 id="the-checking-teams-head-after-do"),
    pytest.param(_CHECK + ", giám sát hoạt động của Tổ chi trả xã, ông Lê Đức Thọ, Phó Chủ tịch UBND huyện làm Tổ "
                 "trưởng.", "Lê Đức Thọ", id="a-team-watching-the-payout-team"),
])
def test_a_checking_teams_head_still_leads(text: str, name: str) -> None:
    assert _leader(text) == name


def test_a_payout_teams_head_by_title_stays_no_leader() -> None:
    """A pin (no leader on the base too): "ông X, Phó Chủ tịch UBND xã, Tổ trưởng Tổ chi trả, ..."."""
    assert _leader(_FRONT + "Trực tiếp chi trả có ông Y Khu Niê, Phó Chủ tịch UBND xã, Tổ trưởng Tổ chi trả.") is None
