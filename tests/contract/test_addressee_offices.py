"""The `a` picker's offices are the same on every backend (session 40): the browser reads whole records from a
file store's index and only the items' addressees, statuses and deadlines from PostgreSQL
(`PostgresRepository.addressed_items`, `Searcher.addressed_items`), and `store.addressee_choices.offered` makes the
same choices of both."""

from __future__ import annotations

from store.addressee_choices import offered
from store.export import items_asked
from store.query import Filter
from store.repository import Repository
from tests.contract.test_addressee_departments import _records


def _offices(repository: Repository, text: str) -> list[tuple[str, int, int]]:
    query = Filter.parse(text)
    reader = getattr(repository, "addressed_items", None)
    if callable(reader):  # what `Searcher.addressed_items` asks a store that answers its own searches
        visits = [{"recommendations": items} for items in reader(query)]
    else:
        visits = repository.search(query, facets=False).records
    return [(one.label, one.visits, one.spellings) for one in offered(visits, items_asked(query))]


def test_every_backend_offers_the_same_offices(repository: Repository) -> None:
    repository.upsert_many(_records())
    assert _offices(repository, "") == [
        ("Sở Giáo dục và Đào tạo", 2, 2),  # with "Sở GD&ĐT tỉnh Nghệ An", one body (s41): to: finds both
        ("Sở Giao thông vận tải", 2, 2), ("Sở KH & ĐT", 2, 2),  # with "Sở Kế hoạch và Đầu tư tỉnh" (s41)
        ("Sở Lao động – Thương binh và Xã hội", 2, 2),
        ("Sở NN&PTNT", 2, 2), ("Sở Thông tin và Truyền thông", 2, 2), ("Sở Văn hóa, Thể thao và Du lịch", 2, 2),
        ("Phòng GD-ĐT huyện Yên Thành", 1, 1),  # a district's office: another body
        ("Sở Tài chính", 1, 1), ("Sở Y tế", 1, 1), ("Trung tâm Giáo dục thường xuyên", 1, 1)]
    assert _offices(repository, "overdue") == [  # the late items only: a done one is never late
        ("Sở GD&ĐT tỉnh Nghệ An", 1, 1), ("Sở Giao thông vận tải", 1, 1), ("Sở KH & ĐT", 1, 1),
        ("Sở Lao động – Thương binh và Xã hội", 1, 1), ("Sở NN&PTNT", 1, 1), ("Sở TT&TT", 1, 1),
        ("Sở VH-TT&DL", 1, 1), ("Sở Y tế", 1, 1), ("Trung tâm Giáo dục thường xuyên", 1, 1)]
