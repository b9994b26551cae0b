"""Figure wholes of session 20 (issue 12), sentences written for the tests: a measure beside a count pairs with the
measure beside its whole (`figure_companions`); a bracket far after its count splits it when it adds up exactly
(`figure_brackets`), and "Trong đó" reaches back over a sentence with no figures (`figure_sentence_before`); a whole
named in words (`figure_named_wholes`); a count of another period is no part (`figure_past_counts`)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.figure_past_counts import closed_before, compared_in_words, periods_apart

TODAY = date(2026, 12, 1)
LEAD = ("Sáng 6/6/2024, Đoàn giám sát HĐND tỉnh Bình Định do ông Trần Minh Tâm, Phó Chủ tịch HĐND tỉnh, làm "
        "trưởng đoàn đã làm việc với UBND phường Nhơn Bình, TP Quy Nhơn.\n\n")


def figures(body: str) -> list[dict]:
    return [f for f in extract_article(LEAD + body + "\n", today=TODAY).record["figures"] if f["unit"] != "%"]


def wholes(body: str) -> dict[float, float | None]:
    return {f["value"]: f.get("of") for f in figures(body)}


def vn(value: int) -> str:
    """An integer as articles write it: 1.234."""
    return f"{value:,}".replace(",", ".")


def ha(tenths: int) -> str:
    """Tenths of a hectare as articles write them: 12,5 ha."""
    return f"{tenths // 10},{tenths % 10} ha"


# -- a measure beside a count ----------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Năm 2023, phường tiếp nhận 500 hồ sơ/80,5 ha; đã giải quyết 420 hồ sơ/66,2 ha, đang giải quyết 80 hồ sơ/14,3 ha.",
    "Năm 2023, phường tiếp nhận 500 hồ sơ (80,5 ha), đã giải quyết 420 hồ sơ (66,2 ha).",
    "Năm 2023, phường tiếp nhận 500 hồ sơ với diện tích 80,5 ha, đã giải quyết 420 hồ sơ với diện tích 66,2 ha.",
])
def test_the_area_beside_a_part_is_of_the_area_beside_its_whole(body: str) -> None:
    found = wholes(body)
    assert found[420] == 500 and found[66.2] == 80.5
    assert found.get(14.3) in (None, 80.5) and found[80.5] is None


def test_an_area_beside_a_part_whose_whole_has_none_has_no_whole() -> None:
    found = wholes("Năm 2023, phường tiếp nhận 500 hồ sơ, đã giải quyết 420 hồ sơ/66,2 ha.")
    assert found[420] == 500 and found[66.2] is None


@settings(max_examples=25)
@given(st.integers(10, 5000), st.integers(1, 100), st.integers(50, 9000), st.integers(1, 100))
def test_areas_pair_with_areas_never_with_files(total: int, part_share: int, area: int, area_share: int) -> None:
    part, part_area = max(1, total * part_share // 100), max(1, area * area_share // 100)
    body = f"Năm 2023, phường tiếp nhận {vn(total)} hồ sơ/{ha(area)}; đã giải quyết {vn(part)} hồ sơ/{ha(part_area)}."
    found = figures(body)
    files = {f["value"] for f in found if f["unit"] == "hồ sơ"}
    for figure in found:
        if figure["unit"] == "ha" and figure.get("of") is not None:
            assert figure["of"] == area / 10 and (figure["of"] not in files or figure["of"] == area / 10)
    if part < total and part_area < area:
        assert {(f["value"], f.get("of")) for f in found if f["unit"] == "ha"} >= {(part_area / 10, area / 10)}


def test_the_slash_does_not_take_the_counts_words_away() -> None:
    labels = {f["value"]: f["label"] for f in figures(
        "Năm 2023, phường tiếp nhận 500 hồ sơ/80,5 ha. Có 12 hồ sơ/2,4 ha không đủ điều kiện cấp giấy chứng nhận vì "
        "đất đang tranh chấp.")}
    assert labels[80.5] == "Diện tích tiếp nhận"
    assert labels[12] == "Hồ sơ không đủ điều kiện cấp giấy chứng nhận"
    assert labels[2.4] == "Diện tích không đủ điều kiện cấp giấy chứng nhận"


# -- a split far from its count ---------------------------------------------------------------------------


LONG_STATE = ("Có {n} hồ sơ/12,5 ha không đủ điều kiện cấp giấy chứng nhận vì đất nằm trong quy hoạch của thành phố, "
              "tỷ lệ 8,4% (số hồ sơ trả lại đúng hạn là {a} hồ sơ; số hồ sơ trả lại chậm là {b} hồ sơ).")


@settings(max_examples=25)
@given(st.integers(2, 900), st.integers(1, 899))
def test_a_far_bracket_splits_its_count_only_when_it_adds_up(n: int, a: int) -> None:
    a = min(a, n - 1)
    for b, split in ((n - a, True), (n - a + 1, False)):
        found = wholes("Năm 2023, phường tiếp nhận 5.000 hồ sơ. " + LONG_STATE.format(n=vn(n), a=vn(a), b=vn(b)))
        if a == b or a == n or b == n:
            continue  # one value read twice: the dictionary cannot tell them apart
        assert (found[a] == n and found[b] == n) is split


def test_a_far_bracket_of_a_comparison_is_no_split() -> None:
    found = wholes("Phường còn 50 hồ sơ tồn đọng chưa giải quyết được vì người dân chưa nộp bổ sung giấy tờ theo "
                   "hướng dẫn (năm 2022 có 30 hồ sơ, năm 2021 có 20 hồ sơ).")
    assert found.get(30) is None and found.get(20) is None


@pytest.mark.parametrize(("between", "reached"), [
    ("Công chức bộ phận một cửa luôn hướng dẫn tận tình cho người dân. ", True),
    ("", True),
    # two such sentences reach since session 21 (tests/test_extract_wholes_s21.py), three do not
    ("Công chức luôn hướng dẫn tận tình. Việc số hóa được làm thường xuyên. ", True),
    ("Công chức luôn hướng dẫn tận tình. Việc số hóa được làm thường xuyên. Sảnh chờ rộng. ", False),
])
def test_trong_do_reaches_back_over_one_sentence_with_no_figures(between: str, reached: bool) -> None:
    found = wholes(f"Năm 2023, phường giải quyết 2.140 hồ sơ. {between}Trong đó, 2.095 hồ sơ được giải quyết đúng hạn.")
    assert (found[2095] == 2140) is reached


def test_a_sentence_with_figures_of_its_own_ends_the_reach() -> None:
    found = wholes("Năm 2023, phường giải quyết 2.140 hồ sơ. Phường có 12 công chức làm việc tại bộ phận một cửa. "
                   "Trong đó, 5 công chức có trình độ đại học.")
    assert found[5] == 12


@pytest.mark.parametrize(("sent_back", "part"), [
    ("Phường đã trả lại 96 hồ sơ do thiếu giấy tờ.", True),
    ("Có 96 hồ sơ/12,5 ha không đủ điều kiện cấp giấy chứng nhận.", True),
    ("Phường đã trả lại 200 hồ sơ do thiếu giấy tờ.", False),  # with the settled, past the received
    ("Phường còn 96 hồ sơ quá hạn.", False),  # a state of its own (t02)
])
def test_files_sent_back_in_the_next_sentence_are_of_the_received(sent_back: str, part: bool) -> None:
    found = wholes("Năm 2023, phường tiếp nhận 1.540 hồ sơ, đã giải quyết 1.444 hồ sơ. " + sent_back)
    value = 200 if "200" in sent_back else 96
    assert (found[value] == 1540) is part


# -- a whole named in words -------------------------------------------------------------------------------


@settings(max_examples=25)
@given(st.integers(100, 9000), st.integers(0, 99), st.integers(1, 99))
def test_parts_of_the_settled_named_in_words(received: int, unsettled: int, late_share: int) -> None:
    settled = received - received * unsettled // 100
    late = max(1, settled * late_share // 100)
    on_time = settled - late
    if len({received, settled, late, on_time}) < 4 or on_time < 1:
        return
    found = wholes(f"Năm 2023, phường tiếp nhận {vn(received)} hồ sơ, đã giải quyết {vn(settled)} hồ sơ. Trong số hồ "
                   f"sơ đã giải quyết, có {vn(on_time)} hồ sơ đúng hạn và {vn(late)} hồ sơ trễ hạn.")
    assert found[on_time] == settled and found[late] == settled


@pytest.mark.parametrize("body", [
    "Năm 2023, phường tiếp nhận 1.650 hồ sơ, đã giải quyết 1.610 hồ sơ. Phường có 1.240 hồ sơ nộp trực tuyến trên "
    "tổng số hồ sơ tiếp nhận.",
    "Năm 2023, phường tiếp nhận 1.650 hồ sơ, đã giải quyết 1.610 hồ sơ. Trong tổng số hồ sơ tiếp nhận, có 1.240 hồ "
    "sơ nộp trực tuyến.",
    "Năm 2023, phường tiếp nhận 1.650 hồ sơ, đã giải quyết 1.610 hồ sơ; trong tổng số hồ sơ tiếp nhận có 1.240 hồ sơ "
    "nộp trực tuyến.",
])
def test_a_count_of_the_received_named_in_words(body: str) -> None:
    assert wholes(body)[1240] == 1650


def test_a_whole_named_with_its_number_and_a_part_of_a_part_keep_their_wholes() -> None:
    found = wholes("Năm 2023, phường tiếp nhận 1.236 hồ sơ, đã giải quyết 1.200 hồ sơ. Trong số hồ sơ còn đang giải "
                   "quyết gồm 36 hồ sơ, có 30 hồ sơ trong hạn và 6 hồ sơ quá hạn.")
    assert found[30] == 36 and found[6] == 36
    found = wholes("Năm 2023, phường tiếp nhận 1.900 hồ sơ. Trong tổng số hồ sơ tiếp nhận, có 1.100 hồ sơ chứng "
                   "thực, trong đó 700 hồ sơ chứng thực điện tử.")
    assert found[1100] == 1900 and found[700] == 1100


def test_a_named_whole_that_was_never_counted_gives_nothing() -> None:
    """The settled count is named but was never said: the received is not it."""
    found = wholes("Năm 2023, phường tiếp nhận 1.650 hồ sơ. Trong số hồ sơ đã giải quyết, có 1.500 hồ sơ đúng hạn.")
    assert found[1500] is None


# -- a count of another period ------------------------------------------------------------------------------


@pytest.mark.parametrize("comparison", [
    " (cùng kỳ năm trước giải quyết 1.650 hồ sơ).",
    "; cùng kỳ năm trước đã giải quyết 1.650 hồ sơ.",
    ", so với năm 2022 giải quyết 1.650 hồ sơ thì tăng.",
    ". Cùng kỳ năm 2022, xã đã giải quyết 1.650 hồ sơ.",
    " (năm 2022 giải quyết 1.650 hồ sơ, tỷ lệ 97,8%).",
])
def test_last_years_count_is_no_part_of_this_years(comparison: str) -> None:
    found = wholes("Năm 2023, phường tiếp nhận 1.860 hồ sơ, đã giải quyết 1.842 hồ sơ" + comparison)
    assert found[1842] == 1860 and found[1650] is None


def test_a_comparisons_own_split_and_carried_files_stay() -> None:
    found = wholes("Năm 2023, phường tiếp nhận 1.860 hồ sơ, đã giải quyết 1.842 hồ sơ. Cùng kỳ năm 2022, phường đã "
                   "giải quyết 1.650 hồ sơ, trong đó 1.600 hồ sơ đúng hạn.")
    assert found[1650] is None and found[1600] == 1650
    found = wholes("Quý I năm 2024, phường tiếp nhận 540 hồ sơ (trong đó kỳ trước chuyển sang 40 hồ sơ), tăng so "
                   "với cùng kỳ, đã giải quyết 515 hồ sơ.")
    assert found[40] == 540 and found[515] == 540


CUES = ["cùng kỳ năm trước", "năm trước", "kỳ trước", "so với năm 2022", "cùng kỳ năm 2022"]


@given(st.sampled_from(CUES), st.sampled_from(["(", "; ", ". "]), st.sampled_from(["giải quyết", "là", "tiếp nhận"]))
def test_a_cue_opening_the_counts_group_compares_it(cue: str, opening: str, verb: str) -> None:
    text = f"Phường giải quyết 1.842 hồ sơ{opening}{cue} {verb} 1.650 hồ sơ"
    whole_end = text.index("hồ sơ") + len("hồ sơ")
    assert compared_in_words(text, text.index("1.650"), whole_end)
    assert not compared_in_words(text, text.index("1.842"), 0)


@given(st.sampled_from(CUES))
def test_a_cue_before_the_whole_or_carrying_words_do_not(cue: str) -> None:
    text = f"{cue.capitalize()}, phường giải quyết 1.650 hồ sơ, trong đó 1.600 hồ sơ đúng hạn"
    assert not compared_in_words(text, text.index("1.600"), text.index("1.650") + len("1.650 hồ sơ"))
    text = f"Phường tiếp nhận 540 hồ sơ (trong đó {cue} chuyển sang 40 hồ sơ)"
    assert not compared_in_words(text, text.index("40 hồ sơ"), text.index("540") + len("540 hồ sơ"))


DAYS = st.dates(date(2018, 1, 1), date(2026, 12, 31))


@given(DAYS, DAYS, DAYS, DAYS)
def test_periods_apart_is_symmetric_and_means_they_do_not_meet(a: date, b: date, c: date, d: date) -> None:
    first = {"period": {"from": min(a, b).isoformat(), "to": max(a, b).isoformat()}}
    second = {"period": {"from": min(c, d).isoformat(), "to": max(c, d).isoformat()}}
    apart = periods_apart(first, second)
    assert apart == periods_apart(second, first)
    assert apart == (max(a, b) < min(c, d) or max(c, d) < min(a, b))
    assert not periods_apart(first, {}) and not periods_apart(first, first)


def test_a_year_in_a_closed_bracket_is_not_the_period_after_it() -> None:
    text = "Năm 2023, xã tiếp nhận 1.260 hồ sơ (năm 2022 tiếp nhận 1.100 hồ sơ), đã giải quyết 1.230 hồ sơ"
    year = text.index("năm 2022")
    assert closed_before(text, year, year + 8, text.index("1.230"))
    assert not closed_before(text, year, year + 8, text.index("1.100"))
    found = wholes(text + ".")
    assert found[1230] == 1260 and found[1100] is None
    text = "Trong kỳ giám sát (từ 01/7/2022 đến 31/12/2023), phường tiếp nhận 1.655 hồ sơ"
    span = text.index("từ"), text.index(")")
    assert not closed_before(text, span[0], span[1], text.index("1.655"))  # the bracket is the period


def test_a_year_in_a_closed_bracket_is_not_the_period_after_a_semicolon() -> None:
    record = extract_article(LEAD + "Năm 2023, phường tiếp nhận 1.640 hồ sơ, nhiều hơn năm trước (năm 2022 là 1.480 hồ "
                             "sơ); đã giải quyết 1.610 hồ sơ.\n", today=TODAY).record
    settled = next(f for f in record["figures"] if f["value"] == 1610)
    assert settled["period"]["from"] == "2023-01-01" and settled.get("of") == 1640
