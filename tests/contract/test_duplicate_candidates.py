"""`merge_offers.candidates` on every backend: the draft's own id's record and its day's, which hold every record
`probable_duplicates` and the same-id offer would name from a read of the whole store (`surveys extract` and the
import's offer read these instead of every record)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from store.extract.duplicates import probable_duplicates
from store.extract.merge_offers import candidates, offer_among
from store.repository import Repository
from tests.factories import make_record

DRAFT = make_record(figures=[*make_record()["figures"], {"label": "Hồ sơ trễ hạn", "value": 17, "unit": "hồ sơ"}])


def stored() -> list[dict[str, Any]]:
    """The draft's own id (on another day, as a corrected date leaves it), the same visit under another id with the
    body written out, a same-day visit elsewhere, and 120 visits of the same body and place on other days."""
    own = make_record(date="2025-10-01")
    written_out = make_record(id="2025-10-02-hoi-dong-nhan-dan-tan-dinh", body="Hội đồng nhân dân phường Tân Định")
    elsewhere = make_record(id="2025-10-02-hdnd-test-da-kao", localities=[{
        "name": "phường Đa Kao", "level": "phường", "province": {"name": "Thành phố Hồ Chí Minh", "code": 79},
        "ward": {"name": "Phường Tân Định", "code": 26737}}], figures=[])
    others = [make_record(id=f"{day}-hdnd-test-tan-dinh-{n}", date=day)
              for n, day in enumerate((date(2025, 1, 1) + timedelta(days=n)).isoformat() for n in range(120))
              if day != DRAFT["date"]]
    return [own, written_out, elsewhere, *others]


def named(draft: dict[str, Any], records: list[dict[str, Any]]) -> list[str]:
    found = offer_among(draft, records)
    same = [found[0].stored_id] if found is not None and found[0].same_id else []
    return same + sorted(d.stored_id for d in probable_duplicates(draft, records))


def test_the_candidates_name_what_the_whole_store_names(repository: Repository) -> None:
    records = stored()
    repository.upsert_many(records)
    everything = list(repository.records())
    whole = named(DRAFT, everything)
    assert whole[0] == DRAFT["id"] and "2025-10-02-hoi-dong-nhan-dan-tan-dinh" in whole  # the premise
    near = candidates(repository, DRAFT)
    assert named(DRAFT, near) == whole
    assert len(near) < 10 < len(everything)  # its day's and its id's, not the store
    assert {r["id"] for r in near} >= {DRAFT["id"], "2025-10-02-hdnd-test-da-kao"}


def test_a_draft_whose_date_is_no_day_still_finds_its_own_id(repository: Repository) -> None:
    repository.upsert_many(stored())
    assert [r["id"] for r in candidates(repository, {**DRAFT, "date": "2025-02-31"})] == [DRAFT["id"]]
    assert candidates(repository, {"id": "no-such-id", "date": "2025-10-02"})  # the day's, without an id of its own
