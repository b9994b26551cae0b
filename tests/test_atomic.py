"""One atomic-write helper (`store.atomic`) behind every file written whole, and a sweep that takes only the dead's.

Each caller (store file, `.checked` cache, browser settings, export, extraction
drafts) is run through the same promises: a failure leaves the old file and no
temporary file; the mode of an existing file is kept and a new file gets what
`open()` would give it. The sweep that the store runs before each write
removes only temporary files of the store's own files whose writer is gone.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cli.main import main
from store import atomic, checked, compaction, export, storage
from store.store import SurveyStore
from tests.factories import make_record
from tests.faults import full_disk, patch_os
from tui.settings import Settings, save_settings

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = textwrap.dedent("""\
    Sáng 3/10/2025, Đoàn giám sát của HĐND phường Lái Thiêu làm việc với UBND phường về thủ tục hành chính.
    Trưởng đoàn là bà Trần Thị Mai, Phó Trưởng ban Pháp chế HĐND phường.
""")


def _store_file(folder: Path) -> Path:
    path = folder / "s.json"
    storage.write_atomically(path, b'{"surveys":{}}')
    return path


def _checked(folder: Path) -> Path:
    store = folder / "s.json"
    checked.remember(store, (1, 2, time.time_ns()), [])
    return checked.checked_path(store)


def _settings(folder: Path) -> Path:
    path = folder / "s.json.settings.json"
    save_settings(path, Settings(filter=f"year:{time.time_ns() % 3000}"))
    return path


def _export(folder: Path) -> Path:
    path = folder / "s.csv"
    export.write_file(path, b"id,date\n" + str(time.time_ns()).encode() + b"\n")
    return path


def _drafts(folder: Path) -> Path:
    article, path = folder / "visit.txt", folder / "drafts.json"
    article.write_text(ARTICLE, encoding="utf-8")
    main(["--db", str(folder / "none.json"), "extract", str(article), "-o", str(path)])
    return path


CALLERS: dict[str, Callable[[Path], Path]] = {
    "store": _store_file, "checked": _checked, "settings": _settings, "export": _export, "drafts": _drafts,
}
"""Each writes its file in `folder` through its own entry point and returns the file's path."""


@pytest.fixture(params=sorted(CALLERS))
def caller(request: pytest.FixtureRequest) -> Callable[[Path], Path]:
    return CALLERS[request.param]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(caller, tmp_path: Path, monkeypatch) -> None:
    target = caller(tmp_path)
    before = target.read_bytes()
    full_disk(monkeypatch, room=4)
    try:
        caller(tmp_path)
    except (OSError, SystemExit):
        pass  # the best-effort writers (cache, settings) swallow it; the others raise or report it
    assert target.read_bytes() == before
    assert not atomic.temporaries(tmp_path)


def test_an_existing_file_keeps_its_mode_and_a_new_one_follows_the_umask(caller, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        target = caller(tmp_path)
        assert target.stat().st_mode & 0o777 == 0o640  # 0o666 less the umask, not mkstemp's 0o600
        os.chmod(target, 0o604)
        caller(tmp_path)
        assert target.stat().st_mode & 0o777 == 0o604
    finally:
        os.umask(old)


def test_a_chunk_that_fails_leaves_the_target_untouched(tmp_path: Path) -> None:
    target = tmp_path / "t.bin"
    target.write_bytes(b"old")

    def chunks() -> Iterator[bytes]:
        yield b"new, half"
        raise RuntimeError("the producer failed")

    with pytest.raises(RuntimeError):
        atomic.write_file(target, chunks())
    assert target.read_bytes() == b"old" and not atomic.temporaries(tmp_path)


@pytest.mark.parametrize("durable, syncs", [(True, 2), (False, 0)])
def test_a_durable_write_syncs_the_file_and_its_folder(tmp_path: Path, monkeypatch, durable: bool, syncs: int) -> None:
    calls: list[int] = []

    def fsync(descriptor: int) -> None:
        calls.append(descriptor)
        os.fsync(descriptor)

    patch_os(monkeypatch, fsync=fsync)
    atomic.write_file(tmp_path / "t.json", b"{}", durable=durable)
    assert len(calls) == syncs and (tmp_path / "t.json").read_bytes() == b"{}"


def test_the_backup_is_the_previous_version(tmp_path: Path) -> None:
    target, backup = tmp_path / "t.json", tmp_path / "t.json.bak"
    atomic.write_file(target, b"one", backup=backup)
    assert not backup.exists()  # nothing to keep yet
    atomic.write_file(target, [b"t", b"wo"], backup=backup)
    assert (target.read_bytes(), backup.read_bytes()) == (b"two", b"one")
    assert not atomic.temporaries(tmp_path)


@pytest.mark.parametrize("make, message", [
    (lambda folder: folder, "is a directory; give a file name"),
    (lambda folder: folder / "missing" / "out.csv", "the folder .* does not exist"),
])
def test_a_target_that_cannot_be_a_file_is_refused_by_name(tmp_path: Path, make, message: str) -> None:
    target = make(tmp_path)
    with pytest.raises(OSError, match=message):
        export.write_file(target, b"x")
    assert not atomic.temporaries(tmp_path)


def _dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True)
    return int(child.stdout)


