"""`surveys show` and `surveys followup` print the earlier item a later visit's item repeats; `followup` confirms
or drops the link (session 34: users follow a commune's asks across visits, and each visit's items stood alone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.main import main
from tests.test_item_links import SAID, two_visits


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return two_visits(tmp_path)


def _item(out: str, label: str) -> str:
    """The item's line and the lines under it, up to the next item."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"  - {label}."))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("  - ") or not lines[i]), len(lines))
    return "\n".join(lines[start:end])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_show_says_which_earlier_item_an_item_repeats(store: Path, lang: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(store), "--lang", lang, "show", "september"]) == 0
    out = capsys.readouterr().out
    assert SAID[lang] in _item(out, "r2") and "march:r2" in _item(out, "r2")
    assert SAID[lang] not in _item(out, "r1")
    assert main(["--db", str(store), "--lang", lang, "show", "march"]) == 0
    assert SAID[lang] not in capsys.readouterr().out  # never a later visit's


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_followup_drops_a_link_for_good_and_confirms_one(store: Path, lang: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", str(store), "--lang", lang, "followup", "september"]
    assert main([*base, "r2", "--response", "Chưa giao"]) == 0
    assert SAID[lang] in capsys.readouterr().out
    assert main([*base, "r2", "--drop-link", "march:r2"]) == 0
    assert SAID[lang] not in capsys.readouterr().out
    assert main(["--db", str(store), "--lang", lang, "show", "september"]) == 0
    assert SAID[lang] not in capsys.readouterr().out
    assert main([*base, "r1", "--confirm-link", "march:r1"]) == 0  # wording unlike, a person's word
    assert {"vi": "đã xác nhận", "en": "confirmed"}[lang] in capsys.readouterr().out


def test_followup_refuses_a_link_not_written_id_item(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(store), "--lang", "en", "followup", "september", "r2", "--drop-link", "march"]) != 0
    assert "ID:r2" in capsys.readouterr().err
