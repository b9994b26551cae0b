"""`surveys import` as a process: a progress bar on a terminal only, and large inputs streamed in bounded memory.

Run in a child interpreter so that the terminal (a pty) and the peak memory are the import's own, not pytest's.
"""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

from store import atomic
from store.store import SurveyStore
from tests.factories import make_record
from tests.test_import import BUNDLED, ROOT, db, records, write_jsonl

__all__ = ["db"]  # the store fixture, shared with test_import


# -- progress ----------------------------------------------------------------

PROGRESS_CHILD = textwrap.dedent("""
    import sys
    from cli.main import main
    sys.exit(main(sys.argv[1:]))
""")


def test_progress_bar_on_a_terminal_only(tmp_path: Path, db: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", records(300))
    argv = [sys.executable, "-c", PROGRESS_CHILD, "--db", str(db), "import", str(path), "--dry-run"]
    piped = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert piped.returncode == 0 and piped.stderr == ""
    primary, secondary = pty.openpty()
    try:
        child = subprocess.run(argv, stdout=subprocess.PIPE, stderr=secondary, cwd=ROOT, timeout=120)
        os.close(secondary)
        secondary = -1
        shown = _drain(primary)
    finally:
        os.close(primary)
        if secondary >= 0:
            os.close(secondary)
    assert child.returncode == 0
    assert "reading  [" in shown and "100%" in shown
    assert shown.endswith("\r\x1b[K")


def _drain(descriptor: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(descriptor, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode()


# -- large inputs ------------------------------------------------------------

# The peak is read from /proc/self/status (VmHWM, this process image only) where there is one:
# ru_maxrss survives fork and exec on Linux, so it would report the pytest parent's size.
LARGE_CHILD = textwrap.dedent("""
    import pathlib, re, resource, sys
    from cli.main import main
    code = main(sys.argv[1:])
    status = pathlib.Path("/proc/self/status")
    found = re.search(r"VmHWM:\\s+(\\d+) kB", status.read_text()) if status.exists() else None
    print(found[1] if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
    sys.exit(code)
""")


def _large_input(path: Path, count: int, padding: int) -> None:
    template = make_record()
    with path.open("wb") as handle:
        for i in range(count):
            record = {**template, "id": f"bulk-{i:06d}", "body": f"Đoàn khảo sát {i}", "notes": "ghi chú " * padding}
            handle.write(orjson.dumps(record) + b"\n")


@pytest.mark.slow  # a 100 MB import
@pytest.mark.parametrize(("count", "padding"), [
    pytest.param(4_000, 3_000, id="100MB-of-long-records"),
    pytest.param(100_000, 0, id="100k-records", marks=pytest.mark.skipif(
        not os.environ.get("SURVEYS_SLOW_TESTS"), reason="about 15 s; set SURVEYS_SLOW_TESTS=1")),
])
def test_large_jsonl_streams_in_bounded_memory_with_one_write(
    tmp_path: Path, db: Path, count: int, padding: int
) -> None:
    path = tmp_path / "large.jsonl"
    _large_input(path, count, padding)
    child = subprocess.run([sys.executable, "-c", LARGE_CHILD, "--db", str(db), "import", str(path)],
                           capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert child.returncode == 0, child.stderr[-2000:]
    assert f"added {count:,}".replace(",", "") in child.stdout.replace(",", "")
    peak_bytes = int(child.stderr.strip().splitlines()[-1]) * 1024
    assert len(SurveyStore(db)) == BUNDLED + count
    # The input is never held whole: peak memory stays well under the input's size for the large-record case,
    # and under a fixed ceiling for the many-records case (ids and visit keys only).
    if padding:
        assert peak_bytes < path.stat().st_size, (peak_bytes, path.stat().st_size)
    assert peak_bytes < 400 * 1024 * 1024, peak_bytes
    assert not atomic.temporaries(db.parent)
