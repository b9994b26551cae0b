"""Classes diagnosed on the real set realcheck-s11-fresh10 (session 11, fresh10-fixer): real visits that do not open on
"<body> giám sát/kiểm tra tại <place>" (a nominal opening, a force sent somewhere to check, a team coming to appraise,
an excerpt opening on the team hearing its hosts, one visit placed in a sequence of visits), and look-alikes that
read as visits (counted teams set up, a body's months summed up)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.visit_second_look import (
    came_to_appraise,
    period_round_up,
    placed_in_a_sequence,
    sent_to_check,
    team_heard_its_hosts,
)
from tests.leads import TODAY, leader_named


def _flag(text: str) -> str | None:
    return extract_article(text, today=TODAY).non_visit


@pytest.mark.parametrize("text", [
    "Tại các chốt kiểm dịch trên tuyến biên giới xã A, Đoàn đã được nghe cán bộ, chiến sĩ báo cáo việc trực chốt.",
    "Ở trạm y tế xã B, Đoàn công tác đã lắng nghe lãnh đạo trạm báo cáo tình hình khám chữa bệnh.",
    "Đến Trường Tiểu học C, đoàn nghe nhà trường báo cáo về cơ sở vật chất.",
])
def test_a_team_hearing_its_hosts_at_their_place(text: str) -> None:
    assert team_heard_its_hosts(text)


@pytest.mark.parametrize("text", [
    "Đoàn sẽ nghe UBND tỉnh báo cáo vào tuần sau",  # no place: a plan's line, not a visit told
    "Người dân được nghe cán bộ xã báo cáo kết quả tại hội nghị",  # no team hears
])
def test_no_team_hearing_at_a_place(text: str) -> None:
    assert not team_heard_its_hosts(text)


@pytest.mark.parametrize("before", [
    "Ngày 28-5, Thanh tra Sở Xây dựng đã huy động các đội thanh tra chia làm 3 đoàn tập trung tại 3 xã A, B và C để ",
    "Sáng 2/3, Đội Quản lý thị trường số 5 đã điều động 20 cán bộ có mặt tại chợ D để ",
    "Công an huyện vừa cử một tổ công tác xuống xã E để ",
])
def test_a_force_sent_to_a_place_to_check(before: str) -> None:
    assert sent_to_check(before, force=True)


@pytest.mark.parametrize("before", [
    "UBND tỉnh sẽ thành lập đoàn liên ngành để ",  # a team to come: no one sent anywhere yet
    "Sở Y tế yêu cầu các đơn vị rà soát để ",
    "Người dân đã đến tại trụ sở xã để ",  # nobody inspecting sends the people
])
def test_no_force_sent(before: str) -> None:
    assert not sent_to_check(before, force=True)


def test_coming_to_appraise_is_a_visit_verb() -> None:
    assert came_to_appraise("đoàn công tác của Hội Nông dân tỉnh đến thăm và thẩm định các dự án vay vốn tại xã A")
    assert came_to_appraise("Hội đồng về thẩm định thực tế mô hình của hợp tác xã")
    assert not came_to_appraise("Hội đồng thẩm định tỉnh tổ chức họp thẩm định, xét công nhận xã đạt chuẩn")


@pytest.mark.parametrize("text", [
    "Đây là địa phương đầu tiên Quốc hội giám sát, sau khi đã làm việc với 8 bộ ngành trong thời gian qua.",
    "Huyện A là địa phương thứ 3 Ban Thường vụ Tỉnh ủy làm việc trong năm, sau huyện B và thành phố C.",
    "Đây là tỉnh thứ hai Đoàn khảo sát thời gian qua.",
])
def test_one_visit_placed_in_a_sequence(text: str) -> None:
    assert placed_in_a_sequence(text)


@pytest.mark.parametrize("text", [
    "Trong 7 tháng đầu năm 2019, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 2 đảng viên.",
    "Sáu tháng đầu năm 2015, Đoàn đại biểu Quốc hội tỉnh đã tiếp 29 lượt công dân.",
    "Qua 9 tháng đầu năm, Ban Pháp chế HĐND tỉnh giám sát 4 chuyên đề.",
])
def test_a_bodys_months_summed_up(text: str) -> None:
    assert period_round_up(text)


def test_months_of_the_hosts_own_work_are_no_round_up() -> None:
    assert period_round_up("Trong 6 tháng đầu năm, xã đã giải quyết 420 hồ sơ đúng hạn.") is None


def test_nominal_opening_of_a_party_session_is_a_visit() -> None:
    text = ("Buổi làm việc của BTV Tỉnh ủy với BTV Huyện ủy Mộc Châu nhằm đánh giá kết quả thực hiện nghị quyết đại "
            "hội. Mộc Châu là địa phương thứ 2 Ban Thường vụ Tỉnh ủy làm việc trong năm, sau huyện Yên Châu.")
    assert _flag(text) is None


def test_a_head_from_a_technology_transfer_centre_leads_a_visit() -> None:
    text = ("Ngày 5/4/2022, đoàn công tác do bà Nguyễn Thị Lan, Giám đốc Trung tâm Chuyển giao công nghệ tỉnh làm "
            "trưởng đoàn đã đến thăm mô hình nuôi ong tại xã Tân Lập.")
    assert _flag(text) is None


def test_a_task_given_still_is_no_visit() -> None:
    text = "UBND tỉnh giao Sở Công Thương kiểm tra các cửa hàng xăng dầu trên địa bàn trong tháng tới."
    assert _flag(text) is not None


def test_one_province_after_ministries_is_no_round_up() -> None:
    text = ("Đoàn giám sát của Ủy ban Thường vụ Quốc hội do Phó Chủ tịch Quốc hội Lê Văn Bình làm trưởng đoàn vừa có "
            "buổi làm việc với tỉnh Bến Tre về chính sách đất đai. Đây là địa phương đầu tiên Quốc hội giám sát, sau "
            "khi đã làm việc với 6 bộ, ngành về chuyên đề này trong thời gian qua.")
    assert _flag(text) is None


def test_counted_teams_set_up_for_districts_are_no_visit() -> None:
    text = ("Nhằm bảo đảm an toàn thực phẩm dịp Tết, UBND tỉnh đã thành lập 5 đoàn kiểm tra liên ngành làm việc tại "
            "12 huyện, thị xã. Các đoàn tập trung vào cơ sở sản xuất bánh kẹo.")
    assert _flag(text) is not None


def test_a_party_committees_months_are_a_round_up() -> None:
    text = ("Kiểm tra, giám sát là nhiệm vụ thường xuyên của Đảng bộ. Trong 6 tháng đầu năm 2024, Ủy ban Kiểm tra "
            "Đảng ủy xã đã kiểm tra 2 tổ chức đảng và giám sát chuyên đề 3 chi bộ.")
    assert _flag(text) is not None


_leader = leader_named  # the shared reader (tests/leads.py)


@pytest.mark.parametrize("rank", ["Thiếu tướng", "Đại tá", "Thượng tá", "Trung tướng"])
def test_a_rank_between_the_honorific_and_the_name(rank: str) -> None:
    text = (f"Ngày 4/6/2024, đoàn công tác của Bộ Công an do đồng chí {rank} Phạm Minh Hòa, Phó Cục trưởng, Cục "
            "Cảnh sát quản lý hành chính dẫn đầu đã kiểm tra việc cấp căn cước tại Công an xã Tân Lộc.")
    assert _leader(text) == "Phạm Minh Hòa"


def test_chair_with_its_title_first_then_a_second_chair() -> None:
    text = ("Chiều 9-9-2024, Ban Pháp chế HĐND tỉnh giám sát tại UBND xã Cẩm Mỹ. Chủ trì buổi làm việc có Phó Chủ tịch "
            "HĐND tỉnh Trần Quốc Khánh và Trưởng ban Pháp chế HĐND tỉnh Ngô Thị Thu.")
    assert _leader(text) == "Trần Quốc Khánh"


def test_head_named_after_a_clause_of_the_place_seen_first() -> None:
    text = ("Ngày 2-4-2021, sau khi đến thăm điểm trường bản Pa Khoang, xã Mường Phăng, Chủ tịch QH Vương Đình Huệ và "
            "đoàn công tác đã làm việc với lãnh đạo tỉnh Điện Biên.")
    assert _leader(text) == "Vương Đình Huệ"


@pytest.mark.parametrize("cue", ["tại các điểm nóng xây dựng không phép là 3",
                                 "ở các địa bàn trọng điểm gồm ba", "đến các khu vực giáp ranh là"])
def test_places_then_the_communes_they_are(cue: str) -> None:
    text = (f"Ngày 28/5/2024, Đoàn kiểm tra của Sở Xây dựng TPHCM đã kiểm tra {cue} xã Bình Hưng, Vĩnh Lộc A và "
            "Vĩnh Lộc B (huyện Bình Chánh).")
    record = extract_article(text, today=TODAY).record
    assert [loc["name"] for loc in record["localities"]] == ["xã Bình Hưng", "xã Vĩnh Lộc A", "xã Vĩnh Lộc B"]


def _values(text: str) -> list[float]:
    return [figure["value"] for figure in extract_article(text, today=TODAY).record.get("figures", [])]


_LEAD = "Sáng 5/6/2023, Đoàn công tác của Hội Nông dân tỉnh đã kiểm tra việc sử dụng vốn vay tại xã Cẩm Quan. "


@pytest.mark.parametrize("said", ["500.000.000đ (năm trăm triệu đồng)", "500.000.000 đồng (Năm trăm triệu đồng)",
                                  "500.000.000 đồng (bằng chữ: năm trăm triệu đồng)"])
def test_an_amount_said_again_in_words_is_one_figure(said: str) -> None:
    assert _values(_LEAD + f"Tổng số tiền cho vay là {said}.") == [500_000_000]


def test_an_amount_in_words_of_its_own_still_counts() -> None:
    assert _values(_LEAD + "Xã chi 300.000.000 đồng, huyện hỗ trợ thêm ba trăm triệu đồng.") == [300_000_000] * 2


@pytest.mark.parametrize("where", ["tại 5 đơn vị hội cơ sở", "ở 3 trường học"])
def test_a_count_of_units_after_tai_is_where(where: str) -> None:
    assert _values(_LEAD + f"Đoàn xem xét hồ sơ các dự án {where}.") == []
