"""The layer contract: who may import whom, read from the source, so a wrong import fails here.

    command line (cli.*)  →  browser (tui.*)  →  services (import, extract, export)  →  repository
        →  query  →  domain

A module may import its own layer and the layers to its right, never to its
left. The command line never imports Textual: of the browser it uses the word
catalog (`tui.i18n`, plain dictionaries) at any time and `tui.app` only inside
the function that starts the browser. The domain imports neither TinyDB nor
Textual, and nothing in `store` imports Textual. Every module of `store`, `cli`
and `tui` must be placed in a layer: a new module that is not fails this test
until it is named below.
"""

from __future__ import annotations

import ast
import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ORDER = ("command line", "interface", "services", "repository", "query", "domain")
LAYERS: dict[str, tuple[str, ...]] = {
    "command line": ("cli", "cli.*"),
    "interface": ("tui", "tui.*"),
    "services": ("store.importing", "store.importing.*", "store.extract", "store.extract.*", "store.export",
                 "store.export_brief", "store.brief_source",  # the export's Markdown brief
                 "store.history_said",  # an item's history in words for `show` and the exports
                 "store.recompute"),  # stored figures' metrics worked out again, through the repository
    "repository": (
        "store.repository", "store.backends", "store.tinydb_repository", "store.store", "store.storage",
        "store.state", "store.journal", "store.compaction", "store.planning", "store.health", "store.checked",
        "store.recovery", "store.followup", "store.put_back", "store.paths", "store.postgres", "store.postgres.*",
        "store.displaced",  # the files recover displaced: which are kept, which go
        "store.item_links",  # which earlier item a later one repeats
        "store.link_decisions",  # a person's word on a repeat link, kept in the later item
        "store.link_reads",  # a visit's links from the visits at its places alone (index or database)
        "store.item_reread",  # the item a person has open, found again in its visit as stored now
        "store.item_merge",  # a follow-up item merged field by field with another office's write
        "store.file_stamps",  # the store's file names and stamps, without its code (the browser's launch)
        "store.sqlindex", "store.sqlindex.*",  # the persistent index: derived storage kept beside the store file
        "store.unit_cache",  # the units merged away each record names, read again only where rows moved
    ),
    "query": ("store.query", "store.filter_names", "store.closed_values", "store.matching", "store.index",
              "store.facet_keys",  # the keys a record is filed under (leader, places, soonest deadline)
              "store.index.*", "store.former_notes",
              "store.unknown_names",  # a filter's names that name nothing: the filter's own matching, no store
              "store.name_suggestions",  # the names nearest one that names nothing (the gazetteer's, folded)
              "store.negation",  # a negation in the filter, refused by its parser
              "store.addressees",  # whom an item is addressed to, kept per status for `to:` with the others
              "store.addressee_choices",  # the addressees a `to:` picker offers, one per office, counted
              "store.item_events"),  # answered:/changed:/closed: a period, of one item as status:/to:
    "domain": (
        "store", "store.errors", "store.folding",
        "store.collation", "store.numbers", "store.dates", "store.gazetteer",
        "store.item_history",  # a follow-up item's status history and "changed since", pure
        "store.corrected_items",  # a correction's history entries for the items it changed (pure)
        "store.gazetteer_units",  # what a look-up returns and the keys names are filed under
        "store.levels", "store.dashes", "store.districts", "store.today_wards",
        "store.former_communes",  # one commune merged away named with its district and province (ward clause)
        "store.place_names",  # every unit's name as a list, from the gazetteer's tables
        "store.former_wards", "store.earlier_wards", "store.taxonomy", "store.resources", "store.identity",
        "store.validation",
        "store.semantics", "store.checks", "store.metrics", "store.metric_states", "store.metric_nouns",
        "store.periods", "store.bodies",
        "store.sanitize",
        "store.oserrors", "store.provenance", "store.reasons",
        "store.link_targets",  # which earlier item a stored link decision points at now (pure)
        "store.repeats",  # does a later item repeat an earlier one: wording, place, day, kind (pure)
        "store.value_sources",  # the sentence each saved value was read from, bounded, and its article's name
        "store.sentence_tables",  # those sentences stored once per record: packed on write, unpacked on read
        "store.catalog",  # the one message catalog (data/messages.json), read by every layer
        "store.atomic",  # no domain at all: the one way to replace a file, for every layer
        "store.article_suffixes",  # which files are articles: the import dialog's, without the extractor
        "store.days",  # a day as its reader writes it, without imports (the list's rows on the first frame)
        "store.writer_name",  # who a follow-up item's history names: SURVEYS_USER, settings, role, OS user
        "store.today",  # what the program takes as today: the clock's, or a day set by --today / SURVEYS_TODAY
        "store.written_places",  # a locality as written → today: the details pane's and `surveys show`'s line
    ),
}
FORBIDDEN = {"command line": ("textual",), "domain": ("tinydb", "textual"), "query": ("tinydb", "textual"),
             "repository": ("textual",), "services": ("textual",)}


