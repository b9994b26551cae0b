"""A count's label keeps what was done to it when the words after its unit only say which kind it is.

"đã số hóa 4.120 hồ sơ" is labelled "Hồ sơ số hóa" (`figure_labels._count`: the unit and the verb before it), but
"đã số hóa được 4.120 hồ sơ lưu trữ" was labelled "Hồ sơ lưu trữ": the words after the unit won and the action was
lost, so a table could not tell files digitised from files kept. When those words are a short noun phrase naming the
kind ("lưu trữ", "hộ tịch", "định danh", "lái xe", "cấp xã") and not a state or a manner of their own, the label is
the unit, its kind and the verb, joined as a bare unit and its verb are ("Hồ sơ lưu trữ số hóa", "Tài khoản định
danh kích hoạt"; people "được": "Cán bộ cấp xã được tập huấn"). Words that already say how or when ("trực tuyến",
"đúng hạn", "qua mạng", "năm 2025"), a verb of their own ("hồ sơ đề nghị cấp giấy phép") or more than three words
keep the label as it was.
"""

from __future__ import annotations

import re

__all__ = ["kind_after_action"]

_STATE = re.compile(r"^(?:trực tuyến|trực tiếp|qua|đúng|trước|quá|trễ|chậm|trong|còn|đã|đang|chưa|sẽ|mức|toàn trình|"
                    r"một phần|bị|được|tồn|tại|thuộc|theo|trên|dưới|năm|tháng|quý|đợt|lần|kỳ|liên quan|đạt|"
                    r"chiếm|tăng|giảm|hiện|từ|đến|cho|của|với|về|và|hoặc|là|có|không|các|những|này|đó|khác|"
                    r"mỗi|bình quân|thủ tục hành chính|TTHC|DVC|dịch vụ công trực tuyến)(?![\wÀ-ỹ])", re.IGNORECASE)
"""Words after the unit that say how, when, where or whose, or the kind every file of the report is ("hồ sơ thủ tục
hành chính"), or a rate ("hồ sơ mỗi tháng"): no kind that the action would be lost behind."""
_ACTION = re.compile(r"^(?:đang\s+)?(?:số hóa|số hoá|cấp(?:\s+(?:mới|đổi|lại|phát))?|kích hoạt|tiếp nhận|giải quyết|"
                     r"trả kết quả|thu hồi|cập nhật|tạo lập|đăng ký|xác thực|chứng thực|tích hợp|lắp đặt|tập huấn|"
                     r"đào tạo|bồi dưỡng|niêm yết|công khai|thành lập)(?![\wÀ-ỹ])", re.IGNORECASE)
"""The actions a record, an account, a paper, a device or a trainee is counted by: made, issued, taken in, settled,
trained. Other verbs before a count ("kiểm tra", "huy động", "kết nạp", "bố trí", "hỗ trợ") often tell the count's
context rather than what it is, and its kind said after it already reads well alone ("Đảng viên mới")."""
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_LEVEL = re.compile(r"\bcấp\s+(?:xã|huyện|tỉnh|cơ sở|thôn|trung ương)\b", re.IGNORECASE)
"""A level ("cán bộ cấp xã") is a kind, its "cấp" no verb, after the unit or before it ("gồm 30 thủ tục cấp huyện và
15 thủ tục cấp xã": the second's "predicate" is the first's level)."""


def kind_after_action(after: str, predicate: str, written: str, verb: re.Pattern[str]) -> bool:
    """Whether the label of a count whose unit `written` is followed by `after` should keep the action `predicate`
    done to it (module docstring); `verb` is the label words' pattern of a verb (`figure_label_words._VERB`)."""
    if not predicate or not after or predicate.lower().startswith(written.lower()) or not _ACTION.match(predicate):
        return False
    if _LEVEL.match(predicate) or _STATE.match(after) or verb.search(_LEVEL.sub(" ", after)):
        return False
    words = after.split()
    if len(words) > 3 or not all(_WORD.fullmatch(w) for w in words):
        return False
    return len(f"{written} {after} {predicate}".split()) <= 10 and predicate.lower() not in after.lower()
