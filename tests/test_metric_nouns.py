"""A figure's metric follows what it counts, not its verb alone (`store.metric_nouns`), and the counts of former
communes merged into one commune today are not compared (`store.checks`) (session 19, fresh24)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.checks import check_record
from store.extract import extract_article
from store.metrics import MetricKey, metric_choices, metric_of, series_key

OTHER_NOUNS = ("vụ việc", "kiến nghị", "ý kiến", "đơn thư", "phản ánh", "tin báo", "tin tố giác", "khiếu nại",
               "tố cáo", "vụ án")
"""Things settled or received that no metric counts."""
VERBS = ("giải quyết", "đã giải quyết", "tiếp nhận", "đã tiếp nhận", "được tiếp nhận", "giải quyết đúng hạn",
         "trả kết quả", "đang giải quyết", "đã trả kết quả")
QUALIFIERS = ("", "của công dân", "của cử tri", "về đất đai", "trong năm", "tại xã")


@given(st.sampled_from(OTHER_NOUNS), st.sampled_from(VERBS), st.sampled_from(QUALIFIERS), st.booleans(),
       st.sampled_from(("unit", "empty", "label-only")))
def test_another_things_count_is_never_a_dossier_metric(noun: str, verb: str, qualifier: str, noun_first: bool,
                                                        shape: str) -> None:
    """Any label shape (noun before or after the verb, with or without a qualifier), its unit the noun, or no unit:
    no dossier or procedure metric."""
    label = " ".join(filter(None, (noun, qualifier, verb) if noun_first else (verb, noun, qualifier)))
    unit = {"unit": noun, "empty": "", "label-only": noun}[shape]
    assert metric_of({"label": label[:1].upper() + label[1:], "value": 12, "unit": unit}) is None


@given(st.sampled_from(OTHER_NOUNS), st.sampled_from(("Tỷ lệ {n} được giải quyết đúng hạn",
                                                      "Tỷ lệ giải quyết đúng hạn các {n}",
                                                      "Tỷ lệ {n} giải quyết đúng và trước hạn",
                                                      "Tỷ lệ {n} tiếp nhận trực tuyến")))
def test_a_rate_of_another_thing_is_no_dossier_rate(noun: str, shape: str) -> None:
    assert metric_of({"label": shape.format(n=noun), "value": 90, "unit": "%"}) is None


@pytest.mark.parametrize(("label", "unit", "metric"), [
    ("Hồ sơ giải quyết", "hồ sơ", "ho-so-giai-quyet"),
    ("Hồ sơ tiếp nhận", "", "ho-so-tiep-nhan"),
    ("Tiếp nhận", "hồ sơ", "ho-so-tiep-nhan"),
    ("Hồ sơ giải quyết đúng hạn", "hồ sơ", "ho-so-dung-han"),
    ("TTHC giải quyết", "TTHC", "ho-so-giai-quyet"),
    ("Tỷ lệ đúng hạn", "%", "ty-le-dung-han"),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "ty-le-dung-han"),
    ("Tỷ lệ hồ sơ trực tuyến", "%", "ty-le-truc-tuyen"),
    ("Thủ tục trực tuyến toàn trình", "thủ tục", "thu-tuc-toan-trinh"),
    ("Tỷ lệ hoàn thành nhiệm vụ", "%", "ty-le-hoan-thanh-nhiem-vu"),
    ("Tỷ lệ giải quyết đúng hạn hồ sơ của người dân", "%", "ty-le-dung-han"),
])
def test_dossier_and_procedure_labels_keep_their_metrics(label: str, unit: str, metric: str) -> None:
    assert metric_of({"label": label, "value": 10, "unit": unit}) == metric


@pytest.mark.parametrize(("label", "unit"), [
    ("Người tiếp nhận", "người"), ("Hộ giải quyết", "hộ"), ("Kiến nghị giải quyết", "kiến nghị"),
    ("Đơn thư giải quyết", "đơn"), ("Phản ánh đã xử lý", "phản ánh"), ("Tin báo tố giác tội phạm giải quyết", "tin"),
    ("Vụ việc giải quyết", "vụ việc"), ("Thủ tục tiếp nhận", "thủ tục"),
])
def test_a_count_follows_its_unit(label: str, unit: str) -> None:
    assert metric_of({"label": label, "value": 10, "unit": unit}) is None


def test_a_stored_metric_is_kept() -> None:
    """A metric chosen in review (or stored by an older extraction) is the figure's own: it is not read again."""
    assert metric_of({"label": "Vụ việc giải quyết", "value": 3, "unit": "vụ việc",
                      "metric": "ho-so-giai-quyet"}) == "ho-so-giai-quyet"


