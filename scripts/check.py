"""Every check the project's CI runs, in one command: lint, types, layers, tests, the Textual floor.

    python scripts/check.py            # everything (what .ci/run and the README run)
    python scripts/check.py --quick    # lint, types and the tests not marked slow

Each step prints its name and time; the first failure stops the run with its
exit status. Tests run in parallel (pytest-xdist): the Pilot tests spend most
of their time waiting for the screen, so more workers than cores pays.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def steps(quick: bool) -> list[tuple[str, list[str]]]:
    python = sys.executable
    workers = os.environ.get("SURVEYS_TEST_WORKERS", "4")
    pytest = [python, "-m", "pytest", "-n", workers, "-p", "no:randomly"]
    chosen = [
        ("lint (ruff)", [python, "-m", "ruff", "check", "store", "cli", "tui", "tests", "scripts"]),
        ("types (mypy)", [python, "-m", "mypy"]),
        ("tests" + (" (quick)" if quick else ""), pytest + (["-m", "not slow"] if quick else [])),
    ]
    if not quick:
        chosen.append(("Textual floor", [python, str(ROOT / "scripts" / "check_floor.py")]))
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the slow tests and the floor check")
    args = parser.parse_args()
    for name, command in steps(args.quick):
        started = time.monotonic()
        print(f"== {name}", flush=True)
        status = subprocess.run(command, cwd=ROOT).returncode
        print(f"== {name}: {'ok' if status == 0 else f'FAILED ({status})'} in {time.monotonic() - started:.0f} s",
              flush=True)
        if status:
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main())
