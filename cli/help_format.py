"""Help pages wrapped between words: a hyphenated word (a filter example, an option) is never cut.

argparse wraps with textwrap's defaults, which break after a hyphen: at 80 columns `topic:de-an-06` came out as
`topic:de-` / `an-06` and `--expect-status` as `--expect-` / `status`, so an example copied from the help did not
work and an option was not found by its name (tryout s38-tryout10). A word longer than the line is still cut, as
before, so no line runs past the terminal.
"""

from __future__ import annotations

import argparse
import textwrap


class WholeWords(argparse.HelpFormatter):
    """argparse's formatter, wrapping only at spaces."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.wrap(text, width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        text = self._whitespace_matcher.sub(" ", text).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False)


def wrap_whole_words(parser: argparse.ArgumentParser) -> None:
    """`parser` formats with `WholeWords` unless it chose a formatter of its own (which should derive from it)."""
    if parser.formatter_class is argparse.HelpFormatter:
        parser.formatter_class = WholeWords
