"""Session 41's figures23: a level asked by a day ahead is a target, no figure (`figure_asked_targets`); "Trong đó,"
after a sentence with a received and a settled count (`figure_sentence_before`); criteria a place "hoàn thành" and a
hamlet's own criteria (`figure_label_criteria`); a locality's difficulty then its ask (`item_trouble_asks`). Each
with look-alikes that keep what they gave before."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.figure_asked_targets import target_by_a_day
from tests.leads import COUNCIL_LEAD, TODAY, figure_triples, label_said

ASKS = [
    ("Ông Hải yêu cầu xã rà soát quy trình; đến hết năm 2026 đạt 100% hồ sơ được số hóa.", 100),
    ("Bà Lan đề nghị UBND phường giảm tỷ lệ hồ sơ trễ hạn xuống dưới 0,5% trong quý I năm 2026.", 0.5),
    ("Ông Chiến yêu cầu: đến hết năm 2026, 100% cán bộ, công chức sử dụng chữ ký số.", 100),
    ("Ông cũng đề nghị phường đến cuối năm 2026 hoàn thành số hóa 90% kết quả giải quyết thủ tục.", 90),
    ("Trưởng đoàn đề nghị xã tăng cường hướng dẫn; trong quý IV/2026 nâng tỷ lệ hồ sơ trực tuyến lên trên 85%.", 85),
]


@pytest.mark.parametrize("sentence, value", ASKS)
def test_a_level_asked_by_a_day_ahead_is_no_figure(sentence: str, value: float) -> None:
    assert value not in [v for v, _, _ in figure_triples(COUNCIL_LEAD + sentence)]


@pytest.mark.parametrize("sentence, value", [
    ("Đến hết tháng 12/2025, xã đạt 96% hồ sơ đất đai được số hóa.", 96),  # a result by a day, no ask
    ("Ông Đồng yêu cầu xã trước ngày 31/3/2026 giải quyết dứt điểm 27 hồ sơ còn tồn.", 27),  # files found in hand
    ("Ông Đồng đề nghị xã tiếp tục duy trì tỷ lệ 100% hồ sơ trả kết quả đúng hẹn.", 100),  # a level kept, no day
    ("Ông Hải đề nghị xã rà soát. Đến hết năm 2025, xã đạt 100% hồ sơ được số hóa.", 100),  # the ask ended
])
def test_look_alikes_of_an_asked_target_stay_figures(sentence: str, value: float) -> None:
    assert value in [v for v, _, _ in figure_triples(COUNCIL_LEAD + sentence)]


def test_a_result_told_between_the_ask_and_the_level_is_no_target() -> None:
    text = "Ông Hải yêu cầu xã rà soát; hiện xã đã đạt 96% hồ sơ số hóa đến hết năm 2025."
    assert not target_by_a_day(text, text.index("96"), "%")
    count = "Ông Hải yêu cầu xã đến hết năm 2026 xây 3 phòng học."  # a count of things, no level: not this rule's
    assert not target_by_a_day(count, count.index("3 phòng"), "phòng học")


@pytest.mark.parametrize("sentence, wholes", [
    ("Xã tiếp nhận 2.410 hồ sơ, đã giải quyết xong 2.395 hồ sơ. Trong đó, giải quyết trước và đúng hạn 2.380 hồ sơ, "
     "quá hạn 15 hồ sơ.", {2380: 2395, 15: 2395}),
    ("Phường tiếp nhận 1.520 hồ sơ, đã giải quyết 1.498 hồ sơ. Trong đó, hồ sơ giải quyết đúng hạn là 1.470 hồ sơ, "
     "hồ sơ trễ hạn là 28 hồ sơ.", {1470: 1498, 28: 1498}),
    ("Xã tiếp nhận 3.064 hồ sơ và giải quyết xong 3.011 hồ sơ. Trong số đó, có 2.998 hồ sơ giải quyết đúng hạn và "
     "13 hồ sơ trễ hạn.", {2998: 3011, 13: 3011}),
    ("Xã tiếp nhận 3.064 hồ sơ. Trong số đó, có 2.998 hồ sơ giải quyết đúng hạn và 13 hồ sơ trễ hạn.",
     {2998: 3064, 13: 3064}),  # siblings, of the received when nothing was settled
])
def test_parts_after_trong_do_over_a_stop_are_of_the_settled_and_siblings(sentence: str, wholes: dict) -> None:
    got = {value: whole for value, _, whole in figure_triples(COUNCIL_LEAD + sentence)}
    assert {value: got.get(value) for value in wholes} == wholes


@pytest.mark.parametrize("sentence, wholes", [
    ("Xã tiếp nhận 1.234 hồ sơ, đã giải quyết 1.230 hồ sơ. Trong đó, 980 hồ sơ được nộp trực tuyến.",
     {980: 1234}),  # how files came in: of the received
    ("Xã đã giải quyết 64 hồ sơ đất đai. Trong đó, 12 đơn thư được gửi qua đường bưu điện.", {12: None}),
    ("Xã tiếp nhận 2.184 hồ sơ. Trong đó, 2.096 hồ sơ đúng hạn, trong đó 80 hồ sơ trước hạn.",
     {2096: 2184, 80: 2096}),  # a part opened on its own "trong đó" keeps its whole
])
def test_look_alikes_after_trong_do_keep_their_wholes(sentence: str, wholes: dict) -> None:
    got = {value: whole for value, _, whole in figure_triples(COUNCIL_LEAD + sentence)}
    assert {value: got.get(value) for value in wholes} == wholes


@pytest.mark.parametrize("sentence, value, label", [
    ("Đến nay, xã Hòa An đã hoàn thành 17 tiêu chí nông thôn mới.", 17, "Tiêu chí nông thôn mới xã Hòa An đạt"),
    ("Xã hoàn thành 15/19 tiêu chí nông thôn mới, còn 4 tiêu chí chưa đạt.", 15, "Tiêu chí nông thôn mới xã đạt"),
    ("Xã hoàn thành 15/19 tiêu chí nông thôn mới, còn 4 tiêu chí chưa đạt.", 4, "Tiêu chí nông thôn mới xã chưa đạt"),
    ("Năm 2025, thôn 3 đã hoàn thành 10/10 tiêu chí khu dân cư nông thôn mới.", 10,
     "Tiêu chí nông thôn mới thôn 3 đạt"),  # a hamlet, its level word before the set goes
    ("Thôn Hưng Long đạt 9/10 tiêu chí khu dân cư nông thôn mới kiểu mẫu.", 9,
     "Tiêu chí nông thôn mới kiểu mẫu thôn đạt"),  # past 10 words the name goes
])
def test_criteria_completed_are_met_and_a_hamlets_are_its_own(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label


@pytest.mark.parametrize("sentence, value, label", [
    ("Xã nâng tổng số tiêu chí nông thôn mới hoàn thành lên 16 tiêu chí.", 16,
     "Tiêu chí nông thôn mới hoàn thành"),  # raised "lên": keeps its words
    ("Xã đã hoàn thành 3 tiêu chí về giao thông, thủy lợi và điện.", 3, "Tiêu chí về giao thông"),  # says which
])
def test_look_alikes_of_criteria_completed_keep_their_labels(sentence: str, value: float, label: str) -> None:
    assert label_said(sentence, value) == label


def _items(sentence: str) -> tuple[list[tuple[str, str | None]], list[str], list[str]]:
    """The recommendations (text, addressee), directions and difficulties of `sentence` told after `COUNCIL_LEAD`."""
    record = extract_article(COUNCIL_LEAD + "Ông Nguyễn Văn An, Trưởng ban, làm trưởng đoàn. " + sentence,
                             today=TODAY).record
    return ([(i["text"], i.get("to")) for i in record.get("recommendations", [])],
            [i["text"] for i in record.get("directions", [])], [i["text"] for i in record.get("difficulties", [])])


@pytest.mark.parametrize("sentence, ask, to", [
    ("UBND xã nêu khó khăn là trụ sở bộ phận một cửa chật hẹp, xuống cấp và kiến nghị tỉnh bố trí vốn xây mới.",
     "Bố trí vốn xây mới.", "tỉnh"),
    ("Lãnh đạo xã cho biết xã đang gặp khó khăn về kinh phí đối ứng và đề nghị tỉnh tăng mức hỗ trợ cho hộ nghèo.",
     "Tăng mức hỗ trợ cho hộ nghèo.", "tỉnh"),
    ("UBND xã phản ánh đường truyền thường xuyên gián đoạn, phần mềm hay lỗi và đề xuất tỉnh nâng cấp hệ thống.",
     "Nâng cấp hệ thống.", "tỉnh"),
])
def test_a_localitys_difficulty_then_its_ask_gives_the_ask(sentence: str, ask: str, to: str) -> None:
    recommendations, _, difficulties = _items(sentence)
    assert recommendations == [(ask, to)]
    assert not any("kiến nghị" in d or "đề nghị" in d or "đề xuất" in d for d in difficulties)


def test_look_alikes_of_a_difficulty_then_an_ask() -> None:
    asked_about = "Xã kiến nghị về việc nhiều tuyến đường liên thôn xuống cấp, chưa có kinh phí sửa chữa."
    assert [text for text, _ in _items(asked_about)[0]] == [
        "Nhiều tuyến đường liên thôn xuống cấp, chưa có kinh phí sửa chữa."]  # the difficulty is the ask
    noted = "Ông Nguyễn Văn An ghi nhận những khó khăn của xã và đề nghị xã chủ động lồng ghép các nguồn vốn."
    recommendations, directions, _ = _items(noted)
    assert (recommendations, directions) == ([], ["Chủ động lồng ghép các nguồn vốn."])  # the team's, a direction
    voters = "Tuy nhiên, xã còn gặp khó khăn do thiếu cán bộ và đề nghị của người dân chưa được trả lời kịp thời."
    assert _items(voters)[0] == []  # "đề nghị của": a noun, no ask
