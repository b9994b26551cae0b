"""Migrations 8, 9 and 11 fill their columns in batches of one size (`fills.BATCH`), not a constant each."""

from __future__ import annotations

import inspect

import pytest

pytest.importorskip("psycopg")

from store.postgres import fills, item_events, item_keys, units  # noqa: E402 - psycopg is optional


def test_every_fill_takes_the_one_batch() -> None:
    for module in (units, item_keys, item_events):
        assert inspect.signature(module.fill).parameters["batch"].default is fills.BATCH, module.__name__
        assert "BATCH" not in vars(module) or module.BATCH is fills.BATCH, module.__name__  # imported, not its own
