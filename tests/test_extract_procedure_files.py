"""Session 37 labels20 (issue 12): files "thủ tục hành chính" / "TTHC" after an action are labelled by the action
alone, as bare files are ("tiếp nhận 4.210 hồ sơ thủ tục hành chính": "Hồ sơ tiếp nhận"; `figure_label_actions`
`_EVERY_FILE`). Sentences of my own; the first group fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from tests.leads import labels_said as _figures


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Trung tâm đã tiếp nhận 4.210 hồ sơ thủ tục hành chính.", [(4210, "Hồ sơ tiếp nhận")], id="received"),
    pytest.param("Xã đã giải quyết 2.030 hồ sơ thủ tục hành chính.", [(2030, "Hồ sơ giải quyết")], id="settled"),
    pytest.param("Phường tiếp nhận 915 hồ sơ TTHC.", [(915, "Hồ sơ tiếp nhận")], id="abbreviated"),
    pytest.param("Xã đã trả kết quả 1.002 hồ sơ TTHC cho người dân.", [(1002, "Hồ sơ trả kết quả")],
                 id="for-whom"),
    pytest.param("Công chức đã số hóa 640 hồ sơ thủ tục hành chính.", [(640, "Hồ sơ số hóa")], id="digitised"),
])
def test_procedure_files_after_an_action_keep_the_action_alone(said: str, labels: list) -> None:
    assert _figures(said) == labels


@pytest.mark.parametrize(("said", "labels"), [
    pytest.param("Đoàn đã kiểm tra 40 hồ sơ thủ tục hành chính.", [(40, "Hồ sơ thủ tục hành chính")],
                 id="verb-not-an-action"),
    pytest.param("Xã có 310 hồ sơ thủ tục hành chính.", [(310, "Hồ sơ thủ tục hành chính")], id="no-action"),
    pytest.param("Xã đã tiếp nhận 1.318 hồ sơ trực tuyến.", [(1318, "Hồ sơ trực tuyến tiếp nhận")], id="online-kind"),
    pytest.param("Xã đã giải quyết 1.315 hồ sơ chứng thực.", [(1315, "Hồ sơ chứng thực giải quyết")],
                 id="procedure-kind"),
    pytest.param("Xã đã công khai 297 thủ tục hành chính.", [(297, "Thủ tục hành chính công khai")],
                 id="procedures-not-files"),
])
def test_look_alikes_keep_their_labels(said: str, labels: list) -> None:
    assert _figures(said) == labels
