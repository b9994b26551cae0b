"""Every kind of bad input gets a clear message, exit status 1, and leaves the store byte-identical.

One parametrized test runs every case: it snapshots the store directory
(store, backup; the lock file aside), runs `surveys import`, and checks the
messages on stderr and that no byte of the directory changed and no
temporary file was left behind.
"""

from __future__ import annotations

import codecs
import errno
import io
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from store import atomic, importing
from store.file_stamps import journal_path
from store.store import SurveyStore
from tests.factories import make_record
from tests.faults import full_disk

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

Setup = Callable[[Path, pytest.MonkeyPatch, Path], list[str]]
"""(input directory, monkeypatch, store path) → the arguments after `surveys import`."""


@dataclass(frozen=True)
class Case:
    name: str
    setup: Setup
    expected: tuple[str, ...]
    """Substrings of stderr, each on the line that names the input."""


def _record_json(**changes: Any) -> str:
    return json.dumps(make_record(**{"id": "bad-input", **changes}), ensure_ascii=False)


def _file(name: str, content: str | bytes) -> Setup:
    def setup(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
        path = directory / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return [str(path)]
    return setup


def _record_file(name: str, record: dict[str, Any], wrap: bool = True) -> Setup:
    content = json.dumps([record] if wrap else record, ensure_ascii=False, indent=2)
    return _file(name, content)


def _missing_fields() -> dict[str, Any]:
    record = make_record(id="bad-input")
    del record["leader"], record["summary"]
    return record


def _deep_nesting(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
    head = _record_json()[:-1]
    path = directory / "deep.jsonl"
    path.write_text(head + ', "notes": ' + "[" * 1000 + "]" * 1000 + "}\n", encoding="utf-8")
    return [str(path)]


def _empty_directory(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
    folder = directory / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "readme.txt").write_text("records will come")
    (folder / "sub" / "data.csv").write_text("id,date\n")
    return [str(folder)]


def _missing_path(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
    return [str(directory / "no-such-file.json")]


def _unreadable_path(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
    path = directory / "locked.json"
    path.write_text(_record_json(), encoding="utf-8")
    path.chmod(0)
    if IS_ROOT:  # root reads through permission bits: make the operating system's refusal happen anyway
        real_open = open

        def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            if Path(file) == path:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(importing, "open", refusing_open, raising=False)
    return [str(path)]


def _valid_input(directory: Path) -> str:
    path = directory / "fine.jsonl"
    path.write_text("".join(_record_json(id=f"fine-{n}", body=f"Đoàn {n}") + "\n" for n in range(3)), encoding="utf-8")
    return str(path)


def _read_only_store(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
    db.chmod(0o444)
    return [_valid_input(directory)]


def _read_only_directory(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
    db.parent.chmod(0o555)
    if IS_ROOT:  # root may create files there regardless: refuse the temporary file as the kernel would
        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise PermissionError(errno.EACCES, "Permission denied")
        monkeypatch.setattr(atomic, "_create", refuse)
    return [_valid_input(directory)]


def _full_disk(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
    """The device fills up part-way through the temporary file."""
    full_disk(monkeypatch, room=1024)  # a journal line of three records is bigger
    return [_valid_input(directory)]


def _stdin(content: bytes) -> Setup:
    def setup(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content)))
        return ["-"]
    return setup


def _mixed_with_one_bad(directory: Path, monkeypatch: pytest.MonkeyPatch, db: Path) -> list[str]:
    good = _valid_input(directory)
    bad = directory / "bad.json"
    bad.write_text(json.dumps([make_record(id="bad-input", date="2024-02-30")]), encoding="utf-8")
    return [good, str(bad)]


NAN_RECORD = json.dumps(make_record(id="bad-input", figures=[{"label": "Tỷ lệ", "value": float("nan"), "unit": "%"}]))
INF_RECORD = json.dumps(make_record(id="bad-input", figures=[{"label": "Tỷ lệ", "value": float("-inf"), "unit": "%"}]))
TEN_MB = 10 * 1024 * 1024

CASES = [
    Case("malformed-json", _file("broken.json", '[\n  {"id": "x",\n   "date" "2025-01-01"}\n]'),
         ("broken.json:3:11: malformed JSON: ",)),
    Case("malformed-jsonl-line", _file("broken.jsonl", _record_json() + '\n{"id": "y", }\n'),
         ("broken.jsonl:2:11: malformed JSON: trailing comma is not allowed",)),
    Case("empty-file", _file("empty.json", b""), ("empty.json: empty file: no records",)),
    Case("blank-jsonl", _file("blank.jsonl", b"\n   \n\t\n"), ("blank.jsonl: empty file: no records",)),
    Case("utf-16", _file("utf16.json", _record_json().encode("utf-16")),
         ("utf16.json: the file is encoded as UTF-16 (little-endian), not UTF-8; save it as UTF-8",)),
    Case("utf-16-no-bom", _file("utf16be.jsonl", _record_json().encode("utf-16-be")),
         ("utf16be.jsonl: the file looks encoded as UTF-16 (big-endian, no byte order mark)",)),
    Case("utf-32", _file("utf32.json", codecs.BOM_UTF32_LE + _record_json().encode("utf-32-le")),
         ("utf32.json: the file is encoded as UTF-32",)),
    Case("latin-1", _file("latin1.json", '[{"id": "latin", "summary": "Cà Mau, café"}]'.encode("latin-1")),
         ("latin1.json:1:31: not UTF-8: byte 0xE0 is not valid here; the file looks encoded as Latin-1 (ISO-8859-1)",)),
    Case("binary", _file("image.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff"),
         ("image.json:1:1: not UTF-8 text (byte 0x89; the file holds NUL bytes: binary data?)",)),
    Case("nan", _file("nan.json", NAN_RECORD), ("nan.json:1:", "NaN is not a JSON number")),
    Case("infinity", _file("inf.jsonl", INF_RECORD + "\n"), ("inf.jsonl:1:", "-Infinity is not a JSON number")),
    Case("huge-number", _file("big.json", _record_json()[:-1] + ', "x": 1e400}'),
         ("big.json:1:", "number too large (it would be infinite)")),
    Case("top-level-number", _file("scalar.json", "42\n"),
         ("scalar.json: the top level is a number; expected a record (an object) or an array of records",)),
    Case("top-level-string", _file("string.json", '"surveys"'), ("string.json: the top level is a string",)),
    Case("array-of-non-records", _file("numbers.json", f"[1, {_record_json()}]"),
         ("numbers.json[0]: expected an object, got 1",)),
    Case("missing-required-fields", _record_file("missing.json", _missing_fields()),
         ("missing.json[0].leader: required field is missing", "missing.json[0].summary: required field is missing")),
    Case("wrong-types", _record_file("types.json", make_record(id="bad-input", summary=5, localities="Hà Nội")),
         ("types.json[0].summary: expected a string, got 5", "types.json[0].localities: expected an array")),
    Case("vietnamese-number", _record_file("vn.json", make_record(
        id="bad-input", figures=[{"label": "Hồ sơ", "value": "3.163", "unit": "hồ sơ"}])),
         ('vn.json[0].figures[0].value: expected a number, got "3.163" (Vietnamese notation? '
          "write it as the JSON number 3163)",)),
    Case("unknown-field", _record_file("unknown.json", make_record(id="bad-input", colour="đỏ"), wrap=False),
         ("unknown.json: colour: unknown field",)),
    Case("impossible-date", _record_file("date.json", make_record(id="bad-input", date="31/2/2024")),
         ("date.json[0].date: '31/2/2024' is not a real date",)),
    Case("impossible-iso-date", _mixed_with_one_bad, ("bad.json[0].date: '2024-02-30' is not a real date",)),
    Case("ten-megabyte-string", _file("long.jsonl", _record_json(summary="a" * TEN_MB) + "\n"),
         ("long.jsonl:1: summary: text of 10,485,760 characters is longer than the limit of 100,000",)),
    Case("thousand-deep-nesting", _deep_nesting,
         ("deep.jsonl:1: notes: nested more than 16 levels deep (a record needs at most 5)",)),
    Case("duplicate-ids-in-one-file", _file("dup.json", f"[{_record_json()}, {_record_json(body='Đoàn khác')}]"),
         ('dup.json[1].id: duplicate id "bad-input": also at ', "inputs/dup.json[0]")),
    Case("directory-without-json", _empty_directory, ("inbox: directory holds no .json or .jsonl files",)),
    Case("missing-path", _missing_path, ("no-such-file.json: no such file or directory",)),
    Case("unreadable-path", _unreadable_path, ("locked.json: cannot be read (permission denied)",)),
    Case("read-only-store", _read_only_store, ("surveys.json is read-only; nothing was written",)),
    Case("read-only-directory", _read_only_directory,
         ("could not write store", "permission denied", "nothing was written, the store is unchanged")),
    Case("full-disk", _full_disk,
         ("could not write store", "the disk is full (no space left on device)", "the store is unchanged")),
    Case("markup-and-escapes-in-bad-record", _file("evil.jsonl", _record_json(
        date="[bold]soon[/bold]", **{"\x1b]8;;http://x\x07link": 1}) + "\n"),
         ('evil.jsonl:1: date: \'[bold]soon[/bold]\' is not a date (write 16/5/2023 or 2023-05-16)',
          "evil.jsonl:1: \\x1b]8;;http://x\\x07link: unknown field")),
    Case("stdin-malformed", _stdin(b'{"id": "x"}\n{"id": }\n'), ("<stdin>:2:8: malformed JSON",)),
    Case("stdin-empty", _stdin(b""), ("<stdin>: empty file: no records",)),
]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store with history: bundled records, one import, then a compaction, so backups exist too."""
    path = tmp_path / "store" / "surveys.json"
    store = SurveyStore.open(path)
    store.upsert_many([make_record(id="already-here")])
    store.compact()
    # The empty journal the compaction started goes, as a compaction by an older version left none: an import
    # must then make a new file, which a read-only folder or a full disk refuses (an append to a journal would not
    # meet the fault the cases inject).
    journal_path(path).unlink()
    return path


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir()) if not path.name.endswith(".lock")}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_refused_clearly_and_changes_nothing(
    case: Case, tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    before = _snapshot(db.parent)
    assert set(before) == {"surveys.json", "surveys.json.bak", "surveys.json.journal.bak", "surveys.json.checked"}
    try:
        arguments = case.setup(inputs, monkeypatch, db)
        code = main(["--db", str(db), "import", *arguments])
    finally:
        db.parent.chmod(0o755)
        db.chmod(0o644)
    captured = capsys.readouterr()
    assert code == 1, captured
    for expected in case.expected:
        assert expected in captured.err, f"{expected!r} not in:\n{captured.err}"
    assert captured.err.rstrip().splitlines()[-1].startswith("surveys: ")
    assert "\x1b" not in captured.err and "\x07" not in captured.err and "\x1b" not in captured.out
    monkeypatch.undo()
    assert _snapshot(db.parent) == before
    assert {r["id"] for r in SurveyStore(db).records()} >= {"already-here"}


def test_every_case_of_the_issue_is_covered() -> None:
    names = {case.name for case in CASES}
    assert names >= {
        "malformed-json", "empty-file", "utf-16", "latin-1", "nan", "infinity", "top-level-number",
        "missing-required-fields", "wrong-types", "unknown-field", "impossible-date", "ten-megabyte-string",
        "thousand-deep-nesting", "duplicate-ids-in-one-file", "directory-without-json", "missing-path",
        "unreadable-path", "read-only-store", "full-disk", "markup-and-escapes-in-bad-record",
    }


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("bom.json", "bom.jsonl"):
        path = tmp_path / name
        path.write_bytes(codecs.BOM_UTF8 + _record_json(id=name.replace(".", "-"), body=name).encode() + b"\n")
        code = main(["--db", str(db), "import", str(path)])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        assert SurveyStore(db).get(name.replace(".", "-")) is not None


def test_an_unreadable_store_is_reported_and_left_alone(tmp_path: Path, db: Path, capsys) -> None:
    db.write_bytes(b'{"surveys": {"1": ')
    before = _snapshot(db.parent)
    path = tmp_path / "ok.jsonl"
    path.write_text(_record_json(id="fresh") + "\n", encoding="utf-8")
    code = main(["--db", str(db), "import", str(path)])
    assert code == 1 and "cannot be read" in capsys.readouterr().err
    assert _snapshot(db.parent) == before
