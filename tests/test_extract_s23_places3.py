"""Session 23, places (third round): list items opened by a connective, departments under one shared head of any
kind before the unit visited, who leads two councils read in the whole lead paragraph. The articles are written for
these tests (tuned t1745-t1759)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.extract import extract_file
from store.extract.item_wording import split_items, without_connective
from store.extract.leader_visiting_captions import _leading_level
from store.extract.place_agency_lists import listed_after_agencies
from store.extract.text import Article, read_article
from tests.leads import TODAY

TUNED = Path(__file__).parent / "articles" / "tuned"
EXPECTED = orjson.loads((TUNED / "expected.json").read_bytes())


def _record(number: int) -> dict:
    name = next(name for name in EXPECTED if name.startswith(f"t{number}_"))
    return extract_file(TUNED / name, today=TODAY).record


@pytest.mark.parametrize("text, item", [
    ("đồng thời nâng mức phụ cấp lên 50%", "nâng mức phụ cấp lên 50%"),
    ("Ngoài ra, tổ chức lớp bồi dưỡng", "tổ chức lớp bồi dưỡng"),
    ("bên cạnh đó, công khai kết quả", "công khai kết quả"),
    ("Mặt khác tuyển thêm bác sĩ", "tuyển thêm bác sĩ"),
    ("cùng với đó sửa chữa nhà", "sửa chữa nhà"),
    ("và tăng cường kiểm tra", "tăng cường kiểm tra"),
])
def test_a_leading_connective_is_dropped(text: str, item: str) -> None:
    assert without_connective(text) == item


@pytest.mark.parametrize("text", ["Đồng thời", "vào năm học mới", "Ngoại trừ các xã", "ngoài rau màu"])
def test_words_that_are_no_connective_stay(text: str) -> None:
    assert without_connective(text) == text


def test_a_bare_connective_before_a_verb_is_no_item() -> None:
    items = split_items("rà soát lại hạ tầng mạng; bên cạnh đó, công khai kết quả giải quyết hồ sơ")
    assert items == ["rà soát lại hạ tầng mạng", "công khai kết quả giải quyết hồ sơ"]


def test_the_items_start_with_what_is_asked() -> None:
    record = _record(1745)
    assert [r["text"] for r in record["recommendations"]] == [
        "Hỗ trợ kinh phí mua sắm máy tính cho bộ phận một cửa.",
        "Nâng mức phụ cấp cho cán bộ phụ trách công nghệ thông tin lên 50%.",
        "Tổ chức lớp bồi dưỡng kỹ năng số cho công chức."]
    assert [d["text"] for d in record["directions"]] == [
        "Rà soát lại hạ tầng mạng.", "Công khai kết quả giải quyết hồ sơ trên cổng thông tin của phường."]


@pytest.mark.parametrize("head", ["Sở Nội vụ, Tư pháp", "Cục Thống kê, Thuế", "Bệnh viện Đa khoa, Y học cổ truyền",
                                  "Quỹ Bảo vệ môi trường, Phát triển đất", "Văn phòng Đăng ký đất đai, Công chứng",
                                  "Đài Phát thanh, Truyền hình", "Phòng Nội vụ, Tư pháp"])
def test_departments_under_one_shared_head_before_the_unit(head: str) -> None:
    text = f"Đoàn đã giám sát tại các {head} tỉnh và phường A."
    assert listed_after_agencies(text, text.index("phường A"))


@pytest.mark.parametrize("text", ["Đoàn phối hợp với các Cục Thống kê, Thuế tỉnh và phường A.",
                                  "Đoàn đã giám sát tại các Cục Thống kê về tình hình ở phường A."])
def test_no_list_of_places_no_unit_after_agencies(text: str) -> None:
    assert not listed_after_agencies(text, text.index("phường A"))


def test_the_ward_after_the_shared_funds_is_visited() -> None:
    assert [loc["name"] for loc in _record(1746)["localities"]] == ["phường Hạc Thành"]


def _lead(*paragraphs: str) -> Article:
    return read_article("Giám sát việc cấp nước sạch cho người dân ở xã B\n\n" + "\n\n".join(paragraphs) + "\n")


@pytest.mark.parametrize("paragraphs, level", [
    (("Ngày 1/11/2025, đoàn giám sát làm việc tại xã B. Tham gia đoàn có Thường trực HĐND tỉnh A, Thường trực HĐND "
      "xã B. Đoàn do Phó Chủ tịch HĐND tỉnh làm trưởng đoàn.",), "tinh"),
    (("Ngày 1/11/2025, HĐND xã B phối hợp với HĐND tỉnh A giám sát tại xã B. Tham gia có nhiều đại biểu. Đoàn do Phó "
      "Chủ tịch HĐND tỉnh làm trưởng đoàn.",), "tinh"),
    (("Ngày 1/11/2025, HĐND tỉnh A phối hợp với HĐND xã B giám sát tại xã B.",), "tinh"),
    (("Ngày 1/11/2025, đoàn giám sát làm việc tại xã B. Tham gia đoàn có Thường trực HĐND tỉnh A, Thường trực HĐND "
      "xã B.", "Xã có 310 hộ nghèo. Lần trước do Phó Chủ tịch HĐND tỉnh làm trưởng đoàn."), None),
])
def test_who_leads_is_read_in_the_whole_lead_paragraph(paragraphs: tuple[str, ...], level: str | None) -> None:
    assert _leading_level(_lead(*paragraphs), "hdnd") == level


def test_the_caption_title_is_the_leading_council_said_later_in_the_lead() -> None:
    assert (_record(1747).get("leader") or {}).get("name") == "Rơ Châm Thuận"
    assert _record(1748).get("leader") is None
