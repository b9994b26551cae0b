"""A negation typed into a filter is read of the follow-up clauses, refused of any other (sessions 32, 33).

`not overdue` found the late visits whose text holds "not" and `không quá hạn` the visits holding the three words;
neither said anything (8eeb07e1). Session 32 refused every negation; session 33 reads a negated follow-up clause as
a `not` clause (no item that is …, `store.negation`): each case of `READ` was refused on 9688935c. A negation of a
visit's field or of free text stays refused, saying what can be negated; the look-alikes (the same words as text:
quoted, or before plain words) parse as they did.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.query import Clause, Filter, QueryError
from tui.i18n import Translator
from tui.i18n_errors import explain

READ = [  # typed → the `not` clause (the clauses negated, in English) and what else the filter holds
    ("not overdue", "not overdue"),
    ("NOT quahan", "not overdue"),
    ("status:open not overdue", "status:open not overdue"),  # an open item and no late one
    ("not (status:open overdue)", "not (status:open overdue)"),  # no item both
    ("không quá hạn", "not overdue"),
    ("Không quahan", "not overdue"),
    ("khong quahan", "not overdue"),
    ("chưa quá hạn", "not overdue"),
    ("không trangthai:done", "not status:done"),
    ('nam:2025 chưa trangthai:"đã giải quyết"', 'year:2025 not status:"đã giải quyết"'),
    ("ko quahan", "not overdue"),
    ("without status:done", "not status:done"),
    ("except overdue", "not overdue"),
    ("không (trangthai:done)", "not status:done"),
    ("-overdue", "not overdue"),
    ("-quahan", "not overdue"),
    ("-status:done", "not status:done"),
    ("!trangthai:done", "not status:done"),
    ("-(status:done overdue)", "not (status:done overdue)"),
    ("not (status:open quá hạn", "not (status:open overdue)"),  # a group typed so far: open to the end
    ('không (trangthai:open trangthai:"đang giải quyết" quá hạn) xa:abc',
     'not (status:open status:"đang giải quyết" overdue) ward:abc'),
    ("-quahan nam:2025", "not overdue year:2025"),
]

REFUSED = [  # a visit's field, free text, nothing, or a negation negated
    ("not dịch", "not"),  # before plain words too: no Vietnamese report holds the English word
    ("trừ tinh:x", "trừ"),
    ("khong tinh:", "khong"),  # the negation is said first, before the value it lacks
    ("-nam:2025", "-nam:2025"),
    ("không (trangthai:open tinh:x)", "không"),
    ("not", "not"),
    ("status:open not", "not"),
    ("not (not overdue)", "not"),
    ("không (\"quá hạn\")", "không"),  # quoted: the words, which are no follow-up clause
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


@pytest.mark.parametrize(("text", "read"), READ)
def test_a_negated_follow_up_clause_is_read(text: str, read: str) -> None:
    query = Filter.parse(text)
    assert query.render() == read
    assert "text" not in query.fields() and "not" in query.fields()
    for lang in ("vi", "en"):  # shown back in either language, it reads back as itself
        assert Filter.parse(query.render(lang)) == query


def test_the_negations_of_one_clause_are_one_clause() -> None:
    said = {Filter.parse(text) for text in ("not overdue", "không quá hạn", "-quahan", "!overdue", "trừ quahan")}
    assert said == {Filter((Clause("not", "overdue"),))}
    assert Filter.parse("không quahan").render("vi") == "không quahan"


@pytest.mark.parametrize(("text", "words"), [
    ("quá hạn", []),  # the words unquoted: the overdue clause, as `quahan` and `overdue`
    ("Quá Hạn", []),
    ("status:open quá hạn", []),
    ("quá hạn máy quét", ["máy", "quét"]),
])
def test_qua_han_as_two_words_is_the_overdue_clause(text: str, words: list[str]) -> None:
    query = Filter.parse(text)
    assert "overdue" in query.fields() and query.values("text") == words


@pytest.mark.parametrize(("text", "words"), [('"quá hạn"', ["quá hạn"]), ('"quá" hạn', ["quá", "hạn"]),
                                             ("quá", ["quá"]), ("hạn quá", ["hạn", "quá"])])
def test_qua_han_quoted_or_apart_stays_text(text: str, words: list[str]) -> None:
    query = Filter.parse(text)
    assert query.values("text") == words and "overdue" not in query.fields()
    assert Filter.parse(query.render("vi")) == query  # "quá" shown quoted: before "hạn" it would be the clause


@pytest.mark.parametrize(("text", "word"), REFUSED)
def test_a_negation_of_anything_else_is_refused_naming_the_word(text: str, word: str) -> None:
    with pytest.raises(QueryError) as refused:
        Filter.parse(text)
    message = str(refused.value)
    assert message.startswith(f"{word}: only the follow-up clauses can be negated"), message
    assert f'"{word}" in quotes' in message


def test_a_negated_status_that_is_none_says_so() -> None:
    with pytest.raises(QueryError, match="'xyz' is not a follow-up status"):
        Filter.parse("not status:xyz")


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_the_same_words_as_text_are_searched_as_before(text: str, words: list[str]) -> None:
    query = Filter.parse(text)
    assert query.values("text") == words
    assert not query.fields() - {"text", "overdue"}


def test_the_overdue_clause_stays_after_a_quoted_word() -> None:
    assert Filter.parse('"not" overdue').clauses == (Clause("text", "not"), Clause("overdue", ""))


@pytest.mark.parametrize(("lang", "said"), [
    ("vi", "không: chỉ phủ định được điều kiện theo dõi (không quahan, không trangthai:done"),
    ("en", "không: only the follow-up clauses can be negated (not overdue, not status:done"),
])
def test_the_refusal_is_said_in_the_readers_language(lang: str, said: str) -> None:
    with pytest.raises(QueryError) as refused:
        Filter.parse("không tinh:x")
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
