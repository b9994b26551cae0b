"""The command line speaks the chosen language (`cli.i18n`): its help, argparse's own messages, its errors and
its reports, in Vietnamese and in English, from the one catalog; what programs read (JSON, CSV, exit statuses)
is the same in both."""

from __future__ import annotations

import argparse
import gettext
import inspect
import re
import string
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from cli import i18n
from cli.main import COMMANDS, main
from store.catalog import catalog, placeholders
from tui.settings import save_user_lang

ROOT = Path(__file__).resolve().parent.parent
ENTRIES = {key: entry for key, entry in catalog().items() if key.startswith(("cli.", "argparse."))}
PERCENT = re.compile(r"%(?:\([a-z_]+\))?[srd%]")
DEVELOPERS_ONLY = {
    ".__call__() not defined", "conflicting subparser: %s", "conflicting subparser alias: %s",
    'argument "-" with mode %r', "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals", "invalid option string %(option)r: "
    "must start with a character %(prefix_chars)r", "dest= is required for options like %r",
    "invalid conflict_resolution value: %r", "conflicting option string: %s", "conflicting option strings: %s",
    "mutually exclusive arguments must be optional", "cannot have multiple subparser arguments",
    "%r is not callable",
}
"""argparse's messages to whoever writes a parser, never to a user of `surveys`."""


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "s.json"
    assert main(["--lang", "en", "init", str(path), "--sample"]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse: --help, a usage error
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


_braces = placeholders


# -- the catalog ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = ENTRIES[key]
    assert set(entry) == {"vi", "en"} and entry["vi"].strip() and entry["en"].strip(), key
    assert _braces(entry["vi"]) == _braces(entry["en"]), key
    assert sorted(PERCENT.findall(entry["vi"])) == sorted(PERCENT.findall(entry["en"])), key
    if key.startswith("cli.help.") and not key.endswith(("_long", "_epilog", ".program")):
        # argparse %-formats an option's help (not a description): a lone % would break `--help`
        assert not re.search(r"%(?!\()", (entry["en"] + entry["vi"]).replace("%%", "")), key
    if len(entry["en"]) > 12:  # longer than an id or a number: said in Vietnamese, not copied
        assert entry["vi"] != entry["en"], key


def test_every_message_argparse_says_to_a_user_is_in_the_catalog() -> None:
    """Read from this Python's argparse: a new message of a newer Python fails here until it is translated."""
    source = inspect.getsource(argparse)
    said = set(re.findall(r"""\b_\(\s*(['"])(.+?)\1\s*\)""", source))
    said |= {(quote, text) for call in re.findall(r"ngettext\(([^)]*)\)", source)
             for quote, text in re.findall(r"""(['"])(.+?)\1""", call)}
    messages = {text.encode().decode("unicode_escape") for _, text in said} - DEVELOPERS_ONLY
    english = {entry["en"] for key, entry in ENTRIES.items() if key.startswith("argparse.")}
    assert len(messages) > 15
    assert not messages - english, sorted(messages - english)


def test_every_key_made_at_run_time_exists() -> None:
    made = [f"cli.help.filter_{name}" for name in ("ward", "province", "topic", "body", "kind")]
    made += [f"cli.bar.{phase}" for phase in ("reading", "writing")]
    made += [f"cli.wrote_{noun}" for noun in ("surveys", "figures", "recommendations")]
    made += [f"cli.report.{would}{what}" for would in ("", "would_")
             for what in ("counts", "skipped", "updated", "added")]
    assert [key for key in made if key not in ENTRIES] == []


# -- help ----------------------------------------------------------------------------------------------------------


def _all_help(capsys: pytest.CaptureFixture[str], lang: str) -> str:
    """`surveys --help` and every command's, whitespace removed (argparse wraps lines, even at hyphens)."""
    pages = []
    for command in ([], *([name] for name in COMMANDS)):
        code, out, _ = run(capsys, "--lang", lang, *command, "--help")
        assert code == 0
        pages.append(out)
    return "".join("".join(pages).split())


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_help_page_fits_an_80_column_terminal(capsys, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """argparse wraps the texts, not a group's title: the Vietnamese filters' title ran to 88 columns."""
    monkeypatch.setenv("COLUMNS", "80")
    for command in ([], *([name] for name in COMMANDS)):
        code, out, _ = run(capsys, "--lang", lang, *command, "--help")
        assert code == 0
        assert [line for line in out.splitlines() if len(line) > 80] == [], command


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_help_text_is_shown_in_the_language_asked_for(capsys, lang: str) -> None:
    """Each `cli.help.*` text is on some help page in `lang`, and no page shows the other language's."""
    shown = _all_help(capsys, lang)
    other = "en" if lang == "vi" else "vi"
    for key, entry in ENTRIES.items():
        if not key.startswith("cli.help."):
            continue
        for literal, *_ in string.Formatter().parse(entry[lang].replace("%%", "%")):  # as argparse fills it
            if len(literal.strip()) > 10:
                assert "".join(literal.split()) in shown, (key, literal)
        theirs = "".join(entry[other].split()).replace("%%", "%")
        assert theirs not in shown or theirs == "".join(entry[lang].split()), key
    usage, options = ("cáchdùng:", "tùychọn:") if lang == "vi" else ("usage:", "options:")
    assert usage in shown and options in shown


def test_help_in_vietnamese(capsys) -> None:
    code, out, _ = run(capsys, "--lang", "vi", "import", "--help")
    assert code == 0
    assert out.startswith("cách dùng: surveys import [-h]")
    assert "Kiểm tra, chuẩn hóa rồi nhập bản ghi" in out
    assert "tham số theo vị trí:" in out and "tùy chọn:" in out and "in phần trợ giúp này rồi thoát" in out
    assert "giới hạn đọc" in out and "usage" not in out and "show this help" not in out


def test_help_in_english(capsys) -> None:
    code, out, _ = run(capsys, "--lang", "en", "import", "--help")
    assert code == 0
    assert out.startswith("usage: surveys import [-h]")
    assert "Validate, normalize and import records" in out and "show this help message and exit" in out
    assert "options:" in out and "cách dùng" not in out


@pytest.mark.parametrize(("lang", "said"), [("vi", "hoặc từ bài báo"), ("en", "or from news articles")])
def test_the_command_list_says_import_takes_articles(capsys, lang: str, said: str) -> None:
    """`surveys --help` had said import reads "JSON or JSON Lines files" only: a new user looking for how to bring
    news articles in did not find `--from-articles` there."""
    code, out, _ = run(capsys, "--lang", lang, "--help")
    assert code == 0
    line = " ".join(out.split("    import", 1)[1].split("    export", 1)[0].split())
    assert said in line and "(--from-articles)" in line


def test_the_language_is_known_before_the_parser_is_built(capsys, monkeypatch) -> None:
    """No --lang: the locale, or the language last chosen in the browser, decides the help as it does the reports."""
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert run(capsys, "--help")[1].startswith("cách dùng: surveys")
    assert run(capsys, "--lang=en", "--help")[1].startswith("usage: surveys")
    save_user_lang("en")  # `L` in the browser, on any store
    assert run(capsys, "list", "--help")[1].startswith("usage: surveys list")
    assert run(capsys, "list", "--help", "--lang", "vi")[1].startswith("cách dùng: surveys list")


def test_typed_reads_lang_and_db_as_argparse_does() -> None:
    assert i18n.typed(["--lang", "vi", "list"]) == ("vi", None)
    assert i18n.typed(["--lang=en", "--db", "x.json", "show", "a"]) == ("en", "x.json")
    assert i18n.typed(["--la", "vi", "--db=y.json"]) == ("vi", "y.json")
    assert i18n.typed(["list", "--", "--lang", "vi"]) == (None, None)


# -- argparse's errors, command errors ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, usage, error", [
    ("vi", "cách dùng: surveys [-h]", "surveys: lỗi: không hiểu các tham số: --bogus"),
    ("en", "usage: surveys [-h]", "surveys: error: unrecognized arguments: --bogus"),
])
def test_an_argparse_error_in_both_languages(capsys, db, lang: str, usage: str, error: str) -> None:
    code, out, err = run(capsys, "--lang", lang, "--db", str(db), "list", "--bogus")
    assert code == 2 and out == ""
    assert err.startswith(usage) and err.strip().endswith(error)


