"""Help pages wrap between words, never inside a hyphenated one (tryout s38-tryout10).

argparse wraps with textwrap's defaults, which break after a hyphen: at 80 columns `surveys list --help` in English
showed the filter example as `topic:de-` / `an-06`, and the Vietnamese `followup` epilog `(--expect-` / `status)`.
A person copying the example, or looking for the option, found neither whole.
"""

from __future__ import annotations

import re

import pytest

from cli.main import COMMANDS
from tests.test_cli_words import run

CUT = re.compile(r"\w-$")
"""A line that ends inside a hyphenated word (a dash standing alone, ` - `, is no cut)."""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_help_line_ends_inside_a_hyphenated_word(capsys, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    for command in ([], *([name] for name in COMMANDS)):
        code, out, _ = run(capsys, "--lang", lang, *command, "--help")
        assert code == 0
        assert [line for line in out.splitlines() if CUT.search(line)] == [], command


@pytest.mark.parametrize(("lang", "command", "whole"), [
    ("en", "list", 'topic:de-an-06 since:2025-07'),
    ("en", "export", "topic:de-an-06"),
    ("vi", "followup", "(--expect-status)"),
])
def test_an_example_and_an_option_stay_on_one_line(capsys, monkeypatch: pytest.MonkeyPatch, lang: str,
                                                   command: str, whole: str) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "--lang", lang, command, "--help")
    assert code == 0
    assert any(whole in line for line in out.splitlines()), out


def test_a_word_longer_than_the_line_is_still_cut() -> None:
    """Nothing is lost when a single word cannot fit: it is cut as argparse always did, so no line runs past."""
    from cli.help_format import WholeWords  # noqa: PLC0415

    formatter = WholeWords("surveys", width=30)
    lines = formatter._split_lines("see https://example.org/a-very-long-path-that-cannot-fit-anywhere", 20)
    assert all(len(line) <= 20 for line in lines)
    assert "".join(lines).replace(" ", "") == "seehttps://example.org/a-very-long-path-that-cannot-fit-anywhere"
