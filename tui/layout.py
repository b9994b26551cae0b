"""When the facet sidebar is shown: as the terminal's width allows, unless the user chose at that width.

The sidebar takes `FACETS_WIDTH` cells beside the list. Below `WIDE` columns the list beside it would be under
`LIST_MIN` cells, too few for the locality, body and leader columns to be read (at 80 columns the list had 48
cells and only two columns, the leader and topics gone), so there the sidebar is hidden unless asked for with
`f`; from `WIDE` on it is shown unless hidden with `f`.

A choice is kept for the width it was made at, narrow or wide, not for every width: a sidebar shown with `f` on an
80-column ssh session stays for the next 80-column session, and a resize to 120 and back does what each width
had been told; a sidebar turned off at 120 columns is off at 120 and nothing is said of 80. Pressing `f` back to
what the width would do forgets the choice (`chosen`). The browser applies the rule on launch and on every resize.
"""

from __future__ import annotations

FACETS_WIDTH = 32
"""The sidebar's width in cells (`#facets` in app.tcss)."""
LIST_MIN = 68
"""The list's least width beside the sidebar: date, locality, body and leader columns of 11, 21, 18 and 11 cells."""
WIDE = FACETS_WIDTH + LIST_MIN
"""From this many columns the sidebar is shown unless hidden."""


def is_wide(width: int) -> bool:
    return width >= WIDE


def facets_shown(width: int, when_wide: bool | None, when_narrow: bool | None) -> bool:
    """Whether the sidebar is shown at `width`: the choice made at such a width, else what the width allows."""
    choice = when_wide if is_wide(width) else when_narrow
    return is_wide(width) if choice is None else choice


def chosen(width: int, shown: bool) -> bool | None:
    """The choice to keep for `width` once `f` has made the sidebar `shown`: None when that is the width's own."""
    return None if shown == is_wide(width) else shown