@pytest.mark.parametrize("argv, vi, en", [
    (["list", "--format", "xml"], "tham số --format: lựa chọn không hợp lệ: 'xml' (chọn một trong",
     "argument --format: invalid choice: 'xml' (choose from"),
    (["copy"], "còn thiếu các tham số bắt buộc: SOURCE, DEST", "the following arguments are required: SOURCE, DEST"),
    (["followup"], "hãy nêu chuyến và mục của nó", "say which visit and which of its items"),
    (["lisst"], "lựa chọn không hợp lệ: 'lisst'", "invalid choice: 'lisst'"),
    (["list", "--kind"], "tham số --kind: cần một giá trị", "argument --kind: expected one argument"),
    (["import", "--max-problems", "0", "x.json"], "không phải số nguyên dương: '0'",
     "not a positive whole number: '0'"),
    (["export"], "surveys export: lỗi: hãy nêu --format", "surveys export: error: say --format"),
    (["list", "--query", "tinhh:x"], "không có trường lọc 'tinhh'; có phải tinh:?", "unknown filter field 'tinhh'"),
    (["list", "--kind", "abc"], 'kind: \'abc\' không phải là hình thức chuyến nào; dùng một trong "giám sát"',
     "kind: 'abc' is not a kind of visit; use one of oversight, survey"),
    (["list", "--query", "trangthai:xyz"], "trangthai: 'xyz' không phải là trạng thái xử lý nào",
     'trangthai: \'xyz\' is not a follow-up status; use one of open, "in progress", done, "not accepted"'),
])
def test_usage_errors_in_both_languages(capsys, db, argv: list[str], vi: str, en: str) -> None:
    for lang, said in (("vi", vi), ("en", en)):
        code, _, err = run(capsys, "--lang", lang, "--db", str(db), *argv)
        assert code == 2 and said in err, (lang, err)


