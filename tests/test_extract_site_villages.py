"""A commune written right after a village or tourist site the team surveyed, with no comma between: "khảo sát tại
Làng văn hóa du lịch dân tộc Mông xã A", "kiểm tra tại Khu du lịch sinh thái B xã C" (session 26, fresh44).

A culture or tourism survey goes to a cultural or craft village or a tourist site rather than an office; the report
glues the commune to the site's name as it does to a health station's ("Trạm Y tế xã A"). Written in our own words
with invented people; real unit names, so the gazetteer can place them.
"""

from __future__ import annotations

import pytest

from tests.test_extract_places import places_of

_LEAD = ("Sáng 5/9/2023, Đoàn khảo sát của Ban Văn hóa - Xã hội HĐND tỉnh Lào Cai do ông Vàng Văn Sử, Trưởng ban "
         "làm trưởng đoàn đã làm việc với UBND huyện Bát Xát. ")


@pytest.mark.parametrize("site", [
    "Làng văn hóa du lịch dân tộc Dao",
    "Làng nghề thêu thổ cẩm",
    "Khu du lịch sinh thái Thác Trắng",
    "Điểm du lịch cộng đồng Séo Phìn",
    "Bảo tàng văn hóa các dân tộc",
])
def test_a_commune_glued_to_a_village_or_tourist_site_is_visited(site: str) -> None:
    """ "Đoàn khảo sát tại <site> xã A": the commune is a locality, beside the district the team worked with."""
    text = _LEAD + f"Trước đó, đoàn khảo sát tại {site} xã Tả Van."
    assert (15, 3037) in places_of(text)


def test_a_village_said_without_a_visit_verb_places_nothing() -> None:
    """A site named in a report's figures, not where the team went ("Làng nghề ... xã A có 40 hộ"): no locality."""
    text = _LEAD + "Theo báo cáo, Làng nghề thêu thổ cẩm xã Tả Van hiện có 40 hộ giữ nghề."
    assert (15, 3037) not in places_of(text)
