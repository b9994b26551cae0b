"""Session 34 figures15 (issue 12): a count of one that is a named official's errand (figure_errands); a number whose
decimal mark was typed like its thousands marks (figure_typed_marks). Sentences of my own; each first group fails on
the base, the look-alikes pass on both. The property tests write numbers with an oracle of their own (`decimal`)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.figure_typed_marks import mended_marks
from tests.leads import TODAY

_LEAD = "Tin hoạt động\n\nSáng 14/10/2025, Thường trực HĐND xã Vũ Lễ đã giám sát tại UBND xã. "
SETTINGS = settings(max_examples=200, deadline=None)


def _values(said: str) -> list[float | int]:
    return [f["value"] for f in extract_article(_LEAD + said, today=TODAY).record["figures"]]


@pytest.mark.parametrize(("said", "values"), [
    pytest.param("Ông Trần Văn Bình vắng mặt vì được giao lập biên bản 1 trường hợp vi phạm xây dựng.", [],
                 id="assigned-to-record-one-case"),
    pytest.param("Bà Lê Thị Hoa, công chức văn phòng, đi nộp 01 hồ sơ quyết toán tại Kho bạc.", [],
                 id="gone-to-hand-in-one-file"),
    pytest.param("Đồng chí Vi Văn Sáng hôm đó được cử đi hòa giải 1 trường hợp tranh chấp đất.", [],
                 id="comrade-sent-to-settle-one-case"),
    pytest.param("Xã có 20 công chức; ông Lò Văn Dũng được phân công xác minh 01 trường hợp khai sinh.", [20],
                 id="assigned-after-a-semicolon"),
])
def test_a_named_officials_errand_of_one_is_no_figure(said: str, values: list) -> None:
    assert _values(said) == values


@pytest.mark.parametrize(("said", "values"), [
    pytest.param("Qua kiểm tra, đoàn phát hiện 1 trường hợp trả kết quả chậm.", [1], id="one-case-found"),
    pytest.param("Xã còn 01 hồ sơ quá hạn.", [1], id="one-file-overdue"),
    pytest.param("Ông Hồ Văn Nam cho biết, xã còn 01 hồ sơ quá hạn.", [1], id="a-speakers-tally"),
    pytest.param("Tổ công tác được giao xác minh 1 trường hợp khiếu nại.", [1], id="a-body-no-person"),
    pytest.param("Ông Lò Văn Dũng được giao rà soát 3 hồ sơ tồn đọng.", [3], id="more-than-one"),
    pytest.param("Đoàn do ông Lê Văn Tâm dẫn đầu được giao kiểm tra 1 trường hợp khiếu nại.", [1],
                 id="the-head-of-a-team"),
    pytest.param("Ông Trần Văn Bình đã giải quyết 1 trường hợp tồn đọng.", [1], id="no-errand-cue"),
])
def test_counts_of_one_that_are_results_stay(said: str, values: list) -> None:
    assert _values(said) == values


@pytest.mark.parametrize(("said", "values"), [
    pytest.param("Xã chuyển mục đích cho 14 hộ với tổng diện tích 5.207.4m2.", [14, 5207.4], id="stops-glued-m2"),
    pytest.param("Xã đã đo đạc 1,234,5 ha đất lúa.", [1234.5], id="commas-before-ha"),
    pytest.param("Xã đã chi 2.350.5 triệu đồng cho chuyển đổi số.", [2_350_500_000], id="stops-before-a-scale"),
    pytest.param("Diện tích đã cấp giấy là 2.045.75 m2.", [2045.75], id="two-decimals"),
])
def test_a_decimal_mark_typed_like_the_thousands_is_read(said: str, values: list) -> None:
    assert _values(said) == values


@pytest.mark.parametrize(("said", "values"), [
    pytest.param("Số tiền các hộ đã nộp là 12.50.000 đồng.", [], id="a-middle-group-of-two"),
    pytest.param("Còn 1,23,456 m2 đất chưa rõ chủ.", [], id="commas-middle-group-of-two"),
    pytest.param("Xã đã thu 1.234.567 đồng phí.", [1_234_567], id="thousands-as-written"),
    pytest.param("Xã đã đo đạc 1.234,5 ha đất lúa.", [1234.5], id="the-house-notation"),
    pytest.param("Theo mục 1.234.5 của phụ lục, xã còn 18 hồ sơ tồn đọng.", [18], id="no-unit-after"),
])
def test_look_alikes_of_typed_marks_are_read_as_before(said: str, values: list) -> None:
    assert _values(said) == values


def _oracle(whole: int, fraction: str, mark: str) -> str:
    """`whole` grouped by threes with `mark`, then `mark` again before `fraction`: the typo as a hand writes it."""
    digits = str(whole)
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return mark.join(groups) + mark + fraction


@SETTINGS
@given(st.integers(1_000, 10**12), st.from_regex(r"\A[0-9]{1,2}\Z"), st.sampled_from([".", ","]),
       st.sampled_from([" ha", " m2", "m2", " triệu đồng", "%", " hồ sơ"]))
def test_a_typed_decimal_mark_is_mended_to_the_house_notation(whole: int, fraction: str, mark: str,
                                                               unit: str) -> None:
    written = _oracle(whole, fraction, mark)
    mended = mended_marks(f"tổng {written}{unit} nhé")
    assert len(mended) == len(f"tổng {written}{unit} nhé")
    grouped = _oracle(whole, "", ".")[:-1]
    assert mended == f"tổng {grouped},{fraction}{unit} nhé"
    # the value the house notation stands for is the oracle's
    number = mended[len("tổng "):len("tổng ") + len(written)]
    assert Decimal(number.replace(".", "").replace(",", ".")) == Decimal(whole) + Decimal(f"0.{fraction}")


@SETTINGS
@given(st.integers(0, 10**12), st.sampled_from([".", ","]), st.sampled_from([" ha", " đồng", ""]))
def test_thousands_alone_or_with_no_unit_are_left_as_written(value: int, mark: str, unit: str) -> None:
    written = _oracle(value, "", mark)[:-1] + unit  # thousands only: no group of one or two digits at the end
    assert mended_marks(f"có {written} thôi") == f"có {written} thôi"


@SETTINGS
@given(st.integers(1_000, 10**9), st.from_regex(r"\A[0-9]{1,2}\Z"), st.sampled_from([".", ","]))
def test_typed_marks_without_a_unit_after_are_left_as_written(whole: int, fraction: str, mark: str) -> None:
    written = _oracle(whole, fraction, mark)
    assert mended_marks(f"mục {written} của phụ lục") == f"mục {written} của phụ lục"


@SETTINGS
@given(st.integers(1, 999), st.integers(0, 99), st.integers(0, 999), st.sampled_from([".", ","]))
def test_a_middle_group_of_other_than_three_digits_is_never_mended(head: int, middle: int, tail: int,
                                                                   mark: str) -> None:
    written = f"{head}{mark}{middle}{mark}{tail:03d}"  # "12.50.000": a digit lost or a mark misplaced
    assert mended_marks(f"là {written} đồng") == f"là {written} đồng"
