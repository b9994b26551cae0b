"""`surveys followup ID ITEM ...`: the browser's follow-up edit (`u`), scriptable.

ITEM is `r1`, `r2`, … for recommendations and `d1`, `d2`, … for
directions, numbered from 1 as `surveys show` labels them. The edit goes
through `Repository.update`, so it is applied to the record as stored at
that moment under the store's lock; `--expect-status` makes it
conditional: if someone has changed the item's status meanwhile, nothing is
written and the exit status is 1.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from store.followup import STATUSES, FollowUpError, get_item, item_label, parse_item_label, save_followup, status_of
from store.repository import ConflictError

from .common import UsageError, open_store
from .describe import item_line, visible
from .listing import output_lang


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "followup", help="edit one recommendation's or direction's follow-up",
        description="Set the status, deadline or addressee of one item of a survey, or add a response. "
                    "ITEM is r1, r2, … (recommendations) or d1, d2, … (directions), as `surveys show` labels them.",
        epilog="Exit status: 0 saved, 1 no such survey or item, a conflict (--expect-status) or a store problem, "
               "2 bad usage.",
    )
    parser.add_argument("id", metavar="ID")
    parser.add_argument("item", metavar="ITEM")
    parser.add_argument("--status", choices=STATUSES, help="the item's status")
    parser.add_argument("--deadline", metavar="DATE", help="2025-12-31 or 31/12/2025; an empty string clears it")
    parser.add_argument("--to", metavar="TEXT", help="whom the item is addressed to; an empty string clears it")
    parser.add_argument("--response", metavar="TEXT", help="add a response (dated --response-date, default today)")
    parser.add_argument("--response-date", metavar="DATE", help="the response's date (default: today)")
    parser.add_argument("--expect-status", choices=STATUSES, metavar="STATUS",
                        help="save only if the item's status is still this; otherwise change nothing, exit 1")
    parser.set_defaults(run=run_followup)


def run_followup(args: argparse.Namespace) -> int:
    try:
        ref = parse_item_label(args.item)
    except FollowUpError as error:
        raise UsageError(str(error)) from None
    changes = _changes(args)
    if not changes:
        raise UsageError("say what to change: --status, --deadline, --to or --response")
    repository = open_store(args)
    try:
        saved = _save(repository, args, ref, changes)
    finally:
        repository.close()
    item = get_item(saved, ref)
    print(f"{saved['id']} {item_label(ref)}: {visible(item_line(item, output_lang(args)))}")
    return 0


def _save(repository: Any, args: argparse.Namespace, ref: tuple[str, int], changes: dict[str, Any]) -> Any:
    expect = args.expect_status

    def still_expected(current: dict[str, Any]) -> None:
        if expect is not None and status_of(get_item(current, ref)) != expect:
            raise ConflictError(f"{args.id} {item_label(ref)} is now {status_of(get_item(current, ref))!r}, "
                                f"not {expect!r}: someone changed it; nothing was saved")

    try:
        return save_followup(repository, args.id, ref, check=still_expected, **changes)
    except FollowUpError as error:
        raise LookupError(str(error)) from None


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.status is not None:
        changes["status"] = args.status
    if args.deadline is not None:
        changes["deadline"] = args.deadline or None
    if args.to is not None:
        changes["to"] = args.to or None
    if args.response is not None:
        changes["response"] = (args.response_date or date.today().isoformat(), args.response)
    elif args.response_date is not None:
        raise UsageError("--response-date applies to --response only")
    return changes

