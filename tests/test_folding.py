import unicodedata

import pytest

from store.folding import fold, fold_compact, normalize_text, slugify


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Lái Thiêu", "lai thieu"),
        ("Rạch Dừa", "rach dua"),
        ("Đề án 06", "de an 06"),
        ("ĐOÀN ĐBQH", "doan dbqh"),
        ("đđĐĐ", "dddd"),
        ("  Tân   Đông\tHiệp ", "tan dong hiep"),
        ("Thuỷ Nguyên", "thuy nguyen"),
        ("Thủy Nguyên", "thuy nguyen"),
    ],
)
def test_fold_removes_case_marks_and_d_stroke(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["Lái Thiêu", "Đề án 06", "phường Rạch Dừa", "Hoà Bình"])
def test_nfc_and_nfd_input_fold_alike(text: str) -> None:
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


def test_normalize_text_gives_nfc_single_spaces() -> None:
    decomposed = unicodedata.normalize("NFD", "phường  Rạch Dừa ")
    assert normalize_text(decomposed) == unicodedata.normalize("NFC", "phường Rạch Dừa")


@pytest.mark.parametrize(("text", "compact"), [("TP.HCM", "tphcm"), ("tp hcm", "tphcm"), ("TP. Hồ Chí Minh", "tphochiminh")])
def test_fold_compact_ignores_punctuation(text: str, compact: str) -> None:
    assert fold_compact(text) == compact


def test_slugify() -> None:
    assert slugify("Đề án 06 / CP") == "de-an-06-cp"
