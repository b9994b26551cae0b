"""`surveys followup ID ITEM ...`: the browser's follow-up edit (`u`), scriptable.

ITEM is `r1`, `r2`, … for recommendations and `d1`, `d2`, … for
directions, numbered from 1 as `surveys show` labels them. The edit goes
through `Repository.update`, so it is applied to the record as stored at
that moment under the store's lock; `--expect-status` makes it
conditional: if someone has changed the item's status meanwhile, nothing is
written and the exit status is 1. `--undo` puts this user's latest save of
the item back (`store.followup.undo_last`), refused as the browser's `z` is
when someone else changed the item since; each `--undo` steps one save
further back (an undo, the browser's `z` or an earlier `--undo`, is stepped
over and said, never itself undone); `--history` prints the item's
history (`store.history_said`). The history's "who" is `store.writer_name`'s,
the settings' name handed with each save and undo, as the browser does.
"""

from __future__ import annotations

import argparse
import shlex
from typing import Any

from store import catalog
from store.closed_values import status_keys
from store.followup import (
    STATUSES,
    FollowUpError,
    ItemRef,
    get_item,
    item_label,
    parse_item_label,
    save_followup,
    status_label,
    status_of,
    writer,
)
from store.history_said import change_said, entry_line, history_lines
from store.item_links import links_for, parse_earlier
from store.link_decisions import save_decision
from store.repository import ConflictError
from store.today import current_day

from ..help_format import WholeWords
from ..i18n import explain, lang, t
from .common import UsageError, open_store
from .describe import item_line, link_lines, visible
from .listing import output_lang


class _NeededInUsage(WholeWords):
    """The usage line shows ID and ITEM as needed (`surveys followup [-h] … ID ITEM`, as `show` shows its ID):
    they are taken as optional only so that a missing one is said in words (`_item_ref`), and the usage's
    `[ID] [ITEM]` had said they may be left out (polish8, left)."""

    def _format_args(self, action: argparse.Action, default_metavar: str) -> str:
        if not action.option_strings and action.nargs == argparse.OPTIONAL:
            return str(self._metavar_formatter(action, default_metavar)(1)[0])
        return super()._format_args(action, default_metavar)


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("followup", help=t("cli.help.followup"), description=t("cli.help.followup_long"),
                                 epilog=t("cli.help.followup_epilog"), formatter_class=_NeededInUsage)
    # Both taken as optional so that a missing one is said in words (`_item_ref`), not argparse's bare
    # "the following arguments are required: ITEM", which did not say what an item is or where they are listed.
    parser.add_argument("id", metavar="ID", nargs="?", help=t("cli.help.show_id"))
    parser.add_argument("item", metavar="ITEM", nargs="?", help=t("cli.help.followup_item"))
    parser.add_argument("--status", choices=STATUSES, type=_status_value, help=t("cli.help.followup_status"))
    parser.add_argument("--deadline", metavar="DATE", help=t("cli.help.followup_deadline"))
    parser.add_argument("--to", metavar="TEXT", help=t("cli.help.followup_to"))
    parser.add_argument("--response", metavar="TEXT", help=t("cli.help.followup_response"))
    parser.add_argument("--response-date", metavar="DATE", help=t("cli.help.followup_response_date"))
    parser.add_argument("--confirm-link", metavar="ID:ITEM", help=t("cli.help.followup_confirm_link"))
    parser.add_argument("--drop-link", metavar="ID:ITEM", help=t("cli.help.followup_drop_link"))
    parser.add_argument("--undo", action="store_true", help=t("cli.help.followup_undo"))
    parser.add_argument("--history", action="store_true", help=t("cli.help.followup_history"))
    parser.add_argument("--expect-status", choices=STATUSES, type=_status_value, metavar="STATUS",
                        help=t("cli.help.followup_expect"))
    parser.set_defaults(run=run_followup)


def _status_value(text: str) -> str:
    """A status as typed, in English or as `show` and the browser say it in Vietnamese (`"đang giải quyết"`, with or
    without its marks, as the filter's `trangthai:` takes it): the stored English value. `--status "đang giải
    quyết"` had been refused though `show` prints that very word; a value naming none is left for argparse's
    choices to refuse."""
    return next((key for key in status_keys(text) if key in STATUSES), text)


def run_followup(args: argparse.Namespace) -> int:
    ref = _item_ref(args)
    changes, decisions = _changes(args), _decisions(args)
    if not changes and not decisions and not args.undo and not args.history:
        raise UsageError(t("cli.followup_what"))
    from tui.settings import load_user_name  # noqa: PLC0415 - plain JSON, read only by a command that writes

    named = load_user_name()  # the history's "who" (store.writer_name), handed with each write as the browser does
    repository = open_store(args)
    try:
        saved = _undo(repository, args, ref, named) if args.undo else None
        saved = _save(repository, args, ref, changes, named) if changes else saved
        for earlier, decision in decisions:
            saved = _decide(repository, args, ref, earlier, decision)
        saved = saved if saved is not None else _read(repository, args, ref)
        links = links_for(repository, saved).get(ref, []) if changes or decisions or args.undo else []
    finally:
        repository.close()
    item = get_item(saved, ref)
    lang = output_lang(args)
    if changes or decisions or args.undo:
        print(f"{saved['id']} {item_label(ref)}: {visible(item_line(item, lang) + link_lines(links, lang))}")
    if args.history:
        print(history_said_lines(saved, ref, lang))
    return 0


def _read(repository: Any, args: argparse.Namespace, ref: ItemRef) -> dict[str, Any]:
    """The visit as stored, for `--history` alone; its item checked as an edit checks it."""
    current = repository.get(args.id)
    if current is None:
        raise LookupError(t("err.no_survey", record=repr(args.id)))
    _item_exists(current, ref, args.id)
    return dict(current)


