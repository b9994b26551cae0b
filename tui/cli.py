"""The `surveys` command: list, show, import, edit and delete records, make and recover stores, or open the browser.

Every command's errors end here: a data problem prints one line per
problem to stderr and exits 1; bad words on the command line exit 2. A
reader that goes away (`surveys list | head`) is not an error: exit 0, quietly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from store import __version__
from store.errors import StoreError
from store.oserrors import os_words
from store.sanitize import visible
from store.store import ValidationFailed

from .commands import deleting, following, listing, maintenance
from .commands.common import UsageError

DB_HELP = "the store: a file, or a postgresql:// URL (default: $SURVEYS_DB, else the user data dir)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="surveys",
        description="Browse oversight and survey reports on administrative reform. "
                    "With no command, opens the browser.",
    )
    parser.add_argument("--version", action="version", version=f"surveys {__version__}")
    parser.add_argument("--db", metavar="PATH", help=DB_HELP)
    parser.add_argument("--lang", choices=("vi", "en"), help="language of the browser (default: from the locale)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    listing.register(commands)
    maintenance.register(commands)
    deleting.register(commands)
    following.register(commands)
    for extra in _optional_commands():
        extra.register(commands)
    for command in commands.choices.values():  # `surveys list --db x.json` as well as `surveys --db x.json list`
        command.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=DB_HELP)
    return parser


def _optional_commands() -> list:
    """Commands built in their own modules; each registers itself if present."""
    import importlib  # noqa: PLC0415

    found = []
    for name in ("importing", "exporting", "extracting", "checking"):
        try:
            found.append(importlib.import_module(f"tui.commands.{name}"))
        except ModuleNotFoundError as error:
            if error.name != f"tui.commands.{name}":
                raise
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _open_browser(args)
        code = args.run(args)
        sys.stdout.flush()  # here, so a closed pipe is caught below rather than at exit
        return code
    except BrokenPipeError:  # before OSError, which it is one of
        _silence_stdout()
        return 0
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"surveys: error: {error}", file=sys.stderr)
        return 2
    except ValidationFailed as error:
        for line in getattr(error, "lines", None) or [str(p) for _, p in error.problems]:
            print(visible(line, limit=2000), file=sys.stderr)  # a field path may be an input's key
        print(f"surveys: {error}", file=sys.stderr)
        return 1
    except OSError as error:  # said in words: what failed, on which file, why (never a bare [Errno N])
        print(f"surveys: {os_words(error, 'cannot use')}", file=sys.stderr)
        return 1
    except (StoreError, LookupError) as error:
        print(f"surveys: {visible(str(error))}", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """The reader has gone: point stdout at /dev/null so the interpreter's last flush cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _open_browser(args: argparse.Namespace) -> int:
    try:
        from .app import run_browser  # noqa: PLC0415
    except ModuleNotFoundError as error:
        if error.name != "tui.app":
            raise
        build_parser().print_help()
        return 0
    return run_browser(args)


if __name__ == "__main__":
    sys.exit(main())
