"""`surveys import`: add records from JSON and JSON Lines files, all or nothing.

The work is in `store.importing`; this module reads the command line,
draws a progress bar when standard error is a terminal, and prints the
report. It must stay free of textual and rich: `surveys` commands load fast.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import IO, Any

import orjson

from store.article_suffixes import MAX_ARTICLE_BYTES
from store.importing import STDIN, ImportFailed, ImportResult, ReadLimits, prepare, printable, run_import
from store.importing.limits import parse_size, size_words
from store.repository import DuplicateFound
from store.sanitize import json_safe

from ..i18n import explain, number, t
from .common import location, open_store

LOCK_TIMEOUT = 120.0
"""Seconds an import waits for another writer (another import) to finish."""
ADDED_SHOWN = 20


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("import", help=t("cli.help.import"), description=t("cli.help.import_long"),
                                 epilog=t("cli.help.import_epilog"))
    parser.add_argument("paths", nargs="+", metavar="PATH", help=t("cli.help.import_paths"))
    parser.add_argument("--dry-run", action="store_true", help=t("cli.help.import_dry_run"))
    parser.add_argument("--on-duplicate", choices=("skip", "update", "newer", "fail"), default="skip",
                        help=t("cli.help.import_on_duplicate"))
    parser.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.help.import_format"))
    # --from-articles: news articles in, drafts imported (tui/commands/extracting.py does the work)
    parser.add_argument("--from-articles", action="store_true", help=t("cli.help.from_articles"))
    parser.add_argument("--published", metavar="DATE", help=t("cli.help.import_published"))
    parser.add_argument("--url", metavar="ADDRESS", help=t("cli.help.import_url"))
    parser.add_argument("--force", action="store_true", help=t("cli.help.import_force"))
    # --merge-figures: the option's first name (it merged figures only then), kept for scripts that use it
    parser.add_argument("--merge", "--merge-figures", dest="merge", action="store_true", help=t("cli.help.merge"))
    # default None: the extractor's own limit, read only when articles are (start-up stays light)
    parser.add_argument("--max-article-size", metavar="BYTES", type=int, default=None,
                        help=t("cli.help.import_max_article_size", size=size_words(MAX_ARTICLE_BYTES)))
    limits = parser.add_argument_group(t("cli.help.limits"))
    limits.add_argument("--max-file-size", metavar="SIZE", type=_size, default=ReadLimits.file_size,
                        help=t("cli.help.max_file_size"))
    limits.add_argument("--max-line-length", metavar="SIZE", type=_size, default=ReadLimits.line,
                        help=t("cli.help.max_line_length"))
    limits.add_argument("--max-problems", metavar="N", type=_count, default=ReadLimits.problems,
                        help=t("cli.help.max_problems"))
    parser.set_defaults(run=run_import_command)


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(explain(str(error))) from None


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(t("cli.not_positive", value=repr(text)))
    return int(text)


def read_limits(args: argparse.Namespace) -> ReadLimits:
    """The limits the command line asked for (defaults where an option is absent)."""
    defaults = ReadLimits()
    return ReadLimits(getattr(args, "max_file_size", defaults.file_size),
                      getattr(args, "max_line_length", defaults.line), getattr(args, "max_problems", defaults.problems))


def _named() -> str | None:
    """The name in the user's settings: an import over a stored visit writes it in its items' history, as
    `surveys followup` does (`store.writer_name`)."""
    from tui.settings import load_user_name  # noqa: PLC0415 - plain JSON, read only by a command that writes

    return load_user_name()


def run_import_command(args: argparse.Namespace) -> int:
    from .common import UsageError  # noqa: PLC0415

    if args.format == "text" and _say_missing(args):
        return 1
    if not getattr(args, "from_articles", False) and _drafts_given(args.paths):
        args.from_articles = True  # drafts from `extract --with-provenance`: imported as their articles would be
    if getattr(args, "from_articles", False):  # extract first, then import the drafts as below
        from .extracting import run_import_from_articles  # noqa: PLC0415

        return run_import_from_articles(args, run_import_command)
    for option in ("published", "url", "force", "merge"):
        if getattr(args, option, None):
            raise UsageError(t("cli.articles_only", option=f"--{option.replace('_', '-')}"))

    if args.paths.count(STDIN) > 1:
        raise UsageError(t("cli.stdin_once"))
    bar = ProgressBar(sys.stderr) if _is_terminal(sys.stderr) else None
    store = open_store(args, lock_timeout=LOCK_TIMEOUT, must_exist=False)
    where = store.location
    try:
        stdin = getattr(sys.stdin, "buffer", None)  # None when standard input is closed (`<&-`)
        with prepare(args.paths, stdin, bar, read_limits(args)) as prepared:
            try:
                result = run_import(store, prepared, args.on_duplicate, args.dry_run, bar, named=_named())
            except ImportFailed:
                if bar:
                    bar.clear()
                _print_failure(args, prepared)
                raise
            except DuplicateFound as error:
                if bar:
                    bar.clear()
                if args.format == "json":
                    _write_json({"store": where, "dry_run": args.dry_run, "written": False,
                                 "error": str(error), **error.report.as_dict()})
                raise
    finally:
        if bar:
            bar.clear()
        store.close()
    if args.format == "json":
        _write_json({**result.as_dict(), "differing": [{"id": rid, "fields": n} for rid, n in result.report.differing],
                     "older": [{"id": rid, "stored_updated": stamp} for rid, stamp in result.report.older]})
    else:
        sys.stdout.write(format_report(result))
    if result.problems:
        raise ImportFailed(result.problems, result.prepared.invalid)
    if result.report.older and not args.dry_run:  # an old copy written over a later edit: said, never silent
        print(f"surveys: {t('cli.import_older', count=len(result.report.older))}", file=sys.stderr)
    if result.report.differing:
        print(f"surveys: {t('cli.import_differing', count=len(result.report.differing))}", file=sys.stderr)
        return 1
    return 0


def _say_missing(args: argparse.Namespace) -> bool:
    """Paths that do not exist, each named in the user's language (`--lang`, else the locale) on standard error:
    nothing else is read or reported, as nothing can be written. True if there was any."""
    missing = [given for given in args.paths if given != STDIN and not _exists(Path(given).expanduser())]
    if missing:
        for given in missing:
            print(f"surveys: {t('cli.import_missing', path=printable(given))}", file=sys.stderr)
    return bool(missing)


def _exists(path: Path) -> bool:
    """False only when the path is not there: a folder that cannot be searched is the import's to report."""
    try:
        return path.exists()
    except OSError:
        return True


