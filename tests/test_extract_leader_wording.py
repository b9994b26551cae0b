"""The rule a leader is credited to names the wording the sentence uses ("dẫn đầu", "chủ trì", "dẫn đoàn"), as the
review screen shows it as the value's source; sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.leads import lead_draft


@pytest.mark.parametrize("verb", ["dẫn đầu", "chủ trì", "dẫn đoàn", "chủ tọa"])
def test_do_x_then_the_verb_is_credited_to_that_verb(verb: str) -> None:
    draft = lead_draft(f"Sáng 14/8/2024, đoàn giám sát do ông Trịnh Văn Hòa, Phó Chủ tịch HĐND tỉnh Quảng Trị {verb} "
                       "đã làm việc với UBND xã Gio Mỹ.")
    assert draft.record["leader"]["name"] == "Trịnh Văn Hòa"
    assert verb in draft.rules["leader"]
    assert all(other not in draft.rules["leader"] for other in {"dẫn đầu", "chủ trì", "dẫn đoàn"} - {verb})


def test_a_name_then_leads_is_credited_to_leads() -> None:
    draft = lead_draft("Ngày 2/4/2025, Phó Chủ tịch UBND huyện Lê Thị Mai dẫn đầu đoàn công tác kiểm tra tại xã "
                       "An Hòa.")
    assert draft.record["leader"]["name"] == "Lê Thị Mai"
    assert draft.rules["leader"] == "X dẫn đầu"
