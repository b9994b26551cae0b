"""Migration 6: an archive of version 5 has its folded texts, words and vocabulary made again with its items'
responses in them, so that free text finds a reply saved before the upgrade ("Bộ đã có văn bản hướng dẫn"), as the
scan (`Matcher`) does."""

from __future__ import annotations

import psycopg

from store.index.fastfold import fold_bytes
from store.matching import Matcher, record_text
from store.postgres import init_postgres, open_postgres
from store.postgres.columns import words_of
from store.postgres.schema import LATEST
from store.query import Filter
from tests.contract.test_response_text import RECORDS, without_responses
from tests.present import present
from tests.synthetic import generate


def test_an_archive_of_version_five_gets_its_responses_in_its_text(archive_url: str) -> None:
    records = generate(40, seed=12) + RECORDS
    repository, _ = init_postgres(archive_url)
    repository.upsert_many(records)
    repository.close()
    older = {record["id"]: fold_bytes(record_text(without_responses(record))).decode() for record in records}
    with psycopg.connect(archive_url, autocommit=True) as connection:  # as version 5 left it: no responses
        with connection.cursor() as cursor:
            cursor.executemany("UPDATE surveys SET text_key = %s, words = %s WHERE id = %s",
                               [(text, words_of(text), record_id) for record_id, text in older.items()])
        connection.execute("TRUNCATE surveys_vocabulary")
        connection.execute("INSERT INTO surveys_vocabulary SELECT DISTINCT unnest(%s::text[])",
                           (sorted({word for text in older.values() for word in words_of(text)}),))
        connection.execute("DELETE FROM surveys_schema WHERE version > 5")
    before = Filter.parse('"Bộ đã có văn bản hướng dẫn"')
    repository = open_postgres(archive_url)
    try:
        with psycopg.connect(archive_url, autocommit=True) as connection:
            assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        for typed in ('"Bộ đã có văn bản hướng dẫn"', '"hoa binh da bao cao"', '"Đã giao Sở Nội vụ chủ trì"',
                      "tiếp thu triển khai"):
            query = Filter.parse(typed)
            matcher = Matcher(query)
            expected = sorted(record["id"] for record in records if matcher.matches_record(record))
            assert expected, typed
            assert sorted(record["id"] for record in repository.search(query, limit=100).records) == expected, typed
        assert [record["id"] for record in repository.search(before).records] == ["guided"]
    finally:
        repository.close()
