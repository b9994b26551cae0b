"""`Hanging`: each line wrapped at the width, its continuation two cells right of the line's own text."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from tui.widgets.hanging import Hanging, hang_line


def plain(lines: list[Content]) -> list[str]:
    return [line.plain for line in lines]


def test_a_line_that_fits_is_left_alone() -> None:
    assert plain(hang_line(Content("  short item"), 40)) == ["  short item"]


def test_a_long_item_hangs_two_cells_right_of_its_text() -> None:
    line = Content("  2024-10-03-hdnd-da-nang-hoa-vang  (/tmp/bien-ban/da-nang/thang-10.json[0])")
    lines = plain(hang_line(line, 40))
    assert lines[0] == "  2024-10-03-hdnd-da-nang-hoa-vang"
    assert all(rest.startswith("    ") and not rest.startswith("     ") for rest in lines[1:])
    assert all(len(rest) <= 40 for rest in lines)
    assert "".join(lines).replace(" ", "") == line.plain.replace(" ", "")  # nothing lost (a path is folded)


def test_a_line_with_no_indent_wraps_flush_and_a_deep_one_hangs_by_half_the_width_at_most() -> None:
    paragraph = plain(hang_line(Content("Bài này có vẻ nói về một chuyến đã lưu: cùng ngày, cùng địa bàn"), 24))
    assert len(paragraph) > 1 and all(not line.startswith(" ") for line in paragraph)
    deep = plain(hang_line(Content(" " * 30 + "một hai ba bốn năm sáu bảy tám"), 40))
    assert all(rest.startswith(" " * 20) and rest[20] != " " for rest in deep[1:])


def test_styles_follow_the_text_and_str_is_the_text_unwrapped() -> None:
    text = Text("Would add (1):\n", style="bold green")
    text.append("  " + "x" * 30 + " " + "y" * 30 + "\n")
    hanging = Hanging(text)
    assert str(hanging) == text.plain
    shown = hanging.wrapped(36).plain.split("\n")
    assert shown[:3] == ["Would add (1):", "  " + "x" * 30, "    " + "y" * 30]
    assert hanging.wrapped(36).spans  # the title's style kept
