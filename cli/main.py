"""The `surveys` command: list, show, import, edit and delete records, make and recover stores, or open the browser.

Every command's errors end here: a data problem prints one line per
problem to stderr and exits 1; bad words on the command line exit 2. A
reader that goes away (`surveys list | head`) is not an error: exit 0, quietly.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from datetime import date

from store import __version__
from store.today import ENV, TodayError, chosen, parse_day, set_today

from .help_format import WholeWords, wrap_whole_words
from .i18n import argparse_said, argparse_words, explain, resolve, t, typed, use

COMMANDS = {
    "list": "listing", "show": "listing", "init": "maintenance", "recover": "maintenance", "compact": "maintenance",
    "delete": "deleting", "followup": "following", "import": "importing", "export": "exporting",
    "extract": "extracting", "check": "checking", "copy": "copying", "recompute": "recomputing",
}
"""Which module of `cli.commands` registers each command; only the one named is imported (start-up time)."""



def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for `command` (`_named_command`): one that knows just that command, so start-up is not spent
    importing the others' dependencies; for the program's help (None), every command by its name and line only."""
    parser = argparse.ArgumentParser(prog="surveys", description=t("cli.help.program"), formatter_class=WholeWords)
    parser.add_argument("--version", action="version", version=f"surveys {__version__}", help=t("cli.help.version"))
    parser.add_argument("--db", metavar="PATH", help=t("cli.help.db"))
    parser.add_argument("--lang", choices=("vi", "en"), help=t("cli.help.lang"))
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=_day, help=t("cli.help.today"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command is None:  # the program's help: each command's name and line from the catalog, no module imported
        for name in COMMANDS:  # (registering them all, the extractor's tables too, took 1.4 s of CPU: tryout11)
            commands.add_parser(name, help=t(f"cli.help.{name}"))
    for module in _command_modules(command):
        module.register(commands)
    for sub in commands.choices.values():  # `surveys list --db x.json` as well as `surveys --db x.json list`
        wrap_whole_words(sub)
        sub.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=t("cli.help.db"))
        sub.add_argument("--today", metavar="YYYY-MM-DD", type=_day, default=argparse.SUPPRESS,
                         help=t("cli.help.today"))
        # `--lang` too: `surveys list --lang en` was refused ("unrecognized arguments") though `check` and `export`
        # took it there, and `typed` had already read it; those two keep their own, whose help says more.
        try:
            sub.add_argument("--lang", choices=("vi", "en"), default=argparse.SUPPRESS, help=t("cli.help.lang"))
        except argparse.ArgumentError:
            pass
    return parser


def _day(text: str) -> date:
    """`--today`'s value: a real day written YYYY-MM-DD, else argparse's usage error saying so (exit 2)."""
    try:
        return parse_day(text)
    except TodayError:
        raise argparse.ArgumentTypeError(t("cli.bad_today", value=text)) from None


def _set_today(args: argparse.Namespace) -> str | None:
    """Take `--today` (else `SURVEYS_TODAY`) as today for the whole run (`store.today`); the refusal of a bad
    `SURVEYS_TODAY`, else None."""
    if getattr(args, "today", None) is not None:
        set_today(args.today)
        return None
    try:
        chosen()
    except TodayError as error:
        return f"{ENV}={error.text}: " + t("cli.bad_today_env")
    return None


def _command_modules(command: str | None) -> list:
    """Command modules, each registering itself if present; only `command`'s when it is named."""
    import importlib  # noqa: PLC0415

    if command == "" or command is None:  # no command, or the program's help (`build_parser`)
        return []
    names = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    found = []
    for name in names:
        try:
            found.append(importlib.import_module(f"cli.commands.{name}"))
        except ModuleNotFoundError as error:
            if error.name != f"cli.commands.{name}":
                raise
    return found


def _named_command(argv: Sequence[str]) -> str | None:
    """The command word of `argv`: the first word that is not an option or its value.

    "" when no command needs registering: `--version`, or no command at all (the browser: importing every
    command's dependencies, the extractor's among them, cost its launch a fifth of a second, #17). None
    for the program's help, which names every command.
    """
    words = iter(argv)
    for word in words:
        if word in ("--db", "--lang", "--today"):
            next(words, None)
        elif word == "--version":
            return ""
        elif word in ("-h", "--help"):
            return None
        elif not word.startswith("-"):
            return word
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _named_command(argv)
    # The language before the parser: argparse writes its help and "usage:" while it is built. `--version`
    # shows no help, and stays as light as it was (no settings, no catalog read).
    use(None if command == "" and "--version" in argv else resolve(*typed(argv)))
    with argparse_words():
        try:
            return _main(argv, command)
        finally:
            set_today(None)  # a day set for this run is not kept past it (tests call `main` many times)


