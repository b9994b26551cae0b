"""The one message catalog (`data/messages.json`): complete in both languages, and the only one there is.

Every entry has Vietnamese and English with the same placeholders; every key
the code asks for, literally or by a family (body types, follow-up statuses,
figure checks, JSON type names), exists; and no module keeps vi/en texts of
its own, in either of the two shapes the code once had.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from store import catalog
from store.bodies import TYPES
from store.catalog import LANGS
from store.checks import NOT_ABOVE
from store.dates import DateError, parse_day, parse_range
from store.followup import STATUSES
from store.query import Filter, QueryError
from store.validation import validate
from tests.factories import make_record
from tui.i18n import CATALOG, Translator
from tui.i18n_errors import explain

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(path for folder in ("store", "cli", "tui") for path in (ROOT / folder).rglob("*.py"))
ENTRIES = catalog.catalog()


_fields = catalog.placeholders


def _selectors(text: str) -> set[str]:
    return {name for _, name, _ in catalog.plural_blocks(text) if name is not None}


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_every_message_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    """The same placeholders in both; a count that only picks a plural form may go unsaid in a language that
    does not inflect (vi "chuyến", en "{count, plural, one {visit} other {visits}}")."""
    entry = ENTRIES[key]
    assert set(entry) == set(LANGS), key
    assert all(isinstance(entry[lang], str) and entry[lang].strip() for lang in LANGS), key
    assert _fields(entry["vi"]) == _fields(entry["en"]), key
    given = _fields(entry["en"]) | _selectors(entry["en"]) | _selectors(entry["vi"])
    for count in (1, 2):
        values = {name: count if name in _selectors(entry["en"]) | _selectors(entry["vi"]) else "x" for name in given}
        for lang in LANGS:
            catalog.text(key, lang, **values)  # no stray brace: both format with the same values


def test_no_english_message_hedges_its_plural_with_s_in_brackets() -> None:
    """"1 visit", "2 visits": a count's noun takes its number from a plural block, never "visit(s)"."""
    hedged = sorted(key for key, entry in ENTRIES.items() if "(s)" in entry["en"])
    assert hedged == []


def test_a_plural_block_takes_the_form_of_its_count_in_english_and_vietnamese_says_it_once() -> None:
    assert catalog.text("figs.surveys", "en", n=1) == "1 visit"
    assert catalog.text("figs.surveys", "en", n="2,446") == "2,446 visits"
    assert catalog.text("figs.surveys", "en", n=0) == "0 visits"
    assert [catalog.text("figs.surveys", "vi", n=n) for n in (1, 2)] == ["1 chuyến", "2 chuyến"]
    assert Translator("en")("cli.recompute_done", changes=1, records=2, figures=1) == (
        "changed 1 metric of 2 visits (of 1 figure)")
    assert Translator("en")("import.beside", count=1).startswith("1 article in the folder was not read")
    assert Translator("en")("import.beside", count=3).startswith("3 articles in the folder were not read")


def test_a_plural_block_picks_an_exact_value_first_and_needs_its_other_form() -> None:
    message = "{n, plural, =0 {no visit} one {{n} visit} other {{n} visits}}"
    assert [catalog.choose_plurals(message, "en", {"n": n}).format(n=n) for n in (0, 1, 5)] == [
        "no visit", "1 visit", "5 visits"]
    assert catalog.choose_plurals(message, "vi", {"n": 1}).format(n=1) == "1 visits"  # vi: `other`, whatever the count
    assert catalog.plural_category("en", "1.0") == "other" and catalog.plural_category("vi", 1) == "other"
    with pytest.raises(ValueError):
        catalog.choose_plurals("{n, plural, one {visit}}", "en", {"n": 1})


def test_a_plural_block_of_a_core_error_holds_no_placeholder() -> None:
    """The browser reads a core error's English back as a pattern (`tui.i18n_errors`): a branch is plain text."""
    blocks = [(key, branch) for key, entry in ENTRIES.items() if key.startswith("err.")
              for _, _, branches in catalog.plural_blocks(entry["en"]) for branch in branches.values()]
    assert blocks and [(key, branch) for key, branch in blocks if "{" in branch] == []


