"""`surveys followup` with its ID or ITEM missing, or an ITEM not of the form r1/d2, says what is missing and that
`surveys show ID` lists the items: it had given argparse's bare "the following arguments are required: ITEM"
(tryout s35 tryout7, left 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from tests.bundled import RACH_DUA


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "SURVEYS_DB"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "s.json")
    assert main(["--lang", "en", "init", path, "--sample"]) == 0
    return path


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    return _refused(capsys, *argv).strip().splitlines()[-1]


def _refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """All a refused command wrote to stderr (the usage, then the words); its exit status 2."""
    capsys.readouterr()
    code: object
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = stop.code
    assert code == 2
    return capsys.readouterr().err


SHOW = f"`surveys show {RACH_DUA}`"


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("say which item of " + RACH_DUA, "r1, r2, … for a recommendation", "d1, d2, … for a direction",
            SHOW + " lists them")),
    ("vi", ("hãy nêu mục nào của " + RACH_DUA, "r1, r2, … cho kiến nghị", "d1, d2, … cho chỉ đạo",
            SHOW + " liệt kê các mục")),
])
def test_a_missing_item_says_what_an_item_is_and_where_they_are_listed(capsys, db: str, lang: str,
                                                                      words: tuple[str, ...]) -> None:
    said = _error(capsys, "--db", db, "--lang", lang, "followup", RACH_DUA, "--status", "done")
    for word in words:
        assert word in said, said
    assert "ITEM" not in said


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("item 'x1': write r1, r2, …", SHOW + " lists them")),
    ("vi", ("mục 'x1': hãy viết r1, r2, …", SHOW + " liệt kê các mục")),
])
def test_an_item_of_another_form_says_where_the_items_are_listed(capsys, db: str, lang: str,
                                                                 words: tuple[str, ...]) -> None:
    said = _error(capsys, "--db", db, "--lang", lang, "followup", RACH_DUA, "x1", "--status", "done")
    for word in words:
        assert word in said, said


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ("say which visit and which of its items", "`surveys list`", "`surveys show ID`")),
    ("vi", ("hãy nêu chuyến và mục của nó", "`surveys list`", "`surveys show MÃ`")),
])
def test_no_id_says_where_visits_and_items_are_listed(capsys, db: str, lang: str, words: tuple[str, ...]) -> None:
    said = _error(capsys, "--db", db, "--lang", lang, "followup")
    for word in words:
        assert word in said, said


def test_a_whole_command_still_saves(capsys, db: str) -> None:
    assert main(["--db", db, "--lang", "en", "followup", RACH_DUA, "r1", "--status", "done"]) == 0
    assert "[done]" in capsys.readouterr().out


def _usage(capsys: pytest.CaptureFixture[str], lang: str, command: str) -> str:
    """The usage line of `surveys COMMAND --help`, its wrapped lines joined."""
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["--lang", lang, command, "--help"])
    head = capsys.readouterr().out.split("\n\n")[0]
    return " ".join(head.split())


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_usage_line_shows_id_and_item_as_needed_as_show_shows_its_id(capsys, lang: str) -> None:
    """ID and ITEM are optional to argparse only so that a missing one is said in words: the usage line had read
    `[ID] [ITEM]`, as if both could be left out (polish8, left); `show` writes its needed ID bare."""
    usage = _usage(capsys, lang, "followup")
    assert usage.endswith("[--lang {vi,en}] ID ITEM"), usage
    assert "[ID]" not in usage and "[ITEM]" not in usage
    assert _usage(capsys, lang, "show").endswith(" ID")
    assert "[--status {open,in progress,done,not accepted}]" in usage  # the options keep their brackets


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_usage_printed_with_a_missing_item_shows_them_as_needed(capsys, db: str, lang: str) -> None:
    said = " ".join(_refused(capsys, "--db", db, "--lang", lang, "followup", RACH_DUA).split())
    assert "ID ITEM" in said and "[ITEM]" not in said, said
