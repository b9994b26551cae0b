"""Classes seen reading the fields the score does not check (people's roles) over every real set; the texts are
written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_narrative import told_not_asked


def roles_of(text: str) -> dict[str, str]:
    return {p["name"]: p["role"] for p in extract_article(text).record.get("people", [])}


_OPENING = ("Sáng 6/10/2023, Ban Pháp chế HĐND huyện Lắk do ông Hồ Văn Nam, Trưởng Ban Pháp chế HĐND huyện, làm "
            "trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Buôn Triết. ")


# -- a verb right after an office, no comma between: no part of the office --------------------------------------------


@pytest.mark.parametrize("verb", ["thông qua báo cáo", "đại diện UBND xã báo cáo", "công bố quyết định",
                                  "trả lời ý kiến của đoàn", "dẫn đoàn đi thăm", "tặng 20 suất quà",
                                  "trao quà cho hộ nghèo", "đọc báo cáo"])
def test_a_verb_after_an_office_is_cut_off(verb: str) -> None:
    text = _OPENING + f"Bà Đặng Thị Hoa, Phó Chủ tịch UBND xã {verb} của xã."
    assert roles_of(text).get("Đặng Thị Hoa") == "Phó Chủ tịch UBND xã"


@pytest.mark.parametrize("office", ["Phó Giám đốc Sở Giao thông vận tải", "Phó Trưởng Ban Chỉ đạo Đề án 06 huyện",
                                    "Phó Chủ tịch Hội đồng nhân dân huyện"])
def test_offices_holding_look_alike_words_are_kept(office: str) -> None:
    text = _OPENING + f"Bà Đặng Thị Hoa, {office}, cho biết xã đã tiếp nhận 986 hồ sơ."
    assert roles_of(text).get("Đặng Thị Hoa") == office


# -- the delegation's body: the organ's name, never the clause after it -----------------------------------------------


def body_of(text: str) -> str:
    return str(extract_article(text).record["body"])


@pytest.mark.parametrize("verb", ["sẽ giám sát", "thống nhất giám sát", "được giao giám sát",
                                  "tiếp tục chương trình giám sát", "công bố quyết định và giám sát",
                                  "chú trọng giám sát"])
def test_a_verb_after_the_subject_organ_ends_the_body(verb: str) -> None:
    text = (f"Sáng 15/6/2023, Ban Pháp chế HĐND tỉnh Đắk Lắk {verb} việc cấp căn cước công dân tại xã Buôn Triết. "
            "Đoàn do ông Hồ Văn Nam, Trưởng Ban Pháp chế HĐND tỉnh, làm trưởng đoàn.")
    assert body_of(text) == "Ban Pháp chế HĐND tỉnh Đắk Lắk"


def test_a_joint_organ_without_with_and_an_abbreviation_given_twice() -> None:
    text = ("Sáng 15/6/2023, Hội đồng nhân dân (HĐND) huyện Lắk phối hợp Ủy ban MTTQ huyện Lắk giám sát việc cấp căn "
            "cước công dân tại xã Buôn Triết. Ông Hồ Văn Nam, Phó Chủ tịch HĐND huyện, làm trưởng đoàn.")
    assert body_of(text) == "HĐND huyện Lắk và Ủy ban MTTQ huyện Lắk"


def test_a_steering_committee_keeps_what_it_steers() -> None:
    text = ("Sáng 15/6/2023, Đoàn kiểm tra của Thường trực Ban Chỉ đạo thực hiện Đề án 06 tỉnh Đắk Lắk do ông Hồ Văn "
            "Nam, Phó Chủ tịch UBND tỉnh, làm trưởng đoàn đã kiểm tra tại xã Buôn Triết.")
    assert body_of(text) == "Đoàn kiểm tra, Thường trực Ban Chỉ đạo thực hiện Đề án 06 tỉnh Đắk Lắk"


def test_with_the_unions_keeps_them_and_a_have_ends_the_body() -> None:
    text = ("Sáng 15/6/2023, Ủy ban MTTQ xã Buôn Triết phối hợp với các đoàn thể giám sát việc chi trả trợ cấp tại xã "
            "Buôn Triết. Bà Nguyễn Thị Lan, Chủ tịch Ủy ban MTTQ xã, làm trưởng đoàn.")
    assert body_of(text) == "Ủy ban MTTQ xã Buôn Triết và các đoàn thể"
    text = ("Sáng 15/6/2023, Thường trực HĐND huyện Lắk có buổi giám sát việc chi trả trợ cấp tại xã Buôn Triết. Bà "
            "Nguyễn Thị Lan, Phó Chủ tịch HĐND huyện, làm trưởng đoàn. Thường trực HĐND huyện Lắk có thông báo kết "
            "luận sau đó.")
    assert body_of(text) == "Thường trực HĐND huyện Lắk"


def test_a_head_named_duoc_is_no_passive() -> None:
    text = ("Sáng 15/6/2023, Chủ tịch UBND tỉnh Đắk Lắk Nguyễn Văn Được đã kiểm tra việc giải quyết thủ tục hành chính "
            "tại xã Buôn Triết.")
    assert "Nguyễn Văn" not in body_of(text)


# -- offices whose names capitalise a word's first syllable only: the title is not cut inside the word -----------------


@pytest.mark.parametrize("office", ["Chánh Văn phòng Điều phối nông thôn mới tỉnh",
                                    "Phó Giám đốc Trung tâm Văn hóa Thể thao tỉnh",
                                    "Trưởng Ban Chỉ huy Phòng chống thiên tai tỉnh",
                                    "Uỷ viên thường trực Ủy ban Văn hóa, Giáo dục"])
def test_a_two_syllable_word_of_an_office_is_kept_whole(office: str) -> None:
    text = _OPENING + f"Cùng đi có bà Đặng Thị Hoa, {office}."
    assert roles_of(text).get("Đặng Thị Hoa") == office


# -- recommendations and directions that only tell the story ----------------------------------------------------------


@pytest.mark.parametrize("told", ["Tại buổi tiếp xúc.", "Trong năm 2025.",
                                  "Tại kỳ họp, các đại biểu đã nghe báo cáo của UBND xã.",
                                  "Qua đó, bà con bày tỏ sự phấn khởi.", "Qua báo cáo, năm 2024 xã đã hỗ trợ 30 hộ.",
                                  "Cho biết thời gian tới xã sẽ tiếp tục cải cách."])
def test_a_story_is_no_item(told: str) -> None:
    assert told_not_asked(told)


@pytest.mark.parametrize("asked", ["Trong các tháng còn lại tập trung hoàn thành chỉ tiêu.",
                                   "Tại buổi làm việc, đề nghị huyện rà soát các tiêu chí đã đạt.",
                                   "Trong thời gian tới tiếp tục phối hợp với các ban.",
                                   "Tại các xã vùng cao cần bố trí thêm giáo viên."])
def test_an_ask_opening_with_a_scene_is_kept(asked: str) -> None:
    assert not told_not_asked(asked)


def test_caption_report_and_appraisal_give_no_items() -> None:
    text = _OPENING + ("Cử tri xã Buôn Triết nêu kiến nghị tại buổi tiếp xúc. Lãnh đạo xã lắng nghe ý kiến phản ánh, "
                       "kiến nghị; đồng thời cho biết thời gian tới xã sẽ tiếp tục rà soát hồ sơ. Ông Hồ Văn Nam "
                       "đánh giá, xã hoàn thành tốt các nhiệm vụ được Huyện ủy giao trong năm 2023. Ông đề nghị xã "
                       "công khai lịch tiếp dân tại trụ sở.")
    record = extract_article(text).record
    items = [x["text"] for k in ("recommendations", "directions") for x in record.get(k, [])]
    assert items == ["Công khai lịch tiếp dân tại trụ sở."]
