"""Issue 12, session 23 (s23/fresh32), sentences written for the tests: three look-alikes whose opening has a body
and a visit verb and still tells no visit made (`visit_unmade`): oversight told only as to come (the lead's "sẽ tổ
chức làm việc", the visit sentence's own "sẽ"), two localities' bodies meeting to cooperate ("nhằm tăng cường hợp
tác", never a cooperative, "Hợp tác xã"), an official's advice on how to oversee ("cần", "nên"). A day or work told as
done keeps a visit a visit."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_unmade import advice_only, cooperation_meeting, only_to_come
from store.reasons import Reason

TODAY = date(2026, 12, 1)


def _code(text: str) -> str | None:
    draft = extract_article(text, today=TODAY)
    return draft.non_visit.code if isinstance(draft.non_visit, Reason) else None


PLAN = ("Giám sát việc sắp xếp trụ sở ở Phú Thọ\n\nTheo Đoàn đại biểu Quốc hội tỉnh Phú Thọ, trong tháng 9/2025, Đoàn "
        "sẽ tổ chức làm việc với Sở Tài chính và UBND một số xã về việc xử lý trụ sở dôi dư.\n\nTrên cơ sở giám sát, "
        "Đoàn đại biểu Quốc hội tỉnh sẽ kiến nghị các giải pháp.")


def test_oversight_told_only_as_to_come_is_a_plan() -> None:
    assert _code(PLAN) == "nonvisit.to_come"
    article = read_article(PLAN)
    assert only_to_come(article, "Trên cơ sở giám sát, Đoàn đại biểu Quốc hội tỉnh sẽ kiến nghị các giải pháp.")


@pytest.mark.parametrize("later", [
    "Sáng 12/9/2025, Đoàn đã làm việc với UBND xã Thanh Sơn.",
    "Qua giám sát, Đoàn đánh giá cao việc sắp xếp trụ sở.",
])
def test_a_plan_then_work_done_is_a_visit(later: str) -> None:
    article = read_article(PLAN + "\n\n" + later)
    assert not only_to_come(article, "Trên cơ sở giám sát, Đoàn đại biểu Quốc hội tỉnh sẽ kiến nghị các giải pháp.")


def test_a_visit_sentence_with_nothing_to_come_is_not_a_plan() -> None:
    article = read_article(PLAN)
    assert not only_to_come(article, "Đoàn đại biểu Quốc hội tỉnh làm việc với UBND xã Thanh Sơn.")


@pytest.mark.parametrize("text, expected", [
    ("Chiều 5/6/2025, Ban Thường vụ Tỉnh ủy Lạng Sơn đã làm việc với đoàn công tác của Tỉnh ủy Cao Bằng.\n\n"
     "Buổi làm việc nhằm tăng cường hợp tác giữa hai tỉnh trong thương mại biên giới.", True),
    ("Ngày 2/4/2025, Thành ủy Hải Phòng và Tỉnh ủy Quảng Ninh đã làm việc và ký kết chương trình hợp tác "
     "giai đoạn 2025 - 2030.", True),
    ("Chiều 3/7/2025, Ban Kinh tế - Ngân sách HĐND tỉnh Quảng Ninh đã làm việc với Hợp tác xã nông nghiệp "
     "Đông Hải tại xã Tiên Yên về việc hỗ trợ hợp tác xã.", False),
    ("Chiều 23/9/2025, Ban Văn hóa - Xã hội HĐND tỉnh Ninh Bình đã khảo sát chương trình hợp tác đào tạo nghề "
     "tại phường Tam Điệp.", False),
])
def test_a_meeting_to_cooperate_without_oversight(text: str, expected: bool) -> None:
    assert cooperation_meeting(read_article(text)) is expected


def test_two_boards_meeting_to_cooperate_is_no_visit() -> None:
    assert _code("Chiều 5/6/2025, Ban Thường vụ Tỉnh ủy Lạng Sơn đã làm việc với đoàn công tác của Tỉnh ủy Cao "
                 "Bằng.\n\nBuổi làm việc nhằm tăng cường hợp tác giữa hai tỉnh trong thương mại biên giới.") == \
        "nonvisit.cooperation"


ADVICE = ("Giám sát sát với cử tri\n\nTheo Trưởng Ban Pháp chế HĐND huyện Bảo Yên, Lào Cai, bà Hoàng Thị Lan, để "
          "việc theo dõi kiến nghị thực chất hơn, các tổ đại biểu cần trực tiếp làm việc với thôn, bản nơi cử tri có "
          "ý kiến.")


def test_an_officials_advice_is_no_visit() -> None:
    assert _code(ADVICE) == "nonvisit.advice"


@pytest.mark.parametrize("evidence, expected", [
    ("các tổ đại biểu cần trực tiếp làm việc với thôn, bản nơi cử tri có ý kiến.", True),
    ("Đoàn làm việc với UBND xã Bảo Yên, đề nghị xã cần kiểm tra các bếp ăn.", False),
    ("Đoàn đại biểu Quốc hội tỉnh làm việc với UBND xã Bảo Yên.", False),
    ("mỗi đợt giám sát của tổ cần bám sát kiến nghị; tổ nên khảo sát tại thôn trước khi làm việc với xã.", True),
])
def test_advice_is_the_verb_of_what_should_be_done(evidence: str, expected: bool) -> None:
    assert advice_only(read_article(ADVICE), evidence) is expected


def test_a_dated_visit_then_advice_is_a_visit() -> None:
    assert _code("Giám sát bán trú\n\nSáng 20/10/2025, Đoàn giám sát của HĐND xã Bảo Yên do bà Hoàng Thị Lan, Phó "
                 "Chủ tịch HĐND xã, làm trưởng đoàn đã làm việc với Trường Tiểu học Phố Ràng.\n\nTheo bà Hoàng Thị "
                 "Lan, nhà trường cần thường xuyên kiểm tra bếp ăn.") is None
