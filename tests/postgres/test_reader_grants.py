"""A reader role without its grants, and a server restarting under a browser: said plainly, never a traceback.

Session 31's tryout followed README's "Shared archive on PostgreSQL": `surveys copy` into a new database makes the
tables, and without the psql grants README gives after `init` the reader's `surveys list` (the browser, `copy` out) met
`psycopg.errors.InsufficientPrivilege: permission denied for table surveys_schema` as a traceback. And a browser
left running while the server stopped said libpq's "FATAL:  the database system is shutting down" as it was.
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
from store.postgres.refusals import UNREACHABLE, refusal
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
def ungranted(archive: PostgresRepository, request: pytest.FixtureRequest) -> tuple[str, str, str]:
    """(the reader's URL, its role, the archive's schema): a login role that may use the schema but was given no
    SELECT on the archive's tables, as a reader is when the editor's GRANT was never run on this database."""
    role = f"reader_{uuid.uuid4().hex[:8]}"
    schema = present(archive._db.connection().execute("SELECT current_schema()").fetchone())[0]
    admin = psycopg.connect(server_url(), autocommit=True)
    admin.execute(f"CREATE ROLE {role} LOGIN")
    admin.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")

    def drop() -> None:
        admin.execute(f"DROP OWNED BY {role}")
        admin.execute(f"DROP ROLE {role}")
        admin.close()

    request.addfinalizer(drop)
    archive.upsert_many(generate(3, seed=31))
    return _as_role(archive._db._url, role), role, schema


def test_a_reader_without_select_is_told_the_grant_that_lets_it_read(ungranted: tuple[str, str, str]) -> None:
    url, role, schema = ungranted
    with pytest.raises(StoreError) as refused:
        open_repository(url)
    message = str(refused.value)
    assert not isinstance(refused.value, StoreOutOfReach)  # said once: trying again would not help
    assert message.startswith(f"the role '{role}' may not read the archive at postgresql://")
    assert f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}" in message
    said = explain(message, Translator("vi"))
    assert said.startswith(f"vai trò '{role}' không được đọc kho tại postgresql://")
    assert said.endswith(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}`")
    with pytest.raises(StoreError, match="may not read the archive"):
        init_postgres(url)  # `surveys init` by the reader: the same sentence, not a traceback
    with psycopg.connect(server_url(), autocommit=True) as admin:  # the owner runs what the message says
        admin.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    repository = open_repository(url)
    try:
        assert repository.count() == 3 and repository.read_only
    finally:
        repository.close()


@pytest.mark.parametrize("lang, said", [
    ("en", "may not read the archive at"),
    ("vi", "không được đọc kho tại"),
])
def test_the_command_line_says_it_in_one_line(ungranted: tuple[str, str, str], lang: str, said: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    url, role, _ = ungranted
    assert main(["--lang", lang, "--db", url, "list"]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and "InsufficientPrivilege" not in err
    assert main(["--lang", lang, "copy", url, "/nonexistent-dir-s31/out.json"]) == 1
    assert said in capsys.readouterr().err


SHUTTING = ('connection failed: connection to server at "127.0.0.1", port 55431 failed: '
            "FATAL:  the database system is {state}")


@pytest.mark.parametrize("state", ["shutting down", "starting up", "in recovery mode",
                                   "not yet accepting connections"])
def test_a_server_stopping_or_starting_is_said_plainly_and_tried_again(state: str) -> None:
    why = refusal(SHUTTING.format(state=state))
    assert why == "the server is stopping or starting (try again in a moment)"
    assert why.startswith(UNREACHABLE)  # the browser keeps asking rather than giving up
    message = f"cannot connect to postgresql://office@dbhost/surveys: {why}"
    assert explain(message, Translator("vi")) == ("không kết nối được tới postgresql://office@dbhost/surveys: "
                                                  "máy chủ đang dừng hoặc đang khởi động (hãy thử lại sau giây lát)")
