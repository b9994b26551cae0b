"""Session 29, figs1 (issue #12): a late count told as a sibling of the settled one (after ";" or "còn") is a part of
what was received (`figure_wholes.sibling_of`); a count after a colon opening its sentence is labelled by the noun
phrase without "Số" (`figure_label_words._named_before`); oversight counted by any counter is a round-up
(`visit_round_words.COUNTED_ROUNDS`); "Theo kế hoạch, <day>, ..." with no "đã" is the visit made when published on or
after its day (`visit_as_planned.told_on_its_day`). Each first group fails on the base; the look-alikes stay."""

from __future__ import annotations

import re
from datetime import date

import pytest

from store.extract import extract_article
from store.extract.visit_as_planned import told_done_as_planned
from store.extract.visit_round_words import COUNTED_ROUNDS
from tests.leads import TODAY, figure_triples

_LEAD = ("Sáng 4/11/2025, đoàn giám sát của Ban Pháp chế HĐND tỉnh Thanh Hóa do ông Lê Văn Sơn, Trưởng ban, dẫn đầu "
         "đã giám sát việc giải quyết thủ tục hành chính tại phường Hạc Thành.\n\n")


def _whole_of(sentence: str, value: int) -> int | float | None:
    return next(whole for found, _, whole in figure_triples(_LEAD + sentence) if found == value)


@pytest.mark.parametrize(("sentence", "whole"), [
    ("Phường đã tiếp nhận 2.310 hồ sơ, trả kết quả 2.150 hồ sơ; quá hạn 21 hồ sơ.", 2310),
    ("Phường tiếp nhận 2.310 hồ sơ, đã giải quyết 2.150 hồ sơ, còn trễ hạn 21 hồ sơ.", 2310),
    ("Phường nhận 2.310 hồ sơ; đã giải quyết 2.150 hồ sơ; còn quá hạn 21 hồ sơ.", 2310),
    ("Phường đã tiếp nhận 2.310 hồ sơ, giải quyết 2.150 hồ sơ; trễ hẹn 21 hồ sơ.", 2310),
    ("Xã A tiếp nhận 900 hồ sơ; xã B giải quyết 2.150 hồ sơ; trễ hạn 21 hồ sơ.", None),  # another unit's: neither
])
def test_a_late_count_after_the_settled_is_no_part_of_it(sentence: str, whole: int | None) -> None:
    assert _whole_of(sentence, 21) == whole


@pytest.mark.parametrize(("sentence", "value", "whole"), [
    ("Phường tiếp nhận 2.310 hồ sơ, đã giải quyết 2.150 hồ sơ, trễ hạn 21 hồ sơ.", 21, 2150),  # of the settled
    ("Phường đã giải quyết 2.150 hồ sơ, đúng hạn 2.101 hồ sơ.", 2101, 2150),  # on time, of the settled
    ("Phường đã tiếp nhận 2.310 hồ sơ; 21 hồ sơ trễ hạn.", 21, None),  # the count its own subject
])
def test_a_late_count_that_is_no_sibling_keeps_its_reading(sentence: str, value: int, whole: int | None) -> None:
    assert _whole_of(sentence, value) == whole


def _label_of(sentence: str, value: int) -> str:
    figures = extract_article(_LEAD + sentence, today=TODAY).record["figures"]
    return next(f["label"] for f in figures if f["value"] == value)


@pytest.mark.parametrize(("sentence", "label"), [
    ("Số hồ sơ giải quyết đúng hạn: 1.091 hồ sơ.", "Hồ sơ giải quyết đúng hạn"),
    ("Tổng số thủ tục hành chính được công khai: 312 thủ tục.", "Thủ tục hành chính được công khai"),
    ("Số người dân đã kích hoạt tài khoản định danh: 5.400 người.", "Người dân đã kích hoạt tài khoản định danh"),
])
def test_a_count_after_a_colon_takes_the_phrase_before_it(sentence: str, label: str) -> None:
    assert _label_of(sentence, int(re.sub(r"\D", "", sentence.split(":")[1]))) == label


@pytest.mark.parametrize(("sentence", "value", "label"), [
    ("Người cao tuổi: 168 người.", 168, "Người cao tuổi"),  # no "số" to take out
    ("Kết quả, hồ sơ tiếp nhận: 2.400; hồ sơ đã giải quyết: 2.310.", 2400, "Hồ sơ tiếp nhận"),
])
def test_a_colon_label_without_so_stays(sentence: str, value: int, label: str) -> None:
    assert _label_of(sentence, value) == label


def test_so_hoa_is_a_verb_not_the_word_for_a_count() -> None:
    assert _label_of("Số hóa hồ sơ: 1.200 hồ sơ.", 1200) == "Hồ sơ số hóa hồ sơ"  # "số hóa" kept (digitised)


@pytest.mark.parametrize("text", [
    "Thường trực HĐND tỉnh đã tổ chức 12 cuộc/chuyên đề giám sát về cải cách hành chính.",
    "Ban Pháp chế đã tổ chức 8 chuyên đề giám sát tại các xã.",
    "Ban đã thực hiện 14 đợt/lượt kiểm tra tại các xã, phường.",
    "Đoàn ĐBQH tỉnh đã tổ chức 6 buổi khảo sát tại các sở, ngành.",
])
def test_oversight_counted_by_any_counter_is_a_round_up(text: str) -> None:
    assert re.search(COUNTED_ROUNDS, text, re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Đây là cuộc giám sát thứ 4 của Ban trong năm.",  # a visit's place among them
    "Đoàn đã có 2 buổi làm việc với xã.",  # sessions of work, no oversight counted
    "Các buổi khảo sát giúp đoàn nắm tình hình.",  # no number
])
def test_a_visit_among_rounds_counts_none(text: str) -> None:
    assert not re.search(COUNTED_ROUNDS, text, re.IGNORECASE)


_PLANNED = ("Theo kế hoạch, sáng 10/11/2025, đoàn giám sát của Ban Pháp chế HĐND tỉnh do bà Nay H'Lan, Trưởng ban, "
            "làm trưởng đoàn làm việc với UBND xã Ia Grai về thủ tục hành chính.")


@pytest.mark.parametrize(("text", "published"), [
    (_PLANNED, date(2025, 11, 12)),  # published two days after
    (_PLANNED, date(2025, 11, 10)),  # on the day
    ("Theo kế hoạch, chiều 28/11, Thường trực HĐND tỉnh khảo sát tại xã Đức Trọng.", date(2025, 11, 28)),
])
def test_a_plan_told_on_or_after_its_day_is_the_visit(text: str, published: date) -> None:
    assert told_done_as_planned(text, published)


@pytest.mark.parametrize(("text", "published"), [
    (_PLANNED, date(2025, 11, 5)),  # published before its day: a plan
    (_PLANNED, None),  # no publication date: a timetable reads the same
    ("Theo kế hoạch, sáng 10/11/2025, đoàn sẽ làm việc với UBND xã Ia Grai.", date(2025, 11, 12)),  # "sẽ"
    ("Theo kế hoạch, ngày 10/11, UBND tỉnh thành lập đoàn kiểm tra việc giải quyết hồ sơ.", date(2025, 11, 12)),
])
def test_a_plan_published_before_its_day_or_to_come_stays_a_plan(text: str, published: date | None) -> None:
    assert not told_done_as_planned(text, published)
