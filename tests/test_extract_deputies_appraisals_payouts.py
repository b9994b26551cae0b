"""Session 37 items19 (issue 12): a team's deputy head named with no head leads it (and a written head keeps the
lead over a deputy listed first); an appraisal team that has just assessed named communes made a visit; a Front
watching its committee's payout made a visit on the payout's first day, the payout team's head being no leader.
Sentences of my own; the positives fail on the base tree, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import TODAY

_COUNCIL = ("Thường trực HĐND huyện Hải Hậu giám sát công tác dồn điền đổi thửa tại xã Hải Nam\n\n"
            "Sáng ngày 8/11/2022, đoàn giám sát của Thường trực HĐND huyện làm việc tại xã Hải Nam về công tác dồn "
            "điền đổi thửa. ")
_CLOSE = "\n\nXã cho biết đã hoàn thành việc giao ruộng cho các hộ.\n\nĐoàn đề nghị xã sớm cấp giấy chứng nhận."


def _record(text: str) -> dict:
    return extract_article(text, today=TODAY).record


def _leader(text: str) -> str | None:
    leader = _record(text).get("leader")
    return leader["name"] if leader else None


@pytest.mark.parametrize(("members", "name"), [
    pytest.param("Thành phần tham dự bao gồm: Bà Đoàn Thị Nga – Phó Chủ tịch HĐND huyện – Phó Trưởng đoàn; lãnh đạo "
                 "các Ban HĐND huyện.", "Đoàn Thị Nga", id="attendees-dash-deputy"),
    pytest.param("Thành phần đoàn có ông Vũ Văn Hiệp, Trưởng phòng Nông nghiệp huyện, Phó Trưởng đoàn giám sát; "
                 "đại diện các phòng chuyên môn.", "Vũ Văn Hiệp", id="comma-deputy-of-the-oversight-team"),
    pytest.param("Cùng làm việc có ông Trần Quang Huy - Phó Chủ tịch HĐND huyện - Phó trưởng đoàn; các thành viên "
                 "đoàn.", "Trần Quang Huy", id="lower-case-truong"),
])
def test_a_deputy_head_named_with_no_head_leads(members: str, name: str) -> None:
    assert _leader(_COUNCIL + members + _CLOSE) == name


@pytest.mark.parametrize(("members", "name"), [
    pytest.param("Thành phần đoàn gồm: Ông Vũ Văn Hiệp – Phó Chủ tịch HĐND huyện – Phó Trưởng đoàn; đại diện các "
                 "phòng. Kết luận buổi giám sát, bà Mai Thị Huệ, Chủ tịch HĐND huyện, Trưởng đoàn giám sát, đề nghị "
                 "xã rà soát lại hồ sơ.", "Mai Thị Huệ", id="the-head-named-later"),
    pytest.param("Thành phần đoàn gồm: Ông Vũ Văn Hiệp – Phó Chủ tịch HĐND huyện – Phó Trưởng đoàn; đại diện các "
                 "phòng. Kết luận buổi giám sát, đồng chí Trưởng đoàn đề nghị xã rà soát lại hồ sơ.", None,
                 id="the-head-written-unnamed"),
])
def test_a_written_head_keeps_the_lead_over_a_deputy(members: str, name: str | None) -> None:
    assert _leader(_COUNCIL + members + _CLOSE) == name


@pytest.mark.parametrize(("members", "name"), [
    pytest.param("Đoàn do ông Lương Văn Toàn, Phó Chủ tịch HĐND huyện làm Trưởng đoàn, bà Đoàn Thị Nga làm Phó "
                 "Trưởng đoàn.", "Lương Văn Toàn", id="head-and-deputy-named"),
    pytest.param("Đoàn do bà Đoàn Thị Nga, Phó Trưởng đoàn, dẫn đầu.", "Đoàn Thị Nga", id="a-deputy-leads-in-words"),
    pytest.param("Đoàn do ông Lương Văn Toàn, Phó Chủ tịch HĐND huyện dẫn đầu. Dự buổi giám sát có bà Hồ Thị Hà, Phó "
                 "Trưởng Đoàn ĐBQH tỉnh.", "Lương Văn Toàn", id="assembly-deputy-head-is-an-office"),
])
def test_look_alikes_keep_their_leader(members: str, name: str) -> None:
    assert _leader(_COUNCIL + members + _CLOSE) == name


def _flag(text: str) -> str | None:
    flag = extract_article(text, today=TODAY).non_visit
    return getattr(flag, "code", None) if flag else None


@pytest.mark.parametrize("lead", [
    pytest.param("Đoàn thẩm định của tỉnh Nam Định vừa đánh giá: xã Hải Nam và xã Hải Trung đã đủ điều kiện đạt chuẩn "
                 "nông thôn mới nâng cao.", id="colon-two-communes"),
    pytest.param("Đoàn kiểm tra liên ngành của tỉnh vừa thẩm định kết quả thực hiện các tiêu chí của xã Hải Nam, "
                 "huyện Hải Hậu.", id="inspection-team-appraises"),
    pytest.param("Đoàn đánh giá của Ban Chỉ đạo tỉnh đã thẩm định, đánh giá: xã Hải Nam đáp ứng các tiêu chí xã an toàn"
                 " thực phẩm.", id="appraise-and-assess"),
])
def test_an_appraisal_team_that_assessed_communes_made_a_visit(lead: str) -> None:
    assert _flag("Xã Hải Nam đạt chuẩn\n\n" + lead + "\n\nNgười dân phấn khởi.") is None


@pytest.mark.parametrize("lead", [
    pytest.param("Hội đồng thẩm định tỉnh Nam Định vừa họp và đánh giá: xã Hải Nam đã đủ điều kiện đạt chuẩn nông "
                 "thôn mới nâng cao.", id="a-council-at-its-table"),
    pytest.param("Đoàn thẩm định của tỉnh sẽ đánh giá: xã Hải Nam và xã Hải Trung trong tháng tới.", id="to-come"),
    pytest.param("Đoàn công tác của tỉnh vừa đánh giá cao kết quả xây dựng nông thôn mới của xã Hải Nam.",
                 id="praise"),
])
def test_no_team_appraisal_stays_no_visit(lead: str) -> None:
    assert _flag("Xã Hải Nam đạt chuẩn\n\n" + lead + "\n\nNgười dân phấn khởi.") is not None


_WATCHED = ("Ngày đăng: 20.08.2021\nMặt trận xã Hải Nam giám sát việc chi trả hỗ trợ\n\n"
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã Hải Nam đã rà soát danh sách người được hỗ trợ.\n\n"
            "UBND xã lập Tổ chi trả do ông Phạm Văn Hùng, Phó Chủ tịch UBND xã làm Tổ trưởng, chi trả tại các xóm "
            "từ ngày 10/8 đến ngày 12/8/2021.\n\n")


def test_a_front_watching_the_payout_made_a_visit_on_its_first_day() -> None:
    text = _WATCHED + "Ban Thường trực Ủy ban MTTQ xã thành lập Tổ giám sát, trực tiếp giám sát việc chi trả."
    draft = extract_article(text, today=TODAY)
    assert draft.non_visit is None
    assert draft.record.get("date") == "2021-08-10"
    assert draft.record.get("leader") is None


def test_a_watch_still_to_come_keeps_the_payout_unwatched() -> None:
    text = _WATCHED.replace("Mặt trận xã Hải Nam giám sát việc chi trả hỗ trợ", "Xã Hải Nam chi trả hỗ trợ") + \
        "Ban Thường trực Ủy ban MTTQ xã sẽ giám sát việc chi trả ở các đợt sau."
    assert _leader(text) == "Phạm Văn Hùng"  # no Front watched: the old reading stands


def test_an_inspection_teams_head_still_leads() -> None:
    text = ("Kiểm tra việc chi trả hỗ trợ tại xã Hải Nam\n\nSáng ngày 14/5/2020, Tổ kiểm tra của UBND huyện Hải Hậu "
            "do ông Hồ Văn Bình, Phó Chủ tịch UBND huyện làm Tổ trưởng đã kiểm tra việc chi trả tại xã Hải Nam."
            "\n\nViệc chi trả đúng đối tượng.")
    assert _leader(text) == "Hồ Văn Bình"


_VIEWED = ("Ban Pháp chế HĐND huyện giám sát tại xã Hải Nam\n\nNgày 17/10/2022, Ban Pháp chế HĐND huyện Hải Hậu do bà "
           "Đỗ Thị Hằng, Trưởng ban, làm trưởng đoàn đã giám sát công tác hộ tịch tại xã Hải Nam.\n\n"
           "Kết luận buổi giám sát, bà Đỗ Thị Hằng ghi nhận kết quả của xã. ")


def _directions(text: str) -> list[str]:
    return [item["text"] for item in _record(text).get("directions", [])]


@pytest.mark.parametrize(("view", "task"), [
    pytest.param("Theo bà Hằng, thời gian tới UBND xã phải bố trí đủ công chức tư pháp.",
                 "Bố trí đủ công chức tư pháp.", id="phai"),
    pytest.param("Theo Trưởng đoàn, xã phải lưu trữ sổ hộ tịch đúng quy định.",
                 "Lưu trữ sổ hộ tịch đúng quy định.", id="truong-doan-phai"),
])
def test_the_delegations_view_with_phai_is_a_direction(view: str, task: str) -> None:
    assert _directions(_VIEWED + view) == [task]


@pytest.mark.parametrize("view", [
    pytest.param("Theo ông Ngô Văn Tiến, Chủ tịch UBND xã, xã phải chờ kinh phí của huyện.", id="the-chairmans-own"),
    pytest.param("Theo bà Hằng, sổ hộ tịch phải được lưu trữ cẩn thận.", id="passive-phai-duoc"),
    pytest.param("Theo báo cáo, xã phải thuê thêm kho lưu trữ.", id="a-reports-need"),
])
def test_views_with_phai_that_ask_no_one(view: str) -> None:
    assert _directions(_VIEWED + view) == []


_SHARES = ("Giám sát tại xã Hải Nam\n\nNgày 14/11/2022, Ban Pháp chế HĐND huyện Hải Hậu do bà Đỗ Thị Hằng, Trưởng ban, "
           "làm trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Hải Nam. ")


@pytest.mark.parametrize(("sentence", "value", "label"), [
    pytest.param("Hồ sơ nộp trực tuyến đạt 82%.", 82, "Tỷ lệ hồ sơ nộp trực tuyến", id="files-open-the-sentence"),
    pytest.param("Người dân hài lòng đạt 96%.", 96, "Tỷ lệ người dân hài lòng", id="people-open-the-sentence"),
    pytest.param("Xã Hải Nam có 88% hộ dân dùng ví điện tử.", 88, "Tỷ lệ hộ dân dùng ví điện tử", id="after-a-place"),
    pytest.param("TTHC được số hóa kết quả đạt 74%.", 74, "Tỷ lệ TTHC được số hóa kết quả", id="an-acronym-stays"),
])
def test_a_share_opening_its_sentence_loses_the_sentences_capital(sentence: str, value: float, label: str) -> None:
    figures = _record(_SHARES + sentence).get("figures", [])
    assert [f["label"] for f in figures if f["value"] == value] == [label]
