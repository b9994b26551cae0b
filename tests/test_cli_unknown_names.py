"""A place or topic the filters name that no unit or topic has is said as such, exit 2 (session 27, third round).

`surveys list --province "khong co"` said "không có chuyến nào khớp" and exited 0, as for a real province without
visits. Now a filter that found nothing because its province, ward or topic names nothing says so in the run's
language and exits 2, as argparse's usage errors do; `export` and `check` share the filter and the rule. A former
unit (Bình Dương, phường Bến Nghé) still finds its visits, or, finding none, still says "no visit matches", exit 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from store.query import Filter
from store.unknown_names import unknown_names

SAID = {
    "vi": {"province": "không có tỉnh, thành phố nào tên 'khong co', kể cả các tỉnh cũ đã sáp nhập",
           "ward": "không có phường, xã hay huyện cũ nào tên 'khong co', hiện nay hay trước năm 2025",
           "topic": "không có chủ đề nào có mã hay tên 'zzz'",
           "none": "không có chuyến nào khớp", "error": "surveys list: lỗi: "},
    "en": {"province": "no province or city is called 'khong co', former ones included",
           "ward": "no ward, commune or former district is called 'khong co', today or before 2025",
           "topic": "no topic has the id or name 'zzz'",
           "none": "no visit matches", "error": "surveys list: error: "},
}


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.json"
    assert main(["init", str(path), "--sample"]) == 0
    return path


def _run(capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(words))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(("option", "said"), [("--province", "province"), ("--ward", "ward"), ("--topic", "topic")])
def test_a_name_no_unit_has_is_a_usage_error_in_the_runs_language(
        capsys: pytest.CaptureFixture[str], sample: Path, lang: str, option: str, said: str) -> None:
    value = "zzz" if said == "topic" else "khong co"
    code, out, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", option, value)
    assert code == 2
    assert out == ""
    assert err.splitlines()[-1] == SAID[lang]["error"] + SAID[lang][said]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_unknown_name_is_said_in_one_line(capsys: pytest.CaptureFixture[str], sample: Path, lang: str) -> None:
    code, _, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", "--query", 'tinh:"khong co" chude:zzz')
    assert code == 2
    assert err.splitlines()[-1] == SAID[lang]["error"] + SAID[lang]["province"] + "; " + SAID[lang]["topic"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_former_unit_still_finds_its_visits_or_says_no_visit(
        capsys: pytest.CaptureFixture[str], sample: Path, lang: str) -> None:
    code, out, _ = _run(capsys, "--db", str(sample), "--lang", lang, "list", "--province", "binh duong",
                        "--format", "jsonl")
    assert code == 0 and out.strip()  # Bình Dương, merged into TP Hồ Chí Minh in 2025
    code, out, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", "--ward", "Bến Nghé", "--since", "2030")
    assert (code, out, err.strip()) == (0, "", SAID[lang]["none"])
    code, _, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", "--province", "lao cai", "--since", "2030")
    assert (code, err.strip()) == (0, SAID[lang]["none"])  # a real province without visits: as before


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_export_and_check_refuse_the_same_names(capsys: pytest.CaptureFixture[str], sample: Path, tmp_path: Path,
                                                lang: str) -> None:
    out = tmp_path / "out.csv"
    code, _, err = _run(capsys, "--db", str(sample), "--lang", lang, "export", "-o", str(out), "--province", "khong co")
    assert code == 2 and not out.exists()
    assert err.splitlines()[-1] == SAID[lang]["error"].replace("list", "export") + SAID[lang]["province"]
    code, _, err = _run(capsys, "--db", str(sample), "--lang", lang, "check", "--ward", "khong co")
    assert code == 2
    assert err.splitlines()[-1] == SAID[lang]["error"].replace("list", "check") + SAID[lang]["ward"]


def test_names_of_today_former_and_prefixes_are_known() -> None:
    for query in ('tinh:"binh duong"', "tinh:tphcm", "tinh:binh", 'xa:"ben nghe"', 'xa:"huyen quoc oai"',
                  'xa:"Phường Tân Định, Hồ Chí Minh"', "chude:de-an-06", 'chude:"dịch vụ công"'):
        assert unknown_names(Filter.parse(query)) == [], query
    assert unknown_names(Filter.parse('tinh:"khong co" xa:"khong co" chude:zzz')) == [
        ("province", "khong co"), ("ward", "khong co"), ("topic", "zzz")]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_export_to_stdout_finding_nothing_says_so_on_stderr(
        capsys: pytest.CaptureFixture[str], sample: Path, lang: str, fmt: str) -> None:
    """A CSV header alone (or `[]`, or nothing) on stdout read as a broken export; stdout stays data."""
    code, out, err = _run(capsys, "--db", str(sample), "--lang", lang, "export", "--format", fmt, "--since", "2030")
    assert code == 0 and err.strip() == SAID[lang]["none"]
    assert out.startswith("id,") if fmt == "csv" else "\n" not in out.strip()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_whole_name_no_unit_has_is_refused(capsys: pytest.CaptureFixture[str], sample: Path, lang: str) -> None:
    """`ward="Lái"` is a whole name, so it does not find Lái Thiêu; no unit is called so (it had listed nothing)."""
    code, out, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", "--query", 'ward="Lái"')
    assert (code, out) == (2, "")
    refused = SAID[lang]["error"] + SAID[lang]["ward"].replace("'khong co'", "'Lái'")
    assert err.splitlines()[-1].split(". ")[0] == refused  # then a near name, if any ("La Gi")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("ward", ["khe", "khe sa", "Quang Tr"])
def test_a_word_start_of_some_units_name_is_no_typo(
        capsys: pytest.CaptureFixture[str], sample: Path, lang: str, ward: str) -> None:
    """A ward clause finds a name by a word's start ("thieu" finds Lái Thiêu): "khe" starts "Khe Sanh" and "Cái
    Khế", units with no visit in the sample, so it found nothing, as a real name can; it is not refused."""
    code, out, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", "--ward", ward)
    assert (code, out, err.strip()) == (0, "", SAID[lang]["none"])
    assert unknown_names(Filter.parse(f'ward="{ward}"')) == [("ward", ward)]  # quoted: the whole name, none has it


