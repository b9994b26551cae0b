"""Who leads the delegation and which body it belongs to, for the ways real reports say it (issue #12).

Each case is a short report written for this test in the phrasing pattern of a class met in real articles
the rules were not written from; the test articles in tests/articles/tuned cover the same classes at length.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article

HEAD = "Giám sát tại phường Long Xuyên\n\n"


def _record(text: str) -> dict:
    return extract_article(HEAD + text).record


@pytest.mark.parametrize("text, leader", [
    # the head's office, then "là" and a title before the name
    ("Ngày 2/10/2025, Ban Pháp chế HĐND tỉnh An Giang giám sát tại phường Long Xuyên. Trưởng đoàn giám sát là "
     "Phó Trưởng ban Pháp chế HĐND tỉnh Châu Văn Lực.", "Châu Văn Lực"),
    # who chairs, said with "có"
    ("Ngày 2/10/2025, Thường trực HĐND tỉnh An Giang giám sát tại phường Long Xuyên. Chủ trì buổi giám sát có "
     "ông Lê Hữu Phước, Phó Chủ tịch HĐND tỉnh.", "Lê Hữu Phước"),
    # a given name of one letter
    ("Ngày 2/10/2025, đoàn giám sát HĐND tỉnh An Giang do bà Đặng Thị Kim Ý, Phó Chủ tịch HĐND tỉnh làm trưởng "
     "đoàn đã làm việc tại phường Long Xuyên.", "Đặng Thị Kim Ý"),
    # an academic degree between "do" and the name
    ("Ngày 2/10/2025, đoàn khảo sát của Ủy ban Kinh tế và Tài chính của Quốc hội do TS. Phan Văn Mãi, Chủ nhiệm "
     "Ủy ban làm trưởng đoàn đã làm việc tại phường Long Xuyên.", "Phan Văn Mãi"),
    # the head in brackets after the body
    ("Ngày 2/10/2025, Đoàn giám sát HĐND tỉnh An Giang (Trưởng đoàn: ông Trần Minh Tâm, Phó Chủ tịch HĐND tỉnh) "
     "làm việc tại phường Long Xuyên.", "Trần Minh Tâm"),
    # "ĐBQH" before the name, and again inside the title after it
    ("Sáng 2/10/2025, ĐBQH Trần Thị Hồng Thanh, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh An Giang chủ trì "
     "buổi giám sát tại phường Long Xuyên.", "Trần Thị Hồng Thanh"),
    # titled head who "cho biết" is no host
    ("Ngày 2/10/2025, đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Ông Huỳnh Văn Mừng, "
     "Phó Chủ tịch HĐND tỉnh, Trưởng đoàn, cho biết đoàn sẽ tổng hợp kiến nghị.", "Huỳnh Văn Mừng"),
    # a committee's own head said to speak before the name; no one said to lead, so the choice is inferred
    ("Ngày 2/10/2025, Ban Văn hóa - Xã hội HĐND tỉnh An Giang giám sát tại phường Long Xuyên. Theo Trưởng ban "
     "Văn hóa - Xã hội Nguyễn Thị Mộng Tuyền, phường cần sớm số hóa hồ sơ.", "Nguyễn Thị Mộng Tuyền"),
    # two who lead together, joined by "cùng": the first named
    ("Ngày 2/10/2025, ông Lê Văn Hai, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh An Giang cùng bà Đỗ Thị Ba, Phó Chủ tịch "
     "HĐND tỉnh dẫn đầu đoàn giám sát liên ngành làm việc tại phường Long Xuyên.", "Lê Văn Hai"),
    # a host who chairs the meeting with the team and reports: never the leader, and none is named
    ("Ngày 2/10/2025, đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Ông Võ Văn Tám, Chủ tịch "
     "UBND phường chủ trì buổi làm việc với đoàn và báo cáo kết quả.", None),
    # who chairs, said with "là"
    ("Ngày 2/10/2025, Thường trực HĐND tỉnh An Giang giám sát tại phường Long Xuyên. Chủ trì buổi giám sát là "
     "bà Đỗ Thị Minh Hoa, Phó Chủ tịch HĐND tỉnh.", "Đỗ Thị Minh Hoa"),
    # deputies listed after "gồm các ĐBQH:", the first one first
    ("Ngày 2/10/2025, Đoàn ĐBQH tỉnh An Giang giám sát tại phường Long Xuyên. Đoàn gồm các ĐBQH: Trần Văn Thiện, "
     "Phó Trưởng đoàn ĐBQH tỉnh; Lê Thị Bích Loan, Ủy viên Ủy ban Pháp luật.", "Trần Văn Thiện"),
])
def test_the_leader_as_real_reports_introduce_them(text: str, leader: str | None) -> None:
    assert (_record(text).get("leader") or {}).get("name") == leader


@pytest.mark.parametrize("text, body", [
    # the second of the units listed after "làm việc với" is a host too, never the body
    ("Sáng 2/10/2025, làm việc với Đảng ủy, UBND phường Long Xuyên, đồng chí Lê Văn Hai, Phó Chủ tịch UBND tỉnh An "
     "Giang yêu cầu phường đẩy nhanh giải ngân.", "Đoàn công tác"),
    # a committee whose name holds a comma
    ("Ngày 2/10/2025, đoàn khảo sát của Ủy ban Văn hóa, Giáo dục của Quốc hội do bà Nguyễn Thị Mai Hoa, Phó Chủ "
     "nhiệm Ủy ban làm trưởng đoàn đã khảo sát tại phường Long Xuyên.",
     "Đoàn khảo sát, Ủy ban Văn hóa, Giáo dục của Quốc hội"),
    # a team in lower case in the lead, its organ after it
    ("Ngày 2/10/2025, đồng chí Lê Văn Nưng, Phó Chủ tịch HĐND tỉnh dẫn đầu đoàn giám sát của Thường trực HĐND tỉnh "
     "An Giang làm việc với UBND phường Long Xuyên.", "Đoàn giám sát, Thường trực HĐND tỉnh An Giang"),
    # a team alone: the organ its head's office names
    ("Ngày 2/10/2025, Đoàn giám sát do ông Lê Văn Nưng, Chủ tịch HĐND tỉnh An Giang làm trưởng đoàn đã giám sát "
     "tại phường Long Xuyên.", "Đoàn giám sát, HĐND tỉnh An Giang"),
    # the bracket that names the head is no part of the body
    ("Ngày 2/10/2025, Đoàn giám sát HĐND tỉnh An Giang (Trưởng đoàn: ông Trần Minh Tâm, Phó Chủ tịch HĐND tỉnh) "
     "làm việc tại phường Long Xuyên.", "Đoàn giám sát, HĐND tỉnh An Giang"),
    # an organ's name stops before the person named after it
    ("Ngày 2/10/2025, Phó Chủ tịch Thường trực HĐND tỉnh An Giang Nguyễn Thanh Bình dẫn đầu đoàn khảo sát tại "
     "phường Long Xuyên.", "Thường trực HĐND tỉnh An Giang"),
    # the Standing Committee of the National Assembly, named without "của Quốc hội" after it
    ("Ngày 2/10/2025, đoàn công tác của Ủy ban Thường vụ Quốc hội do Phó Chủ tịch Quốc hội Lê Minh Hoan dẫn đầu đã "
     "khảo sát tại phường Long Xuyên.", "Đoàn công tác, Ủy ban Thường vụ Quốc hội"),
    # a numbered group of a committee, its organ after "của"
    ("Ngày 2/10/2025, Tổ giám sát số 2 của Ban Pháp chế HĐND tỉnh An Giang do ông Lê Văn Hai làm tổ trưởng đã giám "
     "sát tại phường Long Xuyên.", "Tổ giám sát số 2, Ban Pháp chế HĐND tỉnh An Giang"),
    # a team with its kind between its name and its organ
    ("Ngày 2/10/2025, Đoàn giám sát chuyên đề của Thường trực HĐND tỉnh An Giang do ông Lê Văn Hai, Phó Chủ tịch "
     "HĐND tỉnh làm trưởng đoàn đã làm việc tại phường Long Xuyên.",
     "Đoàn giám sát chuyên đề, Thường trực HĐND tỉnh An Giang"),
    # a group of deputies is a body of its own
    ("Ngày 2/10/2025, Tổ đại biểu HĐND tỉnh An Giang số 5 do ông Lê Văn Hai làm tổ trưởng đã giám sát tại phường "
     "Long Xuyên.", "Tổ đại biểu HĐND tỉnh An Giang số 5"),
    # a document's number holds "HĐND" but names no organ; the team is named in the sentence that names its head
    ("Thực hiện Kế hoạch số 21/KH-HĐND ngày 3/9/2025 của Thường trực HĐND tỉnh An Giang về giám sát chuyển đổi số. "
     "Ngày 2/10/2025, Đoàn giám sát của HĐND tỉnh do bà Trần Thị Mai, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã "
     "làm việc tại phường Long Xuyên.", "Đoàn giám sát, HĐND tỉnh An Giang"),
    # "Uỷ" written with the older accent
    ("Ngày 2/10/2025, Đoàn giám sát của Ban Thường trực Uỷ ban MTTQ tỉnh An Giang do ông Lê Văn Hai, Chủ tịch Uỷ ban "
     "MTTQ tỉnh làm Trưởng đoàn đã làm việc với UBND phường Long Xuyên.",
     "Đoàn giám sát, Ban Thường trực Uỷ ban MTTQ tỉnh An Giang"),
    # the organ after "với" is the host; the subject opens the main clause and ends before its verb
    ("Làm việc với Thường trực HĐND phường Long Xuyên ngày 2/10/2025 về hoạt động 9 tháng, Thường trực HĐND tỉnh "
     "An Giang đánh giá cao kết quả của phường.", "Thường trực HĐND tỉnh An Giang"),
])
def test_the_body_is_named_in_full(text: str, body: str) -> None:
    assert _record(text)["body"] == body


@pytest.mark.parametrize("headline, leader", [
    # no sentence names a head: the headline's titled subject who oversees
    ("Phó Chủ tịch HĐND tỉnh Nguyễn Văn Nam giám sát tại phường Long Xuyên", "Nguyễn Văn Nam"),
    # a headline official who receives the team is no leader
    ("Chủ tịch UBND phường Nguyễn Văn Nam tiếp đoàn giám sát tại phường Long Xuyên", None),
])
def test_a_head_named_only_in_the_headline(headline: str, leader: str | None) -> None:
    text = (f"{headline}\n\nNgày 2/10/2025, đoàn giám sát HĐND tỉnh An Giang đã làm việc với UBND phường Long Xuyên "
            "về chuyển đổi số.")
    assert (extract_article(text).record.get("leader") or {}).get("name") == leader


@pytest.mark.parametrize("text, leader, title", [
    # one official's call with no delegation, a candidate member's office among the titles
    ("Ngày 2/10/2025, đồng chí Lê Văn Hai, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Chủ tịch UBND tỉnh An "
     "Giang đến thăm và kiểm tra bộ phận một cửa tại phường Long Xuyên.", "Lê Văn Hai",
     "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Chủ tịch UBND tỉnh An Giang"),
    ("Ngày 2/10/2025, đồng chí Lê Văn Hai, Phó Chủ tịch UBND tỉnh An Giang đến thăm, làm việc với phường Long "
     "Xuyên.", "Lê Văn Hai", "Phó Chủ tịch UBND tỉnh An Giang"),
    # a direction quoted first and its author named after it
    ("Phường phải rút ngắn thời gian giải quyết hồ sơ. Đây là chỉ đạo của đồng chí Đỗ Thị Ba – Chủ tịch HĐND tỉnh "
     "An Giang tại buổi làm việc với Đảng ủy phường Long Xuyên ngày 2/10/2025.", "Đỗ Thị Ba",
     "Chủ tịch HĐND tỉnh An Giang"),
    # ... but a host who answers the team is never its author
    ("Ngày 2/10/2025, đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Đây là ý kiến của ông Võ Văn "
     "Tám, Chủ tịch UBND phường tại buổi làm việc với đoàn.", None, None),
    # offices listed before the one written with the name, then the team
    ("Ngày 2/10/2025, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh An Giang Nguyễn Văn Nam cùng Đoàn công tác đã đến kiểm tra "
     "phường Long Xuyên.", "Nguyễn Văn Nam", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh An Giang"),
    # the office heading the team in the lead, named later with its title before the name
    ("Ngày 2/10/2025, Phó Chủ tịch HĐND tỉnh cùng các thành viên Đoàn giám sát đã làm việc với UBND phường Long "
     "Xuyên. Chủ tịch UBND phường Võ Văn Tám báo cáo kết quả. Phát biểu kết luận, Phó Chủ tịch HĐND tỉnh Trần Minh "
     "Tâm đề nghị phường số hóa hồ sơ.", "Trần Minh Tâm", "Phó Chủ tịch HĐND tỉnh"),
    # the head of government's title before the name, and a call with no check named
    ("Chiều 2/10/2025, Phó Thủ tướng Chính phủ Lê Văn Hai đã đến thăm Trung tâm phục vụ hành chính công phường Long "
     "Xuyên.", "Lê Văn Hai", "Phó Thủ tướng Chính phủ"),
    # an office set off by commas before the name is the leader's title
    ("Ngày 2/10/2025, Đoàn giám sát HĐND tỉnh An Giang do Phó Chủ tịch HĐND tỉnh, bà Đỗ Thị Ba, dẫn đầu đã làm việc "
     "tại phường Long Xuyên.", "Đỗ Thị Ba", "Phó Chủ tịch HĐND tỉnh"),
])
def test_a_leader_and_the_title_written_around_the_name(text: str, leader: str | None, title: str | None) -> None:
    got = _record(text).get("leader") or {}
    assert (got.get("name"), got.get("title")) == (leader, title)


def test_an_office_before_a_comma_belongs_to_the_person_it_names() -> None:
    """ "Chủ tịch UBND tỉnh Nguyễn Văn A, ông B": the office is A's; B keeps no title rather than A's."""
    record = _record("Ngày 2/10/2025, đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Dự có Chủ tịch "
                     "UBND tỉnh Nguyễn Văn Nam, ông Lê Văn Hai.")
    roles = {person["name"]: person["role"] for person in record.get("people", [])}
    assert roles.get("Nguyễn Văn Nam") == "Chủ tịch UBND tỉnh"
    assert "Lê Văn Hai" not in roles


@pytest.mark.parametrize("text, leader", [
    # a direction given at a working session with the unit visited: its author leads
    ("Làm việc với Đảng ủy, UBND phường Long Xuyên chiều 2/10/2025, đồng chí Lê Văn Hai, Phó Chủ tịch UBND tỉnh An "
     "Giang yêu cầu phường đẩy nhanh giải ngân. Chủ tịch UBND phường Võ Văn Tám báo cáo.", "Lê Văn Hai"),
    ("Chiều 2/10/2025, tại buổi làm việc với phường Long Xuyên, đồng chí Lê Văn Hai, Phó Chủ tịch UBND tỉnh An Giang "
     "chỉ đạo phường đẩy nhanh giải ngân.", "Lê Văn Hai"),
    ("Phường cần đẩy nhanh giải ngân. Phó Chủ tịch UBND tỉnh An Giang Lê Văn Hai nhấn mạnh như vậy khi làm việc với "
     "phường Long Xuyên chiều 2/10/2025.", "Lê Văn Hai"),
    ("Phường cần đẩy nhanh giải ngân. Đó là chỉ đạo của Phó Chủ tịch UBND tỉnh An Giang Lê Văn Hai tại buổi làm việc "
     "với phường Long Xuyên chiều 2/10/2025.", "Lê Văn Hai"),
    ("Chiều 2/10/2025, đoàn công tác của UBND tỉnh An Giang làm việc với phường Long Xuyên. Kết luận buổi làm việc, "
     "ông Lê Văn Hai, Phó Chủ tịch UBND tỉnh, yêu cầu phường đẩy nhanh giải ngân.", "Lê Văn Hai"),
    # after a lead that names no one, who directs at the session; not when an overseeing organ visits (its host may
    # speak) nor an official of the commune or ward
    ("Sáng 2/10/2025, đoàn công tác của tỉnh An Giang làm việc với phường Long Xuyên. Tại buổi làm việc, đồng chí Lê "
     "Văn Hai, Phó Chủ tịch UBND tỉnh yêu cầu phường đẩy nhanh giải ngân.", "Lê Văn Hai"),
    ("Sáng 2/10/2025, đoàn công tác của tỉnh An Giang làm việc với phường Long Xuyên. Chỉ đạo tại buổi làm việc, Phó "
     "Chủ tịch UBND tỉnh Lê Văn Hai đề nghị phường đẩy nhanh giải ngân.", "Lê Văn Hai"),
    ("Sáng 2/10/2025, đoàn công tác của Sở Nội vụ làm việc với phường Long Xuyên. Tại buổi làm việc, Chủ tịch UBND "
     "phường Võ Văn Tám đề nghị Sở hỗ trợ thiết bị.", None),
    ("Chiều 2/10/2025, Đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Tại buổi làm việc, Giám đốc "
     "Sở Nội vụ Võ Văn Tám đề nghị tỉnh bổ sung biên chế.", None),
    # a title before the name, then a department's team
    ("Sáng 2/10/2025, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh An Giang Lê Văn Hai cùng đoàn công tác "
     "của Sở Nội vụ đã khảo sát phường Long Xuyên.", "Lê Văn Hai"),
    # a host who speaks at the session with the delegation, or asks it for something, never leads
    ("Chiều 2/10/2025, tại buổi làm việc với Đoàn giám sát HĐND tỉnh, Chủ tịch UBND phường Long Xuyên Võ Văn Tám đề "
     "nghị tỉnh hỗ trợ kinh phí.", None),
    ("Chiều 2/10/2025, Đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Tiếp và làm việc với đoàn, "
     "Chủ tịch UBND phường Võ Văn Tám đề nghị tỉnh hỗ trợ kinh phí.", None),
    ("Chiều 2/10/2025, Đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Kết luận buổi làm việc, Chủ "
     "tịch UBND phường Võ Văn Tám đề nghị đoàn kiến nghị tỉnh hỗ trợ.", None),
])
def test_a_direction_given_at_a_working_session(text: str, leader: str | None) -> None:
    assert (_record(text).get("leader") or {}).get("name") == leader


@pytest.mark.parametrize("text, leader", [
    # names of the mountain and Mekong peoples: the Hmong particle inside a name, two-word Khmer and S'tiêng names
    ("Ngày 2/10/2025, đoàn giám sát do ông Giàng A Páo, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn làm việc tại phường "
     "Long Xuyên.", "Giàng A Páo"),
    ("Ngày 2/10/2025, đoàn giám sát do Phó Trưởng ban Pháp chế HĐND tỉnh An Giang Danh Út làm trưởng đoàn làm việc "
     "tại phường Long Xuyên.", "Danh Út"),
    ("Ngày 2/10/2025, Phó Chủ tịch HĐND tỉnh Chau Thị Sa Ra dẫn đầu đoàn giám sát tại phường Long Xuyên.",
     "Chau Thị Sa Ra"),
    ("Ngày 2/10/2025, đoàn giám sát do Phó Chủ tịch HĐND tỉnh Điểu K'Ré làm trưởng đoàn làm việc tại phường Long "
     "Xuyên.", "Điểu K'Ré"),
    # degrees written in words, before the head opening the lead or after "do"
    ("Sáng 2/10/2025, Phó Giáo sư, Tiến sĩ Lê Thị Hà, Phó Chủ nhiệm Ủy ban Xã hội của Quốc hội làm trưởng đoàn khảo "
     "sát tại phường Long Xuyên.", "Lê Thị Hà"),
    ("Ngày 2/10/2025, đoàn khảo sát do Tiến sĩ Lê Thị Hà, Phó Chủ nhiệm Ủy ban Xã hội của Quốc hội làm trưởng đoàn "
     "làm việc tại phường Long Xuyên.", "Lê Thị Hà"),
])
def test_names_of_every_people_and_degrees_in_words(text: str, leader: str) -> None:
    assert (_record(text).get("leader") or {}).get("name") == leader


@pytest.mark.parametrize("text, people", [
    # two words after an office that name a place are no person ("Sơn Hà", "Thạch Thất", "Sơn La")
    ("Ngày 2/10/2025, Đoàn giám sát HĐND huyện Sơn Hà làm việc với UBND xã Sơn Hà. Chủ tịch UBND xã Sơn Hà Đinh "
     "Văn Minh báo cáo với đoàn.", ["Đinh Văn Minh"]),
    ("Ngày 2/10/2025, Đoàn giám sát do Phó Chủ tịch HĐND tỉnh Sơn La Lò Văn Mừng làm trưởng đoàn làm việc tại xã "
     "Mường La. Chủ tịch UBND huyện Thạch Thất tham dự.", ["Lò Văn Mừng"]),
])
def test_a_place_after_an_office_is_no_person(text: str, people: list[str]) -> None:
    record = _record(text)
    named = [p["name"] for p in record.get("people", [])] + [(record.get("leader") or {}).get("name")]
    assert sorted(n for n in named if n) == sorted(people)


@pytest.mark.parametrize("text, body", [
    # a ministry's or a national office's team, with "của" or without it, in capitals or not
    ("Ngày 2/10/2025, Đoàn kiểm tra của Bộ Công an do Thứ trưởng Lê Văn Tuyến làm trưởng đoàn đã kiểm tra tại "
     "phường Long Xuyên.", "Đoàn kiểm tra, Bộ Công an"),
    ("Ngày 2/10/2025, đoàn công tác Bộ Khoa học và Công nghệ do Thứ trưởng Bùi Hoàng Phương dẫn đầu đã làm việc "
     "tại phường Long Xuyên.", "Đoàn công tác, Bộ Khoa học và Công nghệ"),
    # two kinds of work and two organs behind one team
    ("Ngày 2/10/2025, Đoàn giám sát, kiểm tra của Ủy ban Thường vụ Quốc hội, Hội đồng Bầu cử quốc gia do ông Trần "
     "Quang Phương làm trưởng đoàn đã làm việc tại phường Long Xuyên.",
     "Đoàn giám sát, kiểm tra, Ủy ban Thường vụ Quốc hội, Hội đồng Bầu cử quốc gia"),
    # a steering committee keeps what it steers
    ("Ngày 2/10/2025, Đoàn công tác của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng do ông Lê Minh Trí làm "
     "trưởng đoàn đã làm việc tại phường Long Xuyên.",
     "Đoàn công tác, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
])
def test_a_national_team_is_named_with_its_organ(text: str, body: str) -> None:
    assert _record(text)["body"] == body


@pytest.mark.parametrize("text, body", [
    # the team written bare beside a deputy minister, or only later in the report: the ministry's team
    ("Ngày 2/10/2025, Thứ trưởng Bộ Y tế Trần Văn Thuấn cùng đoàn công tác đã kiểm tra tại Trạm Y tế phường Long "
     "Xuyên.", "Đoàn công tác, Bộ Y tế"),
    ("Ngày 2/10/2025, Thiếu tướng Lê Văn Tuyến, Thứ trưởng Bộ Công an, đã làm việc với Công an tỉnh An Giang. Tại "
     "phường Long Xuyên, đoàn công tác đánh giá cao công an phường.", "Đoàn công tác, Bộ Công an"),
    # look-alikes: a province's vice chair with a team, a minister beside the province's chair who leads
    ("Ngày 2/10/2025, Phó Chủ tịch UBND tỉnh An Giang Nguyễn Văn Tâm cùng đoàn công tác đã kiểm tra tại phường "
     "Long Xuyên.", "UBND tỉnh An Giang"),
    ("Ngày 2/10/2025, Chủ tịch UBND tỉnh An Giang Hồ Văn Mừng cùng Thứ trưởng Bộ Y tế Trần Văn Thuấn kiểm tra tại "
     "phường Long Xuyên.", "UBND tỉnh An Giang"),
])
def test_a_ministrys_team_without_its_organ_written_is_the_ministrys(text: str, body: str) -> None:
    assert _record(text)["body"] == body


@pytest.mark.parametrize("text", [
    # the visited unit's own chair chairs the session or welcomes the team: a host, and no head is named
    "Ngày 2/10/2025, Đoàn giám sát HĐND tỉnh An Giang làm việc với UBND phường Long Xuyên. Chủ trì buổi làm việc có "
    "ông Nguyễn Văn Tâm, Chủ tịch UBND phường.",
    "Ngày 2/10/2025, Đoàn giám sát HĐND tỉnh An Giang làm việc tại phường Long Xuyên. Ông Nguyễn Văn Tâm, Phó Chủ "
    "tịch UBND phường chủ trì buổi làm việc với đoàn.",
])
def test_the_visited_units_chair_never_leads(text: str) -> None:
    assert _record(text).get("leader") is None
