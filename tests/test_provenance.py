"""A record's `provenance`: its shape in the schema, the paths it may name, merged figures, export and import."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson
import pytest

from cli.main import main
from store import provenance
from store.export import to_csv, to_json
from store.extract import extract_file
from store.store import SurveyStore
from store.validation import validate
from tests.factories import make_record

ARTICLES = Path(__file__).parent / "articles"


def problems(record: dict) -> list[str]:
    return [str(problem) for problem in validate(record)]


@pytest.mark.parametrize("entry, where", [
    ({"path": "figures[0]", "by": "robot"}, "provenance[0].by"),
    ({"path": "figures[0]"}, "provenance[0].by"),
    ({"path": "figures[0]", "by": "person", "sentence": ""}, "provenance[0].sentence"),  # kept since s34: not empty
    ({"path": "figures[0]", "by": "person", "sentence": "x" * 241}, "provenance[0].sentence"),  # nor unbounded
    ({"path": "figures[0]", "by": "person", "sentence": "x", "article": ""}, "provenance[0].article"),
    ({"path": "figures[0]", "by": "extractor", "article": "a.txt"}, "provenance[0].article"),  # no sentence
    ({"path": "figures[0]", "by": "unrecorded", "sentence": "x"}, "provenance[0].sentence"),
    ({"path": "figures.0", "by": "person"}, "provenance[0].path"),
    ({"path": "id", "by": "person"}, "provenance[0].path"),
    ({"path": "figures[01]", "by": "person"}, "provenance[0].path"),
    ({"path": "figures[7]", "by": "person"}, "provenance[0].path"),  # the record has two figures
    ({"path": "notes", "by": "person"}, "provenance[0].path"),  # and no notes
    ({"path": "source.url", "by": "person"}, "provenance[0].path"),
    ({"path": "date", "by": "extractor", "certainty": {"params": {}}}, "provenance[0].certainty"),
    ({"path": "date", "by": "extractor", "certainty": {"code": "Not A Code"}}, "provenance[0].certainty"),
    ({"path": "date", "by": "extractor", "rule": ""}, "provenance[0].rule"),
])
def test_a_malformed_origin_is_refused_at_its_path(entry: dict, where: str) -> None:
    found = problems(make_record(provenance=[entry]))
    assert found and all(problem.startswith(where) for problem in found), found


def test_well_formed_origins_validate_and_a_value_has_one() -> None:
    origins = [
        {"path": "date", "by": "extractor", "certainty": {"code": "date_certainty.inferred",
                                                           "params": {"why": [{"code": "year.two_tier"}]}}},
        {"path": "leader", "by": "extractor", "rule": "do X ... làm Trưởng đoàn"},
        {"path": "figures[1]", "by": "extractor", "certainty": "trên: the article gives a bound"},  # an older draft
        {"path": "recommendations[0]", "by": "person"},
        {"path": "topics", "by": "person"},
    ]
    assert problems(make_record(provenance=origins)) == []
    twice = problems(make_record(provenance=[*origins, {"path": "leader", "by": "person"}]))
    assert twice == ["provenance[5].path: leader has an origin already"]


def test_a_draft_saved_unreviewed_is_all_the_extractors() -> None:
    draft = extract_file(ARTICLES / "tuned" / "t01_long_dien_ba_ria.txt")
    origins = provenance.extracted(draft.record, draft.rules, draft.certainty)
    assert {entry["by"] for entry in origins} == {"extractor"}
    assert [entry["path"] for entry in origins] == provenance.value_paths(draft.record)
    by_path = provenance.origins({"provenance": origins})
    assert by_path["date"]["certainty"]["code"] == "date_certainty.inferred"
    assert all(isinstance(entry.get("certainty", {}), dict) for entry in origins)  # codes, never English words
    assert problems({**draft.record, "date": "2025-09-09", "provenance": origins}) == []


def test_merged_figures_bring_their_origin_and_stored_ones_keep_theirs() -> None:
    stored = make_record(provenance=[{"path": "figures[0]", "by": "person"}])
    extra = {"label": "Hồ sơ trễ hạn", "value": 4, "unit": "hồ sơ"}
    article = make_record(figures=[{"label": "x", "value": 1, "unit": "hồ sơ"}, extra], provenance=[
        {"path": "figures[1]", "by": "extractor", "rule": "r"}])
    merged = {**stored, "figures": [*stored["figures"], extra]}
    result = provenance.with_merged_figures(stored, merged, [extra], article)
    assert result["provenance"] == [{"path": "figures[0]", "by": "person"},
                                    {"path": "figures[2]", "by": "extractor", "rule": "r"}]
    assert problems(result) == []
    plain = make_record()
    typed = provenance.with_merged_figures(plain, {**plain, "figures": [*plain["figures"], extra]}, [extra], {})
    assert typed["provenance"] == [{"path": "figures[2]", "by": "extractor"}]  # the others stay unknown


def test_export_keeps_provenance_in_json_and_names_each_figures_origin_in_csv() -> None:
    record = make_record(provenance=[{"path": "figures[1]", "by": "person"}])
    assert orjson.loads(to_json([record]))[0]["provenance"] == record["provenance"]
    rows = list(csv.DictReader(io.StringIO(to_csv([record], rows="figures").decode())))
    assert [row["origin"] for row in rows] == ["", "person"]


def test_import_from_articles_without_review_marks_every_value_the_extractors(tmp_path: Path, capsys) -> None:
    db = tmp_path / "store.json"
    article = ARTICLES / "a03_ninh_kieu_cai_khe.txt"
    assert main(["--db", str(db), "import", "--from-articles", str(article), "--published", "2025-10-21"]) == 0
    capsys.readouterr()
    [record] = SurveyStore(db).records()
    origins = record["provenance"]
    assert origins and {entry["by"] for entry in origins} == {"extractor"}
    assert {entry["path"] for entry in origins} >= {"date", "body", "localities[0]"}


def test_a_drafts_file_imports_as_its_articles_would(tmp_path: Path, capsys) -> None:
    """Drafts extracted in one sitting (`extract --with-provenance`) are imported in another, with the origins
    and the articles' names they had; a drafts file given with records is refused, not read as records."""
    db, drafts = tmp_path / "store.json", tmp_path / "drafts.json"
    article = ARTICLES / "a03_ninh_kieu_cai_khe.txt"
    assert main(["extract", str(article), "--published", "2025-10-21", "--with-provenance", "-o", str(drafts)]) == 0
    records = tmp_path / "records.json"
    records.write_text("[]", encoding="utf-8")
    assert main(["--db", str(db), "import", str(drafts), str(records)]) == 2
    assert "holds drafts" in capsys.readouterr().err
    assert main(["--db", str(db), "import", str(drafts)]) == 0
    assert str(article) in capsys.readouterr().out, "the report names the article, not the drafts file"
    [record] = SurveyStore(db).records()
    assert {entry["by"] for entry in record["provenance"]} == {"extractor"}
    assert record["date"].startswith("2025-")
