"""The one sanitizer: controls, DEL, C1, bidi and format characters shown; files keep their data."""

from __future__ import annotations

import csv
import io
import unicodedata

import orjson
import pytest

from store.sanitize import csv_cell, cut, json_safe, markdown_safe, quoted, visible
from tests.payloads import PAYLOADS, raw_controls
from tui.safe import visible as tui_visible


@pytest.mark.parametrize("name", sorted(PAYLOADS))
def test_visible_leaves_no_raw_control(name: str) -> None:
    shown = visible(PAYLOADS[name])
    assert raw_controls(shown, allow="") == []


def test_every_control_and_format_character_is_shown() -> None:
    hidden = [chr(cp) for cp in range(0x110000)
              if unicodedata.category(chr(cp)) in ("Cc", "Cf") and chr(cp) not in "\t\n\r\x85"]
    shown = visible("".join(hidden))
    assert raw_controls(shown, allow="") == []


def test_the_browser_uses_the_same_sanitizer() -> None:
    assert tui_visible is visible


def test_vietnamese_text_is_unchanged_and_lines_are_kept_only_when_asked() -> None:
    text = "Đoàn giám sát Hội đồng nhân dân phường Tân Định — “đúng hạn” 98,5%"
    assert visible(text) == text
    assert visible("a\nb") == "a b" and visible("a\nb", keep_newlines=True) == "a\nb"
    assert markdown_safe("# x\n\x1b[2J\n") == "# x\n\\x1b[2J\n"


def test_quoted_values_are_cut_and_escaped() -> None:
    long = "\x1b" + "x" * 10_000
    shown = quoted(long)
    assert shown.startswith('"\\x1b') and len(shown) < 80 and shown.endswith('…"')
    assert cut("a" * 500, 10).endswith("(500 characters)")


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", " =1", "\t=1", "\uff1d1", "\r=1"])
def test_csv_cells_that_would_run_are_defused(text: str) -> None:
    assert csv_cell(text).startswith("'")


def test_csv_cells_keep_one_row() -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([csv_cell("a\rb\nc\x1b[2J")])
    assert out.getvalue().count("\n") == 1 and "\r" not in out.getvalue() and "\x1b" not in out.getvalue()


def test_json_keeps_the_data_and_escapes_what_a_terminal_would_obey() -> None:
    value = {"k": "".join(PAYLOADS.values()) + "\U000e0041 tag", "n": 1}
    encoded = json_safe(orjson.dumps(value))
    assert orjson.loads(encoded) == value
    assert raw_controls(encoded.decode("utf-8"), allow="") == []
    assert b"\\u202e" in encoded and b"\\u009b" in encoded and b"\\u007f" in encoded
    assert b"\\udb40\\udc41" in encoded  # outside the BMP: a surrogate pair, as JSON spells it
    plain = orjson.dumps({"a": "Tân Định"})
    assert json_safe(plain) is plain  # nothing to do: the same bytes
