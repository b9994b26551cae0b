"""An article saved as UTF-16, UTF-32 or Windows-1258 is read as the text it is (`store.extract.article_bytes`).

It had been decoded as UTF-8 with replacement: garbage that the extractor called "not a visit report"."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from store.extract import extract_file
from store.extract.article_bytes import article_text

TONES = "\u0300\u0301\u0303\u0309\u0323"
LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
WORDS = st.text(alphabet=LETTERS + LETTERS.upper() + " ,.;:%0123456789-/()\n", min_size=1, max_size=200)


def windows_1258(text: str) -> bytes:
    """`text` as Vietnamese Windows writes it: a letter with a tone is its base letter and a combining tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += (base + "".join(c for c in parts if c in TONES)).encode("cp1258")
    return bytes(out)


ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8 with a mark": lambda text: text.encode("utf-8-sig"),
    "utf-16 with a mark": lambda text: text.encode("utf-16"),
    "utf-16-le": lambda text: text.encode("utf-16-le"),
    "utf-16-be": lambda text: text.encode("utf-16-be"),
    "utf-32": lambda text: text.encode("utf-32"),
    "windows-1258": windows_1258,
}


@pytest.mark.parametrize("encoding", ENCODINGS)
@given(text=WORDS)
def test_vietnamese_text_reads_back_from_every_encoding(encoding: str, text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    if encoding.startswith("utf-16-"):  # no mark: told by the NUL high bytes of Latin letters, spaces and digits
        assume(any(ord(char) < 0x100 for char in text))
    assert article_text(ENCODINGS[encoding](text)) == text


def test_utf8_cut_short_at_its_end_keeps_the_rest() -> None:
    assert article_text("Phường Hòa Xuân tiếp nhận".encode() + "ệ".encode()[:2]).startswith("Phường Hòa Xuân tiếp nhận")


ARTICLE = """Giám sát cải cách hành chính tại phường Hòa Xuân

Sáng 12/11/2025, Đoàn giám sát HĐND thành phố Đà Nẵng do bà Nguyễn Thị Anh Thi, Phó Chủ tịch HĐND thành phố, làm
trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại phường Hòa Xuân. Từ ngày 1/7/2025, phường tiếp nhận
3.163 hồ sơ, giải quyết đúng hạn đạt 99,83%.
"""


@pytest.mark.parametrize("encoding", ["utf-16 with a mark", "utf-16-le", "windows-1258"])
def test_an_article_saved_by_windows_is_extracted_as_one_saved_in_utf8(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "utf8.txt").write_bytes(ARTICLE.encode("utf-8"))
    (tmp_path / "other.txt").write_bytes(ENCODINGS[encoding](ARTICLE))
    wanted, got = extract_file(tmp_path / "utf8.txt"), extract_file(tmp_path / "other.txt")
    assert not got.non_visit and got.record["date"] == "2025-11-12"
    assert {k: v for k, v in got.record.items() if k != "source"} == \
        {k: v for k, v in wanted.record.items() if k != "source"}
