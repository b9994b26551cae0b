"""How fast `surveys` starts, each figure as a ratio to `python3 -c pass` measured in the same run.

    .venv/bin/python scripts/startup.py              # 7 runs each, median
    .venv/bin/python scripts/startup.py --runs 3
    git worktree add /tmp/before <commit> && .venv/bin/python scripts/startup.py --root /tmp/before

`--root` runs the `surveys` of another checkout (a commit before a change) with this
interpreter and its packages, so before and after are measured alike.

Printed, each as the median wall time of fresh processes and its ratio to the floor:

* floor: `python -c pass` (the interpreter's own start-up);
* `surveys --version`;
* `surveys list` on the bundled store: a store in a temporary directory, made by
  `surveys init STORE --sample` (untimed) from the bundled dataset;
* launch to first screen: the browser runs in a pseudo-terminal of 80×24 and the clock
  stops when its output holds the date of the newest bundled survey, i.e. the list has
  been drawn with records in it (what a user sees first and can browse).

Each figure is given as wall time and as CPU time (user + system of that process): on a
shared machine the wall time includes waiting for a processor, the CPU time does not.

Targets (issue 14): --version ≤ 3× floor, list ≤ 6× floor, first screen < 1 s on an
idle machine. This is a benchmark, not a test: it prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import resource
import select
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "surveys.json"
BOOT = ("import sys; sys.meta_path[:] = [f for f in sys.meta_path if 'editable' not in type(f).__module__]; "
        "sys.path.insert(0, sys.argv.pop(1)); from cli.main import main; sys.exit(main())")
"""What the `surveys` console script does (`from cli.main import main`), from the checkout named first."""


CPU: dict[str, list[float]] = {}
"""CPU seconds (user + system) of each measured process, by figure: on a machine others are using, wall time
waits for the processor and CPU time does not, so it shows what the program itself costs."""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str], figure: str = "") -> float:
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    CPU.setdefault(figure, []).append(_children_cpu() - cpu)
    return wall


def first_screen(command: list[str], env: dict[str, str], marker: bytes, limit: float = 30.0) -> float:
    """Seconds from spawning the browser in an 80×24 pty until `marker` has been written to it."""
    import fcntl  # noqa: PLC0415 - POSIX only, like pty
    import termios  # noqa: PLC0415

    pid, fd = pty.fork()
    if pid == 0:  # the child: become the browser
        os.chdir(ROOT)
        os.execvpe(command[0], command, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    seen = b""
    try:
        while time.perf_counter() - start < limit:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if marker in seen:
                    return time.perf_counter() - start
        raise RuntimeError(f"the browser never drew {marker!r}")
    finally:
        os.kill(pid, signal.SIGKILL)
        _, _, usage = os.wait4(pid, 0)
        CPU.setdefault("screen", []).append(usage.ru_utime + usage.ru_stime)
        os.close(fd)


def newest_date(path: Path) -> bytes:
    records = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(records, dict):  # a TinyDB file: {"surveys": {"1": {...}}}
        records = [r for table in records.values() for r in table.values()]
    return max(r["date"] for r in records).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose surveys is measured")
    args = parser.parse_args()
    surveys = [sys.executable, "-c", BOOT, str(args.root.resolve())]
    with tempfile.TemporaryDirectory() as work:
        store = Path(work) / "surveys.json"
        env = dict(os.environ, SURVEYS_DB=str(store), TERM="xterm-256color", LANG="en_US.UTF-8",
                   XDG_CONFIG_HOME=work, XDG_DATA_HOME=work, PYTHONDONTWRITEBYTECODE="")
        # One untimed run each: bytecode caches and the store's first import (list/JSON → TinyDB) happen here.
        timed([sys.executable, "-c", "pass"], env)
        timed(surveys + ["--version"], env)
        timed(surveys + ["init", str(store), "--sample"], env)  # a named store that does not exist is an error
        timed(surveys + ["list"], env)
        marker = newest_date(BUNDLED)
        first_screen(surveys, env, marker)
        figures: dict[str, list[float]] = {"floor": [], "version": [], "list": [], "screen": []}
        CPU.clear()
        for _ in range(args.runs):  # interleaved, so a busy moment hits every figure alike
            figures["floor"].append(timed([sys.executable, "-c", "pass"], env, "floor"))
            figures["version"].append(timed(surveys + ["--version"], env, "version"))
            figures["list"].append(timed(surveys + ["list"], env, "list"))
            figures["screen"].append(first_screen(surveys, env, marker))
    floor = statistics.median(figures["floor"])
    cpu_floor = statistics.median(CPU["floor"])
    names = {"floor": "python -c pass", "version": "surveys --version", "list": "surveys list (bundled)",
             "screen": "browser, launch to first screen"}
    targets = {"version": "≤ 3×", "list": "≤ 6×", "screen": "< 1 s"}
    print(f"{'':34} {'wall':>9} {'× floor':>8} {'cpu':>9} {'× floor':>8}  target   (runs: {args.runs}, "
          f"cpus: {os.cpu_count()}, load: {os.getloadavg()[0]:.1f})")
    for key, values in figures.items():
        median, cpu = statistics.median(values), statistics.median(CPU[key])
        print(f"{names[key]:34} {median * 1000:7.0f}ms {median / floor:7.1f}× {cpu * 1000:7.0f}ms "
              f"{cpu / cpu_floor:7.1f}×  {targets.get(key, '')}")


if __name__ == "__main__":
    main()
