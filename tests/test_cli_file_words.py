"""A file the command line cannot write is said in the run's language, naming it (session 27, second round).

`surveys --lang vi export -o /no/such/folder/out.md` said "cannot write …: the folder … does not exist" in
English, and `-o /tmp` "… is a directory; give a file name": `store.atomic.write_file`'s own words, which the
catalog did not hold (`err.file_no_folder`, `err.file_is_folder`); `extract -o` alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.store import SurveyStore

SAID = {
    "vi": ("không ghi được {path}: thư mục {folder} không tồn tại", "{path} là một thư mục; hãy cho tên tệp"),
    "en": ("cannot write {path}: the folder {folder} does not exist", "{path} is a directory; give a file name"),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_export_into_a_missing_folder_or_a_folder_says_so_in_the_runs_language(
        capsys: pytest.CaptureFixture[str], store: SurveyStore, tmp_path: Path, lang: str) -> None:
    missing, folder = SAID[lang]
    out = tmp_path / "no-such" / "out.md"
    assert main(["--db", str(store.path), "--lang", lang, "export", "--format", "md", "-o", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "surveys: " + missing.format(path=out, folder=out.parent)
    assert main(["--db", str(store.path), "--lang", lang, "export", "--format", "md", "-o", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == "surveys: " + folder.format(path=tmp_path)


def test_extract_into_a_missing_folder_says_so_in_vietnamese(capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path) -> None:
    article = tmp_path / "bai.txt"
    article.write_text("Ngày 12/11/2025, Đoàn giám sát của HĐND tỉnh Lào Cai giám sát tại xã Bảo Hà.\n",
                       encoding="utf-8")
    out = tmp_path / "no-such" / "drafts.json"
    assert main(["--lang", "vi", "extract", str(article), "-o", str(out)]) == 1
    assert SAID["vi"][0].format(path=out, folder=out.parent) in capsys.readouterr().err
