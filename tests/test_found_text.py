"""The details pane's "found here" marks (`tui.found_text`, `tui.widgets.detail_lists`): which item texts and
responses hold a free-text word of the filter, folded and in any spelling, as the search found them."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from store.query import Filter
from tests.factories import make_record
from tui.found_text import text_test
from tui.i18n import Translator
from tui.widgets.details import describe


@pytest.mark.parametrize(("typed", "text", "holds"), [
    ('"Bộ đã có văn bản"', "Bộ đã có văn bản hướng dẫn.", True),
    ("van ban", "BỘ ĐÃ CÓ VĂN BẢN", True),  # unquoted: each word is a term of its own
    ('"hòa bình"', "UBND xã Hoà Bình đã trả lời", True),  # the tone on the o or on the a
    ('"dong y"', "Sở đã đồng ý", True),  # đ typed as d
    ("TTHC", "Đã rút ngắn thủ tục hành chính", True),  # a spelling of the abbreviation
    ('"văn bản hướng dẫn"', "Đang chờ ý kiến của tỉnh.", False),
    ("nam:2025 tinh:hue", "Bộ đã có văn bản hướng dẫn.", False),  # no free text: nothing to mark
])
def test_a_text_holds_a_term_as_the_search_reads_it(typed: str, text: str, holds: bool) -> None:
    found = text_test(Filter.parse(typed))
    assert (found is not None and found(text)) == holds


def test_terms_too_short_to_tell_mark_nothing() -> None:
    assert text_test(Filter.parse("a")) is None
    assert text_test(Filter.parse("đã")) is None  # "da": nearly every text holds it
    assert text_test(Filter()) is None


def _pane(record: dict, typed: str, lang: str) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=200, color_system=None).print(
        describe(record, Translator(lang), found=text_test(Filter.parse(typed))))
    return out.getvalue().splitlines()


@pytest.mark.parametrize(("lang", "mark"), [("vi", "◂ có từ đang tìm"), ("en", "◂ search words here")])
def test_the_response_holding_the_words_is_marked_and_no_other_line(lang: str, mark: str) -> None:
    record = make_record(recommendations=[
        {"text": "Ban hành hướng dẫn lưu trữ hồ sơ.", "status": "in progress",
         "responses": [{"date": "2025-11-01", "text": "Đang chờ ý kiến của tỉnh."},
                       {"date": "2025-11-20", "text": "Bộ đã có văn bản hướng dẫn."}]}])
    marked = [line for line in _pane(record, '"van ban huong dan"', lang) if mark in line]
    assert len(marked) == 1 and "Bộ đã có văn bản hướng dẫn." in marked[0], marked
    both = [line for line in _pane(record, '"hướng dẫn"', lang) if mark in line]  # the item's text holds it too
    assert len(both) == 2 and "Ban hành hướng dẫn" in both[0], both
    assert not [line for line in _pane(record, "nam:2025", lang) if mark in line]
