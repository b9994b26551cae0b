"""Session 25, fresh42 (North Central Coast and the central cities): a city's or district's name run into its
official's (`place_run_on_names`), a check told first as a clause opened by "trực tiếp" (`leader_fronted_checks`),
points an ask singles out after "nhất là" (`figure_enumerated`), and a name after "và" that the next district places
(`place_mentions`)."""

from __future__ import annotations

from store.extract import extract_article
from store.extract.figure_enumerated import points_said


def _record(lead: str, more: str = "") -> dict:
    return extract_article("Kiểm tra tại cơ sở\n\n" + lead + ("\n\n" + more if more else "") + "\n").record


def _places(record: dict) -> list[str]:
    return [place["name"] for place in record["localities"]]


def test_a_centrally_run_city_named_before_its_chairman_is_the_place() -> None:
    record = _record("Sáng 5/6/2024, Chủ tịch UBND thành phố Cần Thơ Trần Việt Trường đã kiểm tra tình hình thi "
                     "công các dự án trọng điểm.")
    assert record["leader"]["name"] == "Trần Việt Trường"
    assert _places(record) == ["thành phố Cần Thơ"]
    dotted = _record("Sáng 5/6/2024, Chủ tịch UBND TP. Đà Nẵng Lê Trung Chinh đã kiểm tra tình hình các dự án.")
    assert [place["province"]["code"] for place in dotted["localities"]] == [48]


def test_a_district_named_before_a_surname_led_name_is_cut_back() -> None:
    record = _record("Ngày 7/7/2023, Chủ tịch UBND huyện Diễn Châu Nguyễn Văn Hải đã kiểm tra tình hình cấp nước "
                     "trên địa bàn huyện.")
    assert _places(record) == ["huyện Diễn Châu"]


def test_a_district_named_after_a_person_keeps_its_name() -> None:
    record = _record("Ngày 7/7/2023, đoàn công tác của tỉnh Cà Mau kiểm tra tại huyện Trần Văn Thời.")
    assert _places(record) == ["huyện Trần Văn Thời"]


def test_a_check_told_first_in_person_then_who_directs() -> None:
    record = _record("Sáng 2/11/2025, trực tiếp kiểm tra điểm sạt lở tại xã Quế Sơn, Phó Chủ tịch UBND thành phố "
                     "Đà Nẵng Trần Nam Hưng yêu cầu các ngành khẩn trương khắc phục.")
    assert record["leader"]["name"] == "Trần Nam Hưng"
    assert _places(record) == ["xã Quế Sơn"]


def test_points_an_ask_singles_out_are_no_figure() -> None:
    text = ("Đồng thời, đề nghị xã tiếp tục chỉ đạo thực hiện tốt nhiệm vụ chính trị, nhất là thực hiện tốt "
            "4 nhiệm vụ của thôn.")
    assert points_said(text, text.index("4 nhiệm"), "nhiệm vụ", text.index("4 nhiệm") + len("4 nhiệm vụ"))
    done = "Năm qua, xã đã hoàn thành tốt các nhiệm vụ, nhất là đã hoàn thành 4 nhiệm vụ trọng tâm."
    assert not points_said(done, done.index("4 nhiệm"), "nhiệm vụ", done.index("4 nhiệm") + len("4 nhiệm vụ"))


def test_a_name_after_va_placed_in_the_next_district_is_no_district() -> None:
    record = _record("Chiều 20/10/2020, Bí thư Tỉnh ủy Quảng Bình Vũ Đại Thắng kiểm tra công tác khắc phục hậu quả "
                     "mưa lũ ở 2 huyện Lệ Thủy và Quảng Ninh.",
                     "Tại các vùng ngập sâu An Thủy, Phong Thủy của huyện Lệ Thủy và Hàm Ninh, huyện Quảng Ninh, đoàn "
                     "đã kiểm tra các điểm sơ tán dân.")
    assert _places(record) == ["huyện Lệ Thủy", "huyện Quảng Ninh"]