def history_said_lines(record: dict[str, Any], ref: ItemRef, lang: str) -> str:
    """`--history`: the item named, then its history oldest first, one change a line (or that there is none)."""
    lines = history_lines(get_item(record, ref), lang) or [catalog.text("cli.history_none", lang)]
    return f"{record['id']} {item_label(ref)}:\n" + "\n".join(f"  {visible(line)}" for line in lines)


def _undo(repository: Any, args: argparse.Namespace, ref: ItemRef, named: str | None) -> Any:
    """`--undo`: this user's latest save of the item not undone yet put back; refused (exit 1, nothing written) as
    `z` is. When their last change was itself an undo, that is said first: the save before it is the one undone."""
    from store.followup import UndoRefused, undo_last  # noqa: PLC0415

    current = repository.get(args.id)
    if current is None:
        raise LookupError(t("err.no_survey", record=repr(args.id)))
    _item_exists(current, ref, args.id)
    item = f"{args.id} {item_label(ref)}"
    try:
        undone = undo_last(repository, args.id, ref, named)
    except UndoRefused as refused:
        who = writer(repository, named) or t("cli.nobody")
        if refused.why == "none":
            raise LookupError(t("cli.undo_none", item=item, who=who)) from None
        if refused.why == "undone":
            raise LookupError(t("cli.undo_all_undone", item=item, who=who)) from None
        if refused.why == "later" and refused.entry is not None:
            raise LookupError(t("cli.undo_later", item=item, change=entry_line(refused.entry, lang()))) from None
        raise LookupError(t("cli.undo_changed", item=item)) from None
    except FollowUpError as error:
        raise LookupError(explain(str(error))) from None
    if undone.past_undos:  # their last change was an undo: a step further back, not the undo undone
        print(t("cli.undo_stepped", item=item, count=undone.past_undos,
                save=entry_line(undone.done[-1], lang())))
    print(t("history.undone", item=item, what="; ".join(change_said(entry, lang()) for entry in undone.written)))
    return undone.record


def _item_ref(args: argparse.Namespace) -> ItemRef:
    """ITEM read, or what is missing or wrong said with where the items are listed (`surveys show ID`)."""
    if args.id is None:
        raise UsageError(t("cli.followup_no_id"))
    shown = shlex.quote(args.id)
    if args.item is None:
        raise UsageError(t("cli.followup_item_missing", id=shown))
    try:
        return parse_item_label(args.item)
    except FollowUpError:
        raise UsageError(t("cli.followup_item_form", label=repr(args.item), id=shown)) from None


def _decisions(args: argparse.Namespace) -> list[tuple[tuple[str, str], str]]:
    """--confirm-link / --drop-link as ((earlier visit id, its item label), decision)."""
    asked = [(args.confirm_link, "confirmed"), (args.drop_link, "dropped")]
    try:
        return [(parse_earlier(value), decision) for value, decision in asked if value is not None]
    except FollowUpError:
        value = args.confirm_link if args.confirm_link is not None else args.drop_link
        raise UsageError(t("cli.followup_link_form", value=value)) from None


def _decide(repository: Any, args: argparse.Namespace, ref: ItemRef, earlier: tuple[str, str],
            decision: str) -> Any:
    current = repository.get(args.id)
    if current is None:
        raise LookupError(t("err.no_survey", record=repr(args.id)))
    _item_exists(current, ref, args.id)
    try:
        return save_decision(repository, args.id, ref, earlier, decision)
    except FollowUpError as error:
        raise LookupError(explain(str(error))) from None


def _save(repository: Any, args: argparse.Namespace, ref: tuple[str, int], changes: dict[str, Any],
          named: str | None) -> Any:
    expect = args.expect_status

    def still_expected(current: dict[str, Any]) -> None:
        _item_exists(current, ref, args.id)
        if expect is not None and status_of(get_item(current, ref)) != expect:
            raise ConflictError(t("cli.followup_conflict", item=f"{args.id} {item_label(ref)}",
                                  now=_status_said(status_of(get_item(current, ref))), expected=_status_said(expect)))

    try:
        return save_followup(repository, args.id, ref, check=still_expected, named=named, **changes)
    except FollowUpError as error:
        raise LookupError(explain(str(error))) from None


def _item_exists(record: dict[str, Any], ref: tuple[str, int], record_id: str) -> None:
    """The item named as the user named it ("r9"), with how many there are, rather than the core's
    "recommendations[8]" (a field name and an index from 0)."""
    field, index = ref
    count = len(record.get(field) or [])
    if 0 <= index < count:
        return
    letter, kind = item_label(ref)[0], t(f"cli.followup_kind.{field}", count=count)
    if not count:
        raise LookupError(t("cli.followup_no_items", id=record_id, item=item_label(ref), kind=kind))
    items = f"{letter}1" if count == 1 else f"{letter}1–{letter}{count}"  # one item is "(d1)", never "(d1–d1)"
    raise LookupError(t("cli.followup_no_item", id=record_id, item=item_label(ref), count=count, kind=kind,
                        items=items))


def _status_said(status: str) -> str:
    """A status as `--status` takes it, with its words in Vietnamese: 'đang giải quyết' (in progress)."""
    label = status_label(status, lang())
    return repr(status) if label == status else f"{label!r} ({status})"


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.status is not None:
        changes["status"] = args.status
    if args.deadline is not None:
        changes["deadline"] = args.deadline or None
    if args.to is not None:
        changes["to"] = args.to or None
    if args.response is not None:
        changes["response"] = (args.response_date or current_day().isoformat(), args.response)
    elif args.response_date is not None:
        raise UsageError(t("cli.response_date_only"))
    return changes

