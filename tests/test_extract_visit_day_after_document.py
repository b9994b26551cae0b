"""A visit's day right after a cited document's clause: "Thực hiện Quy định số …, ngày 24/5 đồng chí X … đã đi cơ sở".

With no comma after the day, the clause that follows it is still the visit's own when it opens on its subject
("đồng chí|ông|bà X") and carries its verb; a document's day is followed by its issuer ("ngày 3/4 của …") or by the
next clause after a comma (issue #12, fresh59 v01).
"""

from __future__ import annotations

import pytest

from store.extract.day_cues import clause_day

_BEFORE = "Thực hiện Quy định số 14-QĐ/TU của Tỉnh ủy, ngày "


@pytest.mark.parametrize("after", [
    " đồng chí Lê Văn Hà, Phó Bí thư Tỉnh ủy, đã đi cơ sở tại xã A.",
    " ông Trần Minh Khoa, Chủ tịch HĐND tỉnh, làm việc với UBND xã B.",
    " bà Ngô Thị Lan Ủy viên Ban Thường vụ đã đến xã C.",
])
def test_the_visit_clause_after_the_day_owns_it(after: str) -> None:
    assert clause_day(_BEFORE, after)


@pytest.mark.parametrize(("before", "after"), [
    (_BEFORE, " của Ban Thường vụ Tỉnh ủy về việc đi cơ sở."),  # the document's issuer
    ("Theo Kế hoạch số 12/KH-UBND, ngày ", " ông Trần Minh Khoa làm việc."),  # number glued to its day
    (_BEFORE, " đồng chí Lê Văn Hà được phân công phụ trách xã A."),  # no visit verb
    (_BEFORE, " ông bà trong xã."),  # no name after the title word
])
def test_look_alikes_stay_the_documents(before: str, after: str) -> None:
    assert not clause_day(before, after)