def test_the_file_has_no_key_twice() -> None:
    raw = (ROOT / "data" / "messages.json").read_text(encoding="utf-8")
    pairs = json.loads(raw, object_pairs_hook=lambda items: items)
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)


def _asked() -> tuple[set[str], set[str]]:
    """Keys given literally to `t(…)`, `text(…)`, `catalog.text(…)`; prefixes given to `words(…)`."""
    keys, prefixes = set(), set()
    for path in SOURCES:
        source = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r"""\b(?:t|text|self\.t)\(\s*["']([a-z_]+(?:\.[a-z_-]+)+)["']""", source))
        prefixes |= set(re.findall(r"""\bwords\(\s*["']([a-z_.]+)["']""", source))
    return keys, prefixes


def test_every_key_the_code_asks_for_exists() -> None:
    keys, prefixes = _asked()
    assert len(keys) > 60 and {"brief", "followup", "review", "jsontype"} <= prefixes
    assert not keys - set(ENTRIES), sorted(keys - set(ENTRIES))
    assert all(catalog.words(prefix, "vi") for prefix in prefixes)


def test_every_word_a_screen_takes_from_its_words_exists() -> None:
    """`words[…]` of a screen or the brief (from `words(prefix)`) must be under one of the prefixes asked for."""
    _, prefixes = _asked()
    available = {name for prefix in prefixes for name in catalog.words(prefix, "en")}
    used = {name for path in SOURCES
            for name in re.findall(r"""\bwords\[\s*["']([a-z_]+)["']\s*\]""", path.read_text(encoding="utf-8"))}
    assert len(used) > 30
    assert not used - available, sorted(used - available)


def test_every_key_made_at_run_time_exists() -> None:
    made = [f"bodytype.{kind}" for kind in TYPES]
    made += [f"items.status.{status.replace(' ', '-')}" for status in STATUSES]
    made += [f"flag.{kind}" for kind in ("rate-mismatch", "rate-over-100", "negative", "part-over-whole")]
    made += [meaning for _, _, meaning in NOT_ABOVE]
    made += [f"jsontype.{name}" for name in ("object", "array", "string", "integer", "number", "null", "boolean")]
    assert [key for key in made if key not in ENTRIES] == []


def test_the_browser_and_the_store_read_the_same_catalog() -> None:
    assert CATALOG is ENTRIES
    assert Translator("vi")("bodytype.mttq") == catalog.text("bodytype.mttq", "vi")
    assert Translator("fr").lang == "en" and catalog.text("brief.title", "fr") == catalog.text("brief.title", "en")
    assert Translator("en").words("brief")["title"] == catalog.text("brief.title", "en")
    assert catalog.text("no.such.key", "vi") == "no.such.key"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_keeps_a_catalog_of_its_own(path: Path) -> None:
    """Neither `{"vi": …, "en": …}` nor `{"vi": {…}, "en": {…}}`: words belong in data/messages.json."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            keys = {key.value for key in node.keys if isinstance(key, ast.Constant)}
            if {"vi", "en"} <= keys:
                found.append(node.lineno)
    assert not found, f"{path.relative_to(ROOT)}: vi/en texts at lines {found}; put them in data/messages.json"


def _core_messages() -> list[str]:
    """Reasons the core really gives: bad filters, bad dates, bad records."""
    found: list[str] = []
    for typed in ("mau:do", "topic=x", "since:2025-13", "since:abc", "date:31/2/2025", "year:2025-09..2025-07",
                  "tinhh:x", "nguoi:x", "quahan:x", "năm:2025-13", "nam=2025",
                  "until:5/13", 'since:""', "nam:abc", "year:2025..x", "ngay:1/9/2025..30/9", "nam:22/10"):
        with pytest.raises(QueryError) as error:
            Filter.parse(typed)
        found.append(str(error.value))
    for typed in ("2025-13", "abc", "31/2/2025", "2025-09..2025-07", "", "13/2025"):
        for parse in (parse_range, parse_day):
            with pytest.raises(DateError) as failure:
                parse(typed)
            found.append(str(failure.value))
    record = {**make_record(), "summary": 5, "extra": 1, "kind": "xx", "date": "2025/01/01", "localities": []}
    del record["leader"]
    found += [problem.message for problem in validate(record)]
    return list(dict.fromkeys(found))


def test_the_cores_reasons_are_explained_in_vietnamese_from_the_catalog() -> None:
    """The `err.*` messages' English is what the core writes: each real reason is read and said in Vietnamese."""
    vi = Translator("vi")
    messages = _core_messages()
    assert len(messages) > 20
    for message in messages:
        said = explain(message, vi)
        assert said != message, message
        assert not re.search(r"\b(?:is not|has no|expected|needs|there is|unknown|and|or|got|write)\b", said), said
        # English keeps the core's words, but for Python's own reason of a day its month lacks (session 31)
        assert explain(message, Translator("en")) == message.replace("day is out of range for month",
                                                                     "that month has no such day")


