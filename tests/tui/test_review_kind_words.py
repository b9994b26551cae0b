"""The review screen names a visit's kind in the reader's words: its list had offered "giám sát", "khảo sát",
"kiểm tra", "làm việc" to an English reader, where the details pane says "giám sát (oversight)"."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from store.extract import extract_article
from tests.test_review_screen import reviewing

ARTICLE = """Giám sát chuyển đổi số tại xã Lệ Thủy

Sáng 3/11/2025, Đoàn giám sát HĐND tỉnh Quảng Trị do ông Nguyễn Hữu Tâm, Ủy viên Thường trực HĐND tỉnh, làm
trưởng đoàn đã giám sát việc thực hiện chuyển đổi số tại xã Lệ Thủy.
"""


@pytest.mark.parametrize(("lang", "said"), [
    ("en", ["giám sát (oversight)", "khảo sát (survey)", "kiểm tra (inspection)", "làm việc (working visit)"]),
    ("vi", ["giám sát", "khảo sát", "kiểm tra", "làm việc"]),
])
async def test_the_kinds_are_offered_in_the_readers_words(lang: str, said: list[str]) -> None:
    draft = extract_article(ARTICLE, source_name="le-thuy.txt")
    async with reviewing(draft, lang) as (app, _):
        kind = app.screen.query_one("#review-kind", Select)
        assert kind.value == "giám sát"  # the stored value stays the article's word
        assert [str(label) for label, _ in kind._options] == said
