"""A dialog's key hint is broken between whole key groups (`tui.widgets.key_hint`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.i18n import Translator
from tui.widgets.key_hint import SEPARATOR, group_lines

HINTS = ("export.hint", "picker.hint", "dates.keys", "items.hint", "followup.hint", "delete.hint")


def test_the_export_hint_at_80_columns_keeps_escape_with_cancels_and_no_dot_alone() -> None:
    shown = group_lines(Translator("en")("export.hint"), 72).splitlines()
    assert shown == ["Tab moves · Ctrl+S exports (or Enter in the file name) · Esc cancels", "F1 help"]


@given(st.sampled_from(HINTS), st.sampled_from(["vi", "en"]), st.integers(20, 130))
def test_every_line_is_whole_groups_within_the_width(key: str, lang: str, width: int) -> None:
    hint = Translator(lang)(key)
    groups = hint.split(SEPARATOR)
    lines = group_lines(hint, width).splitlines()
    assert [group for line in lines for group in line.split(SEPARATOR)] == groups  # nothing lost, none split
    for line in lines:
        assert cell_len(line) <= width or SEPARATOR not in line  # only a group wider than the line is over it


def test_not_laid_out_the_hint_is_one_line() -> None:
    assert group_lines("a · b", 0) == "a · b"


def test_the_follow_up_lists_hint_names_n_and_breaks_evenly_at_80_and_120_columns() -> None:
    """`n` (the next earlier item an item repeats, s34) was said only by F1, Ctrl+P and the line under the list
    when an item has several links (docs/tryout-s34-product12.md, Left); "n mục đã nêu" / "n item raised before", as the
    row's mark "↺ đã nêu trước" / "↺ raised before" (they had drifted: "n mục khác" / "n next earlier item", tryout
    s42-tryout14); 72
    and 86 cells are the `u` list's hint at 80×24 and 120×40 (test_screen_snapshots.py::test_follow_up_list)."""
    for lang, named in (("vi", "n mục đã nêu"), ("en", "n item raised before")):
        for width in (72, 86):
            lines = group_lines(Translator(lang)("items.hint"), width).splitlines()
            assert named in [group for line in lines for group in line.split(SEPARATOR)], (lang, width, lines)
            assert len(lines) == 1 or not lines[-1].startswith("F1"), (lang, width, lines)  # F1 never alone