@pytest.mark.parametrize("lang, said", [("vi", "surveys: không có chuyến mã 'nope'"),
                                        ("en", "surveys: no visit with id 'nope'")])
def test_a_visit_not_found_in_both_languages(capsys, db, lang: str, said: str) -> None:
    code, out, err = run(capsys, "--lang", lang, "--db", str(db), "show", "nope")
    assert (code, out, err.strip()) == (1, "", said)
    code, _, err = run(capsys, "--lang", lang, "--db", str(db), "delete", "nope")
    assert code == 1 and said.removeprefix("surveys: ") in err


def test_a_missing_store_in_vietnamese(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "--lang", "vi", "--db", str(tmp_path / "none.json"), "list")
    assert code == 1 and "không có kho tại" in err and "surveys init" in err


# -- reports ----------------------------------------------------------------------------------------------------------


@pytest.fixture
def records(tmp_path: Path, db: Path, capsys) -> Path:
    code, out, _ = run(capsys, "--db", str(db), "list", "--format", "json")
    assert code == 0
    path = tmp_path / "records.json"
    path.write_text(out, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang, head, counts, added", [
    ("vi", "Đã nhập vào kho", "thêm 5, cập nhật 0, bỏ qua 0, không hợp lệ 0 (trong 5 bản ghi đã đọc)", "đã thêm:"),
    ("en", "Imported into", "added 5, updated 0, skipped 0, invalid 0 (of 5 read)", "added:"),
])
def test_an_import_report_in_both_languages(capsys, tmp_path, records, lang, head, counts, added) -> None:
    store = tmp_path / f"{lang}.json"
    code, out, _ = run(capsys, "--lang", lang, "--db", str(store), "import", str(records))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(head) and lines[1].strip() == counts and lines[2] == added
    code, out, _ = run(capsys, "--lang", lang, "--db", str(store), "import", str(records))
    assert code == 0 and ("trùng mã" if lang == "vi" else "same id") in out


