"""Reads are bounded and never crash: each limit ends a runaway input with a message naming its option.

Devices are refused, a folder gives only regular files, an endless stream
stops at the size or problem limit, a closed standard input and a folder
tree 1,200 levels deep are messages, not tracebacks.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store.importing import ReadLimits, prepare
from store.importing.limits import parse_size
from tests.factories import make_record

ROOT = Path(__file__).parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cli(args: str, tmp_path: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The real command in a shell, for what only a process shows: closed descriptors, pipes."""
    command = f"{stdin} '{sys.executable}' -m cli.main --db '{tmp_path / 's.json'}' {args}"
    # timeout only guards the suite against a hang (the defect itself); nothing here measures speed
    return subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def record_file(path: Path, record_id: str = "2025-10-08-limit") -> Path:
    path.write_bytes(orjson.dumps(make_record(id=record_id)))
    return path


def problems_of(paths: list[Path | str], limits: ReadLimits | None = None) -> list[str]:
    with prepare(paths, limits=limits) as prepared:
        return [str(problem) for problem in prepared.problems]


def test_a_device_is_refused_named_or_through_a_link(tmp_path: Path) -> None:
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    for given in ("/dev/zero", tmp_path / "zero.json"):
        [problem] = problems_of([given])
        assert "is a device, not a file" in problem


def test_a_folder_gives_only_regular_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    record_file(folder / "good.json")
    os.mkfifo(folder / "pipe.json")  # reading it would block forever
    (folder / "zero.json").symlink_to("/dev/zero")
    problems = problems_of([folder])
    assert any("pipe.json: is a named pipe (FIFO), not a regular file" in p for p in problems), problems
    assert any("zero.json: is a device" in p for p in problems), problems


def test_a_file_over_the_size_limit_is_refused_before_reading(capsys, tmp_path: Path) -> None:
    source = record_file(tmp_path / "big.json")
    code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "import", str(source), "--max-file-size", "100b")
    assert code == 1
    assert "larger than the limit of 100 bytes" in err and "--max-file-size" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "import", str(source), "--dry-run")
    assert code == 0, err


def test_an_endless_stream_stops_at_the_size_limit(tmp_path: Path) -> None:
    done = cli("import - --max-file-size 1M", tmp_path, stdin="yes '' |")
    assert done.returncode == 1
    assert "more than 1 MiB read" in done.stderr and "--max-file-size" in done.stderr


def test_an_endless_stream_of_bad_lines_stops_after_the_problem_limit(tmp_path: Path) -> None:
    done = cli("import - --max-problems 5", tmp_path, stdin="yes '{\"id\": 1}' |")
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if line.startswith("<stdin>")]
    assert len(lines) == 6, done.stderr  # five problems, then where it stopped
    assert "stopped reading after 5 problems" in lines[-1] and "--max-problems" in lines[-1]


def test_a_long_line_is_refused_with_the_option_to_raise_it(capsys, tmp_path: Path) -> None:
    source = tmp_path / "l.jsonl"
    source.write_bytes(orjson.dumps(make_record(summary="x" * 5000)) + b"\n")
    code, _, err = run(capsys, "--db", str(tmp_path / "s.json"), "import", str(source), "--max-line-length", "4k")
    assert code == 1 and "line longer than 4 KiB" in err and "--max-line-length" in err


def test_closed_standard_input_is_a_message(tmp_path: Path) -> None:
    source = record_file(tmp_path / "r.json")
    done = cli(f"import '{source}' --dry-run", tmp_path, stdin="")
    assert done.returncode == 0, done.stderr
    for args in (f"import '{source}' --dry-run <&-", "import - <&-"):
        done = cli(args, tmp_path)
        assert "Traceback" not in done.stderr, done.stderr
    assert "standard input is closed" in done.stderr and done.returncode == 1


def test_a_folder_tree_1200_levels_deep_is_read_without_recursion(capsys, tmp_path: Path) -> None:
    top = deepest = tmp_path / "t"
    top.mkdir()
    for _ in range(1200):  # one level at a time: os.makedirs itself recurses
        deepest = deepest / "d"
        deepest.mkdir()
    record_file(deepest / "r.json")
    try:
        code, out, err = run(capsys, "--db", str(tmp_path / "s.json"), "import", str(top), "--dry-run")
    finally:  # bottom up, one level at a time: pytest's own clean-up (shutil.rmtree) recurses too
        (deepest / "r.json").unlink()
        while deepest != tmp_path:
            deepest.rmdir()
            deepest = deepest.parent
    assert "Traceback" not in err
    assert code == 0, err
    assert "would be added 1" in out


def test_sizes_are_read_as_people_write_them() -> None:
    assert parse_size("512") == parse_size("512M") == 512 * 1024 * 1024
    assert parse_size("2G") == 2 * 1024 ** 3 and parse_size("64k") == 65536 and parse_size("100b") == 100
    for bad in ("0", "-1", "x", "1e9"):
        with pytest.raises(ValueError):
            parse_size(bad)
