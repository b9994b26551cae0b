"""Records written for tests, valid unless a test changes them."""

from __future__ import annotations

import copy
from typing import Any


def make_record(**changes: Any) -> dict[str, Any]:
    """A small valid record written for tests; keyword arguments replace top-level fields."""
    record: dict[str, Any] = {
        "schema_version": 1,
        "id": "2025-10-02-hdnd-test-tan-dinh",
        "date": "2025-10-02",
        "kind": "giám sát",
        "body": "HĐND phường Tân Định",
        "leader": {"name": "Trần Thị Thử", "title": "Chủ tịch HĐND phường"},
        "localities": [{
            "name": "phường Tân Định", "level": "phường",
            "province": {"name": "Thành phố Hồ Chí Minh", "code": 79},
            "ward": {"name": "Phường Tân Định", "code": 26737},
        }],
        "topics": ["cchc", "dich-vu-cong-truc-tuyen"],
        "summary": "Đoàn xem xét việc tiếp nhận hồ sơ trực tuyến tại phường.",
        "figures": [
            {"label": "Hồ sơ tiếp nhận", "metric": "ho-so-tiep-nhan", "value": 1200, "unit": "hồ sơ",
             "period": {"from": "2025-07-01", "to": "2025-09-30"}, "locality": "phường Tân Định"},
            {"label": "Tỷ lệ đúng hạn", "value": 98.5, "unit": "%"},
        ],
        "recommendations": [{"text": "Bổ sung máy quét hồ sơ.", "by": "UBND phường Tân Định", "to": "thành phố"}],
        "directions": [{"text": "Rút ngắn thời gian trả kết quả.", "by": "Trần Thị Thử"}],
    }
    record.update(copy.deepcopy(changes))
    return record