def _leftover(target: Path, pid: int, age: float = 0.0) -> Path:
    name = atomic.temporary_name(target).name.replace(f".{os.getpid()}.", f".{pid}.", 1)
    path = target.with_name(name)
    path.write_bytes(b"partial")
    if age:
        os.utime(path, (time.time() - age, time.time() - age))
    return path


def test_the_sweep_takes_only_the_named_targets_of_dead_or_old_writers(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    dead, alive = _dead_pid(), os.getpid()
    gone = [_leftover(store, dead), _leftover(tmp_path / "s.json.bak", dead), _leftover(store, alive, age=7200),
            _leftover(checked.checked_path(store), dead), _leftover(tmp_path / "s.json.journal", dead)]
    kept = [_leftover(store, alive), _leftover(tmp_path / "s.json.csv", dead), _leftover(tmp_path / "t.json", dead)]
    foreign = tmp_path / ".s.json.abcd1234.tmp"  # not our name at all (another program's, or an old version's)
    foreign.write_bytes(b"?")
    compaction.remove_stale_temporaries(store)
    assert [p for p in gone if p.exists()] == []
    assert all(p.exists() for p in [*kept, foreign])


def test_an_export_named_after_the_store_survives_a_store_write_meanwhile(tmp_path: Path) -> None:
    """The reported case: `<store>.csv` exported beside the store while another process writes the store."""
    store = SurveyStore.open(tmp_path / "s.json")
    target = tmp_path / "s.json.csv"
    writer = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from store import atomic
        def chunks():
            yield b"id,date\\n"
            Path(sys.argv[2]).write_text("started")
            while not Path(sys.argv[3]).exists():
                time.sleep(0.01)
            yield b"x,2025-10-03\\n"
        atomic.write_file(Path(sys.argv[1]), chunks())
    """)
    started, go_on = tmp_path / "started", tmp_path / "go-on"
    child = subprocess.Popen([sys.executable, "-c", writer, str(target), str(started), str(go_on)], cwd=ROOT)
    try:
        while not started.exists():
            assert child.poll() is None, "the exporting child ended early"
            time.sleep(0.01)
        assert atomic.temporaries(tmp_path, [target.name])
        store.upsert_many([make_record(id="meanwhile", date="2025-10-03")])  # sweeps under the store's lock
        store.compact()
        assert atomic.temporaries(tmp_path, [target.name]), "the store's sweep took the export's temporary file"
    finally:
        go_on.write_text("go")
        assert child.wait(timeout=60) == 0
    assert target.read_bytes() == b"id,date\nx,2025-10-03\n"
    assert not atomic.temporaries(tmp_path)


def test_a_killed_store_write_leaves_a_temporary_the_next_write_sweeps(tmp_path: Path) -> None:
    store = SurveyStore.open(tmp_path / "s.json")
    before = store.path.read_bytes()
    script = "import sys; from store.store import SurveyStore; SurveyStore.open(sys.argv[1]).compact()"
    child = subprocess.run([sys.executable, "-c", script, str(store.path)], cwd=ROOT, timeout=60,
                           env={**os.environ, storage.CRASH_ENV: "after-fsync"})
    assert child.returncode < 0
    assert store.path.read_bytes() == before and len(atomic.temporaries(tmp_path)) == 1
    store.upsert_many([make_record(id="after", date="2025-10-04")])
    assert not atomic.temporaries(tmp_path)


def test_no_module_makes_its_own_temporary_files() -> None:
    """One helper per job: whole-file writes go through store.atomic (the SQLite index builds its own database)."""
    allowed = {ROOT / "store" / "atomic.py", ROOT / "store" / "sqlindex" / "build.py"}
    found = [str(path.relative_to(ROOT)) for folder in ("store", "cli", "tui") for path in (ROOT / folder).rglob("*.py")
             if path not in allowed and re.search(r"mkstemp|NamedTemporaryFile|\.replace\(temp",
                                                   path.read_text(encoding="utf-8"))]
    assert not found, found
