"""What the import dialog shows once a step of its flow has come back: the status line, the report, and whether
Ctrl+S/Ctrl+Y may import.

The dialog (`import_dialog`) runs the flow: the path checked, articles extracted and reviewed, stored visits
offered for merging, the import made. Each step's result becomes a `View` here, one function a kind of result,
and the dialog draws it (`ImportScreen._show`): what is said about an outcome is decided in one place, apart from
the order in which outcomes come. The report's lines are `import_report`'s; everything from the files is plain
`Text`, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from store.importing import ImportProblem

from ..i18n import Translator
from ..i18n_errors import explain
from .import_report import beside_lines, cancelled_lines, merge_lines, problem_lines, report_lines, summary_line
from .import_work import Outcome
from .merge_offer import Offer


@dataclass(frozen=True)
class View:
    """The status line (and its colour), the report (None: the one shown stays), and whether Ctrl+S (Ctrl+Y) may
    import."""

    status: str
    style: str = ""
    report: Text | None = None
    confirm: bool = False
    hold: bool = False
    """Ctrl+S/Ctrl+Y may import, but drafts just saved in review are not imported at once: some of them would be skipped
    (already stored, or told twice in this import), which the person saved meaning to import."""


def checked(outcome: Outcome, articles: bool, merges: list[Offer], skipped: list[str], cancelled: list[str],
            t: Translator) -> View:
    """A dry run: its counts and what to do next, its report and problems; for reviewed `articles`, the merges and
    the drafts left out as well."""
    report, hold = Text(), False
    if outcome.error:
        status, style, confirm = t("import.cannot", error=explain(outcome.error, t)), "red", False
    else:
        result = outcome.result
        assert result is not None
        counts = result.counts()
        summary = summary_line(counts, t)
        confirm = False
        if result.problems:
            status, style = summary + " " + t("import.fix"), "red"
        elif (counts["added"] or counts["updated"] or merges) and articles and counts["skipped"]:
            status, style, confirm, hold = summary + " " + t("import.confirm_skipped"), "yellow", True, True
        elif counts["added"] or counts["updated"] or merges:
            status, style, confirm = summary + " " + t("import.confirm"), "green", True
        else:
            status, style = summary + " " + t("import.nothing"), "yellow"
        report_lines(report, result, t, skipped_first=hold)
    problem_lines(report, outcome.problems or [], t)
    beside_lines(report, outcome.beside, t)
    if articles:
        merge_lines(report, merges, skipped, t)
        cancelled_lines(report, cancelled, t)
    return View(status, style, report, confirm, hold)


def failed(outcome: Outcome, t: Translator, retry: bool = False) -> View:
    """An import that wrote nothing: why, and its problems; with `retry` (it failed for a reason of the moment, a
    lock held elsewhere), the report stays and Ctrl+S/Ctrl+Y tries the same import again."""
    status = t("import.failed", error=explain(outcome.error or "", t))
    if retry:
        return View(status + " " + t("import.retry"), "red", None, confirm=True)
    report = Text()
    problem_lines(report, outcome.problems or [], t)
    return View(status, "red", report)


def merge_failed(outcome: Outcome, t: Translator) -> View:
    """Figures merged into some stored records and not into others (the report stays)."""
    return View(t("import.merge_failed", stored=", ".join(outcome.merged),
                  error="; ".join(explain(error, t) for error in outcome.merge_errors)), "red")


def unreadable(problems: list[ImportProblem], t: Translator) -> View:
    """Articles that could not be read (or none found): nothing to review."""
    report = Text()
    problem_lines(report, problems, t)
    return View(t("import.unreadable", count=t.number(len(problems))), "red", report)


def all_cancelled(cancelled: list[str], t: Translator) -> View:
    """Every draft cancelled in review: nothing to import."""
    report = Text()
    cancelled_lines(report, cancelled, t)
    return View(t("import.all_cancelled"), "yellow", report)


def merges_only(merges: list[Offer], skipped: list[str], cancelled: list[str], t: Translator) -> View:
    """Every article was a stored visit: the merges Ctrl+S/Ctrl+Y makes, or nothing to do."""
    report = Text()
    merge_lines(report, merges, skipped, t)
    cancelled_lines(report, cancelled, t)
    if merges:
        return View(t("import.merge_only"), "green", report, confirm=True)
    return View(t("import.nothing"), "yellow", report)


def confirmable(checked: Outcome | None, merges: list[Offer], documents: list[tuple[str, bytes]] | None) -> bool:
    """Whether Ctrl+S/Ctrl+Y may import: a clean dry run that adds or updates something, or merges chosen in review
    (only merges: the report lists them, nothing to dry-run)."""
    if merges and documents is None:
        return True
    if checked is None or checked.error or checked.result is None or checked.result.problems:
        return False
    counts = checked.result.counts()
    return bool(counts["added"] or counts["updated"] or merges)
