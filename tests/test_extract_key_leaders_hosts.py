"""A session with a unit's key leaders or cadres ("làm việc với lãnh đạo chủ chốt tỉnh X") names the unit visited.

Session 29, fresh56 v09: a one-sentence brief of a prime minister's session with "lãnh đạo chủ chốt tỉnh Bình Phước"
gave no locality, as a bare "lãnh đạo tỉnh X" would have given the province.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.place_cues import _KEY_PEOPLE_HOST


def _places(text: str) -> list[str]:
    return [loc["name"] for loc in extract_article(text).record.get("localities", [])]


@pytest.mark.parametrize(("text", "place"), [
    ("Chiều 12/4, Bộ trưởng Bộ Tư pháp Lưu Văn Khang làm việc với lãnh đạo chủ chốt tỉnh Quảng Ngãi về công tác "
     "hộ tịch.", "tỉnh Quảng Ngãi"),
    ("Sáng 8/9/2024, Phó Thủ tướng Hồ Đức Lâm làm việc với các đồng chí lãnh đạo chủ chốt của tỉnh Kon Tum về "
     "giải ngân vốn đầu tư công.", "tỉnh Kon Tum"),
    ("Ngày 21/10, đoàn công tác của Ban Nội chính Trung ương đã làm việc với cán bộ chủ chốt tỉnh Thái Bình về "
     "công tác phòng, chống tham nhũng.", "tỉnh Thái Bình"),
    ("Chiều 2/12, Phó Chủ tịch Quốc hội Trịnh Quang Đạt làm việc với các đồng chí lãnh đạo tỉnh Phú Yên về "
     "chuyển đổi số.", "tỉnh Phú Yên"),
])
def test_the_unit_of_its_key_leaders_is_visited(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_provinces_own_conference_of_key_cadres_stays_no_visit() -> None:
    text = "Sáng 5/3/2024, Tỉnh ủy Hòa Bình tổ chức hội nghị cán bộ chủ chốt tỉnh Hòa Bình để quán triệt nghị quyết."
    assert extract_article(text).non_visit


def test_key_leaders_attending_a_session_elsewhere_name_no_visited_unit() -> None:
    # they attend a session held with a ministry: the unit after them is theirs, not one the team went to
    text = "Chiều 12/4, Bộ trưởng làm việc với Bộ Công an; dự buổi làm việc có lãnh đạo chủ chốt tỉnh Quảng Ngãi."
    assert "tỉnh Quảng Ngãi" not in _places(text)


def test_a_districts_key_cadres_after_its_commune_was_seen_stay_unlisted() -> None:
    # the commune is where the team went; its district's key cadres host the talk after it (as t725)
    text = ("Ngày 4-5-2023, sau khi khảo sát khu tái định cư thôn Đồng Tâm, xã Hải Anh, huyện Hải Hậu (tỉnh Nam "
            "Định), Phó Chủ tịch QH Lê Văn Bình và đoàn công tác đã làm việc với cán bộ chủ chốt của huyện Hải Hậu.")
    assert "huyện Hải Hậu" not in _places(text)


@pytest.mark.parametrize(("before", "hosts"), [
    ("làm việc với lãnh đạo chủ chốt ", True),
    ("làm việc với các đồng chí lãnh đạo chủ chốt của ", True),
    ("làm việc với cán bộ chủ chốt ", True),
    ("làm việc với lãnh đạo ", True),  # read by place_cues._WORK_WITH already
    ("tổ chức hội nghị cán bộ chủ chốt ", False),
    ("làm việc với lãnh đạo chủ chốt về tình hình của ", False),  # a clause stands between
])
def test_the_words_before_the_unit(before: str, hosts: bool) -> None:
    assert bool(_KEY_PEOPLE_HOST.search(before)) is hosts
