"""`surveys extract` names a draft's probable duplicates from its day's records and its own id's, not the whole store.

It had read every stored record for each run (`repository.records()`); it now asks the repository for the draft's
day and its id (`merge_offers.candidates`, as the import's offer does). The store here holds a few hundred records:
the draft's own id (lacking a figure the article gives), the same visit under another id with the delegation's name
written out ("Hội đồng nhân dân" for "HĐND"), a same-day visit elsewhere and a same-day visit by another body, and
many visits to the same place by the same body on other days. The names said must be those a read of the whole
store gives, and no record is read whole.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from store.extract import extract_file
from store.extract.duplicates import probable_duplicates
from store.extract.merge_offers import offer_among
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.test_import_same_id import SECOND

SAME_DAY = "2025-10-14"


def many(draft: dict[str, Any]) -> list[dict[str, Any]]:
    """The store's records around the draft `draft` (see the module)."""
    own = {**draft, "figures": draft["figures"][:1], "directions": [], "summary": "Bản đã lưu trước."}
    written_out = {**draft, "id": "2025-10-14-hoi-dong-nhan-dan-ninh-binh-gia-vien",
                   "body": "Đoàn giám sát, Hội đồng nhân dân tỉnh Ninh Bình", "figures": [], "directions": []}
    elsewhere = {**written_out, "id": "2025-10-14-hdnd-ninh-binh-elsewhere",
                 "localities": [{**draft["localities"][0], "name": "xã Nho Quan"}]}
    another_body = {**written_out, "id": "2025-10-14-mttq-ninh-binh-gia-vien", "body": "Ủy ban MTTQ tỉnh Ninh Bình",
                    "leader": {"name": "Phạm Văn Khác", "title": "Chủ tịch"}}
    records = [own, written_out, elsewhere, another_body]
    start = date(2024, 1, 1)
    for n in range(300):  # the same place and body, on other days: never a duplicate
        day = (start + timedelta(days=n)).isoformat()
        records.append({**written_out, "id": f"{day}-hdnd-ninh-binh-gia-vien-{n}", "date": day})
    return records


def named(err: str, article: str) -> list[str]:
    """The stored ids standard error names as the article's probable duplicates (or its own id's record)."""
    return sorted(re.findall(r"\d{4}-\d{2}-\d{2}-[a-z0-9-]+", "\n".join(
        line for line in err.splitlines() if line.startswith(article + ":"))))


def test_extract_names_the_duplicates_a_whole_read_names_without_reading_the_store_whole(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "gia_vien.txt"
    article.write_text(SECOND, encoding="utf-8")
    draft = extract_file(article).record
    assert draft["date"] == SAME_DAY  # the premise
    db = tmp_path / "store.json"
    store = SurveyStore.open(db)
    store.upsert_many(many(draft))
    everything = list(SurveyStore(db).records())
    found = offer_among(draft, everything)  # what the whole read named: its own id first, then the others
    whole = sorted(([found[0].stored_id] if found and found[0].same_id else [])
                   + [d.stored_id for d in probable_duplicates(draft, everything)])
    assert whole == sorted([draft["id"], "2025-10-14-hoi-dong-nhan-dan-ninh-binh-gia-vien"]), whole  # the premise

    def whole_read(self: TinyDBRepository) -> Any:
        raise AssertionError("extract read every stored record")

    monkeypatch.setattr(TinyDBRepository, "records", whole_read)
    assert main(["--db", str(db), "--lang", "en", "extract", str(article), "-o", str(tmp_path / "drafts.json")]) == 0
    err = capsys.readouterr().err
    assert named(err, str(article)) == whole, err
    assert "already stored under the same id" in err and "probable duplicate of" in err, err
