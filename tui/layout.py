"""When the facet sidebar is shown: as the terminal's width allows, unless the user chose at that width.

The sidebar takes `FACETS_WIDTH` cells beside the list. Below `WIDE` columns the list beside it would be under
`LIST_MIN` cells, too few for the locality, body and leader columns to be read (at 80 columns the list had 48
cells and only two columns, the leader and topics gone), so there the sidebar is hidden unless asked for with
`f`; from `WIDE` on it is shown unless hidden with `f`.

Measured in session 16 (3,000 generated visits, both languages; the widths are the same in both but for the
leader, which takes its heading's 11 cells in Vietnamese): beside the sidebar, at 90 columns the list has 58
cells, locality 15-16, body 14 and leader 11, narrower than the 80-column list without the sidebar (18-19, 16,
10-11), and the body is whole in 1 % of rows (14 % at 100); at 100 they are 21, 18 and 11, at 120 21, 19, 12
and topics 16. So `WIDE` stays 100. But from 104 to 117 columns the list had put a topics column back (its own
rule: four columns from 72 cells) at the others' cost: locality 14-20, body 14-17, narrower than at 100, so that
widening the terminal narrowed them (at 110: 17, 16, 11 and topics 14, which no row's topics fit). Beside the
sidebar the topics column now waits for `TOPICS_BESIDE_FACETS` cells, where four columns leave the other three
`LIST_MIN`'s widths (21, 18, 11); between, three columns grow with the terminal (at 110: 25, 21, 14). The topics
are in the sidebar's own topic facet and in the details meanwhile. Without the sidebar the list keeps its rule
(at 80 columns four columns, as the browser is made for).

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


TOPICS_BESIDE_FACETS = 86
"""The list's least width beside the sidebar for a topics column: four columns of it leave the locality, body and
leader 21, 18 and 11 cells, `LIST_MIN`'s (a terminal of 118 columns; `tui.widgets.survey_list.columns`)."""


def is_wide(width: int) -> bool:
    return width >= WIDE


def facets_shown(width: int, when_wide: bool | None, when_narrow: bool | None) -> bool:
    """Whether the sidebar is shown at `width`: the choice made at such a width, else what the width allows."""
    choice = when_wide if is_wide(width) else when_narrow
    return is_wide(width) if choice is None else choice


def chosen(width: int, shown: bool) -> bool | None:
    """The choice to keep for `width` once `f` has made the sidebar `shown`: None when that is the width's own."""
    return None if shown == is_wide(width) else shown
