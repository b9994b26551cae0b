"""The `extract` and `import --from-articles` commands: formats, provenance, errors and duplicates.

The articles are written for these tests; nothing is read from ../shared.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store.backends import open_repository
from store.validation import validate

ARTICLES = Path(__file__).parent / "articles"
EXPECTED = orjson.loads((ARTICLES / "expected.json").read_bytes())


# -- the command ----------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_extract_prints_records_in_the_published_format(capsys) -> None:
    code, out, err = run(
        capsys, "extract", str(ARTICLES / "a04_cu_chi.html"), str(ARTICLES / "a07_bao_loc_truncated.txt")
    )
    assert code == 0
    records = orjson.loads(out)
    assert [r["id"] for r in records] == ["2023-05-16-hdnd-tp-ho-chi-minh-cu-chi",
                                          "2024-10-03-thuong-truc-hdnd-tinh-lam-dong-bao-loc"]
    assert validate(records[0]) == [] and validate(records[1]) == [] and "provenance" not in records[0]
    assert records[1]["date_certainty"] == "inferred" and "incomplete draft" not in err


def test_extract_jsonl_provenance_and_published(capsys, tmp_path: Path) -> None:
    out_file = tmp_path / "drafts.jsonl"
    code, out, err = run(capsys, "extract", str(ARTICLES / "a03_ninh_kieu_cai_khe.txt"), "--published", "21/10/2025",
                         "--format", "jsonl", "--with-provenance", "-o", str(out_file))
    assert code == 0 and out == "" and "wrote 1 draft" in err
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    wrapped = orjson.loads(lines[0])
    assert set(wrapped) == {"file", "record", "provenance", "rules", "problems", "warnings", "non_visit", "certainty",
                            "flags"}
    assert wrapped["record"]["date"] == "2025-10-20" and wrapped["problems"] == []
    assert "Ngày 20.10" in wrapped["provenance"]["date"]


def test_extract_reads_directories_and_stdin(capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, "extract", str(ARTICLES), "--format", "jsonl")
    articles = [p for p in ARTICLES.rglob("*") if p.suffix in (".txt", ".md", ".html")]
    assert code == 0 and len(out.splitlines()) == len(articles) > len(EXPECTED)

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        (ARTICLES / "a01_dong_anh.txt").read_bytes())))
    code, out, _ = run(capsys, "extract", "-", "--format", "jsonl")
    assert code == 0 and orjson.loads(out)["localities"][0]["name"] == "xã Đông Anh"


def test_extract_errors(capsys, tmp_path: Path) -> None:
    assert run(capsys, "extract", str(tmp_path / "missing.txt"))[0] == 1
    assert run(capsys, "extract", str(ARTICLES / "a01_dong_anh.txt"), "--published", "31/2/2024")[0] == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(capsys, "extract", str(empty))[0] == 1


@pytest.mark.parametrize("lang, said", [("en", "the article is empty: nothing to extract"),
                                        ("vi", "bài báo trống: không có gì để trích")])
def test_an_empty_article_is_refused_not_drafted(capsys, tmp_path: Path, monkeypatch, lang: str, said: str) -> None:
    """An empty file had been printed as a draft of guesses ("undated-doan-cong-tac"), exit 0; now it is said and
    left out: alone, exit 1 and nothing on standard output; beside a real article, that one is still extracted."""
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\n", encoding="utf-8")
    code, out, err = run(capsys, "--lang", lang, "extract", str(blank))
    assert (code, out) == (1, "") and f"blank.txt: {said}" in err
    code, out, err = run(capsys, "--lang", lang, "extract", str(blank), str(ARTICLES / "a04_cu_chi.html"))
    assert code == 0 and len(orjson.loads(out)) == 1 and f"blank.txt: {said}" in err
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, out, err = run(capsys, "--lang", lang, "extract", "-")
    assert (code, out) == (1, "") and f"<stdin>: {said}" in err
    code, _, err = run(capsys, "--lang", lang, "--db", str(tmp_path / "s.json"), "import", "--from-articles",
                       str(blank))
    assert code == 1 and f"blank.txt: {said}" in err


def test_extracted_drafts_import(capsys, tmp_path: Path) -> None:
    drafts = tmp_path / "drafts.json"
    names = [n for n in sorted(EXPECTED) if EXPECTED[n]["date"] and not EXPECTED[n].get("published")]
    assert run(capsys, "extract", *[str(ARTICLES / n) for n in names], "-o", str(drafts))[0] == 0
    code, out, err = run(capsys, "--db", str(tmp_path / "store.json"), "import", str(drafts), "--format", "json")
    assert code == 0, err
    assert orjson.loads(out)["counts"]["added"] == len(names)


def test_import_from_articles_names_the_articles_and_skips_what_is_no_visit(capsys, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a01_dong_anh.txt", "a03_ninh_kieu_cai_khe.txt"):
        (folder / name).write_bytes((ARTICLES / name).read_bytes())
    for name in ("t17_plan_nonvisit.txt", "t18_directive_nonvisit.txt"):
        (folder / name).write_bytes((ARTICLES / "tuned" / name).read_bytes())
    db = str(tmp_path / "store.json")
    code, out, err = run(capsys, "--db", db, "import", "--from-articles", str(folder), "--dry-run",
                         "--format", "json")
    report = orjson.loads(out)
    assert code == 0 and report["counts"]["added"] == 2 and report["counts"]["invalid"] == 0
    for name in ("t17_plan_nonvisit.txt", "t18_directive_nonvisit.txt"):
        assert f"{folder / name}: skipped, does not look like a visit report" in err
    code, out, err = run(capsys, "--db", db, "import", "--from-articles", str(folder), "--force", "--dry-run")
    assert code == 1 and f"{folder / 't18_directive_nonvisit.txt'}: date: required field is missing" in err
    assert "surveys-drafts" not in err + out and ".txt.json" not in err + out  # never a temporary file
    code, out, err = run(capsys, "--db", db, "import", "--from-articles", str(ARTICLES / "a03_ninh_kieu_cai_khe.txt"),
                         "--published", "2025-10-21")
    assert code == 0 and "added 1" in out
    assert run(capsys, "--db", db, "import", str(ARTICLES / "expected.json"), "--published", "2025-10-21")[0] == 2


def test_another_outlets_report_of_a_stored_visit_is_a_probable_duplicate_whose_figures_can_be_merged(
        capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "store.json")
    first, second = ARTICLES / "a05_hac_thanh.md", tmp_path / "other_outlet.txt"
    # the same inspection told by another outlet, with a figure the first report leaves out
    second.write_text("(TH) Ngày 27/11/2025, đoàn kiểm tra của Sở Nội vụ do ông Lò Văn Thịnh, Phó Giám đốc Sở Nội vụ, "
                      "làm trưởng đoàn đã kiểm tra công tác cải cách hành chính tại phường Hạc Thành.\n\n"
                      "Phường đã tiếp nhận 6.208 hồ sơ; tỷ lệ hài lòng của người dân đạt 97,4%.\n", encoding="utf-8")
    assert run(capsys, "--db", db, "import", "--from-articles", str(first))[0] == 0
    code, out, err = run(capsys, "--db", db, "extract", str(second))
    assert code == 0 and "probable duplicate of 2025-11-27-" in err and "1 figure the stored record lacks" in err
    code, out, err = run(capsys, "--db", db, "import", "--from-articles", str(second))
    assert code == 0 and "added 0" in out and "--merge adds them" in err
    # --merge-figures, the option's old name, still merges (scripts use it)
    code, out, err = run(capsys, "--db", db, "import", "--from-articles", str(second), "--merge-figures")
    assert code == 0 and "added 1 value" in err

    repository = open_repository(db)
    records = list(repository.records())
    repository.close()
    visit = [r for r in records if r["id"].startswith("2025-11-27-")]
    assert len(visit) == 1 and any(f["value"] == 97.4 for f in visit[0]["figures"])


NO_YEAR = """Giám sát chuyển đổi số tại phường Cái Khế

