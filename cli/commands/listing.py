"""`surveys list` and `surveys show`: the store as a table, JSON, JSONL or CSV."""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from statistics import median_low
from typing import TYPE_CHECKING, Any

from store.catalog import text
from store.days import day_text
from store.folding import normalize_text
from store.query import Filter
from store.sanitize import csv_cell, visible
from store.taxonomy import taxonomy

from ..i18n import resolve, t
from .common import add_filter_options, filter_from_args, filtered_records, open_store, write_json, write_jsonl
from .describe import describe_record

if TYPE_CHECKING:
    from store.former_notes import CountEach

LIST_COLUMNS = ("id", "date", "kind", "localities", "province", "body", "leader", "topics")


def register(commands: argparse._SubParsersAction) -> None:
    listing = commands.add_parser("list", help=t("cli.help.list"), description=t("cli.help.list_long"))
    add_filter_options(listing)
    listing.add_argument("--format", choices=("table", "json", "jsonl", "csv"), default="table",
                         help=t("cli.help.list_format"))
    listing.set_defaults(run=run_list)
    show = commands.add_parser("show", help=t("cli.help.show"), description=t("cli.help.show_long"))
    show.add_argument("id", metavar="ID", help=t("cli.help.show_id"))
    show.add_argument("--format", choices=("text", "json"), default="text", help=t("cli.help.show_format"))
    show.add_argument("--sources", action="store_true", help=t("cli.help.show_sources"))
    show.set_defaults(run=run_show)


def run_list(args: argparse.Namespace) -> int:
    query = filter_from_args(args)
    records = filtered_records(args, query)
    from store.former_notes import records_counter  # noqa: PLC0415
    say_former_wards(query, output_lang(args), records_counter(records))
    if args.format == "table":
        _write_table(records, output_lang(args))
    else:
        {"json": write_json, "jsonl": write_jsonl, "csv": _write_csv}[args.format](records)
    return 0


def say_former_wards(query: Filter, lang: str, count_each: CountEach) -> None:
    """On stderr, so piped output stays data: a former ward named by --ward is found under what it became (those
    that bring visits into what `count_each` counts, `store.former_notes`); `list` and `recompute` say it."""
    from store.former_notes import former_ward_note  # noqa: PLC0415
    for note in former_ward_note(query, lang, count_each).splitlines():
        print(f"surveys: {visible(note)}", file=sys.stderr)


def output_lang(args: argparse.Namespace) -> str:
    """The browser's rule (`tui.settings.interface_lang`): --lang, else the language last chosen in the browser on
    this store, else on any store, else the locale (LC_ALL, LC_MESSAGES, LANG), else English (`cli.i18n.resolve`,
    which `main` applied to the words typed before parsing them)."""
    return resolve(getattr(args, "lang", None), getattr(args, "db", None))


def run_show(args: argparse.Namespace) -> int:
    repository = open_store(args)
    try:
        record = repository.get(args.id)
        from store.item_links import links_for  # noqa: PLC0415 - `show` alone reads the other visits

        links = links_for(repository, record) if record is not None and args.format != "json" else {}
    finally:
        repository.close()
    if record is None:
        raise LookupError(t("err.no_survey", record=repr(args.id)))
    if args.format == "json":
        write_json(record)
    else:  # describe_record shows every control
        sys.stdout.write(describe_record(record, output_lang(args), links, sources=args.sources) + "\n")
    return 0


def list_row(record: dict[str, Any]) -> dict[str, str]:
    localities = record["localities"]
    return {
        "id": record["id"],
        "date": record["date"],
        "kind": record["kind"],
        "localities": "; ".join(loc["name"] for loc in localities),
        "province": "; ".join(dict.fromkeys(loc["province"]["name"] for loc in localities)),
        "body": record["body"],
        "leader": record["leader"]["name"],
        "topics": ", ".join(taxonomy().topic_label(t) for t in record.get("topics", [])),
    }


