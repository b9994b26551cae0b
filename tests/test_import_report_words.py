"""The import dialog's report names what a folder could have held: the dialog reads articles too, so an empty
folder had been said to hold "no .json or .jsonl files" to a user who had just read that .txt was welcome."""

from __future__ import annotations

import pytest
from rich.text import Text

from store.importing import ImportProblem
from store.importing.sources import NO_RECORDS_IN_FOLDER
from tui.i18n import Translator
from tui.screens.import_report import problem_lines


@pytest.mark.parametrize(("lang", "said"), [("vi", "bài báo (.txt, .md, .html)"),
                                            ("en", "no articles (.txt, .md, .html)")])
def test_an_empty_folder_is_said_to_hold_neither_records_nor_articles(lang: str, said: str) -> None:
    report = Text()
    problem_lines(report, [ImportProblem("inbox", NO_RECORDS_IN_FOLDER)], Translator(lang))
    assert said in report.plain and "inbox: " in report.plain


def test_other_problems_are_said_as_before() -> None:
    report = Text()
    problem_lines(report, [ImportProblem("a.json", "no such file or directory")], Translator("en"))
    assert "a.json: no such file or directory" in report.plain
