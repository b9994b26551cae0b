"""Session 25, figures left open (second pass): things put in a rank counted (`figure_ranks.things_ranked`)."""

from __future__ import annotations

from store.extract import extract_article
from store.extract.figure_assigned import target_level
from store.extract.figure_ranks import things_ranked

_HEAD = ("Đoàn giám sát làm việc tại xã Nam Đàn\n\nSáng 12/11/2025, ông Hoàng Văn Nhiên, Trưởng Ban Văn hóa - Xã "
         "hội HĐND tỉnh Nghệ An, dẫn đầu đoàn giám sát làm việc tại xã Nam Đàn. ")


def _figures(body: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_article(_HEAD + body).record["figures"]}


def test_things_put_in_a_rank_are_counted() -> None:
    assert set(_figures("Năm nay tỉnh đã xếp hạng 9 di tích trên địa bàn xã.")) == {9}
    assert set(_figures("Xã đã lập hồ sơ đề nghị xếp hạng 5 di tích lịch sử.")) == {5}


def test_a_rank_held_stays_no_figure() -> None:
    assert _figures("Chỉ số hài lòng của xã xếp hạng 6 trong toàn tỉnh.") == {}
    assert _figures("Năm 2024, xã được xếp hạng 8 toàn tỉnh về cải cách hành chính.") == {}
    text = "xã xếp hạng 3 sao"
    assert not things_ranked(text, text.index("3"), "sao")
    text = "đã xếp hạng 3 di tích"
    assert things_ranked(text, text.index("3"), "di tích")
    assert not things_ranked(text, text.index("3"), None)


def test_relics_put_forward_are_labelled_by_the_request() -> None:
    found = _figures("Xã đã lập hồ sơ đề nghị xếp hạng 5 di tích lịch sử.")
    assert found[5]["label"] == "Di tích lịch sử đề nghị xếp hạng"


def test_levels_the_targets_set_name_are_aims() -> None:
    found = _figures("Nghị quyết Đại hội Đảng bộ xã đề ra 24 chỉ tiêu, trong đó tỷ lệ che phủ rừng đạt 48% và tỷ lệ "
                     "hộ nghèo dưới 2,8%. Đến nay, xã đã đạt 17 chỉ tiêu.")
    assert set(found) == {24, 17}
    assert found[17]["of"] == 24


def test_a_level_told_with_progress_in_its_sentence_is_a_figure() -> None:
    assert 2.1 in _figures("Kế hoạch đề ra tỷ lệ hộ nghèo dưới 2,5%, đến nay tỷ lệ này còn 2,1%.")
    text = "Kế hoạch đề ra 9 chỉ tiêu, trong đó tỷ lệ hộ nghèo dưới 3%, đến nay đạt 2,6%."
    assert not target_level(text, text.index("2,6"), text.index("2,6") + 4, "%")
    text = "Kế hoạch đề ra 9 chỉ tiêu, trong đó tỷ lệ hộ nghèo dưới 3%."
    assert target_level(text, text.index("3%"), text.index("3%") + 2, "%")
    text = "Năm 2024, xã đã thực hiện kế hoạch, trong đó đề ra 12 nhiệm vụ và hoàn thành 100% nhiệm vụ."
    assert not target_level(text, text.index("100"), text.index("100") + 4, "%")
