"""The sentence each saved value was read from, and its article's name (session 34, `store.value_sources`).

`bounded` is checked against an oracle written apart from it (its own normalisation, the cut found by trying
every way the result could have been made); the rest on records written here, through the command line as a
researcher uses it: import an article, show the visit with `--sources`, export it, import the export elsewhere.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.main import main
from store import provenance, value_sources
from store.export import to_csv, to_json
from store.store import SurveyStore
from store.validation import validate
from tests.factories import make_record

ARTICLE = Path(__file__).parent / "articles" / "a03_ninh_kieu_cai_khe.txt"
E = value_sources.ELLIPSIS


def oracle_normal(text: str) -> str:
    """Controls (category Cc) and the two Unicode line separators as spaces, then one space between words."""
    spaced = "".join(" " if unicodedata.category(c) == "Cc" or c in "\u2028\u2029" else c for c in text)
    return " ".join(spaced.split())


def oracle_cores(result: str) -> list[tuple[bool, str, bool]]:
    """Every way `result` could be (cut at the start?, the kept words, cut at the end?)."""
    ways = []
    for head in (False, True):
        for tail in (False, True):
            core = result
            if head:
                if not core.startswith(E):
                    continue
                core = core[1:]
            if tail:
                if not core.endswith(E):
                    continue
                core = core[:-1]
            ways.append((head, core, tail))
    return ways


WORD = st.text(alphabet=st.sampled_from("aăâbcdđeêhkmnoôơ0123,.…[]/\\x1b"), min_size=1, max_size=6)
SPACE = st.sampled_from([" ", "  ", "\n", "\t", "\x1b", "\u2028", " \x85 "])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORD, min_size=1, max_size=40))
    return "".join(word + draw(SPACE) for word in words)


@settings(max_examples=400, deadline=None)
@given(sentence=sentences(), limit=st.integers(min_value=12, max_value=80), data=st.data())
def test_a_sentence_is_kept_whole_or_cut_around_its_value(sentence: str, limit: int, data: st.DataObject) -> None:
    text = oracle_normal(sentence)
    words = text.split()
    hint = " ".join(words[data.draw(st.integers(0, len(words) - 1)):][:data.draw(st.integers(1, 3))]) \
        if data.draw(st.booleans()) else None
    result = value_sources.bounded(sentence, hint, limit)
    assert len(result) <= limit
    if len(text) <= limit:
        assert result == text
        return
    ways = [(head, core, tail) for head, core, tail in oracle_cores(result)
            if core and core in text and (head or text.startswith(core)) and (tail or text.endswith(core))]
    assert ways, (text, result)  # what is kept is a run of the sentence, an ellipsis at each end cut
    if hint and len(hint) <= limit - 2:
        assert hint in result  # the value's own words are never cut away
    # cut at a space, not in the middle of a word (unless the value itself starts there)
    assert any(not head or core.split(" ")[0] in words or (hint and core.startswith(hint))
               for head, core, _ in ways), (text, result)
    assert any(not tail or core.split(" ")[-1] in words or (hint and core.endswith(hint))
               for _, core, tail in ways), (text, result)


@pytest.mark.parametrize(("sentence", "hint", "expected"), [
    ("Ngày 5/3, đoàn.", None, "Ngày 5/3, đoàn."),
    ("Dòng\nhai\x1b[31m   đỏ", None, "Dòng hai [31m đỏ"),  # one line, no escape left to obey
    ("một hai ba bốn năm sáu bảy tám chín mười", None, "một hai ba bốn…"),  # the first words
    ("một hai ba bốn năm sáu bảy tám chín mười", "năm", "…bốn năm sáu…"),  # around the value
    ("một hai ba bốn năm sáu bảy tám chín mười", "chín", "…tám chín mười"),  # to the end, not past it
])
def test_bounded_examples(sentence: str, hint: str | None, expected: str) -> None:
    assert value_sources.bounded(sentence, hint, 16) == expected


@pytest.mark.parametrize(("name", "url", "expected"), [
    ("bai-bao/giam-sat.txt", None, "bai-bao/giam-sat.txt"),  # the file as it was given
    ("<stdin>", "https://bao.example.vn/giam-sat.html", "https://bao.example.vn/giam-sat.html"),
    ("<stdin>", None, None),  # standard input names no article
    (None, None, None),
    ("a\x1bb.txt", None, "a b.txt"),
])
def test_the_article_is_named_as_given(name: str | None, url: str | None, expected: str | None) -> None:
    record = make_record(source={"url": url}) if url else make_record()
    assert value_sources.article_name(name, record) == expected


def test_only_the_values_a_researcher_checks_keep_a_sentence() -> None:
    record = make_record()
    for path in ("date", "leader", "localities[0]", "figures[1]", "recommendations[0]", "directions[0]"):
        assert value_sources.with_source({"path": path, "by": "extractor"}, "Câu.", "a.txt", record)["sentence"]
    for path in ("summary", "topics", "source.title"):
        assert "sentence" not in value_sources.with_source({"path": path, "by": "extractor"}, "Câu.", "a.txt", record)
    assert value_sources.with_source({"path": "date", "by": "extractor"}, "", "a.txt", record) == {
        "path": "date", "by": "extractor"}  # no sentence: no article either


def _imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, dict]:
    db = tmp_path / "store.json"
    assert main(["--db", str(db), "import", "--from-articles", str(ARTICLE), "--published", "2025-10-21"]) == 0
    capsys.readouterr()
    [record] = SurveyStore(db).records()
    return db, record


def test_an_imported_article_keeps_each_values_sentence_and_its_name(tmp_path: Path, capsys) -> None:
    db, record = _imported(tmp_path, capsys)
    origins = provenance.origins(record)
    for path in ("date", "body", "leader", "localities[0]"):
        entry = origins[path]
        assert entry["sentence"] and len(entry["sentence"]) <= value_sources.LIMIT
        assert entry["article"] == str(ARTICLE)
    assert "sentence" not in origins.get("summary", {})
    assert validate(record) == []
    assert main(["--db", str(db), "--lang", "en", "show", "--sources", record["id"]]) == 0
    shown = capsys.readouterr().out
    assert "Where in the article each value was read:" in shown and f"Article: {ARTICLE}" in shown
    assert origins["leader"]["sentence"] in shown
    assert main(["--db", str(db), "--lang", "vi", "show", "--sources", record["id"]]) == 0
    assert "Câu gốc của từng giá trị:" in capsys.readouterr().out
    assert main(["--db", str(db), "--lang", "en", "show", record["id"]]) == 0
    assert "Where in the article" not in capsys.readouterr().out  # only when asked


def test_show_sources_of_a_record_typed_by_hand_says_there_are_none(tmp_path: Path, capsys) -> None:
    db = tmp_path / "store.json"
    SurveyStore(db).upsert_many([make_record()])
    assert main(["--db", str(db), "--lang", "en", "show", "--sources", make_record()["id"]]) == 0
    assert "This record keeps no source sentences" in capsys.readouterr().out


def test_show_sources_shows_controls_never_obeys_them(tmp_path: Path, capsys) -> None:
    db = tmp_path / "store.json"
    entry = {"path": "date", "by": "extractor", "sentence": "Ngày \x1b]52;c;aGk=\x07 [b]2/10[/b]", "article": "a.txt"}
    SurveyStore(db).upsert_many([make_record(provenance=[entry])])
    assert main(["--db", str(db), "--lang", "en", "show", "--sources", make_record()["id"]]) == 0
    shown = capsys.readouterr().out
    assert "\x1b" not in shown and "\x07" not in shown and "[b]2/10[/b]" in shown


def test_json_export_carries_the_sentences_csv_does_not(tmp_path: Path, capsys) -> None:
    _, record = _imported(tmp_path, capsys)
    assert orjson.loads(to_json([record]))[0]["provenance"] == record["provenance"]
    sentence = provenance.origins(record)["localities[0]"]["sentence"]
    for rows in ("surveys", "figures", "recommendations"):
        text = to_csv([record], rows=rows).decode("utf-8-sig")
        assert sentence not in text and str(ARTICLE) not in text
        assert not any("sentence" in name for name in next(csv.reader(io.StringIO(text)), []))


def test_an_exported_record_imported_elsewhere_keeps_its_sentences(tmp_path: Path, capsys) -> None:
    db, record = _imported(tmp_path, capsys)
    exported = tmp_path / "out.json"
    assert main(["--db", str(db), "export", "--format", "json", "-o", str(exported)]) == 0
    older = make_record(provenance=[{"path": "date", "by": "extractor"}])  # stored before sentences were kept
    plain = tmp_path / "older.json"
    plain.write_bytes(orjson.dumps([older]))
    other = tmp_path / "other.json"
    assert main(["--db", str(other), "import", str(exported), str(plain)]) == 0
    capsys.readouterr()
    again = {r["id"]: r for r in SurveyStore(other).records()}
    assert again[record["id"]]["provenance"] == record["provenance"]
    assert again[older["id"]]["provenance"] == older["provenance"]


@pytest.mark.parametrize(("figure", "kept"), [
    ({"label": "Hồ sơ tiếp nhận", "value": 1245, "unit": "hồ sơ"}, "1.245 hồ sơ"),  # the number as Vietnamese writes it
    ({"label": "Tỷ lệ đúng hạn", "value": 98.6, "unit": "%"}, "98,6%"),
    ({"label": "tiếp nhận trực tuyến", "value": 7, "unit": "hồ sơ"}, "tiếp nhận trực tuyến"),  # the label first
])
def test_a_long_sentence_is_cut_around_the_figures_own_words(figure: dict, kept: str) -> None:
    sentence = "Mở đầu " + "chữ " * 80 + "xã tiếp nhận trực tuyến 1.245 hồ sơ, đúng hạn 98,6%, " + "từ " * 80
    entry = value_sources.with_source({"path": "figures[0]", "by": "extractor"}, sentence, "a.txt",
                                      {"figures": [figure]})
    assert kept in entry["sentence"] and len(entry["sentence"]) <= value_sources.LIMIT
    assert entry["sentence"].startswith(E) and entry["sentence"].endswith(E)
