import unicodedata

import pytest

from store.folding import exact_key, fold, fold_compact, name_keys, normalize_text, normalize_tones, slugify, tone_key


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


@pytest.mark.parametrize(
    ("text", "compact"), [("TP.HCM", "tphcm"), ("tp hcm", "tphcm"), ("TP. Hồ Chí Minh", "tphochiminh")]
)
def test_fold_compact_ignores_punctuation(text: str, compact: str) -> None:
    assert fold_compact(text) == compact


def test_slugify() -> None:
    assert slugify("Đề án 06 / CP") == "de-an-06-cp"


# -- the tiers: exact, tone placement normalized, folded ---------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hòa", "Hoà"),
        ("Thủy", "Thuỷ"),
        ("khỏe", "khoẻ"),
        ("HÒA KHÁNH", "HOÀ KHÁNH"),
        ("Hòa Thành", "Hoà Thành"),
        ("Thủy Nguyên", "Thuỷ Nguyên"),
    ],
)
def test_tone_placement_is_one_key_both_ways(old: str, new: str) -> None:
    assert tone_key(old) == tone_key(new)
    assert tone_key(unicodedata.normalize("NFD", old)) == tone_key(new)
    assert normalize_tones(old) == normalize_tones(new) == normalize_tones(normalize_tones(new))
    assert exact_key(old) != exact_key(new)


@pytest.mark.parametrize("word", ["hoàng", "Quý", "thuyền", "người", "hoài", "Nguyễn", "khoản"])
def test_tone_placement_leaves_closed_syllables_alone(word: str) -> None:
    assert normalize_tones(word) == word


def test_accents_tell_names_apart_until_folded() -> None:
    exact, tone, folded = name_keys("Tân Định")
    other = name_keys("Tân Dĩnh")
    assert exact != other[0] and tone != other[1] and folded == other[2]