def test_an_empty_follow_up_response_is_said_in_vietnamese(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`surveys followup ID r1 --response ""` had said "response: the text is empty" in a Vietnamese session."""
    from cli.main import main  # noqa: PLC0415 - the command line, for this test only

    store = tmp_path / "s.json"
    assert main(["init", str(store), "--sample"]) == 0
    capsys.readouterr()
    assert main(["--db", str(store), "--lang", "vi", "followup", "2025-09-09-doan-dbqh-tphcm-rach-dua", "r1",
                 "--response", " "]) != 0
    assert "phản hồi: nội dung còn trống" in capsys.readouterr().err


@pytest.mark.parametrize("content, said", [
    (b"", "tệp rỗng: không có bản ghi nào"),
    (b"\xff\xfe[\x00]\x00", "tệp được mã hóa UTF-16 (little-endian), không phải UTF-8"),
    (b"[\x00x\x00]\x00", "tệp có vẻ được mã hóa UTF-16 (little-endian, không có BOM)"),
    (b'"x"', "cấp ngoài cùng là một chuỗi chữ; cần một bản ghi"),
    (b"[1e999]", "số quá lớn (thành vô hạn)"),
    (b"[NaN]", "NaN không phải số JSON; hãy viết một số thật"),
    (b"[" * 2000, "lồng nhau quá sâu (hơn 1.024 tầng)"),
    (b'[{"a": "caf\xe9"}]', "không phải UTF-8: byte 0xE9 không hợp lệ ở đây"),
    (b'{"a": "\xc3', "văn bản dừng giữa một ký tự UTF-8 (byte 0xC3)"),
    (b'[{"a": "\xc3\xa9\xc3"}, {"b": "x"}]', "một ký tự UTF-8 bị hỏng (byte 0xC3)"),
    (b'[{"a": "\xce\x00"}]', "không phải văn bản UTF-8 (byte 0xCE; tệp có byte NUL"),
])
def test_an_unreadable_file_is_said_in_vietnamese(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                  content: bytes, said: str) -> None:
    """Why a file to import cannot be read (empty, UTF-16, binary, cut short): said in English in a Vietnamese
    session, beside Vietnamese counts ("NaN is not a JSON number; hãy viết a real number" had even mixed both)."""
    from cli.main import main  # noqa: PLC0415 - the command line, for this test only

    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert main(["--db", str(tmp_path / "s.json"), "--lang", "vi", "import", "--dry-run", str(bad)]) != 0
    err = capsys.readouterr().err
    assert said in err, err


def test_a_core_error_with_a_plural_block_is_read_back_and_said_in_vietnamese() -> None:
    for count, english in ((1, "1 problem; nothing was written"), (3, "3 problems; nothing was written")):
        assert catalog.text("err.problems", "en", count=count) == english
        assert explain(english, Translator("vi")) == f"{count} lỗi; chưa ghi gì"
    assert explain("recommendations[4] does not exist (1 item)", Translator("vi")) == catalog.text(
        "err.no_item", "vi", field="recommendations", index=4, count=1)
