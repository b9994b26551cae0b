"""A record's row holds what `store.matching.keys_of` says of the whole record (no server needed).

`columns.row_of` folds the long text with the fast folder and reads the
other keys from a skeleton of the record; both shortcuts must give exactly
what `keys_of(record)` gives, or PostgreSQL would filter differently.
"""

from __future__ import annotations

from store.folding import fold
from store.matching import keys_of
from store.postgres.columns import COLUMNS, WARD_SEPARATOR, row_of
from tests.synthetic import generate
from tests.test_index_vs_scan import _odd_records


def test_row_columns_are_the_matchers_keys() -> None:
    for record in generate(400, seed=21) + _odd_records(1) + _odd_records(2):
        row = dict(zip(COLUMNS, row_of(record), strict=True))
        keys = keys_of(record)
        assert row["text_key"] == keys.text
        assert row["ward_keys"].strip(WARD_SEPARATOR).split(WARD_SEPARATOR) == list(keys.wards) or not keys.wards
        assert row["ward_labels"] == list(keys.ward_labels)
        assert row["province_codes"] == list(keys.province_codes)
        assert row["former_provinces"] == list(dict.fromkeys(keys.former_provinces))
        assert row["topics"] == list(dict.fromkeys(keys.topics))
        assert (row["date"], row["body_key"], row["kind"]) == (keys.date, keys.body, keys.kind)
        assert row["open_deadline"] == min(keys.deadlines_open, default=None)
        assert set(row["status_keys"]) == {fold(status) for status in keys.statuses}
