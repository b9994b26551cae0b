"""The field a rank is among, after "trong" or "trên", is no count (session 31 f67, issue #12).

"Xã đứng thứ 13 về diện tích trong 54 đơn vị hành chính cấp xã của tỉnh" gave a figure 54 (administrative units are
counted elsewhere, a merger's "còn 579 đơn vị"). Sentences of my own; counts after "trong" with no rank before them
stay.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_file
from store.extract.figure_ranks import rank_field

_LEAD = "Sáng 12/9/2025, ông Lê Văn Tâm, Chủ tịch UBND tỉnh Bắc Ninh, đã kiểm tra tại xã Tiên Du.\n\n"

FIELDS = [
    pytest.param("Xã đứng thứ 13 về diện tích trong 54 đơn vị hành chính cấp xã của tỉnh.", 54, id="area-rank"),
    pytest.param("Phường xếp thứ 3 trong 99 đơn vị hành chính cấp xã.", 99, id="plain-rank"),
    pytest.param("Xã xếp hạng 7 trong số 120 đơn vị hành chính về cải cách hành chính.", 120, id="hang-trong-so"),
    pytest.param("Xã đứng thứ 2 theo chỉ số hài lòng trên 65 đơn vị hành chính cấp xã.", 65, id="theo-tren"),
]

STAY = [
    pytest.param("Xã đã tiếp nhận 640 hồ sơ trong 7 lĩnh vực.", 7, id="files-in-fields"),
    pytest.param("Đoàn đã kiểm tra 12 thủ tục trong 3 đơn vị hành chính.", 3, id="units-checked-no-rank"),
    pytest.param("Sau sắp xếp, tỉnh còn 99 đơn vị hành chính cấp xã.", 99, id="units-left-by-merger"),
]


def _at(text: str, value: int) -> int:
    match = re.search(rf"(?<![\d.]){value}(?![\d.])", text)
    assert match is not None
    return match.start()


@pytest.mark.parametrize(("text", "value"), FIELDS)
def test_the_field_after_a_rank_is_no_count(text: str, value: int) -> None:
    assert rank_field(text, _at(text, value))


@pytest.mark.parametrize(("text", "value"), STAY)
def test_a_count_with_no_rank_before_stays(text: str, value: int) -> None:
    assert not rank_field(text, _at(text, value))


def _values(tmp_path: Path, text: str) -> list[float]:
    path = tmp_path / "a.txt"
    path.write_text(_LEAD + text + "\n", encoding="utf-8")
    return [figure["value"] for figure in extract_file(path, today=date(2026, 12, 1)).record["figures"]]


def test_an_article_keeps_its_files_and_drops_the_field(tmp_path: Path) -> None:
    text = "Xã đứng thứ 13 về diện tích trong 54 đơn vị hành chính cấp xã. Xã đã tiếp nhận 1.250 hồ sơ."
    assert _values(tmp_path, text) == [1250]
