"""Session 38 items20 (issue 12): a direction to two units written with one level word ("đề nghị phường A và B")
names each with its level, as the house joins visited units; a body after "và" ("và Trung tâm Y tế ...", "và Công an
phường") is joined whole; units each written with their level stay as written. Sentences of my own; the positives
fail on the base tree, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY

_LEAD = ("Đoàn ĐBQH tỉnh khảo sát chuyển đổi số tại thành phố Cẩm Phả\n\n"
         "Ngày 11/9/2025, Đoàn ĐBQH tỉnh Quảng Ninh do ông Vũ Văn Diện dẫn đầu đã khảo sát việc thực hiện Đề án 06 tại "
         "phường Cẩm Phả, phường Cửa Ông và xã Hải Hòa.\n\nKết luận buổi khảo sát, ông Vũ Văn Diện ")


def _addressees(ask: str) -> list[str | None]:
    record = extract_article(_LEAD + ask, today=TODAY).record
    return [item.get("to") for item in record.get("directions") or []]


@pytest.mark.parametrize(("ask", "to"), [
    pytest.param("đề nghị phường Cẩm Phả và Cửa Ông rà soát dữ liệu dân cư.", "phường Cẩm Phả và phường Cửa Ông",
                 id="two-wards"),
    pytest.param("yêu cầu UBND phường Cẩm Phả và Cửa Ông rà soát dữ liệu dân cư.",
                 "UBND phường Cẩm Phả và UBND phường Cửa Ông", id="two-wards-committees"),
])
def test_two_units_sharing_a_level_word_are_each_named_with_it(ask: str, to: str) -> None:
    assert _addressees(ask) == [to]


@pytest.mark.parametrize(("ask", "to"), [
    pytest.param("đề nghị phường Cẩm Phả và xã Hải Hòa rà soát dữ liệu dân cư.", "phường Cẩm Phả và xã Hải Hòa",
                 id="each-with-its-level"),
])
def test_units_not_sharing_a_level_stay_as_written(ask: str, to: str) -> None:
    assert _addressees(ask) == [to]


@pytest.mark.parametrize(("ask", "to"), [
    pytest.param("đề nghị UBND phường Cửa Ông và Công an phường rà soát dữ liệu dân cư.",
                 "UBND phường Cửa Ông và Công an phường", id="a-unit-and-its-police"),
    pytest.param("đề nghị phường Cẩm Phả và Trung tâm Y tế khu vực tăng cường tiêm chủng.",
                 "phường Cẩm Phả và Trung tâm Y tế khu vực", id="a-unit-and-a-centre-of-five-words"),
])
def test_a_body_after_and_is_joined_whole(ask: str, to: str) -> None:
    """Not cut at its first capital word ("phường A và Trung", the item "Tâm Y tế ...") as on the base."""
    assert _addressees(ask) == [to]
