"""The first rows of a file store with a current index come without the store's own code (#17).

Whether the index is current is asked of the store's file names and stamps
(`store.file_stamps`); the store (`store.store`, with TinyDB, the journal,
the compaction and the checks) is made when a record is first read or
written through the repository. A missing store is still made from the
sample, and reads and writes through a repository opened for browsing
still work.
"""

from __future__ import annotations

from pathlib import Path

from store.query import Filter
from store.store import SurveyStore
from store.tinydb_repository import TinyDBRepository
from tests.tui.test_first_screen_modules import loaded_at_first_frame
from tui.loading import open_for_browsing

ROOT = Path(__file__).parents[2]
STORE_CODE = ("store.store", "tinydb", "store.journal", "store.compaction", "store.state", "store.storage")


def test_the_first_rows_come_without_the_store_code(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    SurveyStore.open(store)
    TinyDBRepository(store).index.ensure()
    seen = loaded_at_first_frame(store, STORE_CODE, "en")
    assert seen["rows"], "the first frame shows the rows"
    modules = seen["modules"]
    assert isinstance(modules, list)
    assert [m for m in STORE_CODE if m in modules] == []


def test_a_repository_opened_for_browsing_reads_and_writes(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    SurveyStore.open(store)
    TinyDBRepository(store).index.ensure()
    repository = open_for_browsing(str(store))
    assert repository.index.fresh()  # type: ignore[attr-defined]
    first = repository.search(Filter(), limit=1).records[0]
    assert repository.get(first["id"]) == first
    assert repository.count() == len(list(repository.records()))
    updated = repository.update(first["id"], lambda record: {**record, "summary": "Tóm tắt viết lại để thử."})
    assert updated["summary"] == "Tóm tắt viết lại để thử."
    assert repository.index.fresh()  # type: ignore[attr-defined]  # kept current by its own write


def test_a_missing_store_is_made_from_the_sample(tmp_path: Path) -> None:
    store = tmp_path / "new.json"
    repository = open_for_browsing(str(store))
    assert store.exists() and repository.count() > 0


def test_a_symlinked_store_is_the_file_it_names(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    SurveyStore.open(real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    repository = TinyDBRepository(link)
    assert repository.path == real and repository.store.path == real
