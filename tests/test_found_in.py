"""The details pane's first line says where the search's words are ("found in: the response to recommendation 1")
when nothing at the top of the pane holds them: the "◂ search words here" mark beside the text is below the fold
at 80×24 on a long visit (docs/tryout-s35-product15.md, left open)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from store.query import Filter
from tests.factories import make_record
from tui.found_text import found_in, text_test
from tui.i18n import Translator
from tui.widgets.details import describe

ANSWERED = make_record(recommendations=[
    {"text": "Bổ sung máy quét hồ sơ.", "responses": [{"date": "2025-11-20", "text": "Bộ đã có văn bản hướng dẫn."}]},
    {"text": "Ban hành hướng dẫn lưu trữ hồ sơ."}])


def _where(record: dict, typed: str, lang: str) -> str | None:
    return found_in(record, text_test(Filter.parse(typed)), Translator(lang))


@pytest.mark.parametrize(("typed", "lang", "said"), [
    ('"van ban"', "en", "found in: the response to recommendation 1"),
    ('"van ban"', "vi", "có từ đang tìm ở: phản hồi kiến nghị 1"),
    ('"hướng dẫn"', "en", "found in: the response to recommendation 1, recommendation 2"),  # a response, an item
    ('"trả kết quả"', "vi", "có từ đang tìm ở: chỉ đạo 1"),
    ('"tỷ lệ đúng hạn"', "en", "found in: figures"),
    ('"tỷ lệ đúng hạn"', "vi", "có từ đang tìm ở: số liệu"),
])
def test_where_the_words_are_is_said_when_the_top_of_the_pane_lacks_them(typed: str, lang: str, said: str) -> None:
    assert _where(ANSWERED, typed, lang) == said


@pytest.mark.parametrize("typed", [
    '"tân định"',  # the body and the place, at the top
    '"trần thị thử"',  # the leader, and the direction's by
    '"hồ sơ trực tuyến"',  # the summary
    "nam:2025",  # no free text
    '"không có ở đâu"',  # nowhere (a visit listed for another clause)
    "đã",  # too short to mark
])
def test_nothing_is_said_when_the_top_holds_the_words_or_there_is_no_word(typed: str) -> None:
    assert _where(ANSWERED, typed, "en") is None


def test_more_than_three_places_end_in_an_ellipsis() -> None:
    record = make_record(recommendations=[{"text": f"Việc số {n}: sửa máy quét."} for n in range(1, 6)])
    assert _where(record, '"may quet"', "en") == "found in: recommendation 1, recommendation 2, recommendation 3, …"


@pytest.mark.parametrize(("lang", "said"), [("en", "▾ found in: the response to recommendation 1"),
                                            ("vi", "▾ có từ đang tìm ở: phản hồi kiến nghị 1")])
def test_the_line_is_the_first_of_the_pane(lang: str, said: str) -> None:
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(
        describe(ANSWERED, Translator(lang), found=text_test(Filter.parse('"van ban"'))))
    assert out.getvalue().splitlines()[0] == said
    out = io.StringIO()
    Console(file=out, width=100, color_system=None).print(describe(ANSWERED, Translator(lang)))
    assert "▾" not in out.getvalue()
