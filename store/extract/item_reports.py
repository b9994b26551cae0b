"""A report of results asked for after other tasks: its own item, or the close of one task.

Settled (session 18): "báo cáo kết quả" after "và" is an item of its own when the tasks before it are whole asks,
each with its object ("công khai danh sách hồ sơ quá hạn, xin lỗi người dân ... và báo cáo kết quả khắc phục trước
ngày 30/4", a10; "ban hành kế hoạch khắc phục ...; báo cáo kết quả ... về Sở Nội vụ", t1016): the report has its
own deadline or addressee and is checked on its own. When the task before it ends on a bare verb whose object is
written only after the report ("ban hành Kế hoạch, thực hiện khắc phục và báo cáo kết quả khắc phục những hạn chế,
yếu kém đã được Đoàn kiểm tra chỉ ra", realcheck-s16-items f21_v03; "rà soát, chấn chỉnh và báo cáo kết quả chấn
chỉnh những tồn tại ..."), the object after the report is the whole chain's: one item, since a first half "thực hiện
khắc phục" says nothing of what is to be remedied.
"""

from __future__ import annotations

import re

__all__ = ["report_closes_chain"]

_CHAIN_VERBS = ("khắc phục", "chấn chỉnh", "sửa chữa", "xử lý", "thực hiện", "triển khai", "rà soát", "kiểm tra",
                "hoàn thiện", "bổ sung", "điều chỉnh", "sửa đổi", "giải quyết", "khắc phục ngay")
_ENDS_ON_VERB = re.compile(r"(?:^|[\s,])(" + "|".join(re.escape(v) for v in _CHAIN_VERBS) + r")\s*$", re.IGNORECASE)
_REPORT = re.compile(r"^\s*báo cáo\s+(?:kết quả|tiến độ|việc)\s+(\S+(?:\s+\S+)?)", re.IGNORECASE)


def report_closes_chain(before: str, report: str) -> bool:
    """Whether `report` ("báo cáo kết quả khắc phục những hạn chế ...") closes the task `before` ("thực hiện khắc
    phục"): `before` ends on a bare verb, and the report names the same work before its object."""
    verb = _ENDS_ON_VERB.search(before)
    said = _REPORT.match(report)
    return verb is not None and said is not None and said[1].lower().startswith(verb[1].lower().split()[0])
