"""Where the bundled files live, in a checkout and in an installed wheel alike."""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from typing import Any

import orjson


def read_bytes(name: str) -> bytes:
    """A bundled file's bytes: from the package's folder, which a checkout and an installed wheel both have;
    through `importlib.resources` only when the package is not a folder (a zipped install), since that
    machinery (zipfile among it) cost the browser's launch a few milliseconds for files it reads straight (#17)."""
    package = importlib.import_module("surveys_data")  # an empty module: the data's folder (`data/`)
    folder = Path(package.__file__ or "").parent
    if folder.is_dir():
        return (folder / name).read_bytes()
    from importlib import resources  # noqa: PLC0415

    return resources.files("surveys_data").joinpath(name).read_bytes()


@cache
def load_json(name: str) -> Any:
    """A bundled JSON file, parsed once per process."""
    return orjson.loads(read_bytes(name))
