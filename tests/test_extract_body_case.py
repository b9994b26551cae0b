"""Bodies and titles in any casing give the same record (`store.extract.body_case`).

The oracle: an article and the same article with its organs and titles recapitalised at random ("Đoàn Đại Biểu Quốc
Hội", "Ban Pháp Chế", "UBND Phường") extract to the same body, leader and places.
"""

from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest

from store.extract import extract_article
from store.extract.body_case import NAMES, usual_case

TUNED = Path(__file__).parent / "articles" / "tuned"
EXPECTED = orjson.loads((TUNED / "expected.json").read_bytes())
_LEVEL_AFTER_ORGAN = ("UBND ", "HĐND ", "MTTQ ")
_LEVELS = ("phường", "xã", "tỉnh", "huyện", "quận")


def recased(text: str, rng: random.Random) -> str:
    """`text` with every organ and title after its first letter, and a level word after an organ, cased at random.

    The first letter and acronyms are kept (a lower-case "đoàn giám sát" is a common noun, a capitalised one a
    name), and a phrase never becomes all capitals (a headline's casing, left as written)."""

    def one(match: object) -> str:
        found: str = match[0]  # type: ignore[index]
        words = found.split(" ")
        out = [words[0]] + [w if w.isupper() else w[0].upper() + w[1:] if rng.random() < 0.5 else w.lower()
                            for w in words[1:]]  # an acronym ("MTTQ") stays
        text = " ".join(out)
        return found if text.upper() == text else text

    text = NAMES.sub(one, text)
    for organ in _LEVEL_AFTER_ORGAN:
        for level in _LEVELS:
            if rng.random() < 0.5:
                text = text.replace(organ + level + " ", organ + level.capitalize() + " ")
    return text


def _fields(text: str, published: object) -> tuple[object, ...]:
    record = extract_article(text, published=published).record  # type: ignore[arg-type]
    places = [(p.get("name"), p.get("level"), (p.get("ward") or {}).get("code")) for p in record.get("localities", [])]
    return record.get("body"), (record.get("leader") or {}).get("name"), places


_SAMPLE = sorted(EXPECTED)[::12]


@pytest.mark.parametrize("name", _SAMPLE)
def test_a_recapitalised_article_gives_the_same_body_leader_and_places(name: str) -> None:
    text = (TUNED / name).read_text(encoding="utf-8")
    rng = random.Random(name)  # one fixed draw per article: a failure can be replayed
    other = recased(text, rng)
    published = EXPECTED[name].get("published")
    assert _fields(other, published) == _fields(text, published)


def test_the_usual_case_keeps_every_character_in_its_place() -> None:
    text = "Đoàn Đại Biểu Quốc Hội tỉnh Hà Tĩnh làm việc với UBND Phường Thành Sen; đoàn giám sát; ĐOÀN GIÁM SÁT"
    assert len(usual_case(text)) == len(text)
    assert usual_case(text) == ("Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh làm việc với UBND phường Thành Sen; "
                                "đoàn giám sát; ĐOÀN GIÁM SÁT")


@pytest.mark.parametrize(("written", "usual"), [
    ("Ban Pháp Chế HĐND tỉnh", "Ban Pháp chế HĐND tỉnh"),
    ("Hội đồng Nhân dân xã", "Hội đồng nhân dân xã"),
    ("Ủy Ban MTTQ phường", "Ủy ban MTTQ phường"),
    ("Uỷ Ban Nhân Dân Xã Nghi Lộc", "Uỷ ban nhân dân xã Nghi Lộc"),
    ("Thường Trực HĐND Tỉnh", "Thường trực HĐND tỉnh"),
    ("Trưởng Ban Pháp Chế", "Trưởng Ban Pháp chế"),  # the committee's own "Ban" stays capitalised
    ("Ban Văn Hoá – Xã Hội", "Ban Văn hoá – Xã hội"),
])
def test_organs_and_titles_get_their_usual_case(written: str, usual: str) -> None:
    assert usual_case(written) == usual


def test_a_lower_case_team_is_no_name() -> None:
    text = "đoàn giám sát đã đến xã; các chủ tịch xã báo cáo"
    assert usual_case(text) == text
