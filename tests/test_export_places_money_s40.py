"""Figures and items exported with their provinces (as written and today's) and money in đồng (session 40, polish17).

A spreadsheet user comparing merged units pivots by province, today's or the one the place was in when visited,
and sums money: the figures CSV had neither province nor an amount a sheet could sum ("1,25" "tỷ đồng" beside
"780,5" "triệu đồng", docs/tryout-s39-tryout11.md items 7-8). The old columns keep their order (sheets built on
them still read), the new ones come after them; JSON stays the published record, unchanged.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import orjson

from store.export import FIGURE_COLUMNS, ITEM_COLUMNS, SURVEY_COLUMNS, to_csv, to_json
from tests.factories import make_record

OLD_FIGURES = ("survey_id", "date", "locality", "label", "metric", "value", "of", "unit", "period_from", "period_to",
               "origin")
OLD_ITEMS = ("type", "survey_id", "date", "locality", "text", "by", "to", "status", "deadline", "overdue",
             "responses")
OLD_SURVEYS = ("id", "date", "kind", "localities", "province", "body", "leader", "topics", "figures",
               "recommendations", "directions", "difficulties")

DI_AN = {"name": "thành phố Dĩ An", "level": "thành phố", "former_province": "Bình Dương",
         "province": {"name": "Thành phố Hồ Chí Minh", "code": 79}, "ward": None}
HOI_AN = {"name": "thành phố Hội An", "level": "thành phố", "former_province": "Quảng Nam",
          "province": {"name": "Thành phố Đà Nẵng", "code": 48}, "ward": None}
TAN_DINH = {"name": "phường Tân Định", "level": "phường", "province": {"name": "Thành phố Hồ Chí Minh", "code": 79},
            "ward": {"name": "Phường Tân Định", "code": 26737}}


def money(value: float, unit: str, **more: Any) -> dict[str, Any]:
    return {"label": "Kinh phí chuyển đổi số", "value": value, "unit": unit, **more}


def two_places() -> dict[str, Any]:
    """A visit to a former city and a ward of today, in two provinces of today: one figure each, one for both."""
    return make_record(localities=[DI_AN, HOI_AN], figures=[
        money(1.25, "tỷ đồng", locality="thành phố Dĩ An"),
        money(780.5, "triệu đồng", locality="thành phố Hội An"),
        {"label": "Tỷ lệ hồ sơ trực tuyến", "value": 97.16, "unit": "%"},
    ], recommendations=[{"text": "Bổ sung máy chủ.", "locality": "thành phố Hội An"}], directions=[])


def rows(payload: bytes, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8-sig")), delimiter=delimiter))


def test_old_columns_keep_their_order_and_new_ones_follow() -> None:
    assert FIGURE_COLUMNS[:len(OLD_FIGURES)] == OLD_FIGURES
    assert ITEM_COLUMNS[:len(OLD_ITEMS)] == OLD_ITEMS
    assert SURVEY_COLUMNS[:len(OLD_SURVEYS)] == OLD_SURVEYS
    assert FIGURE_COLUMNS[len(OLD_FIGURES):] == ("province", "former_province", "value_dong", "of_dong")
    assert ITEM_COLUMNS[len(OLD_ITEMS):] == ("history", "province", "former_province")  # history: hist2, same session
    assert SURVEY_COLUMNS[len(OLD_SURVEYS):] == ("former_province",)


def test_a_figure_of_one_place_gives_that_place_s_provinces() -> None:
    found = rows(to_csv([two_places()], "figures"))
    assert [(r["locality"], r["province"], r["former_province"]) for r in found[:2]] == [
        ("thành phố Dĩ An", "Thành phố Hồ Chí Minh", "Bình Dương"),
        ("thành phố Hội An", "Thành phố Đà Nẵng", "Quảng Nam")]


def test_a_figure_of_the_whole_visit_gives_every_place_s_provinces() -> None:
    found = rows(to_csv([two_places()], "figures"))[2]
    assert (found["province"], found["former_province"]) == ("Thành phố Hồ Chí Minh; Thành phố Đà Nẵng",
                                                             "Bình Dương; Quảng Nam")


def test_a_place_written_as_it_is_today_has_no_former_province() -> None:
    found = rows(to_csv([make_record(localities=[TAN_DINH])], "figures"))
    assert {(r["province"], r["former_province"]) for r in found} == {("Thành phố Hồ Chí Minh", "")}


def test_money_in_dong_beside_the_amount_as_written() -> None:
    record = make_record(localities=[TAN_DINH], figures=[
        money(1.25, "tỷ đồng"), money(780.5, "triệu đồng"), money(1200000000, "đồng"), money(12.5, "triệu VNĐ"),
        money(2.4, "tỷ đồng", of=5.6)])
    found = rows(to_csv([record], "figures"))
    assert [(r["value"], r["unit"], r["value_dong"]) for r in found] == [
        ("1.25", "tỷ đồng", "1250000000"), ("780.5", "triệu đồng", "780500000"), ("1200000000", "đồng", "1200000000"),
        ("12.5", "triệu VNĐ", "12500000"), ("2.4", "tỷ đồng", "2400000000")]
    assert [r["of_dong"] for r in found] == ["", "", "", "", "5600000000"]
    assert sum(int(r["value_dong"]) for r in found) == 5643000000  # what a spreadsheet's SUM gives


def test_no_amount_in_dong_for_other_units() -> None:
    """Look-alikes: a share, a count with a scale word, money per unit, a count of dossiers."""
    record = make_record(localities=[TAN_DINH], figures=[
        {"label": "Tỷ lệ", "value": 97.16, "unit": "%"}, {"label": "Lượt truy cập", "value": 1.5, "unit": "triệu lượt"},
        {"label": "Phí", "value": 25000, "unit": "đồng/hồ sơ"}, {"label": "Hồ sơ", "value": 4215, "of": 4300,
                                                                 "unit": "hồ sơ"}])
    found = rows(to_csv([record], "figures"))
    assert [(r["value_dong"], r["of_dong"]) for r in found] == [("", "")] * 4
    assert [r["value"] for r in found] == ["97.16", "1.5", "25000", "4215"]


def test_the_decimal_comma_file_has_the_same_columns() -> None:
    found = rows(to_csv([two_places()], "figures", decimal_comma=True), delimiter=";")
    assert (found[1]["value"], found[1]["value_dong"], found[1]["former_province"]) == ("780,5", "780500000",
                                                                                       "Quảng Nam")


def test_items_and_surveys_carry_the_provinces() -> None:
    item = rows(to_csv([two_places()], "recommendations"))[0]
    assert (item["locality"], item["province"], item["former_province"]) == ("thành phố Hội An", "Thành phố Đà Nẵng",
                                                                            "Quảng Nam")
    survey = rows(to_csv([two_places()], "surveys"))[0]
    assert (survey["province"], survey["former_province"]) == ("Thành phố Hồ Chí Minh; Thành phố Đà Nẵng",
                                                               "Bình Dương; Quảng Nam")


def test_json_is_the_record_unchanged() -> None:
    record = two_places()
    assert orjson.loads(to_json([record])) == [record]
