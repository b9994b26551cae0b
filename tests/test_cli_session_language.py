"""Every line `surveys` prints follows the run's language (`cli.i18n`: --lang, else the language last chosen in the
browser, else the locale), not a fixed one: `check`'s flag lines and `export`'s brief had defaulted to Vietnamese
(under an English summary line, or in an English session), follow-up statuses printed as the stored English words
("[in progress]"), a missing item was named "recommendations[8]" for the r9 the user typed, and the JSON parser's
reason stayed English inside a Vietnamese line."""

from __future__ import annotations

import copy
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store.file_stamps import journal_path
from store.store import SurveyStore
from tests.bundled import DI_AN, RACH_DUA, TDM
from tests.recovery_helpers import as_older_version
from tui.settings import save_user_lang

VI_FLAG = "ghi 99,38% nhưng 25.925/25.969 là 99,831%"
EN_FLAG = "stated 99.38% but 25,925 of 25,969 is 99.831%"


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "SURVEYS_DB"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def flagged(tmp_path: Path, bundled: list[dict]) -> Path:
    """The bundled store with one rate that disagrees with its part and whole."""
    db = tmp_path / "s.json"
    record = copy.deepcopy(next(r for r in bundled if r["id"] == TDM))
    record["figures"][2]["value"] = 99.38
    SurveyStore.open(db).replace(record)
    return db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(("argv", "env", "user", "lang"), [
    ((), {"LANG": "vi_VN.UTF-8"}, None, "vi"),
    ((), {"LANG": "en_GB.UTF-8"}, None, "en"),
    ((), {}, None, "en"),
    ((), {"LANG": "en_GB.UTF-8"}, "vi", "vi"),  # chosen with L in the browser
    ((), {"LANG": "vi_VN.UTF-8"}, "en", "en"),
    (("--lang", "en"), {"LANG": "vi_VN.UTF-8"}, None, "en"),
    (("--lang", "vi"), {}, None, "vi"),
])
def test_check_flags_speak_the_runs_language(capsys, monkeypatch, flagged: Path, argv: tuple[str, ...],
                                             env: dict[str, str], user: str | None, lang: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if user:
        save_user_lang(user)
    code, out, err = run(capsys, "--db", str(flagged), *argv, "check")
    assert code == 1
    assert (VI_FLAG in out, EN_FLAG in out) == (lang == "vi", lang == "en")
    assert ("số liệu bị báo" in err) == (lang == "vi")  # the summary under them, in the same language


def test_checks_own_lang_option_after_the_command(capsys, monkeypatch, flagged: Path) -> None:
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    code, out, err = run(capsys, "--db", str(flagged), "check", "--lang", "en")
    assert code == 1 and EN_FLAG in out and "1 flagged" in err


@pytest.mark.parametrize(("argv", "said"), [
    (("list", "--lang", "en"), "DATE"),
    (("list", "--lang=vi"), "NGÀY"),
    (("show", RACH_DUA, "--lang", "en"), "Recommendations"),
    (("compact", "--lang", "vi"), "đã thu gọn"),
])
def test_lang_after_any_command(capsys, monkeypatch, flagged: Path, argv: tuple[str, ...], said: str) -> None:
    """`surveys list --lang en` was refused ("unrecognized arguments: --lang en") where `--db` after the command
    was taken, and `check` and `export` took `--lang` there: the option is the program's, wherever it is typed."""
    monkeypatch.setenv("LANG", "en_GB.UTF-8" if "vi" in argv[-1] else "vi_VN.UTF-8")
    code, out, err = run(capsys, *argv, "--db", str(flagged))
    assert code == 0, err
    assert said in out + err


@pytest.mark.parametrize(("env", "argv", "title", "figure", "topic"), [
    ({"LANG": "vi_VN.UTF-8"}, (), "# Tóm tắt giám sát, khảo sát", "**2.446 hồ sơ**", "Chuyển đổi số"),
    ({"LANG": "en_GB.UTF-8"}, (), "# Oversight and survey brief", "**2,446 hồ sơ**", "Digital transformation"),
    ({"LANG": "vi_VN.UTF-8"}, ("--lang", "en"), "# Oversight and survey brief", "**2,446 hồ sơ**",
     "Digital transformation"),
])
def test_the_export_brief_and_csv_labels_speak_the_runs_language(capsys, monkeypatch, tmp_path: Path, env, argv,
                                                                 title: str, figure: str, topic: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    db = str(SurveyStore.open(tmp_path / "s.json").path)
    code, out, _ = run(capsys, "--db", db, *argv, "export", "--format", "md", "--ward", "rach dua")
    assert code == 0 and out.startswith(title) and figure in out
    code, out, _ = run(capsys, "--db", db, *argv, "export", "--format", "csv", "--ward", "rach dua")
    assert code == 0 and topic in out


def test_followup_statuses_in_words(capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    db = str(SurveyStore.open(tmp_path / "s.json").path)
    code, out, _ = run(capsys, "--db", db, "followup", RACH_DUA, "r1", "--status", "in progress")
    assert code == 0 and out.rstrip().endswith("[đang giải quyết]") and "in progress" not in out
    code, out, _ = run(capsys, "--db", db, "show", RACH_DUA)
    assert "[đang giải quyết]" in out
    code, _, err = run(capsys, "--db", db, "followup", RACH_DUA, "r1", "--expect-status", "open", "--status", "done")
    assert code == 1
    assert "hiện là 'đang giải quyết' (in progress), không phải 'chưa giải quyết' (open)" in err
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "followup", RACH_DUA, "r1", "--status", "done")
    assert out.rstrip().endswith("[done]")
    code, _, err = run(capsys, "--db", db, "--lang", "en", "followup", RACH_DUA, "r1", "--expect-status", "open",
                       "--status", "open")
    assert code == 1 and "is now 'done', not 'open'" in err


@pytest.mark.parametrize("typed", ["đang giải quyết", "Đang giải quyết", "dang giai quyet", "in progress"])
def test_followup_takes_the_status_as_show_says_it(capsys, tmp_path: Path, typed: str) -> None:
    """`show` prints "[đang giải quyết]" and the filter takes `trangthai:"đang giải quyết"`, but `--status "đang giải
    quyết"` had been refused ("invalid choice"); the stored value stays the English one."""
    db = str(SurveyStore.open(tmp_path / "s.json").path)
    code, out, err = run(capsys, "--db", db, "--lang", "vi", "followup", RACH_DUA, "r1", "--status", typed)
    assert code == 0, err
    assert out.rstrip().endswith("[đang giải quyết]")
    code, out, _ = run(capsys, "--db", db, "list", "--query", "status:\"in progress\"", "--format", "jsonl")
    assert RACH_DUA in out
    with pytest.raises(SystemExit) as refused:  # a value naming no status is still refused, with the four
        run(capsys, "--db", db, "--lang", "vi", "followup", RACH_DUA, "r1", "--status", "xong")
    assert refused.value.code == 2 and "'xong' (chọn một trong 'open'" in capsys.readouterr().err
    code, _, err = run(capsys, "--db", db, "--lang", "vi", "followup", RACH_DUA, "r1", "--expect-status",
                       "chưa giải quyết", "--status", "done")
    assert code == 1 and "không phải 'chưa giải quyết' (open)" in err  # --expect-status reads it the same way


@pytest.mark.parametrize(("lang", "item", "said"), [
    ("vi", "r9", f"{RACH_DUA} không có mục r9: chỉ có 6 kiến nghị (r1–r6)"),
    ("vi", "d4", f"{RACH_DUA} không có mục d4: chỉ có 3 chỉ đạo (d1–d3)"),
    ("en", "r9", f"{RACH_DUA} has no item r9: it has 6 recommendations (r1–r6)"),
    ("vi", "d2", f"{DI_AN} không có mục d2: chỉ có 1 chỉ đạo (d1)"),  # one item: "(d1)", not "(d1–d1)"
    ("en", "d2", f"{DI_AN} has no item d2: it has 1 direction (d1)"),
])
def test_a_missing_item_is_named_as_typed(capsys, tmp_path: Path, lang: str, item: str, said: str) -> None:
    db = str(SurveyStore.open(tmp_path / "s.json").path)
    visit = DI_AN if item == "d2" else RACH_DUA
    code, out, err = run(capsys, "--db", db, "--lang", lang, "followup", visit, item, "--status", "done")
    assert code == 1 and out == "" and err.strip() == f"surveys: {said}"
    assert "recommendations[" not in err and "directions[" not in err


@pytest.mark.parametrize(("text", "vi"), [
    ("nul", "dữ liệu dừng giữa chừng"),
    ('{"id": nulx}', "từ không hợp lệ, có lẽ là 'null'"),
    ('{"id": 1,}', "không được có dấu phẩy ở cuối"),
    ("{'id': 1}", "khóa phải là chuỗi trong ngoặc kép"),
    ('[{"id": 1} {"id": 2}]', "cần ',' hoặc ']'"),
])
def test_the_json_parsers_reason_in_vietnamese(capsys, tmp_path: Path, text: str, vi: str) -> None:
    db = str(SurveyStore.open(tmp_path / "s.json").path)
    source = tmp_path / "bad.json"
    source.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "--lang", "vi", "import", str(source))
    assert code == 1 and "JSON sai cú pháp: " in err and vi in err
    assert "unexpected" not in err and "invalid" not in err and "trailing" not in err


@pytest.mark.parametrize(("lang", "said"), [
    ("vi", "không phải JSON hợp lệ: tệp có byte không phải UTF-8 (có thể bị cắt giữa một ký tự)"),
    ("en", "not valid JSON: bytes that are not UTF-8 (perhaps cut inside a character)"),
])
def test_a_store_cut_inside_a_character(capsys, tmp_path: Path, lang: str, said: str) -> None:
    """A store cut short in the middle of "ồ" (a crash, `truncate`): orjson's "str is not valid UTF-8: surrogates
    not allowed" had stayed English in the Vietnamese message, with "line 1 column 1" after it, the place orjson
    gives bad UTF-8 wherever it is."""
    store = SurveyStore.open(tmp_path / "s.json").path
    data = store.read_bytes()
    store.write_bytes(data[:data.index("ồ".encode()) + 1])
    code, _, err = run(capsys, "--db", str(store), "--lang", lang, "list")
    assert code == 1 and said in err
    assert "surrogates" not in err and "dòng 1, cột 1" not in err and "line 1 column 1" not in err


def test_the_vietnamese_notation_hint_in_vietnamese(capsys, tmp_path: Path, bundled: list[dict]) -> None:
    """A figure written "3.163" in a record: the hint that it is Vietnamese notation had stayed English inside the
    Vietnamese line ("cần một số, nhận được "3.163" (Vietnamese notation? …)"), here and in the browser's report."""
    db = str(SurveyStore.open(tmp_path / "s.json").path)
    record = copy.deepcopy(next(r for r in bundled if r["id"] == RACH_DUA))
    record["figures"][0]["value"] = "3.163"
    source = tmp_path / "vn.json"
    source.write_bytes(orjson.dumps(record))
    code, _, err = run(capsys, "--db", db, "--lang", "vi", "import", str(source))
    assert code == 1
    assert 'figures[0].value: cần một số, nhận được "3.163" (số viết kiểu Việt Nam? hãy ghi thành số JSON 3163)' in err
    assert "Vietnamese notation" not in err


def test_the_status_help_says_each_value_in_vietnamese(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "vi", "followup", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "open (chưa giải quyết)" in said and '"in progress" (đang giải quyết)' in said


def test_recover_says_what_is_lost_in_vietnamese(capsys, tmp_path: Path) -> None:
    """`recover` listed what the restored store lacks in English ("the last write that went into the store file
    itself …", "1 write recorded in the journal …"), the JSON parser's reason and its place too."""
    db = str(tmp_path / "d.json")
    assert run(capsys, "--lang", "vi", "init", db, "--sample")[0] == 0
    assert run(capsys, "--db", db, "followup", RACH_DUA, "r1", "--status", "done")[0] == 0
    assert run(capsys, "--db", db, "compact")[0] == 0
    assert run(capsys, "--db", db, "followup", RACH_DUA, "r2", "--status", "done")[0] == 0
    as_older_version(journal_path(Path(db)))  # a journal whose header names no base: not replayed, said lost
    Path(db).write_text('{"broken\n', encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "--lang", "vi", "list")
    assert code == 1 and "không phải JSON hợp lệ: chuỗi chứa ký tự điều khiển: dòng 1, cột 9" in err
    code, _, err = run(capsys, "--db", db, "--lang", "vi", "recover")
    assert code == 0
    lost = [line for line in err.splitlines() if line.startswith("không có trong kho đã khôi phục: ")]
    assert len(lost) == 2
    assert lost[0].startswith("không có trong kho đã khôi phục: lần ghi cuối cùng vào chính tệp kho "
                              "(không phải JSON hợp lệ: ")
    assert "1 lần ghi trong nhật ký kể từ lần ghi lại tệp kho gần nhất" in lost[1]
    assert "đã chạy lại 1 lần ghi có trong nhật ký kể từ bản sao lưu" in err  # the r1 follow-up, in .journal.bak
    for english in ("the last write", "write recorded", "unexpected", "line 1", "cannot be read", "kept", "replayed"):
        assert english not in err
    code, _, err = run(capsys, "--db", db, "--lang", "en", "recover")
    assert code == 1 and "can be read; recover only restores" in err


def test_held_back_records_are_explained_in_vietnamese(capsys, tmp_path: Path) -> None:
    """The problems of a stored record the program cannot use were listed as the validator wrote them, in English
    ("expected an object, got null") under a Vietnamese heading."""
    db = tmp_path / "s.json"
    SurveyStore.open(db)
    stored = orjson.loads(db.read_bytes())
    first, second = list(stored["surveys"])[:2]
    stored["surveys"][first]["leader"] = None
    stored["surveys"][second]["localities"][0].pop("province")
    db.write_bytes(orjson.dumps(stored))
    code, _, err = run(capsys, "--db", str(db), "--lang", "vi", "list")
    assert code == 0
    assert "leader: cần một đối tượng, nhận được null" in err
    assert "localities[0].province: thiếu trường bắt buộc" in err
    assert "expected" not in err and "required field" not in err
    code, _, err = run(capsys, "--db", str(db), "--lang", "en", "list")
    assert "leader: expected an object, got null" in err


@pytest.mark.parametrize(("lang", "first"), [("en", f"2025-09-09  khảo sát (survey)  {RACH_DUA}"),
                                             ("vi", f"09/09/2025  khảo sát  {RACH_DUA}")])
def test_show_names_the_kind_in_the_readers_words(capsys, tmp_path: Path, lang: str, first: str) -> None:
    """As the details pane does: the kind as written, and "(survey)" for an English reader."""
    db = str(SurveyStore.open(tmp_path / "s.json").path)
    code, out, _ = run(capsys, "--db", db, "--lang", lang, "show", RACH_DUA)
    assert code == 0 and out.splitlines()[0] == first