def _write_csv(records: list[dict[str, Any]]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=LIST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({key: csv_cell(value) for key, value in list_row(record).items()})


def _write_table(records: list[dict[str, Any]], lang: str = "en") -> None:
    if not records:
        sys.stderr.write(text("cli.no_match", lang) + "\n")
        return
    columns = ("date", "localities", "province", "body", "id")
    headers = [text(f"cli.col.{c}", lang).upper() for c in columns]
    rows = [[_day(_safe(list_row(r)[c]), c, lang) + _inferred(r, c) for c in columns] for r in records]
    widths = [_capped(c, max(len(headers[i]), *(len(row[i]) for row in rows))) for i, c in enumerate(columns)]
    typical = [_capped(c, max(len(headers[i]), median_low(len(row[i]) for row in rows))) for i, c in enumerate(columns)]
    room = _terminal_width()
    shown = fit_columns(columns, widths, room, typical) if room is not None else list(range(len(columns)))
    for row in [headers, *rows]:
        sys.stdout.write("  ".join(_fit(row[i], widths[i]) for i in shown).rstrip() + "\n")


WIDEST = 40
"""The widest a column other than the date and the id gets; those two are keys a reader copies into `show`,
`followup` or `delete`, never cut (an id from `import --from-articles` is often longer than this)."""


def _capped(column: str, width: int) -> int:
    return width if column in ("date", "id") else min(WIDEST, width)


NARROWEST = {"localities": 12, "body": 10, "province": 10}
"""The table's columns a narrow terminal cuts (with "…") and how narrow each may get before one is left out. The
width beyond the date, the id and these goes first to the province and the body, up to the length of their
typical (median) value, so most rows show them whole; then to the localities; then to every column up to its
longest value. The date and id are never cut."""
DROPPED = ("province", "body")
"""The columns left out, in this order, when cutting the others to `NARROWEST` still leaves lines too wide; then
the localities are cut below theirs."""
FLOOR = 5
"""How narrow the localities get when every `DROPPED` column is out and the line is still too wide."""


def _terminal_width() -> int | None:
    """The terminal's width when the table goes to one; None when it goes to a pipe or file, whose lines are kept
    whole (scripts read them)."""
    try:
        if not sys.stdout.isatty():
            return None
    except (AttributeError, ValueError):  # a closed or odd stream: no terminal
        return None
    return shutil.get_terminal_size().columns


def fit_columns(columns: tuple[str, ...], widths: list[int], room: int, typical: list[int] | None = None) -> list[int]:
    """The indexes of `columns` to show in `room` characters, `widths` (each column's longest value) narrowed in
    place so a line fits: the columns of `NARROWEST` start at their narrowest and share what the others leave in
    the order it gives, `typical` being each column's median value length (the longest when not given); when
    even their narrowest is too wide, the `DROPPED` ones are left out, one at a time, and then the localities cut
    to `FLOOR` letters. The date and id are never cut, so a terminal narrower than them gets lines as long as
    they need."""
    natural = list(widths)
    usual = typical if typical is not None else natural
    shown = list(range(len(columns)))
    while (fitted := _share(columns, natural, usual, shown, room, NARROWEST)) is None:
        droppable = [columns.index(name) for name in DROPPED if columns.index(name) in shown]
        if not droppable:
            floor = {name: FLOOR for name in NARROWEST}
            fitted = _share(columns, natural, usual, shown, room, floor) or _narrowest(columns, natural, floor)
            break
        shown.remove(droppable[0])
    widths[:] = fitted
    return shown


def _share(columns: tuple[str, ...], natural: list[int], typical: list[int], shown: list[int], room: int,
           least: dict[str, int]) -> list[int] | None:
    """The widths of the `shown` columns in `room` when each cuttable one gets at least its `least`, the spare
    handed out as `NARROWEST` says (within each step to the column that needs the least to be whole first, so as
    many as can be are); None when the least does not fit."""
    widths = _narrowest(columns, natural, least)
    spare = room - sum(widths[i] for i in shown) - 2 * (len(shown) - 1)
    if spare < 0:
        return None
    cut = [i for i in shown if columns[i] in least]
    steps = ([i for i in cut if columns[i] in DROPPED], [i for i in cut if columns[i] not in DROPPED], cut)
    for step, goal in zip(steps, (typical, natural, natural), strict=True):
        for i in sorted(step, key=lambda i: min(goal[i], natural[i]) - widths[i]):
            given = max(0, min(spare, min(goal[i], natural[i]) - widths[i]))
            widths[i] += given
            spare -= given
    return widths


def _narrowest(columns: tuple[str, ...], natural: list[int], least: dict[str, int]) -> list[int]:
    """Every column at its `least` width (never wider than its longest value); the others whole."""
    return [min(natural[i], least.get(name, natural[i])) for i, name in enumerate(columns)]


def _day(cell: str, column: str, lang: str) -> str:
    """The date column as its reader writes it (`24/05/2023` in Vietnamese, as `show` and the browser write it; it
    was ISO in the Vietnamese table): the table only, CSV and JSON keep the stored ISO day."""
    return day_text(cell, lang) if column == "date" else cell


def _inferred(record: dict[str, Any], column: str) -> str:
    """`?` after a day whose year the article did not give, as the browser's list writes `04/09/2025?` (the table
    only: CSV and JSON keep the date as stored, `date_certainty` beside it in JSON)."""
    return "?" if column == "date" and record.get("date_certainty") == "inferred" else ""


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def _safe(text: str) -> str:
    """Imported text may carry terminal escapes; a table shows them, never obeys them."""
    return visible(normalize_text(text))


