"""`surveys recompute`: lists the metrics this version works out otherwise, writes them only with --apply; in the
run's language (what is worked out, over every backend: tests/contract/test_recompute.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.tinydb_repository import TinyDBRepository
from tests.contract.test_recompute import _records


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.json"
    repository = TinyDBRepository(path)
    repository.upsert_many(_records())
    repository.close()
    return path


def test_a_dry_run_lists_and_writes_nothing(capsys: pytest.CaptureFixture[str], store: Path) -> None:
    before = store.read_bytes()
    code, out, err = run(capsys, "--db", str(store), "--lang", "en", "recompute")
    assert code == 0
    assert out.splitlines() == [
        "2025-10-02-read figure 1: Vụ việc giải quyết trong kỳ (vụ việc): ho-so-giai-quyet (Dossiers resolved) → "
        "(no metric)",
        "2025-10-02-read figure 2: Hồ sơ tiếp nhận (hồ sơ): (no metric) → ho-so-tiep-nhan (Dossiers received)",
        "2025-10-03-person figure 2: Tỷ lệ thủ tục cung cấp qua Cổng dịch vụ công quốc gia (%): "
        "thu-tuc-cong-dvc-quoc-gia (Procedures on the national portal) → (no metric)"]
    assert err.splitlines() == [
        "3 metrics of 2 visits would change (of 8 figures); nothing written, --apply writes them",
        "1 figure a person gave or edited left as it is",
        "1 figure of no recorded origin left as it is (--unrecorded includes them)"]
    assert store.read_bytes() == before


def test_apply_writes_and_says_so_in_vietnamese(capsys: pytest.CaptureFixture[str], store: Path) -> None:
    code, out, err = run(capsys, "--db", str(store), "--lang", "vi", "recompute", "--apply", "--unrecorded")
    assert code == 0 and len(out.splitlines()) == 4
    assert "số liệu 1: Vụ việc giải quyết trong kỳ (vụ việc): ho-so-giai-quyet" in out
    assert err.splitlines()[0] == "đã đổi 4 chỉ tiêu của 3 chuyến (trong 8 số liệu)"
    code, out, err = run(capsys, "--db", str(store), "--lang", "vi", "recompute", "--unrecorded")
    assert (code, out) == (0, "")
    assert err.splitlines() == ["không có chỉ tiêu nào cần đổi (trong 8 số liệu)",
                                "1 số liệu do người nhập hoặc sửa được giữ nguyên"]


def test_a_filter_recomputes_one_period_and_a_refused_one_touches_nothing(
        capsys: pytest.CaptureFixture[str], store: Path) -> None:
    code, out, err = run(capsys, "--db", str(store), "--lang", "en", "recompute", "--query", "since:2025-10-03")
    assert code == 0
    assert [line.split(" ")[0] for line in out.splitlines()] == ["2025-10-03-person"]
    assert err.splitlines()[0] == "1 metric of 1 visit would change (of 4 figures); nothing written, " \
        "--apply writes them"
    code, out, err = run(capsys, "--db", str(store), "--lang", "vi", "recompute", "--apply", "--query", "tu:2025-10-03")
    assert (code, len(out.splitlines())) == (0, 1)
    assert err.splitlines()[0] == "đã đổi 1 chỉ tiêu của 1 chuyến (trong 4 số liệu)"
    code, out, err = run(capsys, "--db", str(store), "--lang", "en", "recompute", "--apply", "--query", "nosuch:x")
    assert (code, out) == (2, "") and "nosuch" in err
    code, out, _ = run(capsys, "--db", str(store), "--lang", "en", "recompute", "--until", "2025-10-02")
    assert [line.split(" ")[0] for line in out.splitlines()] == ["2025-10-02-read", "2025-10-02-read"]
    repository = TinyDBRepository(store)
    try:  # the one filtered visit written, the refused filter's run wrote nothing
        assert "recomputed" in repository.get("2025-10-03-person")["provenance"][1]  # type: ignore[index]
        assert repository.get("2025-10-02-read")["figures"][0]["metric"] == "ho-so-giai-quyet"  # type: ignore[index]
    finally:
        repository.close()
