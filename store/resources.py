"""Where the bundled files live, in a checkout and in an installed wheel alike."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import orjson


def read_bytes(name: str) -> bytes:
    return resources.files("surveys_data").joinpath(name).read_bytes()


@cache
def load_json(name: str) -> Any:
    """A bundled JSON file, parsed once per process."""
    return orjson.loads(read_bytes(name))
