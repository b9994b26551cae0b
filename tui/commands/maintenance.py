"""`surveys recover`: put the backup back when the store will not parse."""

from __future__ import annotations

import argparse
import sys

from store.paths import store_path
from store.store import SurveyStore


def register(commands: argparse._SubParsersAction) -> None:
    recover = commands.add_parser(
        "recover", help="restore the store from its backup",
        description="Restore <store>.bak over a store that cannot be read; the broken file is kept as <store>.broken.",
    )
    recover.set_defaults(run=run_recover)


def run_recover(args: argparse.Namespace) -> int:
    store = SurveyStore(store_path(args.db))
    kept = store.recover_from_backup()
    print(f"restored {store.path} from its backup ({len(store)} records); the unreadable file is kept as {kept}",
          file=sys.stderr)
    return 0
