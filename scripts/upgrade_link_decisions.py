"""Give every link decision stored by label alone the earlier item's text, so that it follows its item.

    .venv/bin/python scripts/upgrade_link_decisions.py STORE     (a store file, or a postgresql:// address)

Session 34's first round stored a person's word on a link (`repeats` in a later item) by the earlier visit's id and
the item's label (r2); reordering, editing or deleting that visit's items then made the decision name another item.
Decisions now keep the item's text (`store.link_targets`). This takes the text of the item each old decision's label
names now, once (`store.link_decisions.upgrade_decisions`); a decision made afterwards gets its text as stored, and
one whose item is decided on again is upgraded then too. Prints how many items were written.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.backends import open_repository  # noqa: E402
from store.link_decisions import upgrade_decisions  # noqa: E402


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    repository = open_repository(argv[0])
    try:
        print(f"{upgrade_decisions(repository)} items' link decisions given their earlier item's text")
    finally:
        repository.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
