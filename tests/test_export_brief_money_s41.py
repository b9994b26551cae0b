"""The Markdown brief says a sum written with a scale word in đồng too, as the figures CSV does (session 41).

Polish17 gave the CSV `value_dong`; the brief still wrote "1,25 tỷ đồng" beside "780,5 triệu đồng", which a reader
compares only by working the scales out. Each sum now keeps what the report wrote and adds its amount in đồng in the
brief's language ("= 1.250.000.000 đồng"; "= 1,250,000,000 dong"); the same number as the CSV's. A sum written in
đồng already, a share and a count of anything else (even with a scale word: "triệu lượt") get nothing.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.export import export, to_csv, to_markdown
from store.numbers import in_dong
from tests.factories import make_record
from tests.test_export_places_money_s40 import money, two_places


def brief(figures: list[dict], lang: str) -> str:
    return to_markdown([make_record(figures=figures)], lang=lang)


@pytest.mark.parametrize(("lang", "lines"), [
    ("vi", ["Kinh phí chuyển đổi số: **1,25 tỷ đồng** (= 1.250.000.000 đồng)",
            "Kinh phí chuyển đổi số: **780,5 triệu đồng** (= 780.500.000 đồng)",
            "Tỷ lệ hồ sơ trực tuyến: **97,16%**"]),
    ("en", ["Kinh phí chuyển đổi số: **1.25 tỷ đồng** (= 1,250,000,000 dong)",
            "Kinh phí chuyển đổi số: **780.5 triệu đồng** (= 780,500,000 dong)",
            "Tỷ lệ hồ sơ trực tuyến: **97.16%**"]),
])
def test_each_sum_is_kept_as_written_and_said_in_dong_in_the_briefs_language(lang: str, lines: list[str]) -> None:
    text = to_markdown([two_places()], lang=lang)
    for line in lines:
        assert f"- {line}\n" in text, text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_sum_and_its_whole_both_in_dong(lang: str) -> None:
    said = brief([money(780.5, "triệu đồng", of=1200)], lang)
    assert {"vi": "(= 780.500.000/1.200.000.000 đồng)", "en": "(= 780,500,000/1,200,000,000 dong)"}[lang] in said


@pytest.mark.parametrize("figure", [
    money(1_200_000, "đồng"), money(5_000, "VNĐ"),  # in đồng already
    money(2.5, "triệu lượt"), money(3, "tỷ USD"), money(12, "hồ sơ"), money(97.5, "%"),  # no sum of đồng
])
def test_a_figure_in_dong_already_or_of_no_money_gets_nothing(figure: dict) -> None:
    for lang in ("vi", "en"):
        assert "(= " not in brief([figure], lang)


def test_the_brief_and_the_csv_give_the_same_amount() -> None:
    record = two_places()
    csv_rows = list(csv.DictReader(io.StringIO(to_csv([record], rows="figures").decode("utf-8-sig"))))
    in_brief = re.findall(r"\(= ([\d.]+) đồng\)", export([record], "md", lang="vi").decode())
    assert [int(said.replace(".", "")) for said in in_brief] == [int(r["value_dong"]) for r in csv_rows if
                                                                  r["value_dong"]]


SCALES = {"nghìn đồng": 1_000, "triệu đồng": 1_000_000, "tỷ đồng": 1_000_000_000}


@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=3), st.sampled_from(
    sorted(SCALES)))
def test_the_dong_said_reads_back_as_the_csvs_amount(digits: int, places: int, unit: str) -> None:
    value = digits / 10 ** places if places else digits
    said = brief([money(value, unit)], "vi")
    found = re.search(r"\(= ([\d.,]+) đồng\)", said)
    assert found is not None, said
    whole, _, fraction = found[1].partition(",")
    read = int(whole.replace(".", "")) + (float("0." + fraction) if fraction else 0)
    assert read == pytest.approx(in_dong(value, unit))
