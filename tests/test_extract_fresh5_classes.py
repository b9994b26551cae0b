"""Classes diagnosed on the real set realcheck-s9-fresh5 (session 9, fresh5-fixer): a lead printed without its stop
above photo captions, a result restated, an aim in a direction, staff of councils checked, the head of a numbered
working team, the honorific written "đc"."""

from __future__ import annotations

from store.extract import extract_article
from store.extract.debris import summary_before_captions
from store.extract.sentences import split_sentences
from tests.leads import TODAY


def _record(text: str) -> dict:
    return extract_article(text, today=TODAY).record


def test_lead_without_stop_above_captions_is_content() -> None:
    head = ["Kiểm tra bộ phận một cửa cấp xã",
            "Ngày 7/6, Đoàn kiểm tra của tỉnh do ông Lê Văn An làm trưởng đoàn đã kiểm tra bộ phận một cửa tại xã A",
            "Đoàn kiểm tra làm việc tại xã A"]
    assert summary_before_captions(head) == 1


def test_a_long_caption_after_the_lead_keeps_the_old_reading() -> None:
    head = ["Kiểm tra bộ phận một cửa cấp xã",
            "Ngày 7/6, Đoàn kiểm tra của tỉnh do ông Lê Văn An làm trưởng đoàn đã kiểm tra bộ phận một cửa tại xã A",
            "Ông Lê Văn An phát biểu tại buổi làm việc với lãnh đạo xã A về việc niêm yết công khai thủ tục hành chính "
            "và việc trả kết quả đúng hạn cho người dân trên địa bàn"]
    assert summary_before_captions(head) is None


def test_lead_line_gives_the_leader_and_places() -> None:
    text = ("Kiểm tra bộ phận một cửa cấp xã\n\nCập nhật: 12/06/2023 09:40\n"
            "Ngày 7/6, Đoàn kiểm tra cải cách hành chính tỉnh Hà Tĩnh do ông Lê Đình Sơn – Phó Giám đốc Sở Nội vụ làm "
            "trưởng đoàn đã kiểm tra bộ phận một cửa tại xã Cẩm Quan, huyện Cẩm Xuyên\n"
            "Đoàn kiểm tra làm việc tại xã Cẩm Quan\n\n"
            "Đoàn đề nghị xã tiếp tục niêm yết công khai thủ tục hành chính.\n")
    record = _record(text)
    assert record["leader"]["name"] == "Lê Đình Sơn"
    assert [loc["name"] for loc in record["localities"]] == ["xã Cẩm Quan"]
    assert record["date"] == "2023-06-07"


def test_long_headline_under_the_site_name_is_no_lead() -> None:
    head = ["Chào mừng bạn đến với Cổng thông tin điện tử Văn phòng Hội đồng nhân dân tỉnh",
            "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh khảo sát chuẩn bị cho công tác thẩm tra các nội dung trình "
            "tại kỳ họp thứ 9 của Hội đồng nhân dân tỉnh",
            "Xem với cỡ chữ"]
    assert summary_before_captions(head) is None


_CHECK = ("Sáng 6/9/2024, Tổ kiểm tra công vụ của UBND huyện Hoằng Hóa đã kiểm tra đột xuất việc chấp hành kỷ luật "
          "tại UBND xã Hoằng Lộc")


def test_a_team_called_to_is_a_delegation() -> None:
    assert extract_article(_CHECK + ".\n", today=TODAY).non_visit is None


def test_finding_restated_under_another_name_counts_once() -> None:
    text = (_CHECK + " và phát hiện 3 công chức vắng mặt không có lý do.\n\n"
            "Cụ thể, tại trụ sở UBND xã có 3 trường hợp vắng mặt không lý do.\n")
    assert [f["value"] for f in _record(text)["figures"]] == [3]


def test_same_number_of_different_things_stays_twice() -> None:
    text = (_CHECK + ". Xã đã giải quyết đúng hạn 100% hồ sơ.\n\n"
            "Cũng theo báo cáo, 100% hồ sơ được tiếp nhận trực tuyến.\n")
    assert [f["value"] for f in _record(text)["figures"]] == [100, 100]


def test_result_told_twice_in_two_sentences_counts_once() -> None:
    text = (_CHECK + ".\n\nXã đã đạt 19/19 tiêu chí nông thôn mới.\n\n"
            "Qua rà soát, xã đã đạt 19/19 tiêu chí nông thôn mới, thu nhập đạt 60 triệu đồng.\n")
    assert [(f["value"], f.get("of")) for f in _record(text)["figures"]] == [(19, 19), (60000000, None)]


