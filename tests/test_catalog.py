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
import string
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


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_every_message_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = ENTRIES[key]
    assert set(entry) == set(LANGS), key
    assert all(isinstance(entry[lang], str) and entry[lang].strip() for lang in LANGS), key
    assert _fields(entry["vi"]) == _fields(entry["en"]), key
    values = dict.fromkeys(_fields(entry["en"]), "x")
    for lang in LANGS:
        entry[lang].format(**values)  # no stray brace: both format with the same values


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
        assert explain(message, Translator("en")) == message


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
