"""Roles, dropped connections, schema versions and what the archive's location shows."""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

import store.postgres.connection as connection_module
from store.backends import open_repository
from store.postgres import PostgresRepository, init_postgres, open_postgres, redact
from store.postgres.schema import LATEST, SchemaError
from store.query import Filter
from store.repository import MissingStore, ReadOnlyStore
from store.storage import StoreError
from tests.postgres.server import server_url
from tests.present import present
from tests.synthetic import generate
from tui.i18n import Translator
from tui.i18n_errors import explain


def _as_role(url: str, role: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, parts.fragment))


@pytest.fixture
def reader(archive: PostgresRepository, request: pytest.FixtureRequest) -> PostgresRepository:
    """The archive opened by a role made as the README says a reader role is made."""
    role = f"reader_{uuid.uuid4().hex[:8]}"
    schema = present(archive._db.connection().execute("SELECT current_schema()").fetchone())[0]
    admin = psycopg.connect(server_url(), autocommit=True)
    admin.execute(f"CREATE ROLE {role} LOGIN")
    admin.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
    admin.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")

    def drop() -> None:
        admin.execute(f"DROP OWNED BY {role}")
        admin.execute(f"DROP ROLE {role}")
        admin.close()

    request.addfinalizer(drop)
    archive.upsert_many(generate(30, seed=5))
    repository = open_postgres(_as_role(archive._db._url, role))
    request.addfinalizer(repository.close)
    return repository


def test_a_read_only_role_browses_and_is_told_what_it_may_not_do(reader: PostgresRepository) -> None:
    assert reader.read_only
    assert reader.count() == 30
    assert reader.search(Filter.parse("year:2023"), limit=5).total >= 0
    assert len(list(reader.records())) == 30
    record = next(reader.records())
    with pytest.raises(ReadOnlyStore, match="may read .* but not add or import records"):
        reader.upsert_many(generate(1, seed=99))
    with pytest.raises(ReadOnlyStore, match="not edit records"):
        reader.update(record["id"], lambda r: {**r, "notes": "x"})
    with pytest.raises(ReadOnlyStore, match="not delete records"):
        reader.delete([record["id"]])
    assert reader.delete([record["id"]], dry_run=True).deleted == [record["id"]]
    assert reader.count() == 30


@pytest.mark.parametrize("action, said", [
    ("import", "không được thêm hoặc nhập bản ghi (không có quyền INSERT"),
    ("edit", "không được sửa bản ghi (không có quyền UPDATE"),
    ("delete", "không được xóa bản ghi (không có quyền DELETE"),
])
def test_a_read_only_roles_refusals_are_said_in_vietnamese(reader: PostgresRepository, action: str,
                                                           said: str) -> None:
    record = next(reader.records())
    write = {"import": lambda: reader.upsert_many(generate(1, seed=99)),
             "edit": lambda: reader.update(record["id"], lambda r: {**r, "notes": "x"}),
             "delete": lambda: reader.delete([record["id"]])}[action]
    with pytest.raises(ReadOnlyStore) as refused:
        write()
    vietnamese = explain(str(refused.value), Translator("vi"))
    assert vietnamese.startswith("vai trò cơ sở dữ liệu ") and said in vietnamese
    assert vietnamese.endswith("vẫn xem, liệt kê và xuất được")


def test_a_writer_role_is_not_read_only(archive: PostgresRepository) -> None:
    assert not archive.read_only


def _backend_pid(repository: PostgresRepository) -> int:
    return repository._db.connection().info.backend_pid


def _terminate(pid: int) -> None:
    with psycopg.connect(server_url(), autocommit=True) as admin:
        assert present(admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone())[0]


def test_a_dropped_connection_during_a_browse_reconnects_once(archive: PostgresRepository) -> None:
    archive.upsert_many(generate(40, seed=3))
    first = archive.search(Filter(), limit=10)
    pid = _backend_pid(archive)
    _terminate(pid)
    again = archive.search(Filter(), limit=10)
    assert again == first and _backend_pid(archive) != pid
    _terminate(_backend_pid(archive))
    assert archive.count() == 40
    _terminate(_backend_pid(archive))
    assert archive.update(first.records[0]["id"], lambda r: {**r, "notes": "sau khi mất kết nối"})


def test_a_connection_that_stays_down_gives_a_message_not_a_crash(archive: PostgresRepository, monkeypatch) -> None:
    archive.upsert_many(generate(5, seed=3))
    _terminate(_backend_pid(archive))

    def refuse(*args: object, **kwargs: object) -> None:
        raise psycopg.OperationalError("connection refused")

    monkeypatch.setattr(connection_module.psycopg, "connect", refuse)
    with pytest.raises(StoreError, match="cannot connect to postgresql://.*connection refused"):
        archive.search(Filter(), limit=10)
    monkeypatch.undo()
    assert archive.search(Filter(), limit=10).total == 5


def test_a_password_is_never_shown(archive_url: str) -> None:
    parts = urlsplit(archive_url)
    secret = "s3cr3t-passw0rd"
    with_password = urlunsplit((parts.scheme, parts.netloc.replace("@", f":{secret}@"), parts.path,
                                parts.query + f"&password={secret}", ""))
    repository, said = init_postgres(with_password)  # trust auth in the test server ignores the password
    try:
        assert secret not in repository.location and secret not in said
        assert repository.location.startswith("postgresql://surveys@")
    finally:
        repository.close()
    assert redact("postgresql://ann:pw@db.example/surveys?sslmode=require&password=pw") == \
        "postgresql://ann@db.example/surveys?sslmode=require"
    bad = urlunsplit((parts.scheme, f"nobody_{uuid.uuid4().hex[:6]}:{secret}@" + parts.netloc.rpartition("@")[2],
                      parts.path, parts.query, ""))
    with pytest.raises(StoreError) as refused:
        open_repository(bad)
    assert secret not in str(refused.value)


def test_init_says_what_it_did_in_the_language_asked_one_visit_in_the_singular(archive_url: str) -> None:
    sample = generate(2)
    repository, said = init_postgres(archive_url, sample_records=sample[:1], lang="en")
    repository.close()
    assert said.startswith("created an archive at ") and said.endswith("; added 1 sample visit")
    repository, said = init_postgres(archive_url, sample_records=sample[1:], lang="vi")
    repository.close()
    assert f"đã ở lược đồ phiên bản {LATEST}" in said and said.endswith("; đã thêm 1 chuyến mẫu")


def test_no_archive_is_an_error_and_nothing_is_created(archive_url: str) -> None:
    with pytest.raises(MissingStore, match="surveys init postgresql://"):
        open_repository(archive_url)
    with psycopg.connect(archive_url, autocommit=True) as connection:
        assert present(connection.execute("SELECT to_regclass('surveys')").fetchone())[0] is None


def test_init_records_the_schema_version_and_is_idempotent(archive_url: str) -> None:
    repository, said = init_postgres(archive_url)
    assert "created" in said
    repository.close()
    repository, said = init_postgres(archive_url)
    assert f"already at schema version {LATEST}" in said
    repository.close()
    with psycopg.connect(archive_url, autocommit=True) as connection:
        assert present(connection.execute("SELECT max(version) FROM surveys_schema").fetchone())[0] == LATEST
        connection.execute("INSERT INTO surveys_schema (version) VALUES (%s)", (LATEST + 1,))
    with pytest.raises(SchemaError, match="newer than this program"):
        open_postgres(archive_url)
