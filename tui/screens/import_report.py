"""The import dialog's report: what would be added, updated, skipped, merged, left out, and every problem.

Kept apart from the dialog (which holds the flow) so that the report's look
is in one place. Everything from the files is plain `Text` through
`printable`, never markup; each line names the article or file it came from.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text

from store.importing import ImportProblem, ImportResult, printable
from store.importing.sources import NO_RECORDS_IN_FOLDER  # the core's word for a folder with no records

from ..i18n import Translator
from ..i18n_errors import explain
from .figure_line import figure_text
from .merge_offer import Offer

IDS_SHOWN = 200


def report_lines(report: Text, result: ImportResult, t: Translator, skipped_first: bool = False) -> None:
    """What would be added, updated and skipped, each record with its file; `skipped_first` when the skipped are
    what the dialog asks to look at (drafts saved in review: at the end they were out of sight at 80×24)."""
    where = result.prepared.locations
    older = {rid: t("cli.report.would_older", when=f"{stamp[:10]} {stamp[11:16]} UTC")  # an edit it would undo
             for rid, stamp in result.report.older}
    sections = [
        ("import.will_add", [(rid, "") for rid in result.report.added], "green"),
        ("import.will_update", [(rid, older.get(rid, "")) for rid in result.report.updated], "cyan"),
        ("import.will_skip", result.report.skipped, "yellow"),
    ]
    if skipped_first:
        sections.insert(0, sections.pop())
    for title, items, style in sections:
        if not items:
            continue
        report.append(t(title, count=t.number(len(items))) + "\n", style=f"bold {style}")
        for rid, reason in items[:IDS_SHOWN]:
            said = older.get(rid) if title == "import.will_update" else explain(reason, t)
            line = f"  {rid}  ({where.get(rid, '?')})" + (f": {said}" if reason else "")
            report.append(printable(line) + "\n")
        if len(items) > IDS_SHOWN:
            report.append("  " + t("import.more", count=t.number(len(items) - IDS_SHOWN)) + "\n", style="dim")


def summary_line(counts: dict[str, int], t: Translator) -> str:
    """"Sẽ thêm 1.200, cập nhật 0, …": the dry run's counts, written as the interface language writes numbers."""
    return t("import.summary", **{name: t.number(count) for name, count in counts.items()})


def imported_note(counts: dict[str, int], merged: list[str], t: Translator, left_out: int = 0) -> str:
    """The note once an import is written, its counts that are not zero ("Đã nhập: thêm 3, bỏ qua 1": with the
    zeros, it took a third line of the note at 80 columns to say "0"), the stored records given figures (a
    merge alone had been said by nothing), each as `merged` names it (`days.visit_named`: "14/10/2025 ở Đà Nẵng";
    its id, one word of 40 cells, broke mid-word in the note at 80 columns) and the drafts left out in review (else
    three articles read "thêm 2")."""
    parts = [t(f"note.imported.{name}", count=t.number(counts[name])) for name in ("added", "updated", "skipped")
             if counts.get(name)]
    parts += [t("note.imported.merged", stored=", ".join(merged))] if merged else []
    parts += [t("note.imported.left_out", count=t.number(left_out))] if left_out else []
    return t("note.imported", parts=", ".join(parts or [t("note.imported.added", count=t.number(0))]))


def cancelled_lines(report: Text, cancelled: list[str], t: Translator) -> None:
    if not cancelled:
        return
    report.append(t("import.left_out", count=t.number(len(cancelled))) + "\n", style="bold yellow")
    for label in cancelled:
        report.append("  " + printable(label) + "\n")


def beside_lines(report: Text, beside: list[str], t: Translator) -> None:
    """The articles of a folder imported as records, which were not read (`Outcome.beside`)."""
    if not beside:
        return
    report.append(t("import.beside", count=t.number(len(beside))) + "\n", style="bold yellow")
    for name in beside[:IDS_SHOWN]:
        report.append("  " + printable(name) + "\n")
    if len(beside) > IDS_SHOWN:
        report.append("  " + t("import.more", count=t.number(len(beside) - IDS_SHOWN)) + "\n", style="dim")


def problem_lines(report: Text, problems: list[ImportProblem], t: Translator) -> None:
    if not problems:
        return
    report.append(t("import.problems", count=t.number(len(problems))) + "\n", style="bold red")
    for problem in problems:
        said = t("import.folder_empty") if problem.message == NO_RECORDS_IN_FOLDER else explain(problem.message, t)
        report.append("  " + str(replace(problem, message=said)) + "\n")


def missing_report(path: str, t: Translator) -> Text:
    """The report of a path that is not there: its one problem, as the import would list it."""
    report = Text()
    problem_lines(report, [ImportProblem(printable(path), "no such file or directory")], t)
    return report


def merge_lines(report: Text, merges: list[Offer], skipped: list[str], t: Translator) -> None:
    """The figures and items that confirmation merges into stored records, and the articles skipped as already
    stored."""
    if merges:
        report.append(t("import.will_merge", count=t.number(len(merges))) + "\n", style="bold cyan")
        for offer in merges:
            count = len(offer.figures) + len(offer.items)
            report.append("  " + printable(t("import.merge_line", stored=offer.stored.get("id"),
                                               count=t.number(count), article=offer.label)) + "\n")
            for figure in offer.figures:
                report.append("    + " + printable(figure_text(figure, t)) + "\n", style="dim")
            for name, item in offer.items:
                report.append("    + " + printable(f"{t('followup.' + name)}: {item.get('text', '')}") + "\n",
                              style="dim")
    if skipped:
        report.append(t("import.skipped_duplicate", count=t.number(len(skipped))) + "\n", style="bold yellow")
        for label in skipped:
            report.append("  " + printable(label) + "\n")
