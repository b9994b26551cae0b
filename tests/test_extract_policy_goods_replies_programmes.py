"""Session 36 fresh76 (issue 12): policy goods handed to households, weighed or measured (figure_policy_goods); a
written answer to voters' petitions is no visit (visit_voter_replies); a team's oversight programme carried out at a
place is a visit (visit_programme_done). Sentences of my own; each first group fails on the base, the look-alikes
pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY, figure_triples

_LEAD = ("Giám sát chính sách hỗ trợ hộ nghèo\n\nNgày 5/3/2024, Đoàn giám sát của HĐND huyện do bà Lê Thị Hạnh, "
         "Phó Chủ tịch HĐND huyện, làm trưởng đoàn đã giám sát tại xã Nậm Cang, huyện Sa Pa, tỉnh Lào Cai.\n\n"
         "Theo báo cáo, ")


def _weights(report: str) -> list[tuple[float | int, str]]:
    return [(value, unit) for value, unit, _ in figure_triples(_LEAD + report) if unit in ("kg", "tấn", "lít", "tạ")]


@pytest.mark.parametrize(("report", "weights"), [
    pytest.param("năm 2023 có 212 hộ được cấp 3.180 kg muối i-ốt.", [(3180, "kg")], id="issued-kilos"),
    pytest.param("Phòng Dân tộc đã phân phối 1,8 tấn muối iốt về các bản.", [(1.8, "tấn")], id="shared-out-tons"),
    pytest.param("các hộ nghèo đã nhận 2.400 kg muối I-ốt.", [(2400, "kg")], id="received"),
    pytest.param("huyện đã cấp cho 95 hộ của xã 1.425 kg muối.", [(1425, "kg")], id="households-between"),
    pytest.param("các bản vùng cao được cấp 640 lít dầu hỏa.", [(640, "lít")], id="kerosene"),
    pytest.param("xã được phân bổ 120 kg thuốc thú y cho các hộ chăn nuôi.", [(120, "kg")], id="vet-drugs"),
])
def test_policy_goods_handed_out_are_counted(report: str, weights: list) -> None:
    assert _weights(report) == weights


@pytest.mark.parametrize("report", [
    pytest.param("diêm dân trong xã sản xuất được 9.000 tấn muối.", id="salt-made"),
    pytest.param("xã cấp giấy chứng nhận cho cơ sở có 300 kg muối tồn kho.", id="stock-of-a-shop"),
    pytest.param("mỗi suất quà gồm 5 kg gạo và 1 kg muối.", id="one-parcel"),
    pytest.param("mỗi hộ được cấp 15 kg muối i-ốt.", id="norm-per-household"),
    pytest.param("các hộ nhận 40 tấn muối/ha để cải tạo đất.", id="per-hectare"),
    pytest.param("cửa hàng bán 2.000 lít dầu hỏa trong tháng.", id="sold"),
])
def test_goods_not_handed_out_stay_out(report: str) -> None:
    assert _weights(report) == []


def _kind(text: str) -> str | None:
    """The code of the reason the article is no visit, or None when it reads as one."""
    said = extract_article(text, today=TODAY).non_visit
    return getattr(said, "code", said)


_PETITION = "Cử tri xã Đồng Thịnh, huyện Định Hóa kiến nghị:\n\nSớm sửa chữa trạm bơm điện của xóm Làng Mố.\n\n"
_AGENCY = ("Ngày 4/5/2023, Công ty Thủy lợi đã làm việc với Ủy ban nhân dân xã Đồng Thịnh và cử tri Ma Văn Tiến (là "
           "người có ý kiến tại hội nghị tiếp xúc cử tri trước kỳ họp thứ 12) và kiểm tra thực tế trạm bơm.")


@pytest.mark.parametrize("text", [
    pytest.param("Trả lời kiến nghị cử tri\n\n" + _PETITION + "TRẢ LỜI:\n\n" + _AGENCY, id="answer-heading"),
    pytest.param("Ý kiến, kiến nghị của cử tri trước kỳ họp thứ 12\n\n" + _PETITION + "Trả lời: " + _AGENCY,
                 id="answer-inline"),
    pytest.param("Kiến nghị về trạm bơm\n\n" + _PETITION + "Trả lời (tại Văn bản số 88/CTTL ngày 10/5/2023):\n\n"
                 + _AGENCY, id="answer-quoting-a-letter"),
])
def test_a_written_answer_to_voters_is_no_visit(text: str) -> None:
    assert _kind(text) == "nonvisit.voter_reply"


@pytest.mark.parametrize("text", [
    pytest.param("Giám sát tại xã Đồng Thịnh\n\nNgày 4/5/2023, Đoàn giám sát HĐND huyện Định Hóa do ông Ma Văn Tiến, "
                 "Phó Chủ tịch HĐND huyện, làm trưởng đoàn đã giám sát công tác thủy lợi tại xã Đồng Thịnh. Tại buổi "
                 "giám sát, lãnh đạo xã trả lời một số kiến nghị của cử tri về trạm bơm.", id="hosts-answer-voters"),
    pytest.param("Giám sát tại xã Đồng Thịnh\n\nNgày 4/5/2023, Đoàn giám sát HĐND huyện Định Hóa do ông Ma Văn Tiến, "
                 "Phó Chủ tịch HĐND huyện, làm trưởng đoàn đã giám sát việc giải quyết kiến nghị của cử tri tại xã "
                 "Đồng Thịnh.\n\nTrả lời: đoàn, lãnh đạo xã cho biết đã sửa xong trạm bơm.", id="oversight-of-answers"),
])
def test_a_visit_about_voters_stays_a_visit(text: str) -> None:
    assert _kind(text) is None


@pytest.mark.parametrize("lead", [
    pytest.param("Chiều 14/10/2024, Đoàn giám sát của HĐND tỉnh đã thực hiện chương trình giám sát về công tác bồi "
                 "thường, giải phóng mặt bằng tại huyện Tuần Giáo.", id="carried-out"),
    pytest.param("Ngày 3/4/2023, Tổ công tác của Ban Kinh tế - Ngân sách HĐND tỉnh vừa tiến hành chương trình khảo "
                 "sát về thu ngân sách tại thị xã Mường Lay.", id="just-conducted"),
    pytest.param("Ngày 3/4/2023, Đoàn khảo sát của Ủy ban Xã hội của Quốc hội đã thực hiện chương trình khảo sát về "
                 "bảo hiểm y tế học sinh giai đoạn 2020-2022 tại tỉnh Lai Châu.", id="long-subject"),
])
def test_a_programme_carried_out_at_a_place_is_a_visit(lead: str) -> None:
    text = f"Giám sát tại địa phương\n\n{lead}\n\nThay mặt đoàn, ông Lò Văn Mừng, Phó Chủ tịch HĐND tỉnh, đề nghị " \
           "địa phương khắc phục các tồn tại."
    assert _kind(text) is None


@pytest.mark.parametrize("lead", [
    pytest.param("Tại kỳ họp thứ 18, HĐND tỉnh đã thông qua Nghị quyết về chương trình giám sát năm 2025. Theo chương "
                 "trình, Thường trực HĐND tỉnh sẽ thực hiện chương trình giám sát tại một số huyện.", id="to-come"),
    pytest.param("Năm 2023, HĐND tỉnh đã thực hiện chương trình giám sát với 6 cuộc giám sát chuyên đề và 12 cuộc "
                 "khảo sát.", id="a-year-no-place"),
])
def test_a_programme_adopted_or_summed_up_stays_no_visit(lead: str) -> None:
    assert _kind(f"Hoạt động giám sát của HĐND tỉnh\n\n{lead}") is not None
