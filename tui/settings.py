"""What the browser remembers between runs, in a small JSON file beside the store.

`<store>.settings.json` keeps the last filter, the sort, whether the facet
sidebar is shown and the interface language last chosen with `L`. It lives
beside the store (not in a global config) so two stores keep their own views.
The language is also the user's, not only the store's: `L` writes it to the
user's own settings too (`$XDG_CONFIG_HOME/surveys/settings.json`, else
`~/.config/surveys/settings.json` on Linux), which a store that has no
language of its own then opens in (a new store, a colleague's). `--lang`
still wins. The user's settings also keep the export dialog's last choices
(format, CSV row shape, BOM, decimal comma): the next browser's first `e`
starts from them, in any store, and when the user last opened each visit's follow-up list (`u`), per archive,
so that the list can mark what changed since, and the name a follow-up history gives this user (`"user"`,
`store.writer_name`; typed in the file by hand). A missing or unreadable file means defaults: settings are a
convenience and must never stop the browser from opening.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SORTS = ("date", "locality", "body")
LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Settings:
    filter: str = ""
    sort: str = "date"
    facets: bool | None = None
    """The sidebar at a wide terminal (`tui.layout.WIDE` columns or more) as the user chose it with `f`; None: as
    the width decides (shown)."""
    facets_narrow: bool | None = None
    """The same below `WIDE` columns (None: hidden); a choice made at one width is not applied at the other."""
    lang: str | None = None
    """None until the user switches language in the browser (`L`); `--lang` still wins for one run."""


@dataclass
class UserSettings:
    """What the browser needs of the user's own settings, read once at its start (`load_user`) rather than on the
    interface's thread at the first `u`: the name a follow-up history gives this user, handed with each save and
    undo (`store.writer_name`), and when each visit's list was last opened, per archive (`looked_before`)."""

    name: str | None = None
    lang: str | None = None
    looked: dict[str, Any] = field(default_factory=dict)
    """The file's `looked` as read, kept up to date with this run's looks (`looked_now`)."""

    def looked_before(self, location: str, visit: str) -> str | None:
        """`last_looked` on what was read at the start and this run's looks since."""
        return _looked_in(self.looked, location, visit)

    def looked_now(self, location: str, visit: str, stamp: str) -> None:
        """Remember this run's look in memory as `save_looked` does in the file (a thread worker writes it)."""
        from store.backends import printable_location  # noqa: PLC0415

        key = printable_location(location)
        archive = self.looked.get(key)
        self.looked[key] = {**(archive if isinstance(archive, dict) else {}), visit: stamp, EVERY: stamp}


def load_user(path: Path | None = None) -> UserSettings:
    """The user's settings the browser keeps for its run (defaults when the file is missing or unreadable)."""
    raw = _read(path or user_settings_path())
    name, lang, looked = raw.get("user"), raw.get("lang"), raw.get("looked")
    return UserSettings(name=name if isinstance(name, str) and name.strip() else None,
                        lang=lang if lang in LANGUAGES else None,
                        looked=dict(looked) if isinstance(looked, dict) else {})


_USER_WRITES = threading.Lock()
"""The user's settings are read, changed and written whole: a look saved in a thread worker and the language saved
on the interface's thread must not write over each other."""


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


def user_settings_path() -> Path:
    """This user's settings, shared by every store: under `$XDG_CONFIG_HOME` when it is set (read at each call:
    tests point it at a folder of their own), else the platform's config folder (`~/.config` on Linux, said
    here so that the launch, which reads it, need not import platformdirs)."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    if os.path.isabs(base):  # the XDG spec: a relative value is invalid and ignored
        return Path(base) / "surveys" / "settings.json"
    if sys.platform.startswith("linux"):
        return Path.home() / ".config" / "surveys" / "settings.json"
    from platformdirs import user_config_path  # noqa: PLC0415 - macOS, Windows: the platform's own folder

    return user_config_path("surveys", appauthor=False) / "settings.json"


def load_user_lang(path: Path | None = None) -> str | None:
    """The language last chosen with `L` in any store (None: never, or the file cannot be read)."""
    lang = _read(path or user_settings_path()).get("lang")
    return lang if lang in LANGUAGES else None


def load_user_name(path: Path | None = None) -> str | None:
    """The name a follow-up item's history gives this user (`"user"`; `store.writer_name`), None when none is set."""
    name = _read(path or user_settings_path()).get("user")
    return name if isinstance(name, str) and name.strip() else None


def interface_lang(given: str | None, store_lang: str | None, user_lang: str | None = None) -> str:
    """The one rule for the language every face speaks (the browser, `surveys list`, `show` and the other commands
    that say things): `--lang` (`given`), else the language last chosen with `L` on this store, else on any store
    (the user's), else the locale's. `surveys list` had skipped the two saved ones: a user who switched the
    browser to English got Vietnamese headings from `surveys show` under a Vietnamese locale."""
    from .i18n import detect_lang  # noqa: PLC0415 - the catalog: loaded only when no saved choice answers

    return given or store_lang or user_lang or load_user_lang() or detect_lang()


