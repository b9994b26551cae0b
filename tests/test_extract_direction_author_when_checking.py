"""A direction quoted first and its author named with the check after "khi" (session 26, issue #12, leaders).

"Đó là yêu cầu của bà X, <titles>, khi khảo sát ... tại xã A" names the one who led the check, the same as
"... trong buổi kiểm tra ..." (`leaders._AT_SESSION`); a local official who reports or who speaks to the team is
never that leader. The sentences are written for the tests.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article


def _leader(text: str) -> str | None:
    leader = extract_article(text).record.get("leader")
    return leader["name"] if leader else None


@pytest.mark.parametrize("check", ["khi kiểm tra công tác thu gom rác", "khi làm việc tại",
                                   "khi đi khảo sát điểm trường", "khi xuống giám sát việc chi trả trợ cấp",
                                   "trong buổi kiểm tra công tác thu gom rác"])
@pytest.mark.parametrize("said", ["Đó là chỉ đạo của ông", "Đây là yêu cầu của ông", "Đó là nhấn mạnh của đồng chí"])
def test_the_author_of_a_direction_quoted_first_leads_the_check(check: str, said: str) -> None:
    text = (f"Rác phải được thu gom mỗi ngày, không để tồn đọng ở các chợ. {said} Phan Văn Kiên, Phó Chủ tịch "
            f"UBND tỉnh Quảng Nam, {check} tại xã Tam Xuân 1, huyện Núi Thành ngày 4/9/2023.\n\n"
            "Báo cáo với đoàn, ông Võ Minh Tâm, Chủ tịch UBND xã Tam Xuân 1, cho biết xã có hai xe thu gom.")
    assert _leader(text) == "Phan Văn Kiên"


def test_a_local_official_who_asks_the_team_is_no_leader() -> None:
    text = ("Xã cần thêm kinh phí để làm lại đường vào trường. Đó là đề nghị của ông Võ Minh Tâm, Chủ tịch UBND xã "
            "Tam Xuân 1, khi làm việc với đoàn giám sát của HĐND huyện Núi Thành ngày 4/9/2023.")
    assert _leader(text) != "Võ Minh Tâm"
