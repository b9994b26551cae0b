"""A page cut off inside its last sentence: the item it gives is kept, ending in "…" and marked cut. Texts written
for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article

_OPENING = ("Sáng 6/10/2023, Ban Pháp chế HĐND huyện Lắk do ông Hồ Văn Nam, Trưởng Ban Pháp chế HĐND huyện, làm "
            "trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Buôn Triết.\n\n")
_ASKS = "Ông Hồ Văn Nam đề nghị xã công khai lịch tiếp dân; cập nhật kịp thời hồ sơ lên hệ thống; "


def directions_of(text: str) -> list[str]:
    return [d["text"] for d in extract_article(text).record.get("directions", [])]


@pytest.mark.parametrize("ending", ["bố trí đủ cán bộ cho bộ phận một cử",  # cut mid-word
                                    "phối hợp với Công an xã để hướng dẫn người dân và"])  # cut after a word
def test_the_last_item_of_a_cut_last_sentence_is_marked_cut(ending: str) -> None:
    draft = extract_article(_OPENING + _ASKS + ending)
    texts = [d["text"] for d in draft.record["directions"]]
    assert texts[:2] == ["Công khai lịch tiếp dân.", "Cập nhật kịp thời hồ sơ lên hệ thống."]
    assert texts[2] == ending[:1].upper() + ending[1:] + "…"
    assert "directions[2]" in draft.certainty and "directions[1]" not in draft.certainty


@pytest.mark.parametrize("ending", ["bố trí đủ cán bộ cho bộ phận một cửa.", "bố trí đủ cán bộ cho bộ phận một cửa!",
                                    "bố trí đủ cán bộ cho bộ phận một cửa…"])
def test_a_finished_last_sentence_keeps_its_last_item(ending: str) -> None:
    assert directions_of(_OPENING + _ASKS + ending)[-1] == "Bố trí đủ cán bộ cho bộ phận một cửa."


def test_a_cut_sentence_that_is_not_the_last_keeps_its_items() -> None:
    text = _OPENING + _ASKS + "bố trí đủ cán bộ cho bộ phận một cửa\n\nXã đã tiếp nhận 986 hồ sơ trong năm nay."
    assert directions_of(text)[-1] == "Bố trí đủ cán bộ cho bộ phận một cửa."


def test_a_short_unpunctuated_last_line_is_a_heading_not_a_cut() -> None:
    text = _OPENING + _ASKS + "bố trí đủ cán bộ cho bộ phận một cửa.\n\nThủ tục giấy tờ"
    assert directions_of(text)[-1] == "Bố trí đủ cán bộ cho bộ phận một cửa."
