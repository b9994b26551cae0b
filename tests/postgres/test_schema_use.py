"""A reader role that may not use the schema the archive is kept in: told the GRANT, not "create it with init".

PostgreSQL leaves a schema the role has no USAGE on out of its search path, so the archive's tables are not found
at all; session 31's tryout saw such a reader told "no archive at …; create it with `surveys init …`", advice that
would have it make a second, empty archive. A database truly without an archive is still told to create one.
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from cli.main import main
from store.backends import open_repository
from store.errors import StoreError, StoreOutOfReach
from store.postgres import PostgresRepository, init_postgres
from store.postgres.schema_use import path_schemas
from store.repository import MissingStore
from tests.postgres.server import server_url
from tests.present import present
from tests.synthetic import generate
from tui.i18n import Translator
from tui.i18n_errors import explain


def _as_role(url: str, role: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, parts.fragment))


def _login_role(request: pytest.FixtureRequest) -> str:
    role = f"reader_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(server_url(), autocommit=True)
    admin.execute(f"CREATE ROLE {role} LOGIN")

    def drop() -> None:
        admin.execute(f"DROP OWNED BY {role}")
        admin.execute(f"DROP ROLE {role}")
        admin.close()

    request.addfinalizer(drop)
    return role


@pytest.fixture
def no_usage(archive: PostgresRepository, request: pytest.FixtureRequest) -> tuple[str, str, str]:
    """(the reader's URL, its role, the archive's schema): a login role given nothing on the archive's own schema,
    whose search path names that schema first (as README's `options=-csearch_path=…` does)."""
    role = _login_role(request)
    schema = present(archive._db.connection().execute("SELECT current_schema()").fetchone())[0]
    archive.upsert_many(generate(2, seed=31))
    return _as_role(archive._db._url, role), role, schema


def test_a_reader_without_usage_on_the_schema_is_told_the_grant(no_usage: tuple[str, str, str]) -> None:
    url, role, schema = no_usage
    with pytest.raises(StoreError) as refused:
        open_repository(url)
    message = str(refused.value)
    assert not isinstance(refused.value, (MissingStore, StoreOutOfReach))
    assert "surveys init" not in message
    assert message.startswith(f"the role '{role}' may not use the schema '{schema}' that holds the archive at ")
    assert message.endswith(f"`GRANT USAGE ON SCHEMA {schema} TO {role}; "
                            f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}`")
    said = explain(message, Translator("vi"))
    assert said.startswith(f"vai trò '{role}' không được dùng lược đồ '{schema}' chứa kho tại postgresql://")
    with pytest.raises(StoreError, match="may not use the schema"):
        init_postgres(url)  # the reader's `surveys init`: the same sentence, no second archive made
    with psycopg.connect(server_url(), autocommit=True) as admin:  # the owner runs what the message says
        admin.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}; "
                      f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    repository = open_repository(url)
    try:
        assert repository.count() == 2 and repository.read_only
    finally:
        repository.close()


@pytest.mark.parametrize("lang, said", [
    ("en", "may not use the schema"),
    ("vi", "không được dùng lược đồ"),
])
def test_the_command_line_says_it_in_one_line(no_usage: tuple[str, str, str], lang: str, said: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    url, _, schema = no_usage
    assert main(["--lang", lang, "--db", url, "list"]) == 1
    err = capsys.readouterr().err
    assert said in err and f"GRANT USAGE ON SCHEMA {schema}" in err
    assert "surveys init" not in err and "Traceback" not in err


def test_an_empty_schema_is_still_told_to_make_the_archive(archive_url: str, request: pytest.FixtureRequest) -> None:
    """No archive anywhere on the path (a schema of the role's own, empty): `surveys init` is the right advice."""
    with pytest.raises(MissingStore, match="create it with `surveys init"):
        open_repository(archive_url)


@pytest.mark.parametrize("setting, schemas", [
    ("archive, public", ["archive", "public"]),
    ('"$user", public', ["anna", "public"]),
    ('"Lưu Trữ",Archive', ["Lưu Trữ", "archive"]),
    ('"a""b" , c', ['a"b', "c"]),
    ("", []),
])
def test_the_search_path_is_read_as_the_server_reads_it(setting: str, schemas: list[str]) -> None:
    assert path_schemas(setting, "anna") == schemas


@pytest.mark.parametrize("lang, said", [
    ("en", "needs the extension pg_trgm, which is in the schema 'public'"),
    ("vi", "cần phần mở rộng pg_trgm, nằm trong lược đồ 'public'"),
])
def test_an_archive_schema_alone_on_the_search_path_is_told_to_add_the_extensions(
        archive_url: str, lang: str, said: str, capsys: pytest.CaptureFixture[str]) -> None:
    """README's `options=-csearch_path=NAME` alone leaves out public, where pg_trgm is: `surveys init` had ended in a
    traceback (`operator class "gin_trgm_ops" does not exist`)."""
    alone = archive_url.replace("%2Cpublic", "")
    assert alone != archive_url
    assert main(["--lang", lang, "init", alone]) == 1
    err = capsys.readouterr().err
    assert said in err and "options=-csearch_path=NAME,public" in err and "Traceback" not in err
    with pytest.raises(StoreError, match="needs the extension pg_trgm"):
        init_postgres(alone)
    repository, _ = init_postgres(archive_url)  # with public after it, as the message says: made
    repository.close()
