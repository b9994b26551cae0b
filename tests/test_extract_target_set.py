"""A target named by who set it ("chưa đạt chỉ tiêu cấp trên giao; ..."): "giao" closes the target's name and is no
directing verb, so the finding after it is no direction (session 34, realcheck-s34-fresh73 v07; tuned t2860-t2862).
The look-alikes keep "giao" a verb: a leader or the team giving a task, a plan then a comma, a target then "và"."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from store.extract import extract_file
from store.extract.item_nonitems import noun_use
from tests.leads import TODAY

TUNED = Path(__file__).parent / "articles" / "tuned"
EXPECTED = orjson.loads((TUNED / "expected.json").read_bytes())
NAMES = sorted(name for name in EXPECTED if name.startswith(("t2860_", "t2861_", "t2862_")))


@pytest.mark.parametrize(("before", "after"), [
    ("Đoàn nhận thấy hồ sơ trực tuyến chưa đạt chỉ tiêu cấp trên ", "; công chức chưa đeo thẻ."),
    ("Đoàn chỉ ra việc số hóa còn chậm so với kế hoạch huyện ", "; máy tính còn thiếu."),
    ("Đoàn công tác thấy xã mới đạt một nửa chỉ tiêu tỉnh ", "; phòng chờ chật hẹp."),
    ("Đoàn đánh giá số hồ sơ chưa đạt chỉ tiêu UBND thành phố ", "; máy lấy số hỏng."),
    ("Đoàn nêu xã chưa hoàn thành kế hoạch UBND huyện Cẩm Khê ", "; sổ sách chưa cập nhật."),
    ("Đoàn thấy phường vượt chỉ tiêu tỉnh Bắc Giang ", " trong quý III."),
    ("Đoàn ghi nhận xã hoàn thành định mức Trung ương ", "; còn thiếu biển tên."),
    ("Đoàn nhắc xã thực hiện nhiệm vụ cấp trên ", "; hồ sơ lưu chưa khoa học."),
])
def test_a_target_and_who_set_it_is_no_verb(before: str, after: str) -> None:
    assert noun_use("giao", before, after)


@pytest.mark.parametrize(("before", "after"), [
    ("Ông Nguyễn Văn An ", " Phòng Nội vụ theo dõi việc khắc phục."),
    ("Trưởng đoàn ", " UBND xã báo cáo kết quả trước ngày 30/11."),
    ("Đoàn đề nghị xã xây dựng kế hoạch, ", " từng công chức phụ trách."),
    ("Đoàn yêu cầu hoàn thành chỉ tiêu tỉnh đề ra và ", " Văn phòng theo dõi."),
    ("Phó Chủ tịch UBND huyện ", " Phòng Tư pháp hướng dẫn xã."),
])
def test_a_task_given_stays_a_verb(before: str, after: str) -> None:
    assert not noun_use("giao", before, after)


@pytest.mark.parametrize("name", NAMES)
def test_the_finding_after_the_target_is_no_direction(name: str) -> None:
    record = extract_file(TUNED / name, today=TODAY).record
    wanted = [d["text"] for d in EXPECTED[name]["directions"]]
    assert [d["text"] for d in record.get("directions", [])] == wanted
