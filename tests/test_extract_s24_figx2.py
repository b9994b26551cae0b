"""Session 24, figures (second round): a bare "nhận" is the received total, as "tiếp nhận" is, but not inside another
word or for what is handed over (`metric_states.received_by_bare_verb`); "giấy chứng nhận" is no verb "nhận" in a
label (`figure_label_words._VERB`); a share after a network's verb and "đến"/"tới" is no day
(`figure_shares.share_not_day`, `communes_counted`); a settled count in the sentence after a received total already
settled is not of it (`figure_sums.settled_of_received`)."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.folding import fold
from store.metric_states import received_by_bare_verb
from store.metrics import metric_of

_HEAD = ("Đoàn giám sát làm việc tại xã Ba Tơ\n\nSáng 14/10/2025, ông Nguyễn Văn Hòa, Trưởng Ban Pháp chế HĐND tỉnh "
         "Quảng Ngãi, dẫn đầu đoàn giám sát làm việc tại xã Ba Tơ. ")


def _figures(body: str) -> dict[float, dict]:
    return {f["value"]: f for f in extract_article(_HEAD + body).record["figures"]}


def _bare(text: str) -> bool:
    folded = fold(text)
    at = folded.rindex("nhan")
    return received_by_bare_verb(folded, at, at + 4)


@pytest.mark.parametrize("text", ["xã nhận 400 hồ sơ", "trung tâm đã nhận được 400 hồ sơ",
                                  "bộ phận một cửa nhận 400 hồ sơ", "hành chính công nhận 400 hồ sơ"])
def test_a_bare_nhan_is_an_intake(text: str) -> None:
    assert _bare(text)


@pytest.mark.parametrize("text", ["xã đã xác nhận 400 hồ sơ", "cấp giấy chứng nhận", "được công nhận",
                                  "công an đã thu nhận 400 hồ sơ", "nhận bàn giao 400 hồ sơ", "người dân nhận kết quả",
                                  "nhận thức của người dân", "nhận lại 40 hồ sơ"])
def test_nhan_inside_another_word_or_handed_over_is_none(text: str) -> None:
    assert not _bare(text)


def test_metric_of_a_stored_label() -> None:
    assert metric_of({"label": "Hồ sơ nhận", "unit": "hồ sơ", "value": 400}) == "ho-so-tiep-nhan"
    assert metric_of({"label": "Hồ sơ xác nhận", "unit": "hồ sơ", "value": 400}) is None
    assert metric_of({"label": "Hồ sơ thu nhận", "unit": "hồ sơ", "value": 400}) is None
    assert metric_of({"label": "Tỷ lệ hồ sơ nhận", "unit": "%", "value": 40}) is None  # a count's metric, no rate


def test_an_article_files_the_bare_intake_and_its_settled() -> None:
    figures = _figures("Từ ngày 1/7 đến nay, xã nhận 3.612 hồ sơ, đã giải quyết 3.540 hồ sơ.")
    assert metric_of(figures[3612]) == "ho-so-tiep-nhan"
    assert figures[3540]["of"] == 3612 and metric_of(figures[3540]) == "ho-so-giai-quyet"


def test_certified_and_handed_over_files_are_no_intake() -> None:
    figures = _figures("Xã đã tiếp nhận 2.050 hồ sơ. Xã đã xác nhận 240 hồ sơ vay vốn và nhận bàn giao 1.480 hồ sơ "
                       "địa chính từ huyện cũ.")
    assert metric_of(figures[2050]) == "ho-so-tiep-nhan"
    assert metric_of(figures[240]) is None and metric_of(figures[1480]) is None


def test_a_certificate_is_no_verb_in_the_label() -> None:
    figures = _figures("Xã đã cấp giấy chứng nhận cho 120 hồ sơ.")
    assert figures[120]["label"] == "Hồ sơ được cấp giấy chứng nhận"
    assert metric_of(figures[120]) is None


@pytest.mark.parametrize("body, values", [
    ("Cáp quang đã được kéo đến 9/9 thôn; camera đã lắp tới 7/9 thôn.", {9: 9, 7: 9}),
    ("Đường truyền đã kết nối đến 10/10 xã, thị trấn.", {10: 10}),
])
def test_a_share_reached_by_a_network_is_no_day(body: str, values: dict[int, int]) -> None:
    figures = _figures(body)
    assert {value: figures[value]["of"] for value in values} == values


@pytest.mark.parametrize("body", ["Đoàn đã đến 2/9 thôn để kiểm tra.", "Từ ngày 5/8 đến 10/8 xã tổ chức tập huấn."])
def test_a_visit_or_a_span_of_days_stays_no_figure(body: str) -> None:
    assert not _figures(body)


def test_a_received_total_has_one_settled_total() -> None:
    figures = _figures("Năm 2024, xã nhận 1.156 hồ sơ, đã giải quyết 1.149 hồ sơ. Xã có 3 công chức; xã bên cạnh "
                       "giải quyết 402 hồ sơ.")
    assert figures[1149]["of"] == 1156
    assert "of" not in figures[402]
    figures = _figures("Năm 2024, xã nhận 1.156 hồ sơ. Kết quả đã giải quyết 1.149 hồ sơ.")
    assert figures[1149]["of"] == 1156  # the settled told in the sentence after, as before
