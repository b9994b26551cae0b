"""`-o` never names the store: `surveys export -o surveys.json` had replaced the store with the export (a list of
records, which no command could then read), and `extract -o` could do the same to the store or its journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.paths import writes_over_store

ARTICLE = """Đoàn ĐBQH tỉnh Cà Mau khảo sát chuyển đổi số tại xã Tân Thành

Ngày 14/10/2025, Đoàn ĐBQH tỉnh Cà Mau do ông Lê Văn Bình, Phó Trưởng đoàn chuyên trách, dẫn đầu đã khảo sát
việc giải quyết thủ tục hành chính tại xã Tân Thành.
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "team.json"
    assert run(capsys, "init", str(path), "--sample")[0] == 0
    return path


@pytest.mark.parametrize("lang, words", [("en", "is the store"), ("vi", "là kho")])
@pytest.mark.parametrize("name", ["team.json", "team.json.journal", "team.json.bak", "./team.json"])
def test_export_to_the_store_is_refused_and_the_store_kept(capsys, db: Path, lang: str, words: str,
                                                          name: str) -> None:
    before = db.read_bytes()
    output = str(db.parent / name)
    code, err = run(capsys, "--db", str(db), "--lang", lang, "export", "--format", "json", "-o", output)
    assert code == 2 and words in err
    assert db.read_bytes() == before
    assert run(capsys, "--db", str(db), "list")[0] == 0


def test_extract_to_the_store_is_refused(capsys, db: Path, tmp_path: Path) -> None:
    article = tmp_path / "bai.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = db.read_bytes()
    code, err = run(capsys, "--db", str(db), "--lang", "en", "extract", str(article), "-o", str(db))
    assert code == 2 and "is the store" in err
    assert db.read_bytes() == before


def test_an_export_beside_the_store_is_written(capsys, db: Path) -> None:
    output = db.with_name("team.json.csv")  # beside it, named after it: no file of the store's
    assert run(capsys, "--db", str(db), "export", "-o", str(output))[0] == 0
    assert output.read_text(encoding="utf-8").startswith("id,")


def test_which_files_are_the_stores(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    link = tmp_path / "link.json"
    link.symlink_to(store)
    assert writes_over_store(store, store) and writes_over_store(tmp_path / "s.json.index.sqlite3", store)
    assert writes_over_store(tmp_path / "sub" / ".." / "s.json.lock", store)
    assert writes_over_store(store, link) and writes_over_store(link, store)  # through the symlink, either way
    assert not writes_over_store(tmp_path / "s.csv", store)
    assert not writes_over_store(tmp_path / "s.json", "postgresql://host/db")
