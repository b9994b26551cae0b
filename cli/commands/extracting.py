"""`surveys extract`: draft records from news articles (plain text, Markdown or saved HTML pages).

The work is in `store.extract`; this module reads the command line and
writes the drafts in the published record format, so `surveys import` reads
them back. With `--with-provenance` each draft comes wrapped with the
sentence behind every value, how sure each value is, the problems that keep
it from validating and what the reviewer should check. On standard error it
says which articles do not look like visit reports, which figures `check`
would flag, and which articles report a visit already in the store. The
second half of `import --from-articles` is in `article_import`. It stays
free of textual and rich.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import orjson

from store import atomic
from store.dates import DateError, parse_day
from store.extract import (
    MAX_ARTICLE_BYTES,
    ArticleTooLarge,
    Draft,
    EmptyArticle,
    article_files,
    extract_article,
    extract_file,
)
from store.extract.drafts_file import is_drafts_file, read_drafts
from store.extract.duplicates import probable_duplicates
from store.extract.merge_offers import candidates, offer_among
from store.importing.limits import size_words
from store.paths import writes_over_store
from store.reasons import Reason, reason, say
from store.repository import Repository, StoreError
from store.sanitize import json_safe, visible
from store.validation import validate

from ..i18n import explain, field, number, t
from .common import UsageError, location
from .listing import output_lang

STDIN = "-"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("extract", help=t("cli.help.extract"), description=t("cli.help.extract_long"),
                                 epilog=t("cli.help.extract_epilog"))
    parser.add_argument("paths", nargs="+", metavar="ARTICLE", help=t("cli.help.extract_paths"))
    parser.add_argument("--published", metavar="DATE", help=t("cli.help.extract_published"))
    _url_option(parser)
    parser.add_argument("--format", choices=("json", "jsonl"), default="json", help=t("cli.help.extract_format"))
    parser.add_argument("--with-provenance", action="store_true", help=t("cli.help.with_provenance"))
    parser.add_argument("-o", "--output", metavar="FILE", default="-", help=t("cli.help.output"))
    _size_option(parser)
    parser.set_defaults(run=run_extract)


def _url_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", metavar="ADDRESS", help=t("cli.help.extract_url"))


def _article_url(args: argparse.Namespace) -> str | None:
    """--url, refused unless exactly one article (a file or standard input) is given: each page has its own."""
    url = (getattr(args, "url", None) or "").strip()
    if not url:
        return None
    if len(args.paths) != 1 or (args.paths[0] != STDIN and Path(args.paths[0]).expanduser().is_dir()):
        raise UsageError(t("cli.url_one_article"))
    return url


def _size_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-article-size", metavar="BYTES", type=int, default=MAX_ARTICLE_BYTES,
                        help=t("cli.help.max_article_size", size=size_words(MAX_ARTICLE_BYTES)))


def run_extract(args: argparse.Namespace) -> int:
    published = _published(args.published)
    if args.paths.count(STDIN) > 1:
        raise UsageError(t("cli.stdin_once"))
    url = _article_url(args)
    if args.output != "-" and writes_over_store(args.output, location(args)):
        raise UsageError(t("cli.output_is_store", path=args.output, store=location(args)))
    try:
        drafts = [draft for draft in _drafts(args.paths, published, _max_size(args), url)]
    except ArticleTooLarge as error:
        print(f"surveys: {_shown(explain(str(error)))}", file=sys.stderr)
        return 1
    if not drafts:  # every article given was empty (each said so): no `[]` printed as if it had been read
        return 1
    lang = output_lang(args)  # the reasons in --with-provenance and on standard error: the run's language
    items: list[Any] = [draft.as_dict(lang) if args.with_provenance else draft.record for draft in drafts]
    if args.format == "json":
        payload = json_safe(orjson.dumps(items, option=orjson.OPT_INDENT_2)) + b"\n"
    else:
        payload = json_safe(b"".join(orjson.dumps(item) + b"\n" for item in items))
    with _stored(args) as repository:
        _say_drafts(drafts, repository, lang)
    if args.output == "-":
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    else:
        atomic.write_file(Path(args.output), payload)
        print(t("cli.wrote_drafts", count=len(drafts), path=args.output), file=sys.stderr)
    return 0


def _published(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return parse_day(text)
    except DateError as error:
        raise UsageError(f"--published: {explain(str(error))}") from None


def _max_size(args: argparse.Namespace) -> int:
    size = getattr(args, "max_article_size", None)
    if size is None:
        return MAX_ARTICLE_BYTES
    if size <= 0:
        raise UsageError(t("cli.max_article_size_positive"))
    return size


@contextmanager
def _stored(args: argparse.Namespace) -> Iterator[Repository | None]:
    """The repository of the store named by --db (or the default), if there is one, for spotting duplicates; None
    when there is none or it cannot be opened (the drafts are written all the same)."""
    from store.backends import open_repository  # noqa: PLC0415
    from store.paths import store_path  # noqa: PLC0415

    try:
        location = store_path(getattr(args, "db", None))
        repository = open_repository(location) if location.exists() else None
    except (StoreError, OSError, ValueError):
        repository = None
    try:
        yield repository
    finally:
        if repository is not None:
            repository.close()


def _candidates(repository: Repository | None, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The stored records `record` could be a duplicate of: its id's and its day's (`merge_offers.candidates`), not
    every record (a store of 100,000 had been read whole for each run); none when the store cannot be read."""
    if repository is None:
        return []
    try:
        return candidates(repository, record)
    except (StoreError, OSError, ValueError):
        return []


