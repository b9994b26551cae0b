"""Session 36 items18 (issue 12): a count's kind that opens on a verb word of its unit ("hồ sơ chứng thực", "hồ sơ
đăng ký kinh doanh", "tài khoản thanh toán") keeps the action before the count; accounts opened ("mở", "mở mới"),
ID files taken in ("thu nhận") and records cleaned ("làm sạch") keep their action (`figure_label_actions`,
`figure_label_words._VERBS`); the delegation's view that the locality "cần" act is a direction (`item_views`).
Sentences of my own; each first group fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_views import told_view
from tests.leads import labels_said as _figures


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Xã đã giải quyết 1.240 hồ sơ chứng thực.", [(1240, "Hồ sơ chứng thực giải quyết")],
                 id="certified"),
    pytest.param("Bộ phận một cửa tiếp nhận 318 hồ sơ đăng ký kinh doanh và trả kết quả 96 hồ sơ cấp đổi.",
                 [(318, "Hồ sơ đăng ký kinh doanh tiếp nhận"), (96, "Hồ sơ cấp đổi trả kết quả")], id="two-after-va"),
    pytest.param("Xã đã tiếp nhận 83 hồ sơ trợ cấp của hộ cận nghèo.", [(83, "Hồ sơ trợ cấp tiếp nhận")],
                 id="allowance-for-whom"),
    pytest.param("Xã đã số hóa 512 hồ sơ cấp lại giấy khai sinh.", [(512, "Hồ sơ cấp lại giấy khai sinh số hóa")],
                 id="reissue"),
])
def test_a_kind_opening_on_its_procedure_keeps_the_action_before(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Ngân hàng đã mở 215 tài khoản thanh toán cho hộ nghèo.", [(215, "Tài khoản thanh toán mở")],
                 id="opened-for-whom"),
    pytest.param("Xã mở mới 412 tài khoản ngân hàng.", [(412, "Tài khoản ngân hàng mở mới")], id="opened-anew"),
    pytest.param("Công an xã đã thu nhận 860 hồ sơ căn cước.", [(860, "Hồ sơ căn cước thu nhận")], id="taken-in"),
    pytest.param("Công an xã đã làm sạch 5.420 hồ sơ dân cư.", [(5420, "Hồ sơ dân cư làm sạch")], id="cleaned"),
])
def test_accounts_opened_and_records_taken_in_or_cleaned_keep_the_action(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Đoàn đã kiểm tra 40 hồ sơ chứng thực.", [(40, "Hồ sơ chứng thực")], id="a-verb-not-listed"),
    pytest.param("Công chức tư pháp đã chứng thực 1.020 bản sao.", [(1020, "Bản sao chứng thực")],
                 id="the-procedure-is-the-action"),
    pytest.param("Xã có 96 hồ sơ đăng ký kinh doanh.", [(96, "Hồ sơ đăng ký kinh doanh")], id="no-action"),
    pytest.param("Xã đã tiếp nhận 75 hồ sơ đề nghị cấp giấy phép xây dựng.",
                 [(75, "Hồ sơ đề nghị cấp giấy phép xây dựng")], id="a-verb-of-its-own"),
    pytest.param("Xã đã mở 3 lớp sơ cấp nghề may.", [(3, "Lớp sơ cấp nghề may")], id="a-class-opened"),
    pytest.param("Hội Nông dân mở 2 điểm giới thiệu sản phẩm nông nghiệp.",
                 [(2, "Điểm giới thiệu sản phẩm nông nghiệp")], id="a-point-opened"),
])
def test_look_alikes_keep_their_label(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Tỷ lệ hồ sơ nộp, giải quyết trực tuyến lần lượt đạt 86% và 72%.",
                 [(86, "Tỷ lệ hồ sơ nộp trực tuyến"), (72, "Tỷ lệ hồ sơ giải quyết trực tuyến")],
                 id="manner-said-once"),
    pytest.param("Tỷ lệ hồ sơ tiếp nhận trực tuyến, giải quyết trực tuyến lần lượt là 91% và 84%.",
                 [(91, "Tỷ lệ hồ sơ tiếp nhận trực tuyến"), (84, "Tỷ lệ hồ sơ giải quyết trực tuyến")],
                 id="manner-said-twice"),
    pytest.param("Tỷ lệ hồ sơ tiếp nhận và thanh toán trực tuyến của xã lần lượt đạt 88% và 47%.",
                 [(88, "Tỷ lệ hồ sơ tiếp nhận trực tuyến"), (47, "Tỷ lệ hồ sơ thanh toán trực tuyến")], id="after-va"),
    pytest.param("Số hồ sơ tiếp nhận, giải quyết lần lượt là 1.200 và 1.150 hồ sơ.",
                 [(1200, "Hồ sơ tiếp nhận"), (1150, "Hồ sơ giải quyết")], id="counts"),
    # look-alikes: one share over periods, two subjects with their heads, more rates than actions
    pytest.param("Tỷ lệ hồ sơ giải quyết trực tuyến trong quý I, quý II lần lượt là 64% và 70%.",
                 [(64, "Tỷ lệ hồ sơ giải quyết trực tuyến"), (70, "Tỷ lệ hồ sơ giải quyết trực tuyến")],
                 id="one-share-over-quarters"),
    pytest.param("Tỷ lệ thanh toán trực tuyến và tỷ lệ hồ sơ số hóa lần lượt đạt 64% và 88%.",
                 [(64, "Tỷ lệ thanh toán trực tuyến"), (88, "Tỷ lệ hồ sơ số hóa")], id="two-heads"),
    pytest.param("Tỷ lệ hồ sơ tiếp nhận và giải quyết đúng hạn lần lượt là 95%, 97% và 98%.",
                 [(rate, "Tỷ lệ hồ sơ tiếp nhận và giải quyết đúng hạn") for rate in (95, 97, 98)],
                 id="three-rates-two-actions"),
])
def test_shares_of_one_kind_told_in_turn_keep_each_its_action(said: str, labels: list) -> None:
    assert _figures(said) == labels


_LEAD = ("Tin hoạt động\n\nNgày 27/11/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Thanh Hóa do ông Hoàng Văn Thịnh, "
         "Trưởng ban, làm trưởng đoàn đã giám sát việc quản lý thu ngân sách tại xã Triệu Sơn. ")


def _directions(said: str) -> list[tuple[str, str | None]]:
    record = extract_article(_LEAD + said).record
    return [(item["text"], item.get("to")) for item in record.get("directions", [])]


@pytest.mark.parametrize(("said", "directions"), [
    pytest.param("Theo ông Thịnh, thời gian tới UBND xã cần rà soát lại các nguồn thu.",
                 [("Rà soát lại các nguồn thu.", "UBND xã Triệu Sơn")], id="the-leader-time-ahead"),
    pytest.param("Theo ông Đỗ Minh Quân, thành viên đoàn giám sát, xã cần sớm lập danh sách các hộ nợ thuế.",
                 [("Sớm lập danh sách các hộ nợ thuế.", "xã Triệu Sơn")], id="a-member"),
    pytest.param("Theo Trưởng đoàn, trong thời gian tới, xã cần công khai các khoản thu.",
                 [("Công khai các khoản thu.", "xã Triệu Sơn")], id="the-head-by-post"),
])
def test_the_delegations_view_that_the_locality_must_act_is_a_direction(said: str, directions: list) -> None:
    assert _directions(said) == directions


@pytest.mark.parametrize("said", [
    pytest.param("Theo ông Lê Quang Vinh, Chủ tịch UBND xã Triệu Sơn, xã cần thêm 4 công chức.", id="the-chairman"),
    pytest.param("Theo báo cáo, xã cần thêm kinh phí để sửa chữa trụ sở.", id="a-report"),
    pytest.param("Theo ông Thịnh, kết quả thu ngân sách của xã là đáng ghi nhận.", id="no-can"),
    pytest.param("Theo ông Thịnh, xã cần được tỉnh hỗ trợ thêm kinh phí.", id="passive-need"),
    pytest.param("Theo ông Thịnh, việc này là cần thiết.", id="can-thiet"),
])
def test_other_views_are_no_direction(said: str) -> None:
    assert _directions(said) == []


def test_a_view_gives_its_holder_and_the_words_asked() -> None:
    assert told_view("Theo bà Hà Thị Nga, Phó Trưởng đoàn, thời gian tới, phường cần xử lý dứt điểm vi phạm.") == \
        ("bà Hà Thị Nga, Phó Trưởng đoàn", " phường xử lý dứt điểm vi phạm")
    assert told_view("Theo báo cáo, xã cần thêm kinh phí.") is None


_CALL = "Ngày 14/11/2025, đoàn công tác của UBND tỉnh Ninh Bình do ông Phạm Quang Ngọc, Chủ tịch UBND tỉnh, dẫn đầu "


@pytest.mark.parametrize(("said", "visit"), [
    pytest.param("đã về thăm và động viên cán bộ, công chức xã Yên Thắng.", False, id="ve-tham-va-dong-vien"),
    pytest.param("đã đến thăm, động viên cán bộ, chiến sĩ tại chốt kiểm soát xã Yên Thắng.", False,
                 id="den-tham-comma-dong-vien"),
    pytest.param("đã lên thăm và động viên cán bộ, chiến sĩ Đồn Biên phòng ở xã Yên Thắng.", False, id="len-tham"),
    # look-alikes: the call also checks or works, or the team works there: a visit
    pytest.param("đã về thăm, động viên và kiểm tra hoạt động của bộ phận một cửa xã Yên Thắng.", True,
                 id="and-checks"),
    pytest.param("đã về thăm và làm việc với UBND xã Yên Thắng.", True, id="visit-and-work"),
    pytest.param("đã về xã Yên Thắng làm việc, động viên cán bộ vượt khó.", True, id="works-then-encourages"),
])
def test_an_encouragement_call_with_nothing_checked_is_no_visit(said: str, visit: bool) -> None:
    draft = extract_article(f"Tin hoạt động\n\n{_CALL}{said}")
    assert (draft.non_visit is None) == visit, draft.non_visit
