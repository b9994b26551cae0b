"""`surveys --help` lists the commands without importing them: their names and lines come from the catalog.

tryout11 (session 39): the program's help took 6-10 s on a loaded machine (1.4 s of CPU), every command module
imported to register it, the extractor's tables among them, to print 34 lines. A command's own help
(`surveys list --help`) still builds that command whole.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from cli.main import COMMANDS
from tui.i18n import Translator

HEAVY = ("store.extract", "store.importing", "store.export", "store.store")


def _help(*argv: str) -> tuple[str, list[str]]:
    """The help printed for `argv`, and which of `HEAVY` the run imported."""
    code = ("import sys\nfrom cli.main import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
            f"print('@@', *[name for name in {HEAVY!r} if name in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True,
                         env={"COLUMNS": "80", "PATH": "", "HOME": "/nonexistent"}).stdout
    shown, _, loaded = out.rpartition("@@")
    return shown, loaded.split()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_program_help_imports_no_command(lang: str) -> None:
    shown, loaded = _help("--lang", lang, "--help")
    assert loaded == []
    t = Translator(lang)
    words = " ".join(shown.split())  # argparse wraps a command's line
    for name in COMMANDS:
        assert f"{name} {' '.join(t(f'cli.help.{name}').split())}" in words, name
    assert [line.split()[0] for line in shown.splitlines() if line.startswith("    ") and
            line.split()[0] in COMMANDS] == list(COMMANDS)  # in the order they were registered


def test_a_commands_help_still_builds_it_whole() -> None:
    """A look-alike: `import --help` says the import's options, so the import is loaded."""
    shown, loaded = _help("--lang", "en", "import", "--help")
    assert "--on-duplicate" in shown and "store.importing" in loaded
