"""Classes left open by session 27's first round, closed in its second (s27/items2); issue #12.

- a leader titled before the name, the office's "và" or spaced dash after a district department's "phòng" in
  between ("do Trưởng phòng Văn hóa và Thông tin huyện X Y làm trưởng đoàn", "Trưởng phòng Lao động - Thương binh
  và Xã hội huyện X Y dẫn đầu"): the leader (`leader_phrases`, `people._COMMITTEE_DASH`); a host so titled who
  reports is never the leader;
- a part and its whole joined by "trong (tổng) số" ("1.260 hồ sơ trong số 1.540 hồ sơ", "95 trong số 102 kiến
  nghị"): the part carries `of` = the whole (`figure_among`).

Sentences written for these tests, with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article


def _record(text: str) -> dict:
    return extract_article("Tin địa phương\n\n" + text).record


def _figures(sentence: str) -> list[tuple[float, str, float | None]]:
    text = ("Sáng 9/5/2024, đoàn giám sát của HĐND huyện Thạch Hà do ông Phan Đức Long, Phó Chủ tịch HĐND huyện, "
            "làm trưởng đoàn đã giám sát tại xã Thạch Đài, huyện Thạch Hà, tỉnh Hà Tĩnh. " + sentence)
    return [(f["value"], f["unit"], f.get("of")) for f in _record(text)["figures"]]


# -- 1. a title before the name, a "và" or a dash in the department's name ---------------------------------------

@pytest.mark.parametrize("office", [
    "Trưởng phòng Văn hóa và Thông tin huyện Thạch Hà",
    "Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Thạch Hà",
    "Trưởng phòng Lao động - Thương binh và Xã hội huyện Thạch Hà",
    "Trưởng phòng Lao động – Thương binh và Xã hội huyện Thạch Hà",
    "Phó Trưởng phòng Giáo dục và Đào tạo huyện Thạch Hà",
    "Trưởng Phòng Tài nguyên và Môi trường huyện Thạch Hà",
])
@pytest.mark.parametrize("wording", ["do {office} {name} làm trưởng đoàn đã kiểm tra",
                                     "{office} {name} dẫn đầu đoàn kiểm tra làm việc"])
def test_a_title_before_the_name_with_a_department_holding_and(office: str, wording: str) -> None:
    text = ("Ngày 20/8/2024, " + wording.format(office=office, name="Đinh Công Lực") +
            " tại xã Thạch Đài, huyện Thạch Hà, tỉnh Hà Tĩnh. Xã đã chi trả cho 312 đối tượng.")
    leader = _record(text)["leader"]
    assert leader["name"] == "Đinh Công Lực"
    assert leader["title"].startswith(office)


@pytest.mark.parametrize("office", ["Trưởng phòng Tài nguyên và Môi trường huyện Thạch Hà",
                                    "Trưởng phòng Văn hóa và Thông tin huyện Thạch Hà"])
def test_a_host_so_titled_who_reports_never_leads(office: str) -> None:
    text = ("Ngày 20/8/2024, đoàn giám sát của HĐND huyện Thạch Hà do ông Phan Đức Long, Phó Chủ tịch HĐND huyện, "
            "làm trưởng đoàn đã giám sát tại xã Thạch Đài. " + office + " Đinh Công Lực báo cáo với đoàn về tiến "
            "độ thực hiện. Xã đã chi trả cho 312 đối tượng.")
    assert _record(text)["leader"]["name"] == "Phan Đức Long"


def test_two_offices_joined_by_and_stay_two() -> None:
    """A department's "và" before another office joins two people, not one office."""
    text = ("Ngày 20/8/2024, Trưởng phòng Nội vụ huyện Thạch Hà Lê Văn Tư và Chủ tịch UBND xã Thạch Đài Hồ Thị Hà "
            "đã kiểm tra bộ phận một cửa xã Thạch Đài. Xã đã tiếp nhận 312 hồ sơ.")
    leader = _record(text)["leader"]
    assert leader["name"] == "Lê Văn Tư"
    assert "Chủ tịch" not in leader["title"]


# -- 2. a part, "trong số", its whole ------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Xã đã trả kết quả đúng hạn 1.260 hồ sơ trong số 1.540 hồ sơ tiếp nhận.",
     [(1260, "hồ sơ", 1540), (1540, "hồ sơ", None)]),
    ("Xã đã giải quyết 95 trong số 102 kiến nghị của cử tri.",
     [(95, "kiến nghị", 102), (102, "kiến nghị", None)]),
    ("Đã có 3.480 tài khoản định danh điện tử trong tổng số 4.050 tài khoản được kích hoạt.",
     [(3480, "tài khoản", 4050), (4050, "tài khoản", None)]),
    ("Đã có 820 trong số 1.100 hộ kinh doanh mở tài khoản thanh toán.",
     [(820, "hộ", 1100), (1100, "hộ", None)]),
    ("Xã hòa giải thành 12 trong số hơn 15 vụ việc.",
     [(12, "vụ việc", 15), (15, "vụ việc", None)]),
])
def test_a_part_and_its_whole_joined_by_trong_so(sentence: str, expected: list) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the whole first: figure_wholes' "Trong số" reading, unchanged
    ("Trong số 1.540 hồ sơ tiếp nhận, xã đã giải quyết 1.260 hồ sơ.", [(1540, "hồ sơ", None), (1260, "hồ sơ", 1540)]),
    # two kinds: no part of the other
    ("Xã đã cấp 320 tài khoản trong số 1.100 hộ dân.", [(320, "tài khoản", None), (1100, "hộ", None)]),
    # a comma between: the count is no part
    ("Xã đã giải quyết 500 hồ sơ, trong số 1.540 hồ sơ tiếp nhận có 40 hồ sơ trễ hạn.",
     [(500, "hồ sơ", None), (1540, "hồ sơ", None), (40, "hồ sơ", 1540)]),
])
def test_look_alikes_of_trong_so_stay_as_they_were(sentence: str, expected: list) -> None:
    assert _figures(sentence) == expected


# -- 6. rounds counted in an opening "Sau ..." clause: measured, the house rule holds (pins) ---------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    # "đợt" counts a place's rounds of work (figure_lexicon): a figure, as "tổ chức 4 đợt tuyên truyền"
    ("Sau 3 đợt ra quân, xã đã thu nhận 2.140 hồ sơ.", [(3, "đợt", None), (2140, "hồ sơ", None)]),
    ("Xã đã tổ chức 4 đợt tuyên truyền về Đề án 06.", [(4, "đợt", None)]),
    # "lần" is no unit (a ratio, figure_lexicon): none, after "Sau" as anywhere
    ("Sau 4 lần kiểm tra, xã đã thu nhận 2.140 hồ sơ.", [(2140, "hồ sơ", None)]),
    ("Sau 3 lần ra quân, xã đã thu nhận 2.140 hồ sơ.", [(2140, "hồ sơ", None)]),
    # the overseer's own check rounds are none (figure_lexicon.NOT_AFTER, figure_named_units.own_rounds)
    ("Sau 4 đợt kiểm tra, xã đã thu nhận 2.140 hồ sơ.", [(2140, "hồ sơ", None)]),
])
def test_rounds_after_sau_follow_the_house_rule(sentence: str, expected: list) -> None:
    assert _figures(sentence) == expected
