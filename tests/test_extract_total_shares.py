"""A share of "the total" right after a qualified count is that count's share (`figure_total_shares`)."""

from __future__ import annotations

from store.extract import extract_article

LEAD = ("Ngày 15/10/2025, Đoàn giám sát của Thường trực HĐND tỉnh Đắk Lắk do ông Y Nam, Phó Chủ tịch HĐND tỉnh, "
        "làm trưởng đoàn đã làm việc với UBND xã Ea Kar.\n\n")


def _figures(sentence: str) -> list[dict]:
    return extract_article(LEAD + sentence).record["figures"]


def test_the_online_share_is_labelled_and_its_count_is_online_dossiers() -> None:
    count, rate = _figures("Từ ngày 1/7 đến nay, xã đã tiếp nhận 3.163 hồ sơ trực tuyến, đạt 99,83% tổng số hồ sơ.")
    assert (count["value"], count["metric"]) == (3163, "ho-so-dvc-truc-tuyen")
    # the count keeps its action since figures16 ("Hồ sơ trực tuyến tiếp nhận") and the share borrows it whole
    assert (rate["value"], rate["label"], rate["metric"]) == \
        (99.83, "Tỷ lệ hồ sơ trực tuyến tiếp nhận", "ty-le-truc-tuyen")


def test_a_count_with_no_qualifier_lends_no_label() -> None:
    figures = _figures("Từ ngày 1/7 đến nay, xã đã tiếp nhận 3.163 hồ sơ, đạt 99,83% tổng số hồ sơ.")
    assert figures[0]["metric"] == "ho-so-tiep-nhan"
    assert figures[1]["label"] != "Tỷ lệ hồ sơ"