Chiều 22/10, Đoàn giám sát HĐND thành phố Cần Thơ do ông Nguyễn Hữu Tâm, Ủy viên Thường trực HĐND thành phố, làm
trưởng đoàn đã giám sát việc thực hiện chuyển đổi số tại phường Cái Khế. Phường đã tiếp nhận 3.163 hồ sơ.
"""


@pytest.mark.parametrize("command", [("extract",), ("import", "--from-articles", "--dry-run")])
def test_a_guessed_year_is_said(capsys, tmp_path: Path, command: tuple[str, ...]) -> None:
    """An article with no clue to its year gets the latest such day not after today, and a warning; `extract` and
    `import --from-articles` had printed or imported that guess saying nothing (the review screen asks for a
    check). With --published there is nothing to guess."""
    article = tmp_path / "cai-khe.txt"
    article.write_text(NO_YEAR, encoding="utf-8")
    db = ("--db", str(tmp_path / "s.json"))
    code, _, err = run(capsys, *command, str(article), "--lang", "en", *db)
    assert code == 0, err
    assert f"{article}: the year of " in err and "is only a guess" in err and "--published" in err
    code, _, err = run(capsys, *command, str(article), "--published", "23/10/2025", "--lang", "vi", *db)
    assert code == 0 and "phỏng đoán" not in err and "guess" not in err
    code, _, err = run(capsys, *command, str(article), "--lang", "vi", *db)
    assert "chỉ là phỏng đoán" in err and "--published" in err


@pytest.mark.parametrize("lang, said", [("vi", "Ngày: thiếu trường bắt buộc"),
                                        ("en", "date: required field is missing")])
def test_a_missing_field_is_named_in_the_runs_language(capsys, lang: str, said: str) -> None:
    """`surveys extract` in Vietnamese had said "date: thiếu trường bắt buộc", the JSON key in a Vietnamese line;
    the field is named as the review screen names it. English keeps the key, the word of the draft printed."""
    code, _, err = run(capsys, "--lang", lang, "extract", str(ARTICLES / "tuned" / "t18_directive_nonvisit.txt"))
    assert code == 0 and said in err
    assert lang == "en" or "date:" not in err