def _record(*figures: dict) -> dict:
    return {"id": "r1", "date": "2022-03-12", "localities": [{"name": "xã Đoan Bái"}], "figures": list(figures)}


def test_complaints_and_dossiers_are_two_series_and_not_compared() -> None:
    """Stored figures without a metric: a complaint count and a dossier count are two series, and more complaints
    settled than dossiers received is no flag."""
    record = _record({"label": "Hồ sơ tiếp nhận", "value": 40, "unit": "hồ sơ"},
                     {"label": "Vụ việc giải quyết", "value": 55, "unit": "vụ việc"},
                     {"label": "Kiến nghị giải quyết", "value": 70, "unit": "kiến nghị"})
    assert check_record(record) == []
    keys = {choice.key for choice in metric_choices([record])}
    assert MetricKey("ho-so-tiep-nhan", "hồ sơ") in keys
    assert series_key(record["figures"][1]) == MetricKey("~Vụ việc giải quyết", "vụ việc")
    assert len(keys) == 3


LEAD = ("Ngày 12/3/2022, Đoàn giám sát của Thường trực HĐND huyện Hiệp Hòa do ông Nguyễn Văn An, Phó Chủ tịch HĐND "
        "huyện, làm Trưởng đoàn đã giám sát tại UBND {a} và UBND {b}.\n\n")


@pytest.mark.parametrize(("first", "second"), [("xã Đoan Bái", "xã Lương Phong"), ("xã Danh Thắng", "xã Đông Lỗ"),
                                               ("xã Mai Trung", "xã Thường Thắng")])
def test_former_communes_of_one_commune_today_are_not_compared(first: str, second: str) -> None:
    """One locality (t1342's rule), but 1.150 settled in one is not held to 900 received in the other."""
    text = LEAD.format(a=first, b=second) + (
        f"Năm 2021, UBND {first} tiếp nhận 1.200 hồ sơ, đã giải quyết 1.150 hồ sơ; UBND {second} tiếp nhận 900 hồ "
        "sơ, đã giải quyết 880 hồ sơ.")
    record = extract_article(text).record
    assert len(record["localities"]) == 1
    assert check_record(record) == []


def _counts(*figures: tuple[str, float, float | None]) -> dict:
    return _record(*({"label": label, "value": value, "unit": "hồ sơ", **({"of": of} if of else {})}
                     for label, value, of in figures))


def test_several_received_counts_in_one_scope_hold_each_settled_count_to_its_own() -> None:
    assert check_record(_counts(("Hồ sơ tiếp nhận", 1200, None), ("Hồ sơ đã giải quyết", 1150, 1200),
                                ("Hồ sơ tiếp nhận", 900, None), ("Hồ sơ đã giải quyết", 880, 900))) == []
    # without a stated whole, the nearest received count before it
    assert check_record(_counts(("Hồ sơ tiếp nhận", 1200, None), ("Hồ sơ đã giải quyết", 1150, None),
                                ("Hồ sơ tiếp nhận", 900, None), ("Hồ sơ đã giải quyết", 880, None))) == []
    flags = check_record(_counts(("Hồ sơ tiếp nhận", 1200, None), ("Hồ sơ đã giải quyết", 1150, None),
                                 ("Hồ sơ tiếp nhận", 900, None), ("Hồ sơ đã giải quyết", 980, None)))
    assert [(flag.figure, flag.related) for flag in flags] == [(3, (2,))]


def test_one_received_count_still_holds_every_settled_count() -> None:
    flags = check_record(_counts(("Hồ sơ đã giải quyết", 1150, None), ("Hồ sơ tiếp nhận", 900, None)))
    assert [(flag.figure, flag.kind, flag.related) for flag in flags] == [(0, "count-order", (1,))]


@pytest.mark.parametrize(("unit", "label", "metric"), [
    ("dịch vụ công", "Dịch vụ công trực tuyến toàn trình", "thu-tuc-toan-trinh"),
    ("dịch vụ công trực tuyến", "Dịch vụ công trực tuyến một phần", "thu-tuc-mot-phan"),
    ("DVCTT", "Dịch vụ công trực tuyến toàn trình", "thu-tuc-toan-trinh"),
    ("hồ sơ trực tuyến", "Hồ sơ giải quyết", "ho-so-giai-quyet"),
])
def test_a_unit_counts_its_head_noun_and_online_services_are_procedures(unit: str, label: str, metric: str) -> None:
    """A unit is its head noun with what qualifies it ("hồ sơ trực tuyến" counts dossiers), and reports count the
    procedures offered online as "dịch vụ công (trực tuyến)": the review had lost the metric of "102 dịch vụ công
    trực tuyến toàn trình" when metrics began to follow their nouns."""
    assert metric_of({"value": 102, "unit": unit, "label": label}) == metric