def test_an_aim_without_a_year_is_no_figure() -> None:
    text = _CHECK + ". Tổ kiểm tra đề nghị xã phấn đấu 100% hồ sơ được nộp trực tuyến.\n"
    assert _record(text)["figures"] == []


def test_head_of_a_numbered_working_team_leads() -> None:
    text = ("Ngày 24/3/2025, đồng chí Lê Văn Tâm, Thứ trưởng Bộ Xây dựng, Tổ trưởng Tổ công tác số 05 của Ban Chỉ đạo, "
            "cùng các thành viên trong đoàn đã có buổi làm việc với tỉnh Lào Cai. Tiếp đoàn có đồng chí Hoàng Văn Sơn, "
            "Phó Chủ tịch UBND tỉnh.\n")
    assert _record(text)["leader"]["name"] == "Lê Văn Tâm"


def test_dc_before_a_full_name_is_the_honorific() -> None:
    text = ("Ngày 21/4/2022, Đoàn giám sát của HĐND huyện Đồng Hỷ do đc Phạm Văn Linh, Chủ tịch HĐND huyện làm trưởng "
            "đoàn đã giám sát tại xã Văn Hán.\n")
    assert _record(text)["leader"]["name"] == "Phạm Văn Linh"


def test_staff_of_two_offices_checked_names_both_units() -> None:
    text = ("Ngày 9/4/2024, Tổ kiểm tra của Sở Nội vụ tỉnh Bình Thuận đã kiểm tra đột xuất việc chấp hành giờ làm việc "
            "của cán bộ, công chức (gọi chung là cán bộ) của UBND xã Bình Tân và UBND thị trấn Lương Sơn, huyện Bắc "
            "Bình.\n")
    assert [loc["name"] for loc in _record(text)["localities"]] == ["xã Bình Tân", "thị trấn Lương Sơn"]


def test_a_stop_told_from_the_offices_seat_is_visited() -> None:
    text = ("Sáng 5/3/2024, đoàn kiểm tra của Sở Nội vụ tỉnh Quảng Ninh đã kiểm tra công vụ tại Trung tâm Hành chính "
            "công TP. Uông Bí.\nTại trụ sở UBND và Bộ phận tiếp nhận và trả kết quả phường Nam Khê, TP. Uông Bí, đoàn "
            "ghi nhận cán bộ có mặt đầy đủ.\n")
    assert "phường Nam Khê" in [loc["name"] for loc in _record(text)["localities"]]


def test_sapo_without_day_or_visit_gives_way_to_the_dated_lead() -> None:
    text = ("Phó Thủ tướng Chính phủ Trần Văn Minh bày tỏ lòng tri ân sâu sắc trước những hy sinh của các gia đình.\n\n"
            "Trong khuôn khổ chuyến công tác tại tỉnh Hà Tĩnh, sáng 28/2/2026, đồng chí Trần Văn Minh - Phó Thủ tướng "
            "Chính phủ đã đến thăm, tặng quà gia đình chính sách và kiểm tra công tác vận hành tại Trung tâm Phục vụ "
            "Hành chính công phường Thành Sen.\n")
    assert _record(text)["leader"]["name"] == "Trần Văn Minh"


def test_days_alone_before_a_stop_open_the_next_sentence() -> None:
    assert split_sentences("Từ ngày 21/02 đến ngày 28/02/2023. Đảng ủy phường tổ chức khảo sát.") == [
        "Từ ngày 21/02 đến ngày 28/02/2023. Đảng ủy phường tổ chức khảo sát."]
    assert split_sentences("Đoàn đã làm việc với xã. Ngày 5/3 đoàn đến phường.") == [
        "Đoàn đã làm việc với xã.", "Ngày 5/3 đoàn đến phường."]


def test_results_acknowledged_at_the_session_are_no_round_up() -> None:
    text = ("HĐND thành phố giám sát tại phường Sông Cầu\n\n"
            "Thực hiện chương trình năm 2019, Đoàn giám sát của HĐND thành phố Bắc Kạn đã giám sát tại UBND "
            "phường Sông Cầu.\n\nPhát biểu tại buổi làm việc, bà Hà Thị Nga ghi nhận những việc phường đã làm "
            "trong thời gian qua.\n")
    assert extract_article(text, today=TODAY).non_visit is None


def test_share_written_out_of_a_total() -> None:
    text = ("Sáng 18/4/2023, đoàn kiểm tra của Sở Nội vụ tỉnh Quảng Ninh đã kiểm tra đột xuất tại UBND phường "
            "Hồng Hải. "
            "Đoàn ghi nhận 27 trên tổng số 31 CBCC có mặt tại vị trí làm việc.\n")
    assert [(f["value"], f.get("of"), f["unit"]) for f in _record(text)["figures"]] == [(27, 31, "cán bộ")]