def _drafts_given(paths: list[str]) -> bool:
    """True when every path is a drafts file; a mix of drafts and records is refused (they import differently)."""
    from store.extract.drafts_file import is_drafts_file  # noqa: PLC0415 - a drafts file is the rare case

    from .common import UsageError  # noqa: PLC0415

    drafts = [given for given in paths if given != STDIN and is_drafts_file(Path(given).expanduser())]
    if drafts and len(drafts) < len(paths):
        raise UsageError(t("cli.drafts_apart", path=drafts[0]))
    return bool(drafts)


def format_report(result: ImportResult, merged: bool = False) -> str:
    """The text report: counts, then each skipped and updated record, then the first added ones. `merged`: values
    of held-back articles were added to stored visits (`import --from-articles --merge`), so the store was written
    even when no record was added or updated."""
    counts = result.counts()
    if result.dry_run:
        head = t("cli.report.dry_run", store=result.store)
    elif result.problems:
        head = t("cli.report.nothing_written", store=result.store)
    else:
        written = result.written or merged
        head = t("cli.report.imported" if written else "cli.report.nothing_to_change", store=result.store)
    would = "would_" if result.dry_run else ""
    lines = [printable(head), "  " + t(f"cli.report.{would}counts", **counts)]
    where = result.prepared.locations
    if result.report.skipped:
        differing = dict(result.report.differing)
        lines.append(t(f"cli.report.{would}skipped"))
        lines += [f"  {rid} ({printable(where.get(rid, '?'))}): {_reason(reason)}" + _differs(differing.get(rid))
                  for rid, reason in result.report.skipped]
    if result.report.updated:
        lines.append(t(f"cli.report.{would}updated"))
        older = dict(result.report.older)
        # as the added ones, the first few: 20,000 lines buried the counts (s34); an edit written over always shows
        shown = [rid for n, rid in enumerate(result.report.updated) if n < ADDED_SHOWN or rid in older]
        lines += [f"  {rid} ({printable(where.get(rid, '?'))})" + _older(older.get(rid), would) for rid in shown]
        if len(result.report.updated) > len(shown):
            lines.append("  " + t("cli.report.more", count=number(len(result.report.updated) - len(shown))))
    if result.report.added:
        lines.append(t(f"cli.report.{would}added"))
        # each added record with the file (or article) it came from, as skipped and updated ones are
        lines += [f"  {rid} ({printable(where[rid])})" if rid in where else f"  {rid}"
                  for rid in result.report.added[:ADDED_SHOWN]]
        if len(result.report.added) > ADDED_SHOWN:
            lines.append("  " + t("cli.report.more", count=number(len(result.report.added) - ADDED_SHOWN)))
    return "\n".join(lines) + "\n"


