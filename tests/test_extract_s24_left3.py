"""Session 24, left open by fresh39: a new ward's area and people told after the reform are its make-up, no figure
(`figure_place_size`); a count of the points a leader names or sets ("nêu rõ 4 nhiệm vụ", "chỉ ra 3 điểm nghẽn") is
no figure, in a headline as in the body (`figure_enumerated.points_said`); a ward named only in the bracketed address
of a centre's branch the visitors are at is the unit visited (`place_branch_wards`)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_enumerated import points_said
from store.extract.figure_place_size import place_size


def _people(sentence: str, written: str, unit: str) -> bool:
    start = sentence.index(written)
    return place_size(sentence, start, start + len(written), unit)


@pytest.mark.parametrize(("sentence", "written"), [
    ("Phường Dĩ An sau sắp xếp diện tích khoảng 21,38 km2 với 227.817 người.", "227.817 người"),
    ("Xã Hòa Vang (mới) có diện tích tự nhiên hơn 120 km², với khoảng 64.300 người sinh sống.", "64.300 người"),
    ("Sau sắp xếp, xã Tân Hội có diện tích 70 km2 và hơn 52.000 người.", "52.000 người"),
    ("Xã Tân Hội sau sáp nhập có 41.300 người, diện tích 70,4 km2.", "41.300 người"),
])
def test_a_new_units_people_beside_its_area_are_its_make_up(sentence: str, written: str) -> None:
    assert _people(sentence, written, "người")


@pytest.mark.parametrize(("sentence", "written"), [
    ("Xã có diện tích 12 ha với 30 người tham gia dọn vệ sinh.", "30 người"),  # people who took part
    ("Phường rộng 9,2 km2; trung tâm đã hướng dẫn 420 người làm thủ tục.", "420 người"),  # another clause
    ("Xã Tân Hội sau sáp nhập đã hỗ trợ 41.300 người.", "41.300 người"),  # no area beside them
])
def test_people_counted_near_an_area_stay(sentence: str, written: str) -> None:
    assert not _people(sentence, written, "người")


def _at(text: str, written: str) -> tuple[int, int]:
    start = text.index(written)
    return start, start + len(written)


@pytest.mark.parametrize(("text", "written", "unit"), [
    ("Chủ tịch UBND TP HCM nêu rõ 4 nhiệm vụ quan trọng", "4 nhiệm vụ", "nhiệm vụ"),
    ("Bí thư chỉ ra 3 điểm nghẽn trong vận hành", "3 điểm", "điểm"),
    ("ông đề nghị phường tập trung 5 nhiệm vụ trọng tâm", "5 nhiệm vụ", "nhiệm vụ"),
])
def test_a_count_of_points_a_leader_names_is_no_figure(text: str, written: str, unit: str) -> None:
    start, end = _at(text, written)
    assert points_said(text, start, unit, end)


@pytest.mark.parametrize(("text", "written", "unit"), [
    ("Phường đã hoàn thành 38 nhiệm vụ trong tháng", "38 nhiệm vụ", "nhiệm vụ"),  # tasks done
    ("Năm nay xã được giao 102 nhiệm vụ, đã hoàn thành 37", "102 nhiệm vụ", "nhiệm vụ"),  # given, with parts
    ("Bí thư chỉ ra 3 điểm giao dịch còn đông", "3 điểm", "điểm"),  # places, no weak spots
])
def test_tasks_done_or_places_stay(text: str, written: str, unit: str) -> None:
    start, end = _at(text, written)
    assert not points_said(text, start, unit, end)


def _localities(text: str) -> list[str]:
    return [locality["name"] for locality in extract_article(text).record.get("localities", [])]


_BRANCH = ("Hải Phòng làm việc ngay sau Tết\n\n"
           "Tại Trung tâm Phục vụ hành chính công thành phố Hải Phòng chi nhánh số 2 (phường Lê Chân), người dân đến "
           "làm thủ tục từ sớm.\n\n")


def test_a_ward_in_a_branchs_bracket_the_leader_checks_is_visited() -> None:
    text = _BRANCH + ("Khoảng 9 giờ, Chủ tịch UBND thành phố Hải Phòng Lê Ngọc Châu trực tiếp kiểm tra khu vực tiếp "
                      "nhận hồ sơ.")
    assert _localities(text) == ["phường Lê Chân"]


def test_a_branch_no_visitor_is_told_at_gives_no_ward() -> None:
    text = _BRANCH + "Người dân lấy số tự động và chờ không lâu."
    assert "phường Lê Chân" not in _localities(text)


def test_tasks_a_plan_sets_stay() -> None:
    text = "Kế hoạch cải cách hành chính của huyện đề ra 6 nhiệm vụ lớn, 40 nhiệm vụ cụ thể"
    start, end = _at(text, "6 nhiệm vụ")
    assert not points_said(text, start, "nhiệm vụ", end)
