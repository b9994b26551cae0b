"""Figures of session 9's left-over classes: a visited family's members, an absence told twice in other words."""

from __future__ import annotations

from store.extract.figure_bare_parts import bare_parts
from store.extract.figure_family import family_members
from store.extract.figure_measures import measure_is_context, same_works
from store.extract.figure_restated import _what as restated_words


def _at(text: str, number: str, unit_text: str) -> tuple[int, int]:
    start = text.index(number)
    return start, text.index(unit_text, start) + len(unit_text)


def test_family_members_counted_in_people_are_no_figure() -> None:
    text = "Bà có chồng hy sinh và 3 người con là liệt sĩ."
    start, end = _at(text, "3", "người")
    assert family_members(text, start, end, "người")


def test_people_who_are_no_family_still_count() -> None:
    text = "Xã đã hỗ trợ 30 người dân làm thủ tục."
    start, end = _at(text, "30", "người")
    assert not family_members(text, start, end, "người")


def test_a_family_s_martyrs_are_no_figure_but_a_commune_s_are() -> None:
    family = "Tại nhà ông Tòng, gia đình có 2 liệt sĩ."
    start, end = _at(family, "2", "liệt sĩ")
    assert family_members(family, start, end, "liệt sĩ")
    commune = "Toàn xã có 105 liệt sĩ đã được quy tập."
    start, end = _at(commune, "105", "liệt sĩ")
    assert not family_members(commune, start, end, "liệt sĩ")


def _what(label: str, unit: str) -> set[str]:
    return restated_words({"label": label, "unit": unit})


def test_an_unexcused_absence_reads_the_same_in_other_words() -> None:
    assert _what("Công chức vắng mặt không có lý do", "công chức") == \
        _what("Trường hợp không có mặt tại cơ quan nhưng không rõ lý do", "trường hợp")


def test_excused_absence_and_those_present_stay_apart() -> None:
    unexcused = _what("Cán bộ vắng mặt không lý do", "cán bộ")
    excused = _what("Cán bộ vắng mặt có lý do", "cán bộ")
    present = _what("Cán bộ có mặt", "cán bộ")
    assert not (unexcused <= excused or excused <= unexcused)
    assert not (present <= unexcused or unexcused <= present)


def _measured_at(text: str, number: str, unit: str) -> tuple[str, int, int, str]:
    start = text.index(number)
    return text, start, text.index(unit, start) + len(unit), unit.strip()


def test_metres_and_tons_count_works_and_goods_only() -> None:
    road = "Thôn làm được 150 m đường bê tông, được hỗ trợ 20 tấn xi măng."
    assert not measure_is_context(*_measured_at(road, "150", " m"))
    assert not measure_is_context(*_measured_at(road, "20 tấn", "tấn"))
    far = "Trường cách trụ sở 500 m, năng suất lúa 6 tấn/ha."
    assert measure_is_context(*_measured_at(far, "500", " m"))
    assert measure_is_context(*_measured_at(far, "6 tấn", "tấn"))


def test_a_length_of_damage_counts_but_not_its_distance_or_depth() -> None:
    """Session 16 (figures, second round): a landslide's or a breach's length is what the disaster did."""
    slide = "Mưa lũ làm sạt lở khoảng 350 m bờ sông, hơn 2 km đê bao bị sạt, 120 m tuyến đường bị hư hỏng."
    assert not measure_is_context(*_measured_at(slide, "350", " m"))
    assert not measure_is_context(*_measured_at(slide, "2 km", "km"))
    assert not measure_is_context(*_measured_at(slide, "120", " m"))
    said = "Chiều dài đoạn sạt lở khoảng 1.200m."
    assert not measure_is_context(*_measured_at(said, "1.200", "m"))
    near = "Điểm sạt lở cách nhà dân 15 m, ăn sâu vào đất liền 13 m, rộng 10 m."
    assert measure_is_context(*_measured_at(near, "15", " m"))
    assert measure_is_context(*_measured_at(near, "13", " m"))
    assert measure_is_context(*_measured_at(near, "10", " m"))
    river = "Xã có 7,3 km sông chảy qua, thường bị sạt lở."
    assert measure_is_context(*_measured_at(river, "7,3", "km"))


def test_a_planned_length_built_counts_once() -> None:
    planned = {"label": "M đường bê tông", "value": 150, "unit": "m", "period": {"from": "2024-01-01"}}
    built = {"label": "M đường đúng thiết kế", "value": 150, "unit": "m"}
    canal = {"label": "M kênh mương", "value": 150, "unit": "m"}
    assert same_works(built, planned)
    assert not same_works(canal, planned)


def test_a_bare_part_takes_the_unit_of_the_count_before() -> None:
    text = "Đã giải quyết 40/45, đạt 88,9%."
    assert bare_parts(text, [], {45: "đơn"}, []) == [(40, 45, "đơn", text.index("40"), text.index(","))]


def test_a_bare_fraction_with_no_count_before_nor_verb_is_none() -> None:
    assert bare_parts("Đã giải quyết 40/45, đạt 88,9%.", [], {50: "đơn"}, []) == []
    assert bare_parts("Tỷ số là 40/45.", [], {45: "đơn"}, []) == []
