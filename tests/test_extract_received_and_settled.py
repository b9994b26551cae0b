"""Session 38, figures20: one count told received and settled with two verbs (`figure_received_settled`), on
sentences written for these tests.

"tiếp nhận và giải quyết 1.234 hồ sơ" is one figure by the house's convention; its label kept only the last verb
("Hồ sơ giải quyết") while its metric read the first, and with a comma and no "đã" ("tiếp nhận, giải quyết 1.406 hồ
sơ") the metric was the settled total's. Now the label keeps both verbs as written and the metric is the received
total's. Kept: each verb with a count of its own, a share after the count, a verb pair with no count right after it.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from tests.leads import COUNCIL_LEAD, TODAY


def _figures(said: str) -> list[tuple[float | int, str, float | int | None, str, str | None]]:
    record = extract_article(COUNCIL_LEAD + said, today=TODAY).record
    return [(f["value"], f["unit"], f.get("of"), f["label"], f.get("metric")) for f in record["figures"]]


@pytest.mark.parametrize(("said", "wanted"), [
    pytest.param("Năm 2025, xã đã tiếp nhận và giải quyết 2.418 hồ sơ TTHC.",
                 [(2418, "hồ sơ", None, "Hồ sơ tiếp nhận và giải quyết", "ho-so-tiep-nhan")], id="va-with-da"),
    pytest.param("Năm 2025, bộ phận một cửa tiếp nhận, giải quyết 1.406 hồ sơ.",
                 [(1406, "hồ sơ", None, "Hồ sơ tiếp nhận, giải quyết", "ho-so-tiep-nhan")], id="a-comma-no-da"),
    pytest.param("Năm 2025, công an xã tiếp nhận, giải quyết 57 vụ việc.",
                 [(57, "vụ việc", None, "Vụ việc tiếp nhận, giải quyết", None)], id="cases"),
    pytest.param("Năm 2025, xã tiếp nhận và trả kết quả 2.215 hồ sơ.",
                 [(2215, "hồ sơ", None, "Hồ sơ tiếp nhận và trả kết quả", "ho-so-tiep-nhan")], id="returned"),
    pytest.param("Năm 2025, xã đã tiếp nhận và giải quyết được hơn 900 hồ sơ, trong đó 870 hồ sơ đúng hạn.",
                 [(900, "hồ sơ", None, "Hồ sơ tiếp nhận và giải quyết (hơn)", "ho-so-tiep-nhan"),
                  (870, "hồ sơ", 900, "Hồ sơ đúng hạn", "ho-so-dung-han")], id="with-a-bound-and-a-part"),
])
def test_one_count_received_and_settled_keeps_both_verbs_and_the_received_metric(said: str, wanted: list) -> None:
    assert _figures(said) == wanted


@pytest.mark.parametrize(("said", "wanted"), [
    pytest.param("Năm 2025, xã tiếp nhận 1.864 hồ sơ, giải quyết 1.812 hồ sơ.",
                 [(1864, "hồ sơ", None, "Hồ sơ tiếp nhận", "ho-so-tiep-nhan"),
                  (1812, "hồ sơ", 1864, "Hồ sơ giải quyết", "ho-so-giai-quyet")], id="each-verb-its-count"),
    pytest.param("Năm 2025, xã tiếp nhận 38 đơn thư và đã giải quyết 35 đơn.",
                 [(38, "đơn", None, "Đơn thư tiếp nhận", None), (35, "đơn", 38, "Đơn giải quyết", None)],
                 id="va-between-two-counts"),
    pytest.param("Năm 2025, xã đã giải quyết 1.210 hồ sơ.",
                 [(1210, "hồ sơ", None, "Hồ sơ giải quyết", "ho-so-giai-quyet")], id="one-verb"),
])
def test_look_alikes_of_two_verbs_keep_their_counts(said: str, wanted: list) -> None:
    assert _figures(said) == wanted
