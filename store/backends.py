"""Opening a store by its location: a file path (TinyDB) or a `postgresql://` URL.

The PostgreSQL backend and its driver are imported only when such a URL is
given, so the embedded default never needs them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from .catalog import text
from .errors import StoreError
from .repository import MissingStore, Repository

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
_SECRET_KEYS = {"password", "sslpassword"}


def is_postgres_url(location: str | os.PathLike[str]) -> bool:
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def redact(url: str) -> str:
    """The URL with any password (in the authority or the query) removed, and a socket folder written as the folder
    (`?host=/tmp/pg`, not `%2Ftmp%2Fpg` before the database): fit to print, and still the same archive to libpq
    when copied into a command."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return re.sub(r"//[^@/]*@", "//", url)
    user, at, host = parts.netloc.rpartition("@")
    pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in _SECRET_KEYS]
    socket, colon, port = host.rpartition(":") if host.count(":") == 1 else (host, "", "")
    if unquote(socket).startswith("/") and all(key != "host" for key, _ in pairs):  # a socket folder, as libpq's host=
        pairs = [("host", unquote(socket)), *([("port", port)] if colon else []), *pairs]
        host = ""
    netloc = f"{user.split(':', 1)[0]}{at}{host}"
    query = urlencode(pairs, safe="/", quote_via=quote)  # %20, not "+": libpq reads no "+" as a space
    # written out: urlunsplit drops the "//" of an empty host ("postgresql:/surveys", which libpq refuses)
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "") + \
        (f"#{parts.fragment}" if parts.fragment else "")


def printable_location(location: str | os.PathLike[str]) -> str:
    """A store's location fit for a message or the screen: a path as is, a URL without its password."""
    return redact(str(location)) if is_postgres_url(str(location)) else str(location)


def open_repository(
    location: str | os.PathLike[str], *, must_exist: bool = True, lock_timeout: float = 5.0
) -> Repository:
    """The repository at `location`; `MissingStore` when `must_exist` and there is none (nothing is created)."""
    if is_postgres_url(location):
        if not must_exist:  # the archive's tables are made (or brought up to date) here
            return _postgres().init_postgres(str(location))[0]
        return _postgres().open_postgres(str(location))
    from .tinydb_repository import TinyDBRepository  # noqa: PLC0415  (keeps `--version` light)

    path = Path(location)
    if must_exist and not path.exists():
        raise MissingStore(
            f"no store at {path}; create it with `surveys init {path}` or `surveys init {path} --sample`"
        )
    return TinyDBRepository(path, lock_timeout=lock_timeout)


def init_repository(location: str | os.PathLike[str], *, sample: bool = False,
                    lang: str = "en") -> tuple[Repository, str]:
    """Make a store at `location` (with the bundled sample visits if `sample`); returns it and a line saying what
    was done, in `lang`. A PostgreSQL archive gets its tables (or the migrations it lacks); a file store must not exist
    yet, and its folder must (folders are never created silently)."""
    records = _sample_records() if sample else None
    if is_postgres_url(location):
        return _postgres().init_postgres(str(location), sample_records=records, lang=lang)
    from .store import SurveyStore  # noqa: PLC0415
    from .tinydb_repository import TinyDBRepository  # noqa: PLC0415

    path = Path(location).expanduser()
    try:
        count = SurveyStore(path).create(sample=sample)
    except FileExistsError as error:
        raise StoreError(str(error)) from None
    return TinyDBRepository(path), text("cli.init_made", lang, path=path, count=count)


def _sample_records() -> list[dict]:
    import orjson  # noqa: PLC0415

    from .resources import read_bytes  # noqa: PLC0415

    return orjson.loads(read_bytes("surveys.json"))


def _postgres() -> ModuleType:
    try:
        from . import postgres  # noqa: PLC0415
    except ImportError as error:
        import importlib.util  # noqa: PLC0415

        if importlib.util.find_spec(f"{__package__}.postgres") is None:
            raise StoreError("this installation has no PostgreSQL backend (store/postgres/ is missing)") from None
        if "psycopg" in str(error):
            raise StoreError(
                "a postgresql:// store needs the PostgreSQL driver: pip install 'surveys[postgres]'"
            ) from None
        raise
    return postgres
