"""A long path in a note breaks at its "/" (`tui.path_fold`): at 80 columns a toast had cut it inside a name,
"…/surveys-export.cs" then "v" (tryout8, session 36)."""

from __future__ import annotations

from rich.cells import cell_len

from tests.tui.test_ux_s27_tryout import Board
from tui.i18n import Translator
from tui.path_fold import fold_paths
from tui.toasts import Toasts

WRITTEN = "Đã ghi 5 chuyến vào /tmp/tryout8-home/exports/2026/surveys-export.csv"


def test_a_path_wider_than_the_line_breaks_after_a_separator() -> None:
    lines = fold_paths(WRITTEN, 37).split("\n")
    assert lines == ["Đã ghi 5 chuyến vào /tmp/", "tryout8-home/exports/2026/", "surveys-export.csv"]
    assert all(cell_len(line) <= 37 for line in lines)


def test_text_that_fits_or_has_no_long_word_is_left_to_textual() -> None:
    assert fold_paths(WRITTEN, 100) == WRITTEN
    said = "Đã nhập: thêm 2, bỏ khi duyệt 1 và một câu khá dài để Textual tự xuống dòng ở dấu cách"
    assert fold_paths(said, 37) == said
    assert fold_paths(WRITTEN, 0) == WRITTEN  # no width known


def test_a_name_wider_than_the_line_is_still_cut_but_the_rest_is_not() -> None:
    lines = fold_paths("vào /a/" + "x" * 50 + ".csv xong", 30).split("\n")
    assert lines == ["vào /a/", "x" * 50 + ".csv", "xong"]


def test_the_notes_say_their_paths_folded_to_the_toasts_width() -> None:
    board = Board()
    toasts = Toasts(board.posted.append, board.wipe, lambda: board.depth, lambda: 37)
    toasts.said(Translator("vi"), WRITTEN, "", "information", 8, False)
    assert board.toasts(toasts) == ["Đã ghi 5 chuyến vào /tmp/\ntryout8-home/exports/2026/\nsurveys-export.csv"]
