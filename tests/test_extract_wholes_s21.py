"""Figure wholes of session 21 (issue 12), sentences written for the tests: "Trong đó" reaches over two sentences
with no figures (`figure_sentence_before`); a whole named in words and never counted gives its parts none
(`figure_named_wholes`); counts of "bản" are copies or villages (`figure_copies`); a far bracket opened by "trong
đó"/"gồm" may list only some parts (`figure_brackets`); a sum reached inside a run of one unit is chance
(`figure_mixed_lists`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract.figure_copies import copies_counted
from tests.test_extract_wholes_s20 import figures, vn, wholes

QUIET = ["Phường lắp thêm máy lấy số.", "Công chức trực cả sáng thứ bảy.", "Sảnh chờ được mở rộng."]


# -- "Trong đó" over sentences with no figures -------------------------------------------------------------------


@pytest.mark.parametrize(("quiet", "paired"), [(0, True), (1, True), (2, True), (3, False)])
def test_trong_do_reaches_over_at_most_two_quiet_sentences(quiet: int, paired: bool) -> None:
    body = f"Năm 2023, phường tiếp nhận 900 hồ sơ. {' '.join(QUIET[:quiet])} Trong đó, 640 hồ sơ nộp trực tuyến."
    assert wholes(body)[640] == (900 if paired else None)


def test_a_sentence_with_a_count_of_its_own_ends_the_reach() -> None:
    body = ("Năm 2023, phường tiếp nhận 900 hồ sơ. Bộ phận một cửa có 5 công chức. Sảnh chờ được mở rộng. Trong đó, "
            "640 hồ sơ nộp trực tuyến.")
    assert wholes(body)[640] is None


def test_other_sentence_after_rules_still_reach_over_one() -> None:
    """Only "Trong đó" points back; a settled count after two quiet sentences is told on its own."""
    body = f"Năm 2023, phường tiếp nhận 900 hồ sơ. {QUIET[0]} {QUIET[1]} Phường đã giải quyết 880 hồ sơ."
    assert wholes(body)[880] is None
    assert wholes(f"Năm 2023, phường tiếp nhận 900 hồ sơ. {QUIET[0]} Phường đã giải quyết 880 hồ sơ.")[880] == 900


# -- a whole named in words, never counted -----------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Trong số hồ sơ đã giải quyết, có 700 hồ sơ đúng hạn và 30 hồ sơ trễ hạn.",
    "Phường tiếp nhận 900 hồ sơ. Trong tổng số hồ sơ đã giải quyết có 700 hồ sơ đúng hạn, 30 hồ sơ trễ hạn.",
    "Phường tiếp nhận 900 hồ sơ, trong tổng số hồ sơ đã giải quyết có 700 hồ sơ đúng hạn, 30 hồ sơ trễ hạn.",
])
def test_parts_of_a_whole_never_counted_have_none(body: str) -> None:
    found = wholes(body)
    assert found[700] is None and found[30] is None


def test_all_of_something_never_counted_is_no_whole_and_takes_none_before() -> None:
    body = ("Phường công khai 14 thủ tục mới; tất cả các thủ tục của phường đều có trên cổng dịch vụ công, trong đó "
            "9 thủ tục thực hiện toàn trình.")
    assert wholes(body)[9] is None


def test_all_of_something_counted_before_is_the_whole() -> None:
    body = ("Phường đã tiếp nhận 900 hồ sơ. Toàn bộ hồ sơ tiếp nhận đều được số hóa, trong đó 640 hồ sơ nộp trực "
            "tuyến và 200 hồ sơ nộp trực tiếp.")
    assert wholes(body) == {900: None, 640: 900, 200: 900}


def test_words_pointing_back_keep_the_count_said() -> None:
    body = "Phường tiếp nhận 900 hồ sơ. Trong số hồ sơ trên, đã giải quyết 880 hồ sơ, trong đó 850 hồ sơ đúng hạn."
    assert wholes(body) == {900: None, 880: 900, 850: 880}


# -- "bản": copies or villages -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "value"), [
    ("Phường đã chứng thực 1.250 bản.", 1250),
    ("Phường cấp 320 bản sao từ sổ gốc.", 320),
    ("Phường cấp 140 bản trích lục khai sinh.", 140),
    ("Công chức đã sao y 86 bản giấy tờ.", 86),
    ("Cấp bản sao từ sổ gốc: 410 bản.", 410),
])
def test_copies_in_ban_are_figures(body: str, value: int) -> None:
    assert [(f["value"], f["unit"]) for f in figures(body)] == [(value, "bản")]


@pytest.mark.parametrize("body", [
    "Xã có 15 bản, trong đó 6 bản thuộc vùng đặc biệt khó khăn.",
    "Đoàn đã đến thăm 3 bản vùng cao và bản Co Mạ.",
    "Toàn xã có 42 thôn, bản.",
    "Xã in 300 bản đồ địa chính.",
])
def test_villages_in_ban_are_no_figures(body: str) -> None:
    assert [f for f in figures(body) if f["unit"] == "bản"] == []


def test_copy_words_beside_a_village_count_do_not_make_copies() -> None:
    text = "đã chứng thực hồ sơ tại 3 bản vùng cao"
    start = text.index("3")
    assert not copies_counted(text, start, "bản", start + len("3 bản"))


# -- a far bracket listing some parts ----------------------------------------------------------------------------

FAR = ("Phường trả lại {n} hồ sơ vì người dân nộp thiếu giấy tờ theo quy định của pháp luật về đất đai, tỷ lệ 9,1% "
       "({opener}đất nông nghiệp {a} hồ sơ; đất ở {b} hồ sơ).")


@pytest.mark.parametrize("opener", ["trong đó: ", "gồm: ", "gồm "])
def test_far_bracket_opened_by_its_words_may_list_some_parts(opener: str) -> None:
    assert wholes(FAR.format(n=58, opener=opener, a=21, b=17)) == {58: None, 21: 58, 17: 58}


@pytest.mark.parametrize(("opener", "a", "b"), [("", 21, 17), ("gồm: ", 21, 47), ("gồm: ", 60, 5)])
def test_far_bracket_without_words_or_passing_the_count_pairs_nothing(opener: str, a: int, b: int) -> None:
    found = wholes(FAR.format(n=58, opener=opener, a=a, b=b))
    assert found[a] is None


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 400), st.integers(2, 400), st.integers(2, 400), st.booleans())
def test_far_bracket_pairs_iff_opened_and_within_or_exact(total: int, a: int, b: int, opened: bool) -> None:
    found = wholes(FAR.format(n=vn(total), opener="gồm: " if opened else "", a=vn(a), b=vn(b)))
    if len({total, a, b}) < 3:
        return  # one value read twice is one figure
    within = a < total and b < total and a + b <= total
    expected = a + b == total or opened and within
    assert (found[a] == total and found[b] == total) is expected


# -- a chance sum inside a run of one unit ------------------------------------------------------------------------


def test_a_sum_reached_inside_a_run_is_chance() -> None:
    body = ("Phường đã giải quyết 200 thủ tục, trong đó: khai sinh 120 trường hợp; khai tử 80 trường hợp; thường trú "
            "35 trường hợp; chứng thực 60 lượt.")
    assert all(of is None for of in wholes(body).values())


@pytest.mark.parametrize("after", ["chứng thực 45 lượt", "chứng thực 900 lượt", "ngoài ra còn đăng ký thêm 9 cặp"])
def test_a_sum_then_another_unit_or_an_addition_keeps_the_parts(after: str) -> None:
    body = f"Phường đã giải quyết 190 thủ tục, trong đó: khai sinh 100 trường hợp; khai tử 30 trường hợp; kết hôn 60 " \
           f"cặp; {after}."
    found = wholes(body)
    assert (found[100], found[30], found[60]) == (190, 190, 190)


# -- pupils counted "em", houses counted "căn" and "nhà" ----------------------------------------------------------


def test_pupils_counted_em_after_pupils_are_parts_of_them() -> None:
    found = figures("Trường có 642 học sinh, trong đó 518 em là người dân tộc thiểu số.")
    assert [(f["value"], f["unit"], f.get("of"), f["label"]) for f in found] == [
        (642, "học sinh", None, "Tổng số học sinh"),  # a bare total of its parts: `figure_label_totals` (s35)
        (518, "học sinh", 642, "Học sinh người dân tộc thiểu số")]


def test_em_with_no_pupils_counted_before_is_no_count() -> None:
    assert figures("Đoàn trò chuyện với 15 em tại thư viện.") == []


def test_houses_in_can_and_nha_are_one_kind() -> None:
    assert wholes("Trận lốc làm hư hại 35 căn nhà (27 nhà tốc mái và 8 nhà đổ tường).") == {35: None, 27: 35, 8: 35}
