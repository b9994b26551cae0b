"""A negation of a visit's field is refused before any backend is asked; the same words as text still find what they
did (session 32; since session 33 a negated follow-up clause is read: tests/contract/test_negated_items.py).

On 8eeb07e1 `không quahan` was free text "không" and the overdue clause on every backend: it found the late visit
whose text holds "không" and said nothing of a negation. A negation of anything but the follow-up clauses is refused
where it is read, so no backend answers it; the look-alikes (the word quoted, the word before plain words) are asked
of each backend and answer as text, as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from store.query import Filter, QueryError
from store.repository import Repository
from tests.factories import make_record

LATE = "2020-03-01"


def _records() -> list[dict[str, Any]]:
    late = {"text": "Bố trí thêm máy quét cho bộ phận một cửa.", "status": "open", "deadline": LATE}
    return [
        make_record(id="cashless-late", date="2025-06-03", recommendations=[late],
                    notes="Phường đẩy mạnh thanh toán không dùng tiền mặt."),
        make_record(id="plain", date="2025-07-04", notes="Phường hoàn thành số hóa hồ sơ."),
    ]


def _ids(repository: Repository, text: str) -> list[str]:
    return sorted(record["id"] for record in repository.search(Filter.parse(text), facets=False).records)


@pytest.mark.parametrize("text", ["trừ tinh:x", "not dịch", "không (status:open tinh:x)", "-nam:2025"])
def test_a_negation_of_another_field_reaches_no_backend(repository: Repository, text: str) -> None:
    repository.upsert_many(_records())
    with pytest.raises(QueryError, match="only the follow-up clauses can be negated"):
        _ids(repository, text)


@pytest.mark.parametrize(("text", "found"), [
    ('"không" quahan', ["cashless-late"]),
    ("không dùng tiền mặt", ["cashless-late"]),
    ("quahan", ["cashless-late"]),
    ('"not"', []),
])
def test_the_words_as_text_find_what_they_did(repository: Repository, text: str, found: list[str]) -> None:
    repository.upsert_many(_records())
    assert _ids(repository, text) == found