def _reason(reason: str) -> str:
    """Why a record was skipped ("same id", "probable duplicate of …; the stored one was changed later"), each part
    in this run's language."""
    return "; ".join(explain(part) for part in reason.split("; "))


def _older(stamp: str | None, would: str) -> str:
    """After an updated record: the stored one was edited after this copy (its stamp, to the minute, in UTC)."""
    return "; " + t(f"cli.report.{would}older", when=f"{stamp[:10]} {stamp[11:16]} UTC") if stamp else ""


def _differs(count: int | None) -> str:
    return "; " + t("cli.report.differs", count=count) if count else ""


def _print_failure(args: argparse.Namespace, prepared: Any) -> None:
    """On invalid input, the report still says what was read; the problems go to stderr (printed by the CLI)."""
    counts = {"read": prepared.read, "added": 0, "updated": 0, "skipped": 0, "invalid": prepared.invalid}
    if args.format == "json":
        _write_json({"store": location(args), "dry_run": args.dry_run, "written": False,
                     "counts": counts, "added": [], "updated": [], "skipped": [],
                     "problems": [p.as_dict() for p in prepared.problems]})
    else:
        sys.stdout.write(invalid_report(prepared.invalid, prepared.read) + "\n")


def invalid_report(invalid: int, read: int) -> str:
    return t("cli.report.invalid", invalid=invalid, read=read)


def _write_json(report: dict[str, Any]) -> None:
    sys.stdout.buffer.write(json_safe(orjson.dumps(report, option=orjson.OPT_INDENT_2)) + b"\n")
    sys.stdout.buffer.flush()


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class ProgressBar:
    """One line on a terminal, redrawn at most ten times a second: `reading [#####.....] 52%`."""

    WIDTH = 30

    def __init__(self, stream: IO[str], interval: float = 0.1) -> None:
        self.stream = stream
        self.interval = interval
        self._last = 0.0
        self._shown = False

    def __call__(self, phase: str, done: int, total: int | None) -> None:
        now = time.monotonic()
        finished = total is not None and done >= total
        if now - self._last < self.interval and not finished:
            return
        self._last = now
        if total:
            share = min(done / total, 1.0)
            filled = int(share * self.WIDTH)
            amount = _bytes(done, total) if phase == "reading" else t("cli.bar.records_of", done=number(done),
                                                                        total=number(total))
            line = f"{t(f'cli.bar.{phase}'):<8} [{'#' * filled}{'.' * (self.WIDTH - filled)}] {share:4.0%}  {amount}"
        else:
            amount = _bytes(done, None) if phase == "reading" else t("cli.bar.records", done=number(done))
            line = f"{t(f'cli.bar.{phase}'):<8} {amount}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


def _bytes(done: int, total: int | None) -> str:
    def mib(n: int) -> str:
        return f"{n / 1048576:.1f} MiB"
    return f"{mib(done)}/{mib(total)}" if total else mib(done)
