"""`store.item_links`: the candidates are the same places of today's items, decided links kept or dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.followup import FollowUpError
from store.item_links import LinkIndex, place_keys
from store.link_decisions import decide
from store.store import SurveyStore
from tests.factories import make_record

CON_CUONG = {"name": "xã Con Cuông", "level": "xã", "province": {"name": "Nghệ An", "code": 40},
             "ward": {"name": "Xã Con Cuông", "code": 17254}}
FORMER = {"name": "thị trấn Con Cuông", "level": "xã", "former_province": "Nghệ An",
          "province": {"name": "Nghệ An", "code": 40}, "ward": {"name": "Xã Con Cuông", "code": 17254}}
MON_SON = {"name": "xã Môn Sơn", "level": "xã", "province": {"name": "Nghệ An", "code": 40},
           "ward": {"name": "Xã Môn Sơn", "code": 17263}}


def visit(rid: str, day: str, locality: dict, recommendations: list[str], directions: tuple[str, ...] = ()) -> dict:
    return make_record(id=rid, date=day, localities=[locality], figures=[],
                       recommendations=[{"text": text} for text in recommendations],
                       directions=[{"text": text} for text in directions])


MARCH = visit("march", "2026-03-12", FORMER, ["Đề nghị cấp máy quét tài liệu cho bộ phận một cửa.",
                                              "Đề nghị bổ sung 01 biên chế công chức công nghệ thông tin."])
SEPTEMBER = visit("september", "2026-09-18", CON_CUONG, ["Nâng cấp đường truyền cho trụ sở xã.",
                                                         "Xã lại đề nghị sớm bổ sung biên chế công chức "
                                                         "công nghệ thông tin."])
ELSEWHERE = visit("mon-son", "2026-01-05", MON_SON, ["Đề nghị bổ sung 01 biên chế công chức công nghệ thông tin."])



SAID = {"vi": "đã nêu trước: 12/03/2026", "en": "raised before: 2026-03-12"}
"""How `show`, the details pane and the `u` list say that SEPTEMBER's item repeats MARCH's."""


def two_visits(tmp_path: Path) -> Path:
    """A store holding MARCH and SEPTEMBER, for the command line and Pilot tests of the links."""
    path = tmp_path / "s.json"
    SurveyStore.open(path).upsert_many([MARCH, SEPTEMBER])
    return path


def test_a_unit_recorded_under_its_former_name_is_the_same_place_of_today() -> None:
    assert place_keys(MARCH) == place_keys(SEPTEMBER) == frozenset({"w17254"})


def test_the_later_visit_links_to_the_earlier_items_it_repeats_only() -> None:
    index = LinkIndex([MARCH, SEPTEMBER, ELSEWHERE])
    links = index.links(SEPTEMBER)
    assert list(links) == [("recommendations", 1)]
    [link] = links[("recommendations", 1)]
    assert (link.survey, link.item, link.date, link.status, link.confirmed) == ("march", "r2", "2026-03-12",
                                                                                  "open", False)
    assert index.links(MARCH) == {}  # never a later one


def test_a_dropped_link_does_not_come_back_and_a_confirmed_one_stays() -> None:
    dropped = decide(SEPTEMBER, ("recommendations", 1), ("march", "r2"), "dropped")
    assert LinkIndex([MARCH, dropped]).links(dropped) == {}
    confirmed = decide(SEPTEMBER, ("recommendations", 0), ("march", "r1"), "confirmed")  # wording unlike
    links = LinkIndex([MARCH, confirmed]).links(confirmed)
    assert [(link.item, link.confirmed) for link in links[("recommendations", 0)]] == [("r1", True)]
    undone = decide(confirmed, ("recommendations", 0), ("march", "r1"), None)
    assert "repeats" not in undone["recommendations"][0]


@pytest.mark.parametrize(("earlier", "decision"), [(("september", "r1"), "confirmed"), (("march", "x1"), "dropped"),
                                                   (("march", "r1"), "maybe")])
def test_a_decision_that_cannot_be_is_refused(earlier: tuple[str, str], decision: str) -> None:
    with pytest.raises(FollowUpError):
        decide(SEPTEMBER, ("recommendations", 0), earlier, decision)
