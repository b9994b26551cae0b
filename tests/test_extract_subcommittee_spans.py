"""Session 30 (f63): a subcommittee's head named by its task in lower case leads the team (`office_names.
subcommittee_after`), and a size given as a span is no count (`figure_context.number_is_context`)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.office_names import subcommittee_after


def _leader(text: str) -> str | None:
    leader = extract_article(text).record.get("leader")
    return leader["name"] if leader else None


def _values(text: str) -> list[float]:
    return [f["value"] for f in extract_article(text).record.get("figures", [])]


@pytest.mark.parametrize(("title", "rest", "skipped"), [
    ("Trưởng Tiểu ban", " thông tin thuộc Ủy ban bầu cử tỉnh làm Trưởng đoàn đã",
     " thông tin thuộc Ủy ban bầu cử tỉnh"),
    ("Trưởng Tiểu Ban", " văn kiện dẫn đầu đoàn", " văn kiện"),
    ("Trưởng Tiểu ban chuyển", " đổi số thuộc Ban Chỉ đạo tỉnh chủ trì buổi", " đổi số thuộc Ban Chỉ đạo tỉnh"),
])
def test_a_subcommittees_task_and_parent_body_are_skipped_before_the_heads_verb(title: str, rest: str,
                                                                             skipped: str) -> None:
    assert rest[:subcommittee_after(title, rest)] == skipped


@pytest.mark.parametrize(("title", "rest"), [
    ("Trưởng Tiểu ban", " nhân sự cho biết xã đã hoàn thành"),  # no head's verb: a speaker, nothing skipped
    ("Trưởng Tiểu ban", ", Phó Chủ tịch UBND tỉnh làm Trưởng đoàn"),  # a comma ends the title
    ("Trưởng Tiểu ban An ninh", " làm Trưởng đoàn"),  # a capitalised task is whole already
    ("Trưởng Ban Dân vận Tỉnh ủy", " làm Trưởng đoàn"),  # no subcommittee
    ("Trưởng Tiểu ban", " " + "việc " * 20 + "làm Trưởng đoàn"),  # too long a run for a task's name
])
def test_nothing_is_skipped_without_a_subcommittee_task_before_a_heads_verb(title: str, rest: str) -> None:
    assert subcommittee_after(title, rest) == 0


@pytest.mark.parametrize(("text", "leader"), [
    ("Chiều 13/2/2026, đoàn kiểm tra do Phó Chủ tịch HĐND tỉnh Võ Thị Mai, Trưởng Tiểu ban tuyên truyền thuộc Ủy ban "
     "bầu cử tỉnh làm Trưởng đoàn đã kiểm tra công tác bầu cử tại xã Giồng Riềng, tỉnh An Giang.", "Võ Thị Mai"),
    ("Ngày 3/3/2026, đoàn công tác do Phó Chủ tịch UBND tỉnh Lê Văn Tâm, Trưởng Tiểu ban hậu cần dẫn đầu đã kiểm tra "
     "các điểm bỏ phiếu tại phường Vị Thanh, thành phố Cần Thơ.", "Lê Văn Tâm"),
])
def test_the_subcommittee_head_leads(text: str, leader: str) -> None:
    assert _leader(text) == leader


def test_look_alike_a_subcommittee_head_who_only_speaks_is_no_leader() -> None:
    text = ("Ngày 3/3/2026, Ủy ban bầu cử xã Giồng Riềng, tỉnh An Giang họp rà soát công tác bầu cử. "
            "Bà Võ Thị Mai, Trưởng Tiểu ban tuyên truyền cho biết xã đã treo 120 băng rôn.")
    assert _leader(text) != "Võ Thị Mai"


LEAD = ("Ngày 2/3/2026, Đoàn giám sát do ông Huỳnh Văn Sơn, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát "
        "công tác chuẩn bị bầu cử tại xã Châu Thành, tỉnh Tây Ninh. ")


@pytest.mark.parametrize(("sentence", "gone"), [
    ("Xã đã lập 12 tổ bầu cử, mỗi tổ từ 11 đến 21 thành viên.", 21),
    ("Mỗi khu vực bỏ phiếu phục vụ từ 1.500 đến 2.000 cử tri.", 2000),
    ("Mỗi ngày bộ phận một cửa tiếp nhận từ 40 - 60 hồ sơ.", 60),
    ("Mỗi tổ có từ 9 tới 17 thành viên.", 17),
])
def test_a_sizes_span_is_no_count(sentence: str, gone: float) -> None:
    assert gone not in _values(LEAD + sentence)


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Số hồ sơ trực tuyến tăng từ 120 lên 340 hồ sơ.", 340),  # a change keeps its result
    ("Từ ngày 1/7 đến nay, xã đã giải quyết 4.830 hồ sơ.", 4830),  # a date span before a count
    ("Xã đã lập 12 tổ bầu cử với 460 thành viên.", 460),
    ("Xã có 21 tổ bầu cử, từ đó bố trí 60 thành viên trực.", 60),  # "từ đó": no span
])
def test_look_alikes_counts_near_from_and_to_stay(sentence: str, kept: float) -> None:
    assert kept in _values(LEAD + sentence)
