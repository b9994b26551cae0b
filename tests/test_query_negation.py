"""A negation typed into a filter is refused in the reader's language, not searched as a word (session 32).

`not overdue` found the late visits whose text holds "not" and `không quá hạn` the visits holding the three words;
neither said that the filter has no negation. Each case here was parsed on 8eeb07e1 without a word; the look-alikes
(the same words as text: quoted, or before plain words) parse as they did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.query import Clause, Filter, QueryError
from tui.i18n import Translator
from tui.i18n_errors import explain

REFUSED = [
    ("not overdue", "not"),
    ("NOT quahan", "NOT"),
    ("status:open not overdue", "not"),  # "an open item and no late one", decided but not built
    ("not (status:open overdue)", "not"),
    ("not dịch", "not"),  # before plain words too: no Vietnamese report holds the English word
    ("không quá hạn", "không"),
    ("Không quahan", "Không"),
    ("khong quahan", "khong"),
    ("chưa quá hạn", "chưa"),
    ("không trangthai:done", "không"),
    ("không trangthai=done", "không"),
    ('nam:2025 chưa trangthai:"đã giải quyết"', "chưa"),
    ("trừ tinh:x", "trừ"),
    ("ko quahan", "ko"),
    ("without status:done", "without"),
    ("except overdue", "except"),
    ("không (trangthai:done)", "không"),
    ("-overdue", "-overdue"),
    ("-quahan", "-quahan"),
    ("-status:done", "-status:done"),
    ("!trangthai:done", "!trangthai:done"),
    ("-(status:done overdue)", "-(status:done"),
    ("khong tinh:", "khong"),  # the negation is said first, before the value it lacks
]

KEPT = [
    ("không dùng tiền mặt", ["không", "dùng", "tiền", "mặt"]),  # a cashless-payment report speaks so
    ('không "giấy tờ"', ["không", "giấy tờ"]),  # a quoted phrase is text, whatever comes before it
    ('"not" overdue', ["not"]),  # the word itself, quoted
    ('"không" quahan', ["không"]),
    ("chưa có", ["chưa", "có"]),
    ("không", ["không"]),  # alone, or last: nothing is negated
    ("nothing notice", ["nothing", "notice"]),  # words beginning as "not"
    ("-5%", ["-5%"]),
    ("chính-phủ", ["chính-phủ"]),
    ("không quá", ["không", "quá"]),
    ("không hạn", ["không", "hạn"]),
]


@pytest.mark.parametrize(("text", "word"), REFUSED)
def test_a_negation_is_refused_naming_the_word(text: str, word: str) -> None:
    with pytest.raises(QueryError) as refused:
        Filter.parse(text)
    message = str(refused.value)
    assert message.startswith(f"{word}: the filter has no negation"), message
    assert f'"{word}" in quotes' in message


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_the_same_words_as_text_are_searched_as_before(text: str, words: list[str]) -> None:
    query = Filter.parse(text)
    assert query.values("text") == words
    assert not query.fields() - {"text", "overdue"}


def test_the_overdue_clause_stays_after_a_quoted_word() -> None:
    assert Filter.parse('"not" overdue').clauses == (Clause("text", "not"), Clause("overdue", ""))


@pytest.mark.parametrize(("lang", "said"), [
    ("vi", "không: bộ lọc không có phép phủ định; nó tìm chuyến khớp từng trường đã nêu"),
    ("en", "không: the filter has no negation; it finds visits that match each field named"),
])
def test_the_refusal_is_said_in_the_readers_language(lang: str, said: str) -> None:
    with pytest.raises(QueryError) as refused:
        Filter.parse("không quá hạn")
    explained = explain(str(refused.value), Translator(lang))
    assert explained.startswith(said), explained
    assert '"không"' in explained


@pytest.mark.parametrize("word", ["not", "NOT", "không", "chưa", "-overdue", "!trangthai:done", "không quá hạn"])
def test_a_text_clause_holding_such_a_word_reads_back_as_itself(word: str) -> None:
    """`/` in the browser and `--search` make a text clause without the parser; shown back bare, `not` would be
    refused when the filter bar's text is read again (or `--search not` refused outright): it is shown quoted."""
    query = Filter((Clause("text", word), Clause("overdue", "")))
    for lang in ("vi", "en"):
        assert Filter.parse(query.render(lang)) == query


def test_search_option_takes_the_word_not(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.json"
    assert main(["init", str(path), "--sample"]) == 0
    capsys.readouterr()
    assert main(["--db", str(path), "list", "--search", "not", "--format", "jsonl"]) == 0  # found nothing, no refusal
    assert "negation" not in capsys.readouterr().err