def _say_drafts(drafts: list[Draft], repository: Repository | None, lang: str) -> None:
    """On standard error, what each draft is not (a visit, complete) and the stored visits it probably is."""
    for draft in drafts:
        name = _shown(draft.source_name)
        if draft.non_visit:
            print(f"{name}: {_shown(say(reason('warn.not_a_visit', why=draft.non_visit), lang))}", file=sys.stderr)
        problems = validate(draft.record)  # what `draft.problems()` says, each reason in this run's language
        if problems:
            print(f"{name}: {t('cli.incomplete_draft', count=len(problems))} "
                  + _shown("; ".join(f"{field(p.path)}: {explain(p.message)}" if p.path else explain(p.message)
                                     for p in problems)), file=sys.stderr)
        for warning in draft.warnings:
            if isinstance(warning, Reason) and warning.code == "warn.flagged":
                print(f"{name}: {_shown(say(warning, lang))}", file=sys.stderr)
        _say_year_guess(draft)
        stored = _candidates(repository, draft.record)
        found = offer_among(draft.record, stored)  # under its own id first, as `import --from-articles` asks
        same_id = [found[0]] if found is not None and found[0].same_id else []
        for duplicate in same_id + probable_duplicates(draft.record, stored):
            print(f"{name}: {_shown(duplicate.message(lang))}"
                  + (f"; {t('cli.merge_adds')}" if duplicate.adds else ""), file=sys.stderr)


def _drafts(paths: list[str], published: date | None, max_size: int = MAX_ARTICLE_BYTES,
            url: str | None = None) -> Iterator[Draft]:
    """The drafts of the articles given; an empty one is said on standard error and left out, the rest go on."""
    for given in _drafts_or_empty(paths, published, max_size, url):
        if isinstance(given, EmptyArticle):
            print(f"{_shown(given.source)}: {t('err.article_empty')}", file=sys.stderr)
        else:
            yield given


def _drafts_or_empty(paths: list[str], published: date | None, max_size: int,
                     url: str | None) -> Iterator[Draft | EmptyArticle]:
    for given in paths:
        if given == STDIN:
            raw = sys.stdin.buffer.read(max_size + 1)
            if len(raw) > max_size:
                raise ArticleTooLarge(t("cli.stdin_too_large", size=number(max_size)))
            text = raw.decode("utf-8-sig", errors="replace")
            yield _or_empty(partial(extract_article, text, published=published, source_name="<stdin>", url=url))
            continue
        path = Path(given).expanduser()
        if path.is_dir():
            found = article_files(path)
            if not found:
                raise LookupError(t("cli.no_articles", path=given))
            for article in found:
                yield _or_empty(partial(extract_file, article, published=published, max_bytes=max_size))
            continue
        if not path.exists():
            raise FileNotFoundError(f"{given}: {t('err.os_no_such_file')}")
        if is_drafts_file(path):  # drafts extracted before (`extract --with-provenance`): read back, not again
            yield from _reopened(given, path)
            continue
        yield _or_empty(partial(extract_file, path, published=published, max_bytes=max_size, url=url))


def _or_empty(extract: Callable[[], Draft]) -> Draft | EmptyArticle:
    """The draft `extract` makes, or the refusal of an empty article (one empty file must not stop a folder)."""
    try:
        return extract()
    except EmptyArticle as empty:
        return empty


def _reopened(given: str, path: Path) -> list[Draft]:
    read = read_drafts(path)
    if read.problems:
        number, why = read.problems[0]
        raise LookupError(f"{given}{'' if number is None else f' [{number}]'}: {explain(why)}")
    return [draft for _, draft in read.drafts]


def _say_year_guess(draft: Draft) -> None:
    """A year taken with no clue at all (the latest such day not after today) on standard error: the draft had been
    printed, or imported, with it and nothing said, though the review screen asks for a check."""
    if any(isinstance(warning, Reason) and warning.code == "warn.year_guess" for warning in draft.warnings):
        print(t("cli.year_guessed", name=_shown(draft.source_name), day=_shown(draft.record.get("date"))),
              file=sys.stderr)


def _shown(name: str | None) -> str:
    raw = name or "<article>"
    return visible(raw)


# -- `surveys import --from-articles` ------------------------------------------------------------------


def run_import_from_articles(args: argparse.Namespace, run_import: Any) -> int:
    """`surveys import --from-articles PATH...`: extract, then import the drafts under their articles' names.

    An article that does not look like a visit report is skipped unless --force; one
    that reports a visit already stored is skipped as a duplicate, and with
    --merge (alias --merge-figures) what the stored record lacks is added to it.
    """
    from .article_import import import_drafts  # noqa: PLC0415

    published = _published(getattr(args, "published", None))
    if args.paths.count(STDIN) > 1:
        raise UsageError(t("cli.stdin_once"))
    url = _article_url(args)
    try:
        drafts = list(_drafts(args.paths, published, _max_size(args), url))
    except ArticleTooLarge as error:
        print(f"surveys: {_shown(explain(str(error)))}", file=sys.stderr)
        return 1
    if not drafts:  # every article given was empty, and said so
        return 1
    print(t("cli.extracted", count=len(drafts), given=len(args.paths)), file=sys.stderr)
    kept: list[Draft] = []
    for draft in drafts:
        if draft.non_visit and not getattr(args, "force", False):
            why = say(reason("warn.not_a_visit", why=draft.non_visit), output_lang(args))
            print(f"{_shown(draft.source_name)}: {t('cli.skipped_not_a_visit', why=_shown(why))}", file=sys.stderr)
            continue
        _say_year_guess(draft)
        kept.append(draft)
    return import_drafts(args, kept, _shown)