def _main(argv: list[str], command: str | None) -> int:
    parser = build_parser(command)
    args = parser.parse_args(argv)
    refused = _set_today(args)
    if refused is not None:
        print(f"surveys: {refused}", file=sys.stderr)
        return 2
    # No command: the browser. Python's cyclic collector is off from here until its first frame
    # (`tui.first_frame`): what the launch imports and makes all lives on, and the 160-180 collections that
    # walked it before the first rows cost a tenth of the launch (#17).
    held = args.command is None and gc.isenabled()
    if held:
        gc.disable()
    from store.errors import StoreError  # noqa: PLC0415 - after parsing: --version needs neither
    from store.oserrors import os_words  # noqa: PLC0415
    from store.repository import ValidationFailed  # noqa: PLC0415 - not store.store: the browser never loads it (#17)
    from store.sanitize import visible  # noqa: PLC0415

    from .commands.common import UsageError  # noqa: PLC0415

    try:
        if args.command is None:
            return _open_browser(args, held)
        code = args.run(args)
        sys.stdout.flush()  # here, so a closed pipe is caught below rather than at exit
        return code
    except BrokenPipeError:  # before OSError, which it is one of
        _silence_stdout()
        return 0
    except UsageError as error:
        said = _command_parser(parser, args.command)
        said.print_usage(sys.stderr)  # the command's own usage, as argparse prints for its own errors in it
        # argparse's own words for a usage error, in this run's language
        print(argparse_said("%(prog)s: error: %(message)s\n") % {"prog": said.prog, "message": error},
              end="", file=sys.stderr)
        return 2
    except ValidationFailed as error:
        for line in _problem_lines(error):
            print(visible(line, limit=2000), file=sys.stderr)  # a field path may be an input's key
        print(f"surveys: {_failed(error)}", file=sys.stderr)
        return 1
    except OSError as error:  # said in words: what failed, on which file, why (never a bare [Errno N])
        print(f"surveys: {explain(os_words(error, t('cli.cannot_use')))}", file=sys.stderr)
        return 1
    except (StoreError, LookupError) as error:
        print(f"surveys: {visible(explain(str(error)))}", file=sys.stderr)
        return 1


def _command_parser(parser: argparse.ArgumentParser, command: str | None) -> argparse.ArgumentParser:
    """The parser of `command` (`surveys list`), whose usage a command's usage error prints: the program's
    (`usage: surveys [-h] [--version] ...`) had named none of the options the error was about."""
    for action in parser._actions:  # argparse keeps its subcommands only there
        if isinstance(action, argparse._SubParsersAction) and command in action.choices:
            found: argparse.ArgumentParser = action.choices[command]
            return found
    return parser


def _problem_lines(error: Exception) -> list[str]:
    """One line per problem, where it is (file, line, field) as found and why in this run's language."""
    from dataclasses import replace  # noqa: PLC0415

    found = getattr(error, "import_problems", None)
    if found is not None:
        return [str(replace(problem, message=explain(problem.message))) for problem in found]
    return [f"{p.path}: {explain(p.message)}" if p.path else explain(p.message)
            for _, p in getattr(error, "problems", [])]


def _failed(error: Exception) -> str:
    invalid, problems = getattr(error, "invalid", None), getattr(error, "import_problems", None)
    if invalid is not None and problems is not None:
        # one problem per invalid input: the two counts are one number, said once
        key = "cli.import_invalid_once" if len(problems) == invalid else "cli.import_invalid"
        return t(key, invalid=invalid, count=len(problems))
    return explain(str(error))


def _silence_stdout() -> None:
    """The reader has gone: point stdout at /dev/null so the interpreter's last flush cannot complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _open_browser(args: argparse.Namespace, collector_held: bool) -> int:
    try:
        try:
            from tui.app import run_browser  # noqa: PLC0415
        except ModuleNotFoundError as error:
            if error.name != "tui.app":
                raise
            build_parser().print_help()
            return 0
        return run_browser(args, collector_held=collector_held)
    finally:
        if collector_held:  # the app ended before its first frame let it go (or after: enabling twice is harmless)
            gc.enable()


if __name__ == "__main__":
    sys.exit(main())
