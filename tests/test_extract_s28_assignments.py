"""A class of session 28, f55: a document that assigns teams or government members to the provinces in general
(`visit_assignments.teams_assigned`, read in `visit_kind`'s evidence branch, reason `nonvisit.remits`).

The Prime Minister's decisions and the Government Office's letters share out who will check where ("phân công các
thành viên Chính phủ ... làm việc với các địa phương", "phân công các Tổ công tác kiểm tra ... tại một số bộ, cơ quan
và địa phương", "giao 5 Tổ công tác tiếp tục kiểm tra ... tại các bộ ..."). A team named with a visit verb in such a
page ("Đoàn công tác làm việc tại các địa phương ...", a headline "Tổ công tác ... tiếp tục kiểm tra ...") made it
read as a visit. A visit report that cites such an assignment ("Thực hiện sự phân công của Thủ tướng ...", "Theo
phân công ..."), or has its day, its work told as done or a named unit worked with, stays a visit.

Written in our own words with invented people; real unit names.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.text import read_article
from store.extract.visit_assignments import teams_assigned


def _code(text: str) -> str | None:
    non_visit = extract_article(text).non_visit
    return getattr(non_visit, "code", None) if non_visit else None


_ASSIGNMENTS = [
    # members assigned to "các địa phương", their team's make-up told after
    "Theo quyết định mới, Thủ tướng phân công các thành viên Chính phủ trực tiếp làm việc với các địa phương về tiến "
    "độ các dự án trọng điểm.\n\n"
    "Đoàn công tác làm việc tại các địa phương do thành viên Chính phủ chủ trì tự chọn thành phần.",
    # a letter sharing task forces out "tại một số bộ, cơ quan và địa phương", under a "tiếp tục kiểm tra" headline
    "Tổ công tác tiếp tục kiểm tra những nơi chậm giải ngân\n\n"
    "Văn phòng Chính phủ vừa có văn bản phân công các Tổ công tác kiểm tra, đôn đốc giải ngân năm 2023 tại một số "
    "bộ, cơ quan và địa phương.\n\n"
    "Danh sách gồm 25 bộ, cơ quan và 17 địa phương.",
    # a count of teams given the ministries and provinces below the average
    "Các Tổ công tác tiếp tục kiểm tra địa phương chậm giải ngân\n\n"
    "Phó Thủ tướng giao 4 Tổ công tác tiếp tục kiểm tra, tháo gỡ vướng mắc tại các bộ, ngành và địa phương có tỷ "
    "lệ giải ngân thấp.",
    # a ministry's teams sent to "các tỉnh, thành phố"
    "Bộ Nội vụ phân công các đoàn kiểm tra làm việc tại các tỉnh, thành phố\n\n"
    "Lãnh đạo Bộ phân công 3 đoàn kiểm tra khảo sát việc vận hành chính quyền địa phương hai cấp tại các tỉnh, "
    "thành phố phía Bắc.\n\n"
    "Đoàn kiểm tra làm việc tại các tỉnh gồm đại diện các vụ, cục chuyên môn.",
]


@pytest.mark.parametrize("text", _ASSIGNMENTS)
def test_an_assignment_of_teams_to_places_in_general_is_no_visit(text: str) -> None:
    assert teams_assigned(read_article(text))
    assert _code(text) == "nonvisit.remits"


_VISITS = [
    # the assignment cited as what the visit carries out, then a day, a minister and a province
    "Thực hiện sự phân công của Thủ tướng về việc các thành viên Chính phủ làm việc với các địa phương, sáng 9/4/2025, "
    "Bộ trưởng Bộ Tư pháp Đỗ Minh Khang cùng đoàn công tác đã làm việc với UBND tỉnh Lạng Sơn về công tác kiểm soát "
    "thủ tục hành chính.",
    # "Theo phân công", a day, a deputy prime minister's check at a named province and its departments
    "Theo phân công của Thủ tướng, sáng 3/10/2024, Phó Thủ tướng Vũ Thanh Bình cùng đoàn công tác đã kiểm tra tình "
    "hình giải ngân tại tỉnh Nghệ An và làm việc với các sở, ngành của tỉnh.",
    # an assignment made, then the team's work at a named province told as done the same day
    "Sáng 6/5/2025, Bộ Nội vụ phân công 2 đoàn kiểm tra làm việc với các địa phương phía Nam; ngay trong ngày, đoàn "
    "số 1 do Thứ trưởng Lâm Quốc Tuấn dẫn đầu đã làm việc với UBND tỉnh Tây Ninh.",
]


@pytest.mark.parametrize("text", _VISITS)
def test_a_visit_under_an_assignment_stays_a_visit(text: str) -> None:
    assert not teams_assigned(read_article(text))
    assert _code(text) is None


@pytest.mark.parametrize("text", [
    # "giao" with a team but the work's place named ("tại tỉnh Hà Tĩnh"): no share of places in general
    "Thủ tướng giao Tổ công tác kiểm tra tiến độ dự án tại tỉnh Hà Tĩnh.",
    # an assignment of tasks to provinces, no team or member given work
    "Thủ tướng giao các địa phương đẩy nhanh giải ngân vốn đầu tư công.",
])
def test_no_assignment_of_teams_to_places_in_general(text: str) -> None:
    assert not teams_assigned(read_article(text))
