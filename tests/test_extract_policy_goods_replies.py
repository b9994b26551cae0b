"""Session 36 fresh76 (issue 12): policy goods handed to households, weighed or measured (figure_policy_goods).
Sentences of my own; each first group fails on the base, the look-alikes pass on both."""

from __future__ import annotations

import pytest

from tests.leads import figure_triples

_LEAD = ("Giám sát chính sách hỗ trợ hộ nghèo\n\nNgày 5/3/2024, Đoàn giám sát của HĐND huyện do bà Lê Thị Hạnh, "
         "Phó Chủ tịch HĐND huyện, làm trưởng đoàn đã giám sát tại xã Nậm Cang, huyện Sa Pa, tỉnh Lào Cai.\n\n"
         "Theo báo cáo, ")


def _weights(report: str) -> list[tuple[float | int, str]]:
    return [(value, unit) for value, unit, _ in figure_triples(_LEAD + report) if unit in ("kg", "tấn", "lít", "tạ")]


@pytest.mark.parametrize(("report", "weights"), [
    pytest.param("năm 2023 có 212 hộ được cấp 3.180 kg muối i-ốt.", [(3180, "kg")], id="issued-kilos"),
    pytest.param("Phòng Dân tộc đã phân phối 1,8 tấn muối iốt về các bản.", [(1.8, "tấn")], id="shared-out-tons"),
    pytest.param("các hộ nghèo đã nhận 2.400 kg muối I-ốt.", [(2400, "kg")], id="received"),
    pytest.param("huyện đã cấp cho 95 hộ của xã 1.425 kg muối.", [(1425, "kg")], id="households-between"),
    pytest.param("các bản vùng cao được cấp 640 lít dầu hỏa.", [(640, "lít")], id="kerosene"),
    pytest.param("xã được phân bổ 120 kg thuốc thú y cho các hộ chăn nuôi.", [(120, "kg")], id="vet-drugs"),
])
def test_policy_goods_handed_out_are_counted(report: str, weights: list) -> None:
    assert _weights(report) == weights


@pytest.mark.parametrize("report", [
    pytest.param("diêm dân trong xã sản xuất được 9.000 tấn muối.", id="salt-made"),
    pytest.param("xã cấp giấy chứng nhận cho cơ sở có 300 kg muối tồn kho.", id="stock-of-a-shop"),
    pytest.param("mỗi suất quà gồm 5 kg gạo và 1 kg muối.", id="one-parcel"),
    pytest.param("mỗi hộ được cấp 15 kg muối i-ốt.", id="norm-per-household"),
    pytest.param("các hộ nhận 40 tấn muối/ha để cải tạo đất.", id="per-hectare"),
    pytest.param("cửa hàng bán 2.000 lít dầu hỏa trong tháng.", id="sold"),
])
def test_goods_not_handed_out_stay_out(report: str) -> None:
    assert _weights(report) == []
