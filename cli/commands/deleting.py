"""`surveys delete ID... [--dry-run]`: remove surveys by id, all or none.

An unknown id (a typo) deletes nothing: every id is checked first. The
store keeps what was deleted (README, "Deleting"): in the journal line of
the delete until the next compaction, then in `<store>.journal.bak` beside
`<store>.bak` until the compaction after that.
"""

from __future__ import annotations

import argparse
import sys

from .common import open_store
from .describe import visible


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "delete", help="delete surveys by id",
        description="Delete the surveys with these ids in one write. If any id is not in the store, nothing "
                    "is deleted. Exit status: 0 deleted (or would be, with --dry-run), 1 an unknown id or a "
                    "store problem.",
    )
    parser.add_argument("ids", nargs="+", metavar="ID")
    parser.add_argument("--dry-run", action="store_true", help="say what would be deleted; delete nothing")
    parser.set_defaults(run=run_delete)


def run_delete(args: argparse.Namespace) -> int:
    repository = open_store(args)
    try:
        planned = repository.delete(args.ids, dry_run=True)
        if planned.missing:
            for record_id in planned.missing:
                print(f"no visit with id {visible(record_id)!r}", file=sys.stderr)
            print("surveys: nothing was deleted", file=sys.stderr)
            return 1
        shown = {rid: repository.get(rid) for rid in planned.deleted}
        done = planned if args.dry_run else repository.delete(planned.deleted)
        verb = "would delete" if args.dry_run else "deleted"
        for record_id in done.deleted:
            record = shown.get(record_id) or {}
            print(f"{verb} {record_id}  {record.get('date', '')}  {visible(str(record.get('body', '')))}")
        if done.missing:  # someone else deleted them between the check and the write
            print(f"already gone: {', '.join(done.missing)}", file=sys.stderr)
    finally:
        repository.close()
    return 0
