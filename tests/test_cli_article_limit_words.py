"""`import --help` and `extract --help` state the article size limit in one wording, from one constant.

A tryout read "2 MiB" on one page and "2.097.152 byte" on the other: the same limit, two numbers to compare.
"""

from __future__ import annotations

import re

import pytest

from store.article_suffixes import MAX_ARTICLE_BYTES
from store.extract import MAX_ARTICLE_BYTES as EXTRACTORS
from store.importing.limits import size_words
from tests.test_cli_words import run


def _default_said(out: str) -> str:
    """What the --max-article-size option's help gives as its default (argparse wraps lines: joined first)."""
    joined = " ".join(out.split())
    found = re.search(r"--max-article-size BYTES .*?\((?:mặc định|default) ([^,)]+)", joined)
    assert found, joined
    return found[1]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_both_commands_give_the_same_limit_in_the_same_words(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    said = []
    for command in ("import", "extract"):
        code, out, _ = run(capsys, "--lang", lang, command, "--help")
        assert code == 0
        said.append(_default_said(out))
    assert said == [size_words(MAX_ARTICLE_BYTES)] * 2 == ["2 MiB"] * 2


def test_the_extractor_reads_the_same_constant() -> None:
    assert EXTRACTORS is MAX_ARTICLE_BYTES
