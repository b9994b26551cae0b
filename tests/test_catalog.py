"""The one message catalog (`data/messages.json`): complete in both languages, and the only one there is.

Every entry has Vietnamese and English with the same placeholders; every key
the code asks for, literally or by a family (body types, follow-up statuses,
figure checks, JSON type names), exists; and no module keeps vi/en texts of
its own, in either of the two shapes the code once had.
"""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

import pytest

from store import catalog
from store.bodies import TYPES
from store.catalog import LANGS
from store.checks import NOT_ABOVE
from store.followup import STATUSES
from tui.i18n import CATALOG, Translator

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(path for folder in ("store", "cli", "tui") for path in (ROOT / folder).rglob("*.py"))
ENTRIES = catalog.catalog()


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_every_message_is_in_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = ENTRIES[key]
    assert set(entry) == set(LANGS), key
    assert all(isinstance(entry[lang], str) and entry[lang].strip() for lang in LANGS), key
    assert _fields(entry["vi"]) == _fields(entry["en"]), key
    values = dict.fromkeys(_fields(entry["en"]), "x")
    for lang in LANGS:
        entry[lang].format(**values)  # no stray brace: both format with the same values


def test_the_file_has_no_key_twice() -> None:
    raw = (ROOT / "data" / "messages.json").read_text(encoding="utf-8")
    pairs = json.loads(raw, object_pairs_hook=lambda items: items)
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), sorted(k for k in set(keys) if keys.count(k) > 1)


def _asked() -> tuple[set[str], set[str]]:
    """Keys given literally to `t(…)`, `text(…)`, `catalog.text(…)`; prefixes given to `words(…)`."""
    keys, prefixes = set(), set()
    for path in SOURCES:
        source = path.read_text(encoding="utf-8")
        keys |= set(re.findall(r"""\b(?:t|text|self\.t)\(\s*["']([a-z_]+(?:\.[a-z_-]+)+)["']""", source))
        prefixes |= set(re.findall(r"""\bwords\(\s*["']([a-z_.]+)["']""", source))
    return keys, prefixes


def test_every_key_the_code_asks_for_exists() -> None:
    keys, prefixes = _asked()
    assert len(keys) > 60 and {"brief", "followup", "review", "jsontype"} <= prefixes
    assert not keys - set(ENTRIES), sorted(keys - set(ENTRIES))
    assert all(catalog.words(prefix, "vi") for prefix in prefixes)


def test_every_key_made_at_run_time_exists() -> None:
    made = [f"bodytype.{kind}" for kind in TYPES]
    made += [f"items.status.{status.replace(' ', '-')}" for status in STATUSES]
    made += [f"flag.{kind}" for kind in ("rate-mismatch", "rate-over-100", "negative", "part-over-whole")]
    made += [meaning for _, _, meaning in NOT_ABOVE]
    made += [f"jsontype.{name}" for name in ("object", "array", "string", "integer", "number", "null", "boolean")]
    assert [key for key in made if key not in ENTRIES] == []


def test_the_browser_and_the_store_read_the_same_catalog() -> None:
    assert CATALOG is ENTRIES
    assert Translator("vi")("bodytype.mttq") == catalog.text("bodytype.mttq", "vi")
    assert Translator("fr").lang == "en" and catalog.text("brief.title", "fr") == catalog.text("brief.title", "en")
    assert Translator("en").words("brief")["title"] == catalog.text("brief.title", "en")
    assert catalog.text("no.such.key", "vi") == "no.such.key"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_keeps_a_catalog_of_its_own(path: Path) -> None:
    """Neither `{"vi": …, "en": …}` nor `{"vi": {…}, "en": {…}}`: words belong in data/messages.json."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            keys = {key.value for key in node.keys if isinstance(key, ast.Constant)}
            if {"vi", "en"} <= keys:
                found.append(node.lineno)
    assert not found, f"{path.relative_to(ROOT)}: vi/en texts at lines {found}; put them in data/messages.json"
