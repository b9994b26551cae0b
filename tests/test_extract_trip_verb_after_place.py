"""A visitor who goes to a place and then names the check ("đến Trung tâm ... xã A thị sát", no "để" between), and
the occasion "Trước buổi làm việc, ..." before the subject, lead the visit (store/extract/leader_trips.py; issue #12).
A guest who comes to attend ("đến dự ...") and a host who reports are not taken by this rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.draft import Draft

VISITS = [
    pytest.param("Sáng 12/7/2025, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Thành đến Trung tâm phục vụ hành chính công "
                 "xã Cam Lộ thị sát, nắm tình hình tiếp nhận hồ sơ.", "Lê Văn Thành", id="day-then-goes-then-inspects"),
    pytest.param("Trước buổi làm việc, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Thành đến Trung tâm phục vụ hành chính "
                 "công xã Cam Lộ thị sát, nắm tình hình tiếp nhận hồ sơ.", "Lê Văn Thành", id="before-the-session"),
    pytest.param("Trước cuộc họp với các sở, Phó Chủ tịch UBND tỉnh Nghệ An Hồ Đức Lương tới bộ phận một cửa xã "
                 "Diễn Châu tham quan khu vực hướng dẫn người dân nộp hồ sơ trực tuyến.", "Hồ Đức Lương",
                 id="before-the-meeting-tour"),
    pytest.param("Chiều 4/9/2025, Bí thư Tỉnh ủy Lâm Đồng Kha Văn Tịnh về điểm tiếp nhận hồ sơ của xã Đức Trọng "
                 "thị sát việc cấp đổi giấy tờ đất đai.", "Kha Văn Tịnh", id="comes-back-to-a-point"),
    pytest.param("Trước buổi làm việc với Đảng ủy, UBND xã Cam Lộ, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Thành đến "
                 "Trung tâm phục vụ hành chính công xã thị sát.", "Lê Văn Thành", id="occasion-with-a-comma"),
]

LOOK_ALIKES = [
    # a guest who comes to attend a ceremony is not taken by the trip rule, whatever he sees there
    pytest.param("Sáng 12/7/2025, Chủ tịch UBND tỉnh Quảng Trị Lê Văn Thành đến dự lễ khai trương Trung tâm phục vụ "
                 "hành chính công xã Cam Lộ và phát biểu chúc mừng.", None, id="comes-to-attend"),
    # the commune's own chairman who reports is the host
    pytest.param("Sáng 12/7/2025, Chủ tịch UBND xã Cam Lộ Trương Văn Lực báo cáo tại Trung tâm phục vụ hành chính công "
                 "về số hồ sơ tiếp nhận trong tuần.", None, id="host-reports"),
    pytest.param("Trước buổi làm việc với đoàn, Chủ tịch UBND xã Cam Lộ Trương Văn Lực báo cáo tại Trung tâm phục vụ "
                 "hành chính công về số hồ sơ tồn đọng.", None, id="before-the-session-host-reports"),
]


def _draft(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract_file(path, today=date(2026, 12, 1))


@pytest.mark.parametrize(("text", "leader"), VISITS)
def test_a_visitor_who_goes_to_a_place_then_inspects_leads(tmp_path: Path, text: str, leader: str) -> None:
    assert (_draft(tmp_path, text).record.get("leader") or {}).get("name") == leader


@pytest.mark.parametrize(("text", "leader"), LOOK_ALIKES)
def test_a_guest_or_a_host_is_not_taken(tmp_path: Path, text: str, leader: str | None) -> None:
    assert (_draft(tmp_path, text).record.get("leader") or {}).get("name") == leader