@pytest.mark.parametrize(("lang", "usage"), [("vi", "cách dùng: surveys list [-h]"),
                                             ("en", "usage: surveys list [-h]")])
@pytest.mark.parametrize("where", ["after", "before"])
def test_the_usage_before_the_error_is_the_commands(capsys: pytest.CaptureFixture[str], sample: Path, lang: str,
                                                    usage: str, where: str) -> None:
    """It was the program's (`usage: surveys [-h] [--version] [--db PATH] ...`), naming none of the command's
    options, and the error line said `surveys:`; argparse's own errors in a command print the command's."""
    words = ["list", "--province", "khong co"]
    words = [*words, "--lang", lang] if where == "after" else ["--lang", lang, *words]
    code, _, err = _run(capsys, "--db", str(sample), *words)
    assert code == 2
    assert err.startswith(usage), err
    assert "--province PROVINCE" in err.split(SAID[lang]["error"])[0]
    assert err.splitlines()[-1].startswith(SAID[lang]["error"])


NEAREST = {
    "vi": ("Có phải ý bạn là: Hà Nội?", "Có phải ý bạn là: Bình Dương (cũ)?", "Có phải ý bạn là: Bến Nghé (cũ)?"),
    "en": ("Did you mean: Hà Nội?", "Did you mean: Bình Dương (former)?", "Did you mean: Bến Nghé (former)?"),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_mistyped_name_is_told_the_nearest_names(capsys: pytest.CaptureFixture[str], sample: Path,
                                                    lang: str) -> None:
    """Folded for diacritics, today's units and former ones, a former one said so (session 28)."""
    today, former_province, former_ward = NEAREST[lang]
    for option, typed, said in (("--province", "Ha Nol", today), ("--province", "binh duongg", former_province),
                                ("--ward", "Ben Nge", former_ward)):
        code, out, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", option, typed)
        assert (code, out) == (2, "")
        assert err.splitlines()[-1].endswith(f"'{typed}'" + SAID[lang]["province" if option == "--province" else
                                                                           "ward"].split("'khong co'")[1]
                                             + ". " + said), err


TOPIC_NEAREST = {
    "vi": ("không có chủ đề nào có mã hay tên 'chuyen doi xo'. Có phải ý bạn là: Chuyển đổi số?",
           "không có phường, xã hay huyện cũ nào tên 'Ben', hiện nay hay trước năm 2025. Có phải ý bạn là: Bến Cát, "
           "Bến Cầu, Bến Hải?"),
    "en": ("no topic has the id or name 'chuyen doi xo'. Did you mean: Chuyển đổi số?",
           "no ward, commune or former district is called 'Ben', today or before 2025. Did you mean: Bến Cát, Bến Cầu, "
           "Bến Hải?"),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_mistyped_topic_and_a_whole_names_start_are_told_the_nearest_names(
        capsys: pytest.CaptureFixture[str], sample: Path, lang: str) -> None:
    """`--topic` and `chude:` as unknown places are (session 29); `ward="Ben"` gets the names it starts."""
    topic, ward = TOPIC_NEAREST[lang]
    for words in (["--topic", "chuyen doi xo"], ["--query", 'chude:"chuyen doi xo"'],
                  ["--query", 'topic:"chuyen doi xo"']):
        code, out, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", *words)
        assert (code, out) == (2, "") and err.splitlines()[-1].endswith(topic), err
    code, out, err = _run(capsys, "--db", str(sample), "--lang", lang, "list", "--query", 'phuong="Ben"')
    assert (code, out) == (2, "") and err.splitlines()[-1].endswith(ward), err
