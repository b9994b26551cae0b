"""Session 19's extraction classes, each on short texts written for these tests (no real article is copied).

- a subject of the places visited together ("Hai xã đã ...") gives its figures no locality (`place_joint_scenes`);
- an amount whose noun comes first is labelled by the purpose written after it (`figure_label_money`);
- "Chiều cùng ngày, Y ... cũng đã kiểm tra" is a second official's own stop, no head of the visit (`leader_own_stops`);
- "bàn giao", "giao thông", "đáp ứng yêu cầu": no directing verb (`item_nonitems`);
- "N tổ dân phố" a place has is its make-up, no figure (`figure_numbers`);
- a commune of 2025 bounds a yearless day from 1/6/2025 (`year_new_communes`).
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.place_joint_scenes import joint_subjects

TODAY = date(2026, 12, 1)
LEAD = ("Ngày 12/9/2025, Đoàn giám sát của Thường trực HĐND tỉnh Quảng Trị do ông Nguyễn Chiến Thắng, Phó Chủ tịch "
        "HĐND tỉnh, làm trưởng đoàn đã làm việc với UBND xã Cam Lộ và UBND xã Hiếu Giang.")
ONE = ("Ngày 12/9/2025, Đoàn giám sát của Thường trực HĐND tỉnh Quảng Trị do ông Nguyễn Chiến Thắng, Phó Chủ tịch "
       "HĐND tỉnh, làm trưởng đoàn đã làm việc với UBND xã Cam Lộ.")


def record(*paragraphs: str) -> dict:
    return extract_article("Giám sát\n\n" + "\n\n".join(paragraphs) + "\n", today=TODAY).record


def figure(rec: dict, value: float) -> dict:
    return next(f for f in rec["figures"] if f["value"] == value)


# -- figures of the places together ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Từ ngày 1/7 đến nay, hai xã đã tiếp nhận 2.315 hồ sơ.",
    "Hai địa phương đã tiếp nhận 2.315 hồ sơ.",
    "Cả hai xã đều đã tiếp nhận 2.315 hồ sơ.",
    "Theo báo cáo, 02 xã đã tiếp nhận 2.315 hồ sơ.",
    "Hai xã Cam Lộ và Hiếu Giang đã tiếp nhận 2.315 hồ sơ.",
    "Các xã đã tiếp nhận 2.315 hồ sơ.",
])
def test_a_figure_of_both_places_has_no_locality(text: str) -> None:
    rec = record(LEAD, "Tại xã Hiếu Giang, trung tâm có 8 công chức.", text)
    assert figure(rec, 8)["locality"] == "xã Hiếu Giang"
    assert "locality" not in figure(rec, 2315)


def test_the_joint_scene_lasts_until_a_place_is_named_again() -> None:
    rec = record(LEAD, "Hai xã đã tiếp nhận 2.315 hồ sơ. Trong đó, 2.290 hồ sơ được giải quyết đúng hạn.",
                 "Riêng xã Cam Lộ tiếp nhận 1.200 hồ sơ.")
    assert "locality" not in figure(rec, 2290)
    assert figure(rec, 1200)["locality"] == "xã Cam Lộ"


def test_one_place_visited_keeps_every_figure() -> None:
    rec = record(ONE, "Hai xã đã tiếp nhận 2.315 hồ sơ.")
    assert figure(rec, 2315)["locality"] == "xã Cam Lộ"


@pytest.mark.parametrize("text", ["Huyện có 2 xã đạt chuẩn.", "Đoàn đề nghị các xã đã tiếp nhận hồ sơ.",
                                  "Hai xã tiếp tục hướng dẫn và hỗ trợ người dân."])
def test_no_joint_subject(text: str) -> None:
    assert joint_subjects(text) == []


# -- money named before its purpose ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "label"), [
    ("Kinh phí 1,2 tỷ đồng từ ngân sách tỉnh được dùng để mua máy scan cho trung tâm.",
     "Kinh phí mua máy scan cho trung tâm"),
    ("Xã đã dùng kinh phí 1,2 tỷ đồng của năm 2025 để sửa chữa trụ sở.", "Kinh phí sửa chữa trụ sở"),
    ("Số tiền 1,2 tỷ đồng được sử dụng vào việc lắp đặt camera.", "Số tiền lắp đặt camera"),
    ("Kinh phí đầu tư trang thiết bị là 1,2 tỷ đồng, được dùng từ nguồn tiết kiệm chi.",
     "Kinh phí đầu tư trang thiết bị"),
    ("Tổng kinh phí 1,2 tỷ đồng, để báo cáo tỉnh trong tháng 10.", "Tổng kinh phí"),
])
def test_money_named_first_takes_its_purpose_after(text: str, label: str) -> None:
    assert figure(record(ONE, text), 1_200_000_000)["label"] == label


# -- a second official's own later stop ------------------------------------------------------------------------------


def test_the_afternoon_stop_of_a_deputy_does_not_head() -> None:
    rec = record("Chiều cùng ngày, Thượng tá Lê Quang Hòa, Phó Giám đốc Công an tỉnh cũng đã kiểm tra tiến độ tại "
                 "Công an huyện Gio Linh.",
                 "Tại các đơn vị đến kiểm tra, Đại tá Trần Văn Hiếu và Thượng tá Lê Quang Hòa ghi nhận sự cố gắng "
                 "của cán bộ, chiến sĩ.")
    assert rec["leader"]["name"] == "Trần Văn Hiếu"


def test_the_afternoon_stop_alone_is_headed_by_its_official() -> None:
    rec = record("Chiều cùng ngày, Đại tá Nguyễn Văn Sơn, Phó Giám đốc Công an tỉnh Quảng Trị cũng đã đến kiểm tra "
                 "tại Công an xã Lao Bảo ngày 14/10/2025.")
    assert rec["leader"]["name"] == "Nguyễn Văn Sơn"


def test_an_afternoon_team_with_its_own_head_is_not_a_deputys_stop() -> None:
    rec = record("Chiều cùng ngày, đoàn kiểm tra của Sở Nội vụ tỉnh Quảng Trị do ông Lê Văn Bình, Giám đốc Sở, làm "
                 "trưởng đoàn đã kiểm tra tại xã Cam Lộ ngày 12/9/2025.")
    assert rec["leader"]["name"] == "Lê Văn Bình"


# -- words of other words are no directing verbs ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Đoàn ghi nhận các xã đã bàn giao nhà đúng tiến độ.",
    "Đoàn đánh giá cao xã đã chuyển giao hồ sơ cho huyện kịp thời.",
    "Đoàn ghi nhận xã đã làm tốt công tác giao thông nông thôn.",
    "Đoàn ghi nhận trung tâm đã đáp ứng yêu cầu công việc trong giai đoạn mới.",
    "Đoàn đánh giá xã đã thực hiện theo kết luận thanh tra năm 2024.",
])
def test_no_direction_from_a_word_inside_another(text: str) -> None:
    assert record(ONE, text)["directions"] == []


@pytest.mark.parametrize("text", ["Ông Thắng giao UBND xã rà soát lại các hộ.",
                                  "Ông Nguyễn Thành Đạt yêu cầu xã rà soát lại các hộ."])
def test_a_task_given_stays_a_direction(text: str) -> None:
    assert [d["text"] for d in record(ONE, text)["directions"]] == ["Rà soát lại các hộ."]


# -- residential groups a place has ----------------------------------------------------------------------------------


def test_residential_groups_a_commune_has_are_no_figure() -> None:
    rec = record(ONE, "Xã có 24 thôn và 2 tổ dân phố. Xã đã thành lập 26 tổ công nghệ số cộng đồng.")
    assert [f["value"] for f in rec["figures"]] == [26]


def test_residential_groups_that_met_a_standard_are_a_figure() -> None:
    rec = record(ONE, "Năm 2025, xã có 3 tổ dân phố đạt chuẩn khu dân cư văn minh.")
    assert [f["value"] for f in rec["figures"]] == [3]


# -- a yearless day at a commune of 2025 -----------------------------------------------------------------------------


@pytest.mark.parametrize(("day", "year"), [("10/6", 2025), ("1/6", 2025), ("20/6", 2025), ("12/9", 2025),
                                           ("20/5", 2026), ("31/5", 2026)])
def test_a_commune_of_2025_dates_a_yearless_day_from_june(day: str, year: int) -> None:
    rec = record(f"Sáng {day}, đoàn công tác của UBND tỉnh Nghệ An do ông Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh, làm "
                 "trưởng đoàn đã kiểm tra bộ phận một cửa tại xã Đô Lương.")
    assert rec["date"][:4] == str(year)
