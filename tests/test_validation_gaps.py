"""What used to pass silently or crash: each is now refused with a message that says why.

Province name against code, repeated keys, numbers that vanish, a time of
day in a date, an empty array, keywords the schema interpreter does not
implement, unbounded messages, truncated UTF-8, bare errnos, and province
names of the wrong type.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import orjson
import pytest

from cli.main import main
from store.importing import prepare, prepare_documents
from store.oserrors import os_words
from store.validation import schema as published
from store.validation import unsupported_keywords, validate
from tests.factories import make_record


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def problems_of(raw: bytes, label: str = "in.json") -> list[str]:
    with prepare_documents([(label, raw)]) as prepared:
        return [str(problem) for problem in prepared.problems]


def test_province_name_and_code_must_name_one_province() -> None:
    record = make_record()
    record["localities"][0]["province"] = {"name": "Thành phố Hà Nội", "code": 79}
    record["localities"][0]["ward"] = None
    [problem] = validate(record)
    assert problem.path == "localities[0].province"
    assert "code 79 is Thành phố Hồ Chí Minh" in problem.message and "has code 1" in problem.message
    record["localities"][0]["province"] = {"name": "TP. Hồ Chí Minh", "code": 79}  # an alias of the same one
    assert validate(record) == []


def test_a_repeated_key_is_refused_not_kept_last() -> None:
    raw = orjson.dumps(make_record()).replace(b'"body":', b'"body":"first","body":', 1)
    [problem] = problems_of(raw)
    assert 'the same key appears twice in one object ("body")' in problem
    line = orjson.dumps(make_record()).replace(b'"kind":', b'"kind":"x","kind":', 1)
    with_lines = problems_of(line + b"\n" + orjson.dumps(make_record(id="b")) + b"\n", "in.jsonl")
    assert len(with_lines) == 1  # the repeated key names its line; the same text inside a string is no key
    assert problems_of(orjson.dumps(make_record(summary='"body": "x", "body":'))) == []


def test_a_number_too_small_for_a_float_is_refused_not_stored_as_zero() -> None:
    raw = orjson.dumps(make_record()).replace(b'"value":1200', b'"value":1e-400', 1)
    [problem] = problems_of(raw)
    assert "1e-400 is too small to store" in problem
    tiny_in_text = orjson.dumps(make_record(summary="1e-400"))
    assert problems_of(tiny_in_text) == []


def test_a_time_of_day_in_a_date_is_not_dropped_silently() -> None:
    [problem] = problems_of(orjson.dumps(make_record(date="2025-10-02T09:30:00")))
    assert "holds a time of day" in problem and "write 2025-10-02" in problem
    assert problems_of(orjson.dumps(make_record(date="2/10/2025"))) == []


def test_an_empty_array_and_an_empty_file_are_the_same_mistake(capsys, tmp_path: Path) -> None:
    for content in (b"", b"[]", b" [ ] \n"):
        source = tmp_path / "e.json"
        source.write_bytes(content)
        code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "import", str(source))
        assert code == 1 and "no records" in err, (content, err)


def test_schema_keywords_the_interpreter_does_not_implement_are_refused() -> None:
    schema: dict[str, Any] = {"type": "object", "properties": {
        "n": {"type": "integer", "minimum": 0}, "e": {"type": "string", "format": "email"},
        "t": {"type": ["string", "null"]}, "x": {"additionalProperties": {"type": "string"}}}, "if": {}}
    found = unsupported_keywords(schema)
    assert any("minimum" in f for f in found) and any("email" in f for f in found)
    assert any("/t/type" in f for f in found) and any("additionalProperties" in f for f in found)
    assert any("'if'" in f for f in found)
    assert unsupported_keywords(published()) == []


def test_a_published_schema_with_a_keyword_not_implemented_is_refused_not_ignored(monkeypatch) -> None:
    """Validation stops with SchemaError rather than letting through what `minimum` would forbid."""
    from store import validation  # noqa: PLC0415

    assert published()["$id"].startswith("https://")  # an absolute $id, as a resolver needs
    strict = {**published(), "properties": {**published()["properties"], "figures": {"type": "array", "minimum": 1}}}
    monkeypatch.setattr(validation, "load_json", lambda name: strict)
    with pytest.raises(validation.SchemaError, match="minimum"):
        validate(make_record())


def test_messages_are_bounded(capsys, tmp_path: Path) -> None:
    record = make_record()
    record["k" * 1_000_000] = 1
    for n in range(5000):
        record[f"extra{n}"] = n
    source = tmp_path / "wide.json"
    source.write_bytes(orjson.dumps(record))
    code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "import", str(source))
    assert code == 1
    assert len(err) < 20_000, len(err)
    assert "4,981 more unknown fields" in err
    assert max(len(line) for line in err.splitlines()) < 1000


def test_many_problems_stop_with_how_many_were_shown(tmp_path: Path) -> None:
    lines = b"".join(b'{"id": %d}\n' % n for n in range(3000))
    source = tmp_path / "bad.jsonl"
    source.write_bytes(lines)
    with prepare([source]) as prepared:
        assert len(prepared.problems) == 1001
        assert "stopped reading after 1,000 problems" in str(prepared.problems[-1])


def test_truncated_utf8_is_named_as_such_not_as_latin1() -> None:
    text = orjson.dumps(make_record(summary="Đoàn kiểm tra"))
    cut = text[: text.index("kiểm".encode()) + 3]  # inside "ể"
    [problem] = problems_of(cut)
    assert "cut short (truncated)" in problem and "Latin-1" not in problem
    damaged = text.replace("ể".encode(), "ể".encode()[:2], 1)
    [problem] = problems_of(damaged)
    assert "broken UTF-8 character" in problem and "Latin-1" not in problem
    [problem] = problems_of('{"summary": "café"}'.encode("latin-1"))  # no UTF-8 anywhere: a code page
    assert "Latin-1" in problem


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES, errno.EIO, errno.EROFS, errno.ENAMETOOLONG, 9999])
def test_os_errors_are_said_in_words(code: int) -> None:
    error = OSError(code, "whatever the C library says", "/x/y\x1b")
    words = os_words(error, "cannot write")
    assert "[Errno" not in words and words.startswith("cannot write /x/y\\x1b: ")


def test_the_cli_says_os_errors_in_words(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path), "list")  # the store path is a directory
    assert code == 1 and "[Errno" not in err and "it is a directory" in err


@pytest.mark.parametrize("name", [["Hà Nội"], True, 79, None])
def test_a_province_name_of_the_wrong_type_is_a_problem_not_a_crash(name: Any) -> None:
    record = make_record()
    record["localities"] = [
        {"name": "phường Tân Định", "province": {"name": name, "code": 79}},
        {"name": "xã Bình Mỹ", "level": "xã"},
    ]
    problems = problems_of(orjson.dumps(record))
    assert any("localities[0].province.name" in p for p in problems), problems
