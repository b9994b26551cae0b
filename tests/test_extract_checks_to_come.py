"""Checks told only as to come, and a team's mandate read as its visit (session 38, fresh82's n04 and n09).

`visit_unmade.only_to_come` now reads the manner of the checks between "sẽ" and the visit verb in one clause, and
`visit_unmade.mandate_only` takes a team's mandate ("Đoàn có quyền ...", "được quyền làm việc với ...") under a
headline or lead of checks to come as no visit. A day, or work told as done, keeps the visit.
"""

from __future__ import annotations

import pytest

from store.extract.text import read_article
from store.extract.visit_evidence import visit_evidence
from store.extract.visit_kind import non_visit_reason
from store.extract.visit_unmade import mandate_only


def _code(text: str) -> str | None:
    found = non_visit_reason(read_article(text))
    return found.code if found is not None else None


@pytest.mark.parametrize("text", [
    "Cán bộ sẽ đóng vai người dân\n\nTừ tháng 9, các tổ kiểm tra của Sở Nội vụ tỉnh Thanh Hóa sẽ đóng vai người đi "
    "nộp hồ sơ kiểm tra bất ngờ bộ phận một cửa các xã, phường.\n\nNơi nào gây khó dễ sẽ bị nêu tên.",
    "Huyện sẽ xuống cơ sở\n\nTrong quý IV, đoàn công tác của Thường trực HĐND huyện Yên Thành sẽ không báo trước mà "
    "về thẳng các xã giám sát việc tiếp dân.\n\nCán bộ vắng mặt sẽ bị xem xét.",
])
def test_checks_to_come_with_their_manner_are_no_visit(text: str) -> None:
    assert _code(text) == "nonvisit.to_come"


@pytest.mark.parametrize("text", [
    "Nghệ An sẽ kiểm tra công vụ đột xuất tại các sở, ngành\n\nCụ thể, đoàn kiểm tra việc chấp hành giờ giấc làm việc "
    "và thái độ phục vụ của công chức.\n\nTheo Quyết định của Chủ tịch UBND tỉnh, Đoàn có quyền kiến nghị với "
    "người đứng đầu các cơ quan, đơn vị xử lý công chức vi phạm mà đoàn phát hiện khi kiểm tra.",
    "Hà Tĩnh sẽ giám sát thủ tục đất đai\n\nTheo quyết định thành lập, tổ giám sát được quyền làm việc với UBND các "
    "xã, phường và yêu cầu cung cấp hồ sơ đất đai đã tiếp nhận.",
])
def test_a_mandate_under_checks_to_come_is_no_visit(text: str) -> None:
    article = read_article(text)
    evidence = visit_evidence(article)
    assert evidence is not None and mandate_only(article, evidence)  # read as a visit, then seen to be a mandate
    assert _code(text) is not None


@pytest.mark.parametrize("text", [
    # the same manner on its day, told done
    "Tổ kiểm tra đóng vai người dân\n\nSáng 16/9/2026, tổ kiểm tra của Sở Nội vụ tỉnh Thanh Hóa đã đóng vai người đi "
    "nộp hồ sơ kiểm tra bất ngờ bộ phận một cửa phường Hạc Thành.",
    # the mandate first, then the check told done on its day
    "Đoàn sẽ kiến nghị xử lý công chức\n\nTheo quyết định của UBND tỉnh Hà Tĩnh, Đoàn kiểm tra công vụ có quyền kiến "
    "nghị xử lý công chức.\n\nChiều 5/10/2026, đoàn đã kiểm tra đột xuất bộ phận một cửa phường Thành Sen.",
    # "đã" between "sẽ" and the verb: the work is done, not to come
    "Huyện kiểm tra một cửa\n\nĐoàn công tác của UBND huyện Yên Thành đã làm việc với UBND xã Hùng Thành và sẽ tiếp "
    "tục kiểm tra các xã khác.",
])
def test_a_check_made_stays_a_visit(text: str) -> None:
    assert _code(text) is None


def test_a_mandate_without_checks_to_come_is_left_to_the_other_rules() -> None:
    # no "sẽ" in the title or the lead: the mandate rule does not speak (whatever the other rules make of it)
    text = ("Đoàn giám sát làm việc tại xã Hùng Thành\n\nĐoàn giám sát của HĐND huyện Yên Thành có nhiệm vụ làm "
            "việc với UBND xã Hùng Thành về việc giải quyết hồ sơ đất đai.")
    article = read_article(text)
    evidence = visit_evidence(article)
    assert evidence is not None and not mandate_only(article, evidence)
