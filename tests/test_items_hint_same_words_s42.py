"""The `u` list's key hints say the same thing in both languages (tryout s42-tryout14, Found 9).

`n` had read "n mục khác" (another item) in Vietnamese and "n next earlier item" in English; both now name the item
raised before, as the row's mark does ("↺ đã nêu trước" / "↺ raised before"). The whole line is checked: the same
keys in the same order, and each key's words in the pairs below (what each says, in both languages).
"""

from __future__ import annotations

import pytest

from tui.i18n import Translator

SEPARATOR = " · "
SAID = {  # a key → what it says in (vi, en): the same thing in both
    "j k ↑↓": ("chọn", "move"),
    "Enter": (("sửa trạng thái, hạn, phản hồi", "xem"), ("edits status, deadline, responses", "shows")),
    "n": ("mục đã nêu", "item raised before"),
    "Esc": ("thoát", "leaves"),
    "F1": ("giúp", "help"),
}


def _groups(key: str, lang: str) -> list[tuple[str, str]]:
    groups = Translator(lang)(key).split(SEPARATOR)
    keys = [next(k for k in SAID if group.startswith(k + " ")) for group in groups]
    return [(k, group.removeprefix(k + " ")) for k, group in zip(keys, groups, strict=True)]


@pytest.mark.parametrize("key, which", [("items.hint", 0), ("items.hint_reader", 1)])
def test_each_key_says_the_same_in_both_languages(key: str, which: int) -> None:
    vi, en = _groups(key, "vi"), _groups(key, "en")
    assert [k for k, _ in vi] == [k for k, _ in en]
    for (k, vi_said), (_, en_said) in zip(vi, en, strict=True):
        want_vi, want_en = SAID[k]
        if isinstance(want_vi, tuple) and isinstance(want_en, tuple):
            want_vi, want_en = want_vi[which], want_en[which]
        assert (vi_said, en_said) == (want_vi, want_en), k


def test_the_links_line_says_next_in_both() -> None:
    assert Translator("vi")("links.which", at="1", count="2").endswith("· n mục kế tiếp)")
    assert Translator("en")("links.which", at="1", count="2").endswith("· n next)")
