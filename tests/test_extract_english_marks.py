"""Session 36 figures18 (issue 12): numbers typed the English way on a Vietnamese page (figure_english_marks), and a
stray mark inside a sum in đồng left unread (figure_numbers._NUMBER). Sentences of my own: each first group fails on
the base, the look-alikes pass on both. The property tests write numbers with an oracle of their own: Python's
English grouping (`format(n, ",")`) and `decimal`, never the project's reader."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract.figure_english_marks import english_marks, page_notation
from store.extract.figure_numbers import numbers_in
from store.numbers import parse_vi_number
from tests.leads import labels_said

SETTINGS = settings(max_examples=200, deadline=None)
_COUNTS = [" hồ sơ", " hộ", " người", " thẻ bảo hiểm y tế", " đơn thư", " đồng"]
_MEASURES = [" ha", " tấn", " m2", "%", " MW", " triệu đồng"]


def _values(said: str, notation: str = "") -> list[float | int]:
    return [value for value, _, _, _, _ in numbers_in(said, notation)]


@pytest.mark.parametrize(("said", "notation", "values"), [
    pytest.param("Tổng công suất lắp máy 4,274.55 MW.", "", [4274.55], id="comma-groups-then-a-stop"),
    pytest.param("Xã đã chi 12,500,000 đồng hỗ trợ.", "", [12_500_000], id="two-comma-groups"),
    pytest.param("Diện tích rừng là 1,234,567.8 ha.", "", [1_234_567.8], id="three-groups-and-a-decimal"),
    pytest.param("Xã đã tiếp nhận 1,250 hồ sơ.", "vi", [1250], id="a-count-on-a-vietnamese-page"),
    pytest.param("Xã đã tiếp nhận 1,250 hồ sơ.", "", [1250], id="a-count-on-a-page-of-no-certain-number"),
    pytest.param("Xã đã chi 1,250 đồng.", "both", [1250], id="dong-with-no-scale-is-a-count"),
    pytest.param("Xã đã chuyển đổi 1,500 ha lúa.", "en", [1500], id="a-measure-on-an-english-page"),
    pytest.param("Xã đã chi 1,250 triệu đồng.", "en", [1_250_000_000], id="a-scale-word-on-an-english-page"),
])
def test_numbers_typed_the_english_way_are_read(said: str, notation: str, values: list) -> None:
    assert _values(said, notation) == values


@pytest.mark.parametrize(("said", "notation", "values"), [
    pytest.param("Xã đã đo đạc 1,250 ha đất.", "vi", [1.25], id="a-measure-on-a-vietnamese-page"),
    pytest.param("Xã đã đo đạc 1,250 ha đất.", "", [1.25], id="a-measure-on-a-page-of-no-certain-number"),
    pytest.param("Xã đã đo đạc 1,250 ha đất.", "both", [], id="a-measure-on-a-page-of-both-unread"),
    pytest.param("Xã đã đo đạc 1.250 ha đất.", "en", [], id="a-stop-group-before-a-measure-on-an-english-page"),
    pytest.param("Xã đã tiếp nhận 1.250 hồ sơ.", "en", [1250], id="a-stop-group-before-a-count-on-an-english-page"),
    pytest.param("Còn 0,750 ha chưa giao.", "en", [0.75], id="a-first-group-of-zero-is-a-decimal"),
    pytest.param("Xã đã đo đạc 1.234,5 ha đất.", "both", [1234.5], id="the-house-notation"),
    pytest.param("Xã đã đo đạc 1,234,5 ha đất.", "en", [1234.5], id="a-decimal-typed-like-the-thousands"),
    pytest.param("Tỷ lệ đạt 12,5%.", "en", [12.5], id="a-decimal-comma-of-one-digit"),
    pytest.param("Tỷ lệ đạt 12.5%.", "vi", [12.5], id="a-decimal-stop-before-a-percent"),
    pytest.param("Mã số 1,250,000 của hồ sơ.", "", [], id="no-unit-after-two-comma-groups"),
])
def test_look_alikes_of_english_marks(said: str, notation: str, values: list) -> None:
    assert _values(said, notation) == values


@pytest.mark.parametrize(("texts", "notation"), [
    pytest.param(["tổng 4,274.55 MW", "42 công trình"], "en", id="english-only"),
    pytest.param(["12,500,000 đồng"], "en", id="two-comma-groups"),
    pytest.param(["1.234,5 ha", "đạt 97,5%"], "vi", id="vietnamese-only"),
    pytest.param(["1.200.000 đồng"], "vi", id="two-stop-groups"),
    pytest.param(["4,274.55 MW", "2,5 ha"], "both", id="both"),
    pytest.param(["1,250 ha", "1.250 tấn", "năm 2025"], "", id="no-certain-number"),  # no count grouped (s37)
])
def test_a_pages_notation_is_that_of_its_certain_numbers(texts: list[str], notation: str) -> None:
    assert page_notation(texts) == notation


@pytest.mark.parametrize(("said", "values"), [
    pytest.param("Xã đã chi trả cho 48 hộ nghèo; hộ cận nghèo nhận 1.500,.000 đồng mỗi hộ.", [48],
                 id="a-comma-then-a-stop"),  # the base read 1500 hộ, the unit of its sibling
    pytest.param("Xã đã chi trả cho 48 hộ nghèo; hộ cận nghèo nhận 193.300.,000đồng.", [48],
                 id="a-stop-then-a-comma-glued"),  # the base read 193300 hộ
    pytest.param("Xã đã hỗ trợ 193.300.,000đồng cho các hộ.", [], id="alone-in-its-sentence"),
    pytest.param("Xã đã chi 45.,500.000 đồng cho 15 hộ.", [15], id="after-the-first-group"),
])
def test_a_stray_mark_inside_a_sum_is_left_unread(said: str, values: list) -> None:
    assert [value for value, _ in labels_said(said)] == values


@pytest.mark.parametrize(("said", "values"), [
    pytest.param("Xã đã chi 1.500.000 đồng cho mỗi hộ.", [1_500_000], id="a-sum-as-written"),
    pytest.param("Xã đã chi 2.400.000 đồng, còn 15 hộ chưa nhận.", [2_400_000, 15], id="a-comma-after-a-sum"),
    pytest.param("Xã có 5.138,3 m2 đất công.", [5138.3], id="a-decimal-area"),
])
def test_sums_beside_a_stray_mark_look_alike_are_read(said: str, values: list) -> None:
    assert [value for value, _ in labels_said(said)] == values


# -- properties: an oracle of their own ----------------------------------------------------------------------------


def _vi_grouped(n: int) -> str:
    return format(n, ",").replace(",", ".")


@SETTINGS
@given(st.integers(1_000, 10**12), st.integers(0, 99), st.sampled_from(_COUNTS + _MEASURES),
       st.sampled_from(["", "vi", "en", "both"]))
def test_comma_groups_then_a_stop_read_the_english_value(whole: int, cents: int, unit: str, notation: str) -> None:
    written = f"{format(whole, ',')}.{cents:02d}"
    said = f"tổng {written}{unit} nhé"
    assert len(english_marks(said, notation)) == len(said)
    got = numbers_in(said, notation)
    oracle = Decimal(whole) + Decimal(cents) / 100
    if unit == " triệu đồng":
        oracle *= 1_000_000
    assert got and Decimal(str(got[0][0])) == oracle


@SETTINGS
@given(st.integers(1_000_000, 10**15), st.sampled_from(_COUNTS + _MEASURES), st.sampled_from(["", "vi", "en", "both"]))
def test_two_comma_groups_or_more_are_thousands(value: int, unit: str, notation: str) -> None:
    said = f"tổng {format(value, ',')}{unit} nhé"
    got = numbers_in(said, notation)
    assert got and Decimal(str(got[0][0])) == Decimal(value) * (1_000_000 if unit == " triệu đồng" else 1)


@SETTINGS
@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(_COUNTS), st.sampled_from(["", "vi", "en", "both"]))
def test_a_lone_comma_group_before_a_count_is_thousands(head: int, tail: int, unit: str, notation: str) -> None:
    got = numbers_in(f"xã có {head},{tail:03d}{unit} nhé", notation)
    assert got and got[0][0] == head * 1000 + tail  # never head,tail as a decimal: no count has a fraction


@SETTINGS
@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from([" ha", " tấn", " m2", " MW"]),
       st.sampled_from(["", "vi", "en", "both"]))
def test_a_lone_comma_group_before_a_measure_follows_the_page(head: int, tail: int, unit: str,
                                                              notation: str) -> None:
    said = f"tổng {head},{tail:03d}{unit} nhé"
    got = [value for value, _, _, _, _ in numbers_in(said, notation)]
    english, house = Decimal(head * 1000 + tail), Decimal(head) + Decimal(tail) / 1000
    assert [Decimal(str(v)) for v in got] == {"en": [english], "both": []}.get(notation, [house])


@SETTINGS
@given(st.integers(0, 10**12), st.sampled_from(_COUNTS + _MEASURES), st.sampled_from(["", "vi", "en", "both"]))
def test_the_house_notation_is_never_rewritten(value: int, unit: str, notation: str) -> None:
    said = f"có {_vi_grouped(value)},5{unit} nhé"  # a decimal comma after stop groups: the house's, on any page
    assert english_marks(said, notation) == said


@SETTINGS
@given(st.decimals(min_value=Decimal("1000"), max_value=Decimal("1e12"), places=2, allow_nan=False,
                   allow_infinity=False))
def test_an_english_number_round_trips_to_the_house_notation(value: Decimal) -> None:
    written = f"{value:,.2f}"
    rewritten = english_marks(f"là {written} ha", "")[3:-3]
    assert Decimal(str(parse_vi_number(rewritten))) == value
