"""What the browser remembers between runs, in a small JSON file beside the store.

`<store>.settings.json` keeps the last filter, the sort, whether the facet
sidebar is shown and the interface language last chosen with `L`. It lives
beside the store (not in a global config) so two stores keep their own views.
A missing or unreadable file means defaults: settings are a convenience and
must never stop the browser from opening.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

SORTS = ("date", "locality", "body")
LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Settings:
    filter: str = ""
    sort: str = "date"
    facets: bool | None = None
    """None until the user toggles the sidebar: then it follows the terminal width."""
    lang: str | None = None
    """None until the user switches language in the browser (`L`); `--lang` still wins for one run."""


def settings_path(location: Path | str) -> Path:
    """Beside a file store; for a shared (PostgreSQL) archive, in this user's data folder, one file per
    archive named by a digest of its printable location, since the database is not this user's to write."""
    from store.backends import is_postgres_url, printable_location  # noqa: PLC0415

    if not is_postgres_url(str(location)):
        store = Path(location)
        return store.with_name(store.name + ".settings.json")
    import hashlib  # noqa: PLC0415

    from platformdirs import user_data_path  # noqa: PLC0415

    digest = hashlib.sha256(printable_location(location).encode("utf-8")).hexdigest()[:16]
    return user_data_path("surveys", appauthor=False) / f"shared-{digest}.settings.json"


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    text = raw.get("filter")
    sort = raw.get("sort")
    facets = raw.get("facets")
    lang = raw.get("lang")
    return Settings(
        filter=text if isinstance(text, str) else "",
        sort=sort if sort in SORTS else "date",
        facets=facets if isinstance(facets, bool) else None,
        lang=lang if lang in LANGUAGES else None,
    )


def save_settings(path: Path, settings: Settings) -> bool:
    """Write atomically (`store.atomic`), not fsynced: a convenience, saved on the interface's thread after each
    search. False if the folder cannot be made or written."""
    from store import atomic  # noqa: PLC0415 - saved after the first frame: its imports need not slow the launch

    data = json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_file(path, data, durable=False)
    except OSError:
        return False
    return True
