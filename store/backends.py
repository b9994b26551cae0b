"""Opening a store by its location: a file path (TinyDB) or a `postgresql://` URL.

The PostgreSQL backend and its driver are imported only when such a URL is
given, so the embedded default never needs them.
"""

from __future__ import annotations

import os
from pathlib import Path

from .repository import MissingStore, Repository
from .errors import StoreError

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(location: str | os.PathLike[str]) -> bool:
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


def open_repository(location: str | os.PathLike[str], *, must_exist: bool = True, lock_timeout: float = 5.0) -> Repository:
    """The repository at `location`; `MissingStore` when `must_exist` and there is none (nothing is created)."""
    if is_postgres_url(location):
        return _postgres().open_postgres(str(location))
    from .tinydb_repository import TinyDBRepository  # noqa: PLC0415  (keeps `--version` light)

    path = Path(location)
    if must_exist and not path.exists():
        raise MissingStore(
            f"no store at {path}; create it with `surveys init {path}` or `surveys init {path} --sample`"
        )
    return TinyDBRepository(path, lock_timeout=lock_timeout)


def _postgres():  # type: ignore[no-untyped-def]
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
