"""Session 39 items21 (issue 12): a round "tại một số xã trên địa bàn huyện X" whose communes are told after lists the
communes, not X: the district only says where they lie (as "thuộc huyện X" already did, places24). With no commune
named after, with the district's own matter ("công tác ... trên địa bàn huyện X"), or with the district visited again
elsewhere, it stays. Sentences of my own; the positives fail on the base tree, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY

_LEAD = ("Đoàn giám sát HĐND tỉnh làm việc tại huyện Con Cuông\n\n"
         "Ngày 4/4/2024, Ban Văn hóa - Xã hội HĐND tỉnh Nghệ An do bà Hoàng Thị Thu Trang, Trưởng ban dẫn đầu đã "
         "giám sát việc thực hiện chính sách bảo hiểm y tế {where} huyện Con Cuông.\n\n")
_STOPS = ("Tại xã Môn Sơn, đoàn làm việc với trạm y tế xã. "
          "Tại xã Thạch Ngàn, tỷ lệ người dân tham gia bảo hiểm còn thấp.")


def _places(where: str, after: str) -> list[str]:
    record = extract_article(_LEAD.format(where=where) + after, today=TODAY).record
    return [locality["name"] for locality in record["localities"]]


@pytest.mark.parametrize("where", [
    pytest.param("tại một số xã trên địa bàn", id="some-communes"),
    pytest.param("tại các xã trên địa bàn", id="the-communes"),
    pytest.param("tại 2 xã trên địa bàn", id="two-communes"),
])
def test_a_district_named_only_where_the_round_lies_is_no_locality(where: str) -> None:
    assert _places(where, _STOPS) == ["xã Môn Sơn", "xã Thạch Ngàn"]


def test_no_commune_named_after_keeps_the_district() -> None:
    assert _places("tại một số xã trên địa bàn", "Nhiều trạm y tế còn thiếu thuốc.") == ["huyện Con Cuông"]


def test_the_districts_own_matter_keeps_it() -> None:
    assert _places("trên địa bàn", _STOPS)[0] == "huyện Con Cuông"


def test_the_district_visited_again_keeps_it() -> None:
    again = " Sau đó, đoàn làm việc với UBND huyện Con Cuông về kinh phí mua thẻ cho người cao tuổi."
    assert _places("tại một số xã trên địa bàn", _STOPS + again)[0] == "huyện Con Cuông"
