"""The Markdown brief names each visit's source and lists its difficulties (tryout13, session 41).

A researcher citing the brief had no outlet, byline, day published or address, and a difficulty added in review was
not in it (`surveys show` had both). Both parts are record text, so they are escaped like the rest of the brief.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.export import to_markdown
from tests.factories import make_record

SOURCE = {"outlet": "Báo Đồng Tháp", "author": "Lê Minh Khoa", "title": "Giám sát một cửa ở phường Mỹ Tho",
          "published": "2025-11-05", "url": "https://example.vn/giam-sat_mot-cua.html"}
TWO_PLACES = [
    {"name": "phường Tân Định", "level": "phường", "province": {"name": "Thành phố Hồ Chí Minh", "code": 79}},
    {"name": "phường Bến Thành", "level": "phường", "province": {"name": "Thành phố Hồ Chí Minh", "code": 79}},
]


def _visit(text: str, heading: str) -> str:
    """The part of the brief under one locality's heading."""
    return text.split(f"## {heading}")[1].split("\n## ")[0]


@pytest.mark.parametrize(("lang", "label", "day"), [("vi", "Nguồn", "05/11/2025"), ("en", "Source", "2025-11-05")])
def test_the_source_line_sits_under_the_visits_heading(lang: str, label: str, day: str) -> None:
    text = to_markdown([make_record(source=SOURCE)], lang=lang, today=date(2025, 12, 1))
    lines = text.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("### "))
    assert lines[heading + 1] == ""
    assert lines[heading + 2] == (f"{label}: Báo Đồng Tháp · Lê Minh Khoa · Giám sát một cửa ở phường Mỹ Tho · {day}"
                                  r" · https://example.vn/giam-sat\_mot-cua.html")
    assert lines[heading + 4].startswith(("Trưởng đoàn:", "Led by:"))  # the leader's line still follows


@pytest.mark.parametrize(("lang", "label"), [("vi", "Khó khăn"), ("en", "Difficulties")])
def test_difficulties_are_listed_under_their_locality(lang: str, label: str) -> None:
    record = make_record(localities=TWO_PLACES, difficulties=[
        {"text": "Đường truyền mạng chập chờn giờ cao điểm."},
        {"text": "Thiếu máy quét ở bộ phận một cửa.", "locality": "phường Bến Thành"},
    ])
    text = to_markdown([record], lang=lang, today=date(2025, 12, 1))
    tan_dinh, ben_thanh = _visit(text, "phường Tân Định"), _visit(text, "phường Bến Thành")
    assert f"**{label}**\n\n- Đường truyền mạng chập chờn giờ cao điểm.\n" in tan_dinh  # the visit's own: both
    assert "Thiếu máy quét" not in tan_dinh  # another ward's stays with it
    assert f"**{label}**\n\n- Đường truyền mạng chập chờn giờ cao điểm.\n- Thiếu máy quét ở bộ phận một cửa." \
        in ben_thanh
    # after what was asked, as the details pane orders them
    assert ben_thanh.index("**Chỉ đạo**" if lang == "vi" else "**Directions**") < ben_thanh.index(f"**{label}**")


def test_a_visit_without_source_or_difficulties_gets_neither_heading() -> None:
    """The look-alike: no empty "Nguồn:" line and no empty list for a record typed without them."""
    text = to_markdown([make_record(source={"outlet": "  "}, difficulties=[])], lang="vi", today=date(2025, 12, 1))
    assert "Nguồn" not in text and "Khó khăn" not in text


def test_the_source_and_difficulties_are_escaped_like_the_rest() -> None:
    record = make_record(source={"outlet": "[Báo](javascript:alert(1)) <b>*X*</b>"},
                         difficulties=[{"text": "![ảnh](http://x/y.png) `code` | ô"}])
    text = to_markdown([record], lang="vi", today=date(2025, 12, 1))
    assert r"Nguồn: \[Báo\](javascript:alert(1)) \<b\>\*X\*\</b\>" in text
    assert r"- !\[ảnh\](http://x/y.png) \`code\` \| ô" in text


_PRINTABLE = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(outlet=_PRINTABLE, difficulty=_PRINTABLE)
def test_any_outlet_or_difficulty_stays_one_literal_line(outlet: str, difficulty: str) -> None:
    """Whatever the text, it adds no heading, list, link or emphasis of its own: one line each, specials escaped."""
    record = make_record(source={"outlet": outlet}, difficulties=[{"text": difficulty}])
    lines = to_markdown([record], lang="en", today=date(2025, 12, 1)).splitlines()
    if outlet.strip():
        source = next(line for line in lines if line.startswith("Source: "))
        body = source.removeprefix("Source: ")
        for special in "`*_[]<>|~":
            assert body.count(special) == body.count("\\" + special)
    if difficulty.strip():
        listed = lines[lines.index("**Difficulties**") + 2]
        body = listed.removeprefix("- ")
        for special in "`*_[]<>|~":
            assert body.count(special) == body.count("\\" + special)
