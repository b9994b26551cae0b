"""A leader's trip to the grassroots ("đi cơ sở", "đến nắm tình hình" at a unit) is a visit led by the traveller
(store/extract/visit_grassroots_trips.py); a duty, a plan, or a trip with no unit named is none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.draft import Draft

VISITS = [
    pytest.param("Ngày 5/11/2025, đồng chí Hà Văn Tú, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã đi cơ sở nắm tình hình "
                 "Nhân dân tại các xã Quỳnh Lưu, Tân Kỳ.", "Hà Văn Tú", id="front-chair-two-communes"),
    pytest.param("Sáng 12/8/2025, ông Đặng Quốc Vinh, Bí thư Đảng ủy xã, đã đi cơ sở tại thôn Nà Mòn, xã Bảo Yên để "
                 "nắm tình hình cấp căn cước.", "Đặng Quốc Vinh", id="secretary-to-a-hamlet"),
    pytest.param("Chiều 2/10/2025, bà Lương Thị Hằng, Phó Chủ tịch UBND tỉnh, đã đến nắm tình hình hoạt động của "
                 "bộ phận một cửa tại phường Sa Pa.", "Lương Thị Hằng", id="comes-to-learn-at-a-ward"),
    pytest.param("Ngày 18/6/2025, ông Vi Văn Sáng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã đến nắm bắt tình hình "
                 "giải quyết thủ tục hành chính ở xã Đà Bắc.", "Vi Văn Sáng", id="comes-to-grasp-at-a-commune"),
]

LOOK_ALIKES = [
    pytest.param("Theo quy định, lãnh đạo tỉnh phải thường xuyên đi cơ sở nắm tình hình Nhân dân tại các xã vùng cao.",
                 id="a-duty"),
    pytest.param("Trong quý I, lãnh đạo Ủy ban MTTQ Việt Nam tỉnh sẽ đi cơ sở nắm tình hình tại các xã miền núi.",
                 id="a-plan"),
    pytest.param("Ông Hà Văn Tú, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị cán bộ cần sâu sát cơ sở, lắng nghe "
                 "Nhân dân.", id="close-to-the-base-no-place"),
    pytest.param("Ngày 5/11/2025, ông Hà Văn Tú, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, nói cán bộ nên đi cơ sở tại "
                 "các xã để nghe dân.", id="advice-not-a-trip"),
]


def _draft(tmp_path: Path, text: str) -> Draft:
    path = tmp_path / "a.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract_file(path, today=date(2026, 12, 1))


@pytest.mark.parametrize(("text", "leader"), VISITS)
def test_a_trip_to_the_grassroots_is_a_visit_led_by_the_traveller(tmp_path: Path, text: str, leader: str) -> None:
    draft = _draft(tmp_path, text)
    assert draft.non_visit is None
    assert (draft.record.get("leader") or {}).get("name") == leader


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_duty_a_plan_or_no_place_is_no_visit(tmp_path: Path, text: str) -> None:
    assert _draft(tmp_path, text).non_visit is not None
