"""`surveys delete ID... [--dry-run]`: remove surveys by id, all or none.

An unknown id (a typo) deletes nothing: every id is checked first. The
store keeps what was deleted (README, "Deleting"): in the journal line of
the delete until the next compaction, then in `<store>.journal.bak` beside
`<store>.bak` until the compaction after that.
"""

from __future__ import annotations

import argparse
import sys

from ..i18n import t
from .common import open_store
from .describe import visible


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("delete", help=t("cli.help.delete"), description=t("cli.help.delete_long"))
    parser.add_argument("ids", nargs="+", metavar="ID", help=t("cli.help.delete_ids"))
    parser.add_argument("--dry-run", action="store_true", help=t("cli.help.delete_dry_run"))
    parser.set_defaults(run=run_delete)


def run_delete(args: argparse.Namespace) -> int:
    repository = open_store(args)
    try:
        planned = repository.delete(args.ids, dry_run=True)
        if planned.missing:
            for record_id in planned.missing:
                print(t("err.no_survey", record=repr(visible(record_id))), file=sys.stderr)
            print(f"surveys: {t('cli.nothing_deleted')}", file=sys.stderr)
            return 1
        shown = {rid: repository.get(rid) for rid in planned.deleted}
        done = planned if args.dry_run else repository.delete(planned.deleted)
        said = "cli.would_delete" if args.dry_run else "cli.deleted"
        for record_id in done.deleted:
            record = shown.get(record_id) or {}
            print(t(said, id=record_id, date=record.get("date", ""), body=visible(str(record.get("body", "")))))
        if done.missing:  # someone else deleted them between the check and the write
            print(t("cli.already_gone", ids=", ".join(done.missing)), file=sys.stderr)
    finally:
        repository.close()
    return 0
