"""Ctrl+↓ and Ctrl+↑ in the review form: to the next section's first field, and back to a section's start.

The form is one long run of fields (the visit's own, then localities, figures, recommendations, directions,
difficulties, people, the source and the notes); at 80×24 the leader was the 5th Tab, the localities the 6th and the
figures twenty further (a tryout of session 34), and Tab overshot. A section is what follows one of the form's
headings (`.review-section`; the fields before the first heading are the visit's own): Ctrl+↓ focuses the first
field of the next one, Ctrl+↑ the first of the one the cursor is in, or of the one before when it is there already.
Both go round at the ends, as Tab does, and from the Save and Cancel buttons (outside the form) go into it. The
heading is scrolled to the top, so what the section is called is in sight with its first field.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widget import Widget

HEADING = "review-section"


def sections(form: VerticalScroll) -> list[tuple[Widget | None, list[Widget]]]:
    """The form's sections in order: each heading (None for the visit's own fields) with its focusable fields."""
    heading_of: dict[Widget, Widget | None] = {}
    heading: Widget | None = None
    for child in form.children:
        if child.has_class(HEADING):
            heading = child
        heading_of[child] = heading
    found: dict[Widget | None, list[Widget]] = {}
    for field in form.screen.focus_chain:
        top = _child_of(form, field)
        if top is not None:
            found.setdefault(heading_of[top], []).append(field)
    return list(found.items())


def _child_of(form: Widget, widget: Widget) -> Widget | None:
    """The form's own child holding `widget`; None when the widget is outside the form."""
    node: Widget | None = widget
    while node is not None and node.parent is not form:
        parent = node.parent
        node = parent if isinstance(parent, Widget) else None
    return node


def target(form: VerticalScroll, focused: Widget | None, forward: bool) -> tuple[Widget | None, Widget] | None:
    """The section to go to and its first field, from the field `focused`; None when the form has no field."""
    runs = sections(form)
    if not runs:
        return None
    here = next((index for index, (_, fields) in enumerate(runs) if focused in fields), None)
    if here is None:  # the buttons under the form, or nothing focused
        return runs[0 if forward else -1][0], runs[0 if forward else -1][1][0]
    if forward:
        index = (here + 1) % len(runs)
    else:
        index = here if focused is not runs[here][1][0] else (here - 1) % len(runs)
    return runs[index][0], runs[index][1][0]


def go(form: VerticalScroll, focused: Widget | None, forward: bool) -> None:
    """Focus the section's first field with its heading at the top of the form (the form's top for the first)."""
    found = target(form, focused, forward)
    if found is None:
        return
    heading, field = found
    field.focus(scroll_visible=False)
    if heading is None:
        form.scroll_home(animate=False)
    else:
        form.scroll_to_widget(heading, top=True, animate=False)
