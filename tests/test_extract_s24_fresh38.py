"""Session 24, fresh38: a page dated in words on a line of its own ("Ngày 08 tháng 10 năm 2021" under the title,
`markers._WORDED_PUBLISHED_LINE`) dates a day written without a year; the one-stop desk's name in quotes ('Bộ phận
"một cửa" xã A', `desk_quotes.unquoted_desks`) no longer hides the unit after it."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.desk_quotes import unquoted_desks
from store.extract.place_desks import desks_of

_TODAY = date(2026, 12, 5)


def _lead(first: str) -> str:
    return (f"Kiểm tra cải cách hành chính tại huyện Mộc Châu\n\n{first}\n\n"
            "Ngày 20/8, Đoàn kiểm tra liên ngành về cải cách hành chính của tỉnh Sơn La đã kiểm tra công tác cải cách "
            "hành chính tại huyện Mộc Châu.\n\nĐoàn đánh giá kết quả cải cách hành chính năm 2020 của huyện.\n")


@pytest.mark.parametrize("line", [
    "Ngày 20 tháng 08 năm 2021",
    "ngày 21 tháng 8 năm 2021",
    "Thứ Sáu, ngày 20 tháng 8 năm 2021 - 09:15",
    "Cập nhật: Thứ Sáu, ngày 20 tháng 8 năm 2021",
    "Chủ nhật, 22 tháng 8, năm 2021",
])
def test_a_page_dated_in_words_gives_the_year(line: str) -> None:
    record = extract_article(_lead(line), today=_TODAY).record
    assert record["date"] == "2021-08-20"


def test_a_sentence_opening_on_a_worded_day_is_content() -> None:
    text = ("Khảo sát tại huyện Mộc Châu\n\nNgày 19 tháng 8 năm 2021, Đoàn kiểm tra liên ngành về cải cách hành "
            "chính của tỉnh Sơn La đã kiểm tra công tác cải cách hành chính tại huyện Mộc Châu.\n")
    assert extract_article(text, today=_TODAY).record["date"] == "2021-08-19"


@pytest.mark.parametrize(("text", "expected"), [
    ('tại Bộ phận "một cửa" xã Mường Sang', "tại Bộ phận một cửa xã Mường Sang"),
    ("tại Bộ phận “Một cửa” xã A", "tại Bộ phận Một cửa xã A"),
    ("Bộ phận 'một cửa liên thông' huyện B", "Bộ phận một cửa liên thông huyện B"),
    ("thực hiện cơ chế “một cửa” tại xã C", "thực hiện cơ chế một cửa tại xã C"),
])
def test_quotes_around_the_desk_are_taken_out(text: str, expected: str) -> None:
    assert unquoted_desks(text) == expected


@pytest.mark.parametrize("text", [
    'phong trào "một cửa" của xã',  # no desk word before it
    'Bộ phận "Tiếp dân" xã A',  # another name
    "mô hình “Dân vận khéo” ở xã B",
])
def test_other_quotes_stay(text: str) -> None:
    assert unquoted_desks(text) == text


def test_the_commune_after_a_quoted_desk_is_visited() -> None:
    text = ("Kiểm tra cải cách hành chính tại huyện Mộc Châu\n\nNgày 20/8/2021, Đoàn kiểm tra liên ngành về cải cách "
            "hành chính của tỉnh Sơn La đã kiểm tra công tác cải cách hành chính tại huyện Mộc Châu.\n\n"
            "Đoàn đã kiểm tra các nội dung cải cách thể chế của huyện.\n\n"
            'Kiểm tra công tác cải cách hành chính tại Bộ phận "một cửa" xã Mường Sang.\n')
    names = [loc["name"] for loc in extract_article(text, today=_TODAY).record["localities"]]
    assert names == ["huyện Mộc Châu", "xã Mường Sang"]


@pytest.mark.parametrize(("before", "visited"), [
    ("Đoàn đã kiểm tra đột xuất việc thực hiện kỷ luật, kỷ cương tại một số phòng chuyên môn của huyện, ",
     True),
    ("Đoàn đã kiểm tra thực tế tại một số bộ phận chuyên môn của huyện và ", True),
    ("Đoàn đã kiểm tra đột xuất tại các phòng chuyên môn của huyện, sau đó đến ", False),
])
def test_a_communes_office_after_the_districts_departments(before: str, visited: bool) -> None:
    text = before + ("UBND " if visited and before.endswith(", ") else "")
    assert desks_of(text) is visited