def _modules() -> dict[str, Path]:
    found = {}
    for path in [*ROOT.glob("store/**/*.py"), *ROOT.glob("cli/**/*.py"), *ROOT.glob("tui/**/*.py")]:
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = _modules()


def layer_of(module: str) -> str | None:
    for layer in ORDER:
        if any(fnmatch.fnmatchcase(module, pattern) for pattern in LAYERS[layer]):
            return layer
    return None


def imported(module: str, path: Path) -> set[str]:
    """Every module `path` imports, relative imports made absolute, `from x import sub` counted as x.sub."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names if f"{target}.{alias.name}" in MODULES)
    return names


def test_every_store_module_has_a_layer() -> None:
    unplaced = sorted(name for name in MODULES if layer_of(name) is None)
    assert not unplaced, f"place these modules in a layer in tests/test_layers.py: {unplaced}"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_follow_the_layers(module: str) -> None:
    layer = layer_of(module)
    assert layer is not None
    problems = []
    for name in sorted(imported(module, MODULES[module])):
        top = name.split(".")[0]
        if top in FORBIDDEN.get(layer, ()):
            problems.append(f"{name} (the {layer} layer never imports {top})")
        target = layer_of(name) if name in MODULES else None
        if target is not None and ORDER.index(target) < ORDER.index(layer):
            problems.append(f"{name} (a {target} module: {layer} may only import to its right)")
    assert not problems, f"{module}: " + "; ".join(problems)


CLI_MAY_USE = {"tui", "tui.i18n", "tui.i18n_errors", "tui.settings"}
"""What the command line takes from the browser's package: the word catalog, the core's reasons said in the
reader's language (`tui.i18n_errors`, patterns over the catalog), and the settings files (plain JSON, no Textual)
that hold the language chosen in the browser, which every command speaks too (`cli.i18n`)."""


def _top_level_imports(path: Path) -> set[str]:
    """Modules imported outside any function: what importing the module costs and pulls in."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


@pytest.mark.parametrize("module", sorted(name for name in MODULES if name.startswith("cli")))
def test_the_command_line_starts_without_the_browser(module: str) -> None:
    """`surveys list` must not import Textual: only the catalog at module level, the app inside a function."""
    browser = sorted(name for name in _top_level_imports(MODULES[module])
                     if name.split(".")[0] == "tui" and name not in CLI_MAY_USE)
    assert not browser, (f"{module} imports {browser} at module level; "
                         "import the browser inside the function that runs it")
    lazily = {name for name in imported(module, MODULES[module]) if name.split(".")[0] == "tui"}
    assert lazily <= CLI_MAY_USE | {"tui.app"}, f"{module} uses {sorted(lazily - CLI_MAY_USE)} of the browser"


def test_the_contract_sees_a_bad_import(tmp_path: Path) -> None:
    """The checker itself: a domain module importing the repository is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("from store.repository import Repository\nimport tinydb\n", encoding="utf-8")
    names = imported("store.folding", bad)
    assert "store.repository" in names and "tinydb" in names
    assert ORDER.index(layer_of("store.repository") or "") < ORDER.index("domain")
