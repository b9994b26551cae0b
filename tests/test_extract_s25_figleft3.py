"""Session 25, figures left open (third pass): a unit's strength in "quân số" (`figure_lexicon`, `figure_reach`)."""

from __future__ import annotations

from store.extract import extract_article
from store.extract.figure_reach import team_size

_HEAD = ("Kiểm tra công tác an ninh tại xã Nam Đàn\n\nSáng 6/10/2025, ông Hoàng Văn Nhiên, Phó Chủ tịch UBND tỉnh "
         "Nghệ An, dẫn đầu đoàn công tác kiểm tra công tác an ninh, trật tự tại xã Nam Đàn. ")


def _figures(body: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_article(_HEAD + body).record["figures"]}


def test_a_visited_units_strength_is_a_figure() -> None:
    found = _figures("Công an xã hiện có 27 quân số, địa bàn rộng nên lực lượng còn mỏng.")
    assert set(found) == {27}
    assert found[27]["unit"] == "chiến sĩ"
    assert set(_figures("Ban Chỉ huy Quân sự xã có 11 quân số thường trực.")) == {11}


def test_the_teams_own_strength_is_no_figure() -> None:
    assert _figures("Đoàn công tác gồm 14 quân số của các phòng nghiệp vụ.") == {}
    assert _figures("Đoàn kiểm tra có 8 chiến sĩ đi cùng.") == {}
    text = "Đoàn kiểm tra gồm 14 quân số"
    assert team_size(text, text.index("14"), "chiến sĩ")
    text = "Công an xã hiện có 27 quân số"
    assert not team_size(text, text.index("27"), "chiến sĩ")
