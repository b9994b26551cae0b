"""A refused connection is said as what to do about it, in the reader's language, never as libpq's socket line."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest

from store.errors import StoreError, StoreOutOfReach
from store.postgres import open_postgres
from store.postgres.refusals import refusal
from tests.postgres.server import server_url
from tui.i18n import Translator
from tui.i18n_errors import explain

SOCKET = 'connection failed: connection to server on socket "/run/pg/.s.PGSQL.5432" failed: '
URL = "postgresql://office@%2Frun%2Fpg/surveys"


@pytest.mark.parametrize("line, en, vi", [
    (SOCKET + "fe_sendauth: no password supplied",
     "the server asks for a password and none was given", "máy chủ đòi mật khẩu mà chưa có"),
    (SOCKET + 'FATAL:  password authentication failed for user "office"',
     "the server refused the password of the role 'office'", "máy chủ không nhận mật khẩu của vai trò 'office'"),
    (SOCKET + 'FATAL:  database "surveyz" does not exist',
     "the server has no database 'surveyz'", "máy chủ không có cơ sở dữ liệu 'surveyz'"),
    (SOCKET + 'FATAL:  role "ofice" does not exist',
     "the server has no role 'ofice'", "máy chủ không có vai trò 'ofice'"),
    ('connection is bad: connection to server on socket "/tmp/x/.s.PGSQL.5432" failed: No such file or directory',
     "no PostgreSQL server answers there", "không có máy chủ PostgreSQL nào trả lời ở đó"),
    ('connection failed: connection to server at "127.0.0.1", port 1 failed: Connection refused',
     "no PostgreSQL server answers there", "không có máy chủ PostgreSQL nào trả lời ở đó"),
    ("failed to resolve host 'dbhots': [Errno -2] Name or service not known",
     "the host name 'dbhots' is not known", "không tìm thấy máy chủ tên 'dbhots'"),
    ("connection timeout expired", "the server did not answer in time", "máy chủ không trả lời kịp"),
])
def test_known_refusals_are_said_plainly_in_both_languages(line: str, en: str, vi: str) -> None:
    message = f"cannot connect to {URL}: {refusal(line)}"
    assert en in message and "socket" not in message and "FATAL" not in message
    said = explain(message, Translator("vi"))
    assert said.startswith(f"không kết nối được tới {URL}: ") and vi in said


def test_an_unknown_refusal_keeps_libpqs_words() -> None:
    line = "SSL error: certificate verify failed"
    assert refusal(line) == line
    assert explain(f"cannot connect to {URL}: {line}", Translator("vi")) == f"không kết nối được tới {URL}: {line}"


def test_a_database_that_does_not_exist_on_a_live_server_is_named() -> None:
    parts = urlsplit(server_url())
    missing = urlunsplit((parts.scheme, parts.netloc, "/no_such_archive_db", parts.query, parts.fragment))
    with pytest.raises(StoreError, match="cannot connect to postgresql://.*: the server has no database "
                                         "'no_such_archive_db'$") as refused:
        open_postgres(missing)
    assert not isinstance(refused.value, StoreOutOfReach)  # trying again would not help: the browser does not


def test_no_server_there_is_out_of_reach(tmp_path) -> None:
    with pytest.raises(StoreOutOfReach, match="no PostgreSQL server answers there"):
        open_postgres(f"postgresql://office@{str(tmp_path).replace('/', '%2F')}/surveys")