@pytest.mark.parametrize("lang, problem, summary", [
    ("vi", ".leader: thiếu trường bắt buộc", "surveys: 1 đầu vào không hợp lệ; chưa ghi gì"),
    ("en", ".leader: required field is missing", "surveys: 1 invalid input; nothing was written"),
])
def test_an_invalid_import_in_both_languages(capsys, tmp_path, records, lang, problem, summary) -> None:
    broken = orjson.loads(records.read_bytes())
    del broken[0]["leader"]
    path = tmp_path / "broken.json"
    path.write_bytes(orjson.dumps(broken))
    code, _, err = run(capsys, "--lang", lang, "--db", str(tmp_path / "new.json"), "import", str(path))
    assert code == 1 and problem in err and err.strip().endswith(summary)


@pytest.mark.parametrize("lang, summary", [
    ("vi", "surveys: 1 đầu vào không hợp lệ; chưa ghi gì"), ("en", "surveys: 1 invalid input; nothing was written")])
def test_a_table_given_to_import_is_counted_once(capsys, tmp_path, lang, summary) -> None:
    """One .csv is one input with one problem: "1 invalid input, 1 problem" counted the same thing twice."""
    table = tmp_path / "x.csv"
    table.write_text("a,b\n", encoding="utf-8")
    code, _, err = run(capsys, "--lang", lang, "--db", str(tmp_path / "new.json"), "import", str(table))
    assert code == 1 and err.strip().endswith(summary), err


def test_two_problems_in_one_input_are_both_counted(capsys, tmp_path, records) -> None:
    broken = orjson.loads(records.read_bytes())
    del broken[0]["leader"], broken[0]["date"]
    path = tmp_path / "broken.json"
    path.write_bytes(orjson.dumps(broken))
    code, _, err = run(capsys, "--lang", "en", "--db", str(tmp_path / "new.json"), "import", str(path))
    assert code == 1 and err.strip().endswith("surveys: 1 invalid input, 2 problems; nothing was written"), err


def test_what_programs_read_is_the_same_in_both_languages(capsys, db, records, tmp_path) -> None:
    """JSON, JSONL, CSV and exit statuses do not follow the language; only words for people do."""
    for argv in (["list", "--format", "json"], ["list", "--format", "csv"], ["show", "nope", "--format", "json"],
                 ["import", "--dry-run", "--format", "json", str(records)], ["check", "--format", "json"]):
        said = {lang: run(capsys, "--lang", lang, "--db", str(db), *argv)[:2] for lang in ("vi", "en")}
        if "import" not in argv and "check" not in argv:  # check's messages follow its own --lang (numbers)
            assert said["vi"] == said["en"], argv
        else:
            assert said["vi"][0] == said["en"][0], argv
    vi = orjson.loads(run(capsys, "--lang", "vi", "--db", str(db), "import", "--dry-run", "--format", "json",
                          str(records))[1])
    en = orjson.loads(run(capsys, "--lang", "en", "--db", str(db), "import", "--dry-run", "--format", "json",
                          str(records))[1])
    assert vi == en


def test_argparse_speaks_its_own_language_again_after_a_run(capsys) -> None:
    """The hook lives while `main` runs: a usage error (SystemExit) in Vietnamese leaves argparse as it was."""
    assert run(capsys, "--lang", "vi", "list", "--bogus")[0] == 2
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        argparse.ArgumentParser(prog="x").parse_args(["--bogus"])
    assert "unrecognized arguments" in capsys.readouterr().err


def test_vietnamese_help_and_errors_load_no_textual(tmp_path: Path) -> None:
    script = ("import sys\nfrom cli.main import main\n"
              "for argv in (['--lang', 'vi', 'import', '--help'],\n"
              "             ['--lang', 'vi', '--db', sys.argv[1], 'show', 'x']):\n"
              "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
              "sys.stderr.write(str('textual' in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "s.json")],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert "cách dùng" in result.stdout and result.stderr.strip().endswith("False")
