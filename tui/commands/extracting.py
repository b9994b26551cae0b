"""`surveys extract`: draft records from news articles (plain text, Markdown or saved HTML pages).

The work is in `store.extract`; this module reads the command line and
writes the drafts in the published record format, so `surveys import` reads
them back. With `--with-provenance` each draft comes wrapped with the
sentence behind every value, the problems that keep it from validating and
what the reviewer should check. It stays free of textual and rich.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from store.dates import DateError, parse_day
from store.extract import ARTICLE_SUFFIXES, Draft, extract_article, extract_file
from store.sanitize import json_safe, visible

from .common import UsageError

STDIN = "-"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "extract", help="draft records from news articles (text, Markdown or HTML)",
        description="Read news articles about oversight and survey visits and print one draft record per article "
                    "in the published format: date, kind, delegation and leader, localities, topics, figures, "
                    "recommendations, directions, difficulties, people and source. Rule-based: nothing is "
                    "downloaded. A draft that lacks something the article does not say (often the year) will not "
                    "validate until a person fills it in; its problems are listed on standard error.",
        epilog="Exit status: 0 drafts written (complete or not), 1 an article could not be read, 2 bad usage.",
    )
    parser.add_argument("paths", nargs="+", metavar="ARTICLE",
                        help=".txt, .md or .html files, directories (searched for those), or - for standard input")
    parser.add_argument("--published", metavar="DATE",
                        help="the articles' publication date (16/05/2023 or 2023-05-16): the year of a visit "
                             "written without one")
    parser.add_argument("--format", choices=("json", "jsonl"), default="json",
                        help="json: an array (default); jsonl: one draft per line")
    parser.add_argument("--with-provenance", action="store_true",
                        help="wrap each record as {file, record, provenance, rules, problems, warnings}; "
                             "provenance maps field paths (date, figures[2]) to the sentence they came from")
    parser.add_argument("-o", "--output", metavar="FILE", default="-", help="the file to write; - or none: stdout")
    parser.set_defaults(run=run_extract)


def run_extract(args: argparse.Namespace) -> int:
    published = _published(args.published)
    if args.paths.count(STDIN) > 1:
        raise UsageError("'-' (standard input) can be given only once")
    drafts = [draft for draft in _drafts(args.paths, published)]
    items: list[Any] = [draft.as_dict() if args.with_provenance else draft.record for draft in drafts]
    if args.format == "json":
        payload = json_safe(orjson.dumps(items, option=orjson.OPT_INDENT_2)) + b"\n"
    else:
        payload = json_safe(b"".join(orjson.dumps(item) + b"\n" for item in items))
    for draft in drafts:
        problems = draft.problems()
        if problems:
            print(f"{_shown(draft.source_name)}: incomplete draft ({len(problems)} problem(s)): "
                  + _shown("; ".join(problems)), file=sys.stderr)
    if args.output == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    else:
        _write_file(Path(args.output), payload)
        print(f"wrote {len(drafts)} draft(s) to {args.output}", file=sys.stderr)
    return 0


def _published(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return parse_day(text)
    except DateError as error:
        raise UsageError(f"--published: {error}") from None


def _drafts(paths: list[str], published: date | None) -> Iterator[Draft]:
    for given in paths:
        if given == STDIN:
            text = sys.stdin.buffer.read().decode("utf-8-sig", errors="replace")
            yield extract_article(text, published=published, source_name="<stdin>")
            continue
        path = Path(given).expanduser()
        if path.is_dir():
            found = article_files(path)
            if not found:
                raise LookupError(f"{given}: no .txt, .md or .html articles in this directory")
            for article in found:
                yield extract_file(article, published=published)
            continue
        if not path.exists():
            raise FileNotFoundError(f"{given}: no such file or directory")
        yield extract_file(path, published=published)


def article_files(directory: Path) -> list[Path]:
    """The articles in `directory` and below: .txt, .md and .html files, hidden ones left out, sorted."""
    return sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(directory).parts))


def _write_file(path: Path, payload: bytes) -> None:
    """Write beside the target and rename, so an interrupted run never leaves half a file."""
    folder = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _shown(name: str | None) -> str:
    raw = name or "<article>"
    return visible(raw)


# -- `surveys import --from-articles` ------------------------------------------------------------------


@contextmanager
def drafts_as_files(paths: list[str], published: date | None) -> Iterator[list[str]]:
    """The draft of each article written as `<article name>.json` in a temporary directory, removed afterwards.

    `surveys import --from-articles` imports these files the normal way, so a draft
    is validated, normalized and checked for duplicates like any other record; a
    draft missing what its article does not say is reported under its article's name.
    """
    with tempfile.TemporaryDirectory(prefix="surveys-drafts-") as folder:
        written: list[str] = []
        for number, draft in enumerate(_drafts(paths, published)):
            name = Path(draft.source_name or "stdin").name or "article"
            target = Path(folder) / f"{number:03d}-{name}.json"
            target.write_bytes(orjson.dumps(draft.record, option=orjson.OPT_INDENT_2))
            written.append(str(target))
        yield written


def run_import_from_articles(args: argparse.Namespace, run_import: Any) -> int:
    """`surveys import --from-articles PATH...`: extract, then run the import command on the drafts."""
    published = _published(getattr(args, "published", None))
    if args.paths.count(STDIN) > 1:
        raise UsageError("'-' (standard input) can be given only once")
    with drafts_as_files(args.paths, published) as files:
        print(f"extracted {len(files)} draft(s) from {len(args.paths)} argument(s)", file=sys.stderr)
        inner = argparse.Namespace(**vars(args))
        inner.paths, inner.from_articles, inner.published = files, False, None
        return run_import(inner)
