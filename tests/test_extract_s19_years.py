"""Session 19, years: a unit that ceased on a known day, named anywhere as it stands (a former province in a council's
name, a district placed after its commune, a district's party committee after the lead, a town), bounds a yearless
visit day from above; figures counted up to a day ("lũy kế đến ngày", "tính lũy kế đến") bound it from below.
Sentences written for these tests, with invented people."""

from __future__ import annotations

from datetime import date

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.year_bounds import cut_off
from store.extract.year_ceased_units import ceased_units

_TODAY = date(2026, 12, 1)


def _record(text: str) -> dict:
    return extract_article(text, today=_TODAY).record


def _ceased(text: str) -> list[tuple[date, str]]:
    return [(b.day, b.reason.params["name"]) for b in ceased_units(read_article(text))]


def test_a_former_province_by_its_level_word_ceased_on_its_day() -> None:
    assert _ceased("Tin\n\nNgày 14/5, Ban Pháp chế HĐND tỉnh Thừa Thiên Huế giám sát tại xã A.\n") == \
        [(date(2025, 1, 1), "tỉnh Thừa Thiên Huế")]
    assert _ceased("Tin\n\nNgày 14/5, Tỉnh ủy Hà Giang Nguyễn Văn B làm việc.\n") == \
        [(date(2025, 7, 1), "Tỉnh ủy Hà Giang")]
    # a province that took in another keeps its name: Gia Lai, Quảng Trị, Lào Cai stand today
    assert _ceased("Tin\n\nNgày 14/5, HĐND tỉnh Gia Lai và UBND tỉnh Quảng Trị làm việc.\n") == []


def test_a_district_or_town_anywhere_as_it_stands_ceased_on_1_july_2025() -> None:
    assert _ceased("Tin\n\nNgày 14/5, đoàn giám sát tại xã Quảng Thái, huyện Quảng Điền.\n") == \
        [(date(2025, 7, 1), "huyện Quảng Điền")]
    town = "Tin\n\nNgày 6/6, đoàn khảo sát tại thị trấn Thắng.\n\nSau đó, đoàn làm việc với Huyện ủy Hiệp Hòa.\n"
    assert _ceased(town) == [(date(2025, 7, 1), "thị trấn Thắng")]


def test_a_unit_named_as_history_is_no_bound() -> None:
    assert _ceased("Tin\n\nÔng A, nguyên Chủ tịch UBND huyện Vĩnh Linh, phát biểu.\n") == []
    assert _ceased("Tin\n\nXã B gồm một phần huyện Ea Kar (cũ) và tỉnh Bình Định (cũ).\n") == []
    assert _ceased("Tin\n\nXã C được thành lập trên cơ sở thị trấn Ea Kar và xã Ea Đar.\n") == []
    assert _ceased("Tin\n\nTỉnh sáp nhập huyện Quảng Điền với huyện Phong Điền.\n") == []


def test_a_yearless_day_lies_before_the_earliest_unit_that_ceased() -> None:
    lead = ("Giám sát bảo hiểm y tế\n\nNgày 14/5, Ban Văn hóa - Xã hội HĐND tỉnh Thừa Thiên Huế do bà Lê Thị Hoa, "
            "Trưởng ban, làm trưởng đoàn đã giám sát tại xã Quảng Thái, huyện Quảng Điền.\n\n")
    record = _record(lead + "Xã có 1.320 người được cấp thẻ.\n")
    assert record["date"] == "2024-05-14"
    assert "tỉnh Thừa Thiên Huế" in record["notes"]


def test_a_lower_bound_after_the_unit_ceased_is_kept_and_the_contradiction_noted() -> None:
    text = ("Giám sát\n\nChiều 20/10, Đoàn giám sát của HĐND tỉnh Đắk Lắk do ông Trần Văn B, Phó Chủ tịch HĐND tỉnh, "
            "làm trưởng đoàn đã làm việc với UBND huyện Krông Pắc về vận hành chính quyền địa phương 2 cấp.\n\n"
            "Từ khi vận hành chính quyền địa phương 2 cấp, đã tiếp nhận 2.140 hồ sơ.\n")
    record = _record(text)
    assert record["date"] == "2025-10-20"
    assert "không còn từ 1/7/2025" in record["notes"] and "giữ năm 2025" in record["notes"]


def test_figures_counted_up_to_a_day_are_a_cut_off() -> None:
    assert cut_off("Lũy kế đến ngày ") is True
    assert cut_off("Luỹ kế từ đầu năm đến hết ngày ") is True
    assert cut_off("Tính lũy kế đến ") is True
    assert cut_off("Tính đến 17 giờ ngày ") is True
    assert cut_off("huyện phấn đấu lũy kế đến ngày ") is False
    assert cut_off("kế hoạch đến ngày ") is None
    lead = ("Giám sát\n\nSáng 9/9, Đoàn giám sát của HĐND tỉnh Đồng Nai do ông Lê Văn C, Phó Chủ tịch HĐND tỉnh, làm "
            "trưởng đoàn đã làm việc với UBND xã Tân Lập.\n\n")
    assert _record(lead + "Lũy kế đến ngày 31/8/2023, xã giải ngân 12 tỷ đồng.\n")["date"] == "2023-09-09"
