"""A lead opening on a time whose subject is an office, the holder named bare in the next sentence (session 26,
visits; `store.extract.leader_officers.office_then_name`). The time word opens the sentence with its capital
("Chiều 21/10/2025, Phó Chủ tịch UBND tỉnh ... đã đến kiểm tra"), which the lead's pattern read in lower case only.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article


def _leader(lead: str, then: str) -> str | None:
    record = extract_article(f"Kiểm tra một cửa\n\n{lead}\n\n{then}\n").record
    return (record.get("leader") or {}).get("name")


@pytest.mark.parametrize("time", ["Sáng 4/11/2025", "Chiều 4/11/2025", "Trưa 4/11/2025", "Ngày 4/11/2025"])
def test_the_holder_who_directs_after_a_timed_lead(time: str) -> None:
    lead = f"{time}, Phó Chủ tịch UBND tỉnh Sơn La đã đến kiểm tra bộ phận một cửa xã Chiềng Mai."
    assert _leader(lead, "Tại đây, ông Lò Văn Minh yêu cầu xã bố trí thêm công chức.") == "Lò Văn Minh"


def test_a_bare_named_host_who_reports_is_no_leader() -> None:
    lead = "Chiều 4/11/2025, Chủ tịch UBND tỉnh Sơn La đã đến kiểm tra bộ phận một cửa xã Chiềng Mai."
    assert _leader(lead, "Tại đây, ông Lò Văn Minh cho biết xã đã số hóa hồ sơ.") is None


@pytest.mark.parametrize("verb", ["thống nhất", "đồng tình", "nhất trí"])
def test_a_dashed_committee_title_ends_before_its_verb(verb: str) -> None:
    """"bà X - Trưởng ban Văn hóa - Xã hội thống nhất với ...": no body word ends the title; the verb in lower case
    does (people._TITLE_STOP), so the one who weighs the oversight's results is read (leader_concluders)."""
    text = ("Qua giám sát cho thấy, xã Bình Gia đã chi trả trợ cấp đầy đủ.\nToàn cảnh buổi làm việc\n"
            f"Nhận xét kết quả giám sát, bà Lê Thị Hòa - Trưởng ban Văn hóa - Xã hội {verb} với báo cáo của xã.\n")
    leader = extract_article(text).record.get("leader") or {}
    assert (leader.get("name"), leader.get("title")) == ("Lê Thị Hòa", "Trưởng ban Văn hóa - Xã hội")