def store_lang(location: Path | str) -> str | None:
    """The language last chosen with `L` on the store at `location` (None: never, or no settings file)."""
    return load_settings(settings_path(location)).lang


def save_user_lang(lang: str, path: Path | None = None) -> bool:
    """Remember `lang` as this user's, keeping whatever else the file holds; False if it cannot be written."""
    path = path or user_settings_path()
    with _USER_WRITES:
        wanted = {**_read(path), "lang": lang}
        return _write(path, json.dumps(wanted, ensure_ascii=False, indent=2).encode("utf-8"))


def load_user_export(path: Path | None = None) -> dict[str, object]:
    """The export dialog's choices last confirmed in any store (`e`): format, CSV row shape, BOM, decimal comma;
    empty when never, or the file cannot be read. The dialog checks each value (`ExportChoice.remembered`)."""
    export = _read(path or user_settings_path()).get("export")
    return export if isinstance(export, dict) else {}


def save_user_export(choices: dict[str, object], path: Path | None = None) -> bool:
    """Remember the export dialog's choices as this user's, keeping whatever else the file holds (the language)."""
    path = path or user_settings_path()
    with _USER_WRITES:
        wanted = {**_read(path), "export": choices}
        return _write(path, json.dumps(wanted, ensure_ascii=False, indent=2).encode("utf-8"))


LOOKED_KEPT = 500
"""Visits of one archive whose last look is remembered; the oldest are forgotten past it (the file stays small)."""
EVERY = "*"
"""The key of when any `u` list of the archive was last opened: "since" for a visit never opened before."""


def last_looked(location: str, visit: str, path: Path | None = None) -> str | None:
    """When this user last opened the `u` list of `visit` in the archive at `location` (a UTC stamp, as the history
    writes it); for a visit never opened, when any list of the archive was; None the first time."""
    looked = _read(path or user_settings_path()).get("looked")
    return _looked_in(looked if isinstance(looked, dict) else {}, location, visit)


def _looked_in(looked: dict[str, Any], location: str, visit: str) -> str | None:
    from store.backends import printable_location  # noqa: PLC0415

    archive = looked.get(printable_location(location))
    if not isinstance(archive, dict):
        return None
    stamp = archive.get(visit, archive.get(EVERY))
    return stamp if isinstance(stamp, str) else None


def save_looked(location: str, visit: str, stamp: str, path: Path | None = None) -> bool:
    """Remember that this user opened `visit`'s `u` list at `stamp`, per archive (a file's path, a PostgreSQL URL
    without its password), keeping whatever else the file holds; False if it cannot be written."""
    from store.backends import printable_location  # noqa: PLC0415

    path = path or user_settings_path()
    with _USER_WRITES:
        return _save_looked(path, printable_location(location), visit, stamp)


def _save_looked(path: Path, key: str, visit: str, stamp: str) -> bool:
    saved = _read(path)
    raw = saved.get("looked")
    looked: dict[str, object] = raw if isinstance(raw, dict) else {}
    mine = looked.get(key)
    archive = {k: v for k, v in (mine if isinstance(mine, dict) else {}).items()
               if k not in (visit, EVERY) and isinstance(v, str)}
    kept = dict(sorted(archive.items(), key=lambda pair: pair[1])[-(LOOKED_KEPT - 1):])
    wanted = {**saved, "looked": {**looked, key: {**kept, visit: stamp, EVERY: stamp}}}
    return _write(path, json.dumps(wanted, ensure_ascii=False, indent=2).encode("utf-8"))


def _read(path: Path) -> dict[str, object]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def load_settings(path: Path) -> Settings:
    raw = _read(path)
    text = raw.get("filter")
    sort = raw.get("sort")
    facets, facets_narrow = raw.get("facets"), raw.get("facets_narrow")
    lang = raw.get("lang")
    return Settings(
        filter=text if isinstance(text, str) else "",
        sort=sort if sort in SORTS else "date",
        facets=facets if isinstance(facets, bool) else None,
        facets_narrow=facets_narrow if isinstance(facets_narrow, bool) else None,
        lang=lang if lang in LANGUAGES else None,
    )


def save_settings(path: Path, settings: Settings) -> bool:
    """Write atomically (`store.atomic`), not fsynced: a convenience, saved on the interface's thread after each
    search. False if the folder cannot be made or written."""
    return _write(path, json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8"))


def _write(path: Path, data: bytes) -> bool:
    from store import atomic  # noqa: PLC0415 - saved after the first frame: its imports need not slow the launch

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic.write_file(path, data, durable=False)
    except OSError:
        return False
    return True
