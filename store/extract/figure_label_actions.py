"""A count's label keeps what was done to it when the words after its unit only say which kind it is, or how timely.

"đã số hóa 4.120 hồ sơ" is labelled "Hồ sơ số hóa" (`figure_labels._count`: the unit and the verb before it), but
"đã số hóa được 4.120 hồ sơ lưu trữ" was labelled "Hồ sơ lưu trữ": the words after the unit won and the action was
lost, so a table could not tell files digitised from files kept. When those words are a noun phrase naming the kind
("lưu trữ", "hộ tịch", "định danh", "lái xe", "cấp xã"; up to six plain words, "hộ tịch khai sinh cũ", "bảo hiểm y
tế hộ nghèo") and not a state or a manner of their own, the label is the unit, its kind and the verb, joined as a
bare unit and its verb are ("Hồ sơ lưu trữ số hóa", "Tài khoản định danh kích hoạt"; people "được": "Cán bộ cấp xã
được tập huấn"). Two manners are kinds too (session 35): files "trực tuyến" ("toàn trình", "một phần") are the
online kind the house already labels "Hồ sơ trực tuyến được tiếp nhận", so "tiếp nhận 1.318 hồ sơ trực tuyến" is
"Hồ sơ trực tuyến tiếp nhận", not "Hồ sơ trực tuyến" (files received and files settled online looked alike); and a
timeliness after a settling verb ("giải quyết 845 hồ sơ đúng hạn", "trả kết quả 19 hồ sơ quá hạn") reads as the
verb put first already does, "Hồ sơ giải quyết đúng hạn". A second verb run on after "và" ("giải quyết 1.102 hồ sơ
trực tuyến và cấp mới ...") is the next count's, not the kind. Words that say when, where, whose or for whom
("năm 2025", "của người dân", "cho trẻ em", "tại thôn"), a verb of their own ("hồ sơ đề nghị cấp giấy phép"), a
digit or a name, or more than six words keep the label as it was; so does a body set up with a name of more than
three words ("thành lập 18 tổ công nghệ số cộng đồng": "Tổ công nghệ số cộng đồng", the team's kind by its name).
Files "thủ tục hành chính" ("TTHC") are the kind every file of such a report is, no kind of their own: after an action
the label is the action alone, as for bare files ("tiếp nhận 4.210 hồ sơ thủ tục hành chính": "Hồ sơ tiếp nhận", not
"Hồ sơ thủ tục hành chính", which hid whether the files were received or settled; session 37).
"""

from __future__ import annotations

import re

__all__ = ["FILE_PROCEDURES", "action_kept", "kind_after_action"]

_STATE = re.compile(r"^(?:trực tuyến|trực tiếp|qua|đúng|trước|quá|trễ|chậm|trong|còn|đã|đang|chưa|sẽ|mức|toàn trình|"
                    r"một phần|bị|được|tồn|tại|thuộc|theo|trên|dưới|năm|tháng|quý|đợt|lần|kỳ|liên quan|đạt|"
                    r"chiếm|tăng|giảm|hiện|từ|đến|cho|của|với|về|và|hoặc|là|có|không|các|những|này|đó|khác|"
                    r"mỗi|bình quân|thủ tục hành chính|TTHC|DVC|dịch vụ công trực tuyến)(?![\wÀ-ỹ])", re.IGNORECASE)
"""Words after the unit that say how, when, where or whose, or the kind every file of the report is ("hồ sơ thủ tục
hành chính": `_EVERY_FILE`), or a rate ("hồ sơ mỗi tháng"): no kind that the action would be lost behind."""
_EVERY_FILE = re.compile(r"^(?:thủ tục hành chính|TTHC)$", re.IGNORECASE)
"""The kind of every file a one-stop desk handles: after an action it is dropped, the action stays (see above)."""
_LINK = re.compile(r"(?<![\wÀ-ỹ])(?:cho|của|tại|ở|về|với|và|hoặc|từ|đến|trên|dưới|theo|trong|ngoài|được|bị|đã|đang|"
                   r"chưa|sẽ|là|có|không|để|nhằm|qua|thuộc|năm|tháng|quý|mỗi|các|những|này|đó|khi|nay|đúng|quá|"
                   r"trước|sau|trực tuyến|trực tiếp)(?![\wÀ-ỹ])", re.IGNORECASE)
"""Inside a longer kind, a word that ties it to a place, an owner, a time or a manner: the words are then no kind."""
_ACTION = re.compile(r"^(?:đang\s+)?(?:số hóa|số hoá|cấp(?:\s+(?:mới|đổi|lại|phát))?|kích hoạt|tiếp nhận|thu nhận|"
                     r"giải quyết|trả kết quả|thu hồi|cập nhật|tạo lập|đăng ký|xác thực|chứng thực|tích hợp|lắp đặt|"
                     r"tập huấn|đào tạo|bồi dưỡng|niêm yết|công khai|thành lập|làm sạch|mở(?:\s+mới)?)(?![\wÀ-ỹ])",
                     re.IGNORECASE)
"""The actions a record, an account, a paper, a device or a trainee is counted by: made, issued, taken in, settled,
trained. Other verbs before a count ("kiểm tra", "huy động", "kết nạp", "bố trí", "hỗ trợ") often tell the count's
context rather than what it is, and its kind said after it already reads well alone ("Đảng viên mới")."""
_SET_UP = re.compile(r"^thành lập$", re.IGNORECASE)
_OPENED = re.compile(r"^mở(?:\s+mới)?$", re.IGNORECASE)
_OPENED_THINGS = re.compile(r"^(?:tài khoản|thẻ|sổ|ví điện tử)$", re.IGNORECASE)
"""Opening is a record's action for accounts, cards and books only (session 36): a class, a point or a drive opened
("mở 3 lớp sơ cấp nghề may", "mở 2 điểm giới thiệu sản phẩm") goes by its own name, as before."""
FILE_PROCEDURES = r"(?:chứng thực|đăng ký|cấp đổi|cấp lại|cấp mới|trợ cấp)(?![\wÀ-ỹ])"
"""The procedures a file is for, opening its kind ("hồ sơ chứng thực", "hồ sơ đăng ký kinh doanh")."""
_KIND_VERBS = {"hồ sơ": re.compile("^" + FILE_PROCEDURES, re.IGNORECASE),
               "tài khoản": re.compile(r"^thanh toán(?![\wÀ-ỹ])", re.IGNORECASE)}
"""Verb words that open a kind (session 36): the procedure a file is for ("hồ sơ chứng thực", "hồ sơ đăng ký kinh
doanh", "hồ sơ cấp đổi giấy phép lái xe", "hồ sơ trợ cấp"), a payment account ("tài khoản thanh toán"). They are part of
the kind, no second verb: the action is the verb before the count ("giải quyết 1.315 hồ sơ chứng thực": "Hồ sơ chứng
thực giải quyết"). Closed lists, by unit."""
_ONLINE = re.compile(r"^trực tuyến(?:\s+(?:toàn trình|một phần))?$", re.IGNORECASE)
"""The online kind of a file, whatever was done to it."""
_TIMELY = re.compile(r"^(?:đúng hạn|đúng hẹn|trước hạn|trong hạn|quá hạn|trễ hạn|trễ hẹn|chậm|chậm trễ)$",
                     re.IGNORECASE)
_SETTLED = re.compile(r"^(?:giải quyết|trả kết quả|xử lý)$", re.IGNORECASE)
"""How timely files were settled: said after the settling verb, as "giải quyết đúng hạn 1.180 hồ sơ" reads."""
_FOR_WHOM = re.compile(r"\s+(?:cho|của)\s+(?:các\s+|những\s+)?(?:người dân|nhân dân|công dân|hộ nghèo|hộ cận nghèo|"
                       r"hộ mới thoát nghèo|hộ gia đình|hộ dân|trẻ em|học sinh|người cao tuổi|người có công|"
                       r"người khuyết tật|người lao động|gia đình chính sách|đối tượng bảo trợ xã hội)$", re.IGNORECASE)
"""Whom a record was made for, ending the words after its unit ("thẻ bảo hiểm y tế cho hộ nghèo", "hồ sơ đất đai của
người dân"): a beneficiary, no kind; the kind before it keeps the action (session 35, figures17). A closed list of
people, so a named owner ("của Công ty ...") or a place is not taken."""
_NEXT_VERB = re.compile(r"\s+và\s+(?:đã\s+)?(?=\S)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_LEVEL = re.compile(r"\bcấp\s+(?:xã|huyện|tỉnh|cơ sở|thôn|trung ương)\b", re.IGNORECASE)
"""A level ("cán bộ cấp xã") is a kind, its "cấp" no verb, after the unit or before it ("gồm 30 thủ tục cấp huyện và
15 thủ tục cấp xã": the second's "predicate" is the first's level)."""


def _own(after: str, verb: re.Pattern[str]) -> str:
    """`after` without a second verb's clause run on after "và" ("trực tuyến và cấp mới"): the next count's."""
    joined = _NEXT_VERB.search(after)
    if joined and (_ACTION.match(after[joined.end():]) or verb.match(after[joined.end():])):
        return after[:joined.start()]
    return after


def _without_procedure(after: str, written: str) -> str:
    """`after` with a verb word opening the kind taken off (`_KIND_VERBS`), for the check that no verb follows."""
    opening = _KIND_VERBS[written.lower()].match(after) if written.lower() in _KIND_VERBS else None
    return after[opening.end():] if opening else after


def kind_after_action(after: str, predicate: str, written: str, verb: re.Pattern[str]) -> bool:
    """Whether the label of a count whose unit `written` is followed by `after` should keep the action `predicate`
    done to it (module docstring); `verb` is the label words' pattern of a verb (`figure_label_words._VERB`)."""
    if not predicate or not after or predicate.lower().startswith(written.lower()) or not _ACTION.match(predicate):
        return False
    if _OPENED.match(predicate) and not _OPENED_THINGS.match(written):
        return False
    if _LEVEL.match(predicate) or verb.search(_LEVEL.sub(" ", _without_procedure(after, written))):
        return False
    if _ONLINE.match(after):
        return True
    words = after.split()
    if _STATE.match(after) or len(words) > 6 or not all(_WORD.fullmatch(w) and w.islower() for w in words):
        return False
    if len(words) > 3 and (_LINK.search(after) or _SET_UP.match(predicate)):
        return False  # "thành lập 18 tổ công nghệ số cộng đồng": a body set up goes by its long name
    return len(f"{written} {after} {predicate}".split()) <= 10 and predicate.lower() not in after.lower()


def action_kept(after: str, predicate: str, written: str, verb: re.Pattern[str]) -> tuple[str, str] | None:
    """The head to join with `predicate` and the words to put after the join, when the count's label keeps its
    action (module docstring): ("Hồ sơ trực tuyến", "") for "Hồ sơ trực tuyến tiếp nhận", ("Hồ sơ", " đúng hạn") for
    "Hồ sơ giải quyết đúng hạn"; None when the label stays the unit and the words after it."""
    own = _own(after, verb)
    if predicate and _ACTION.match(predicate) and (whom := _FOR_WHOM.search(own)) and whom.start() > 0:
        own = own[:whom.start()]  # "cấp 312 thẻ bảo hiểm y tế cho hộ nghèo": "Thẻ bảo hiểm y tế cấp"
    if predicate and _TIMELY.match(own) and _SETTLED.match(predicate):
        return written, f" {own}"
    if predicate and _EVERY_FILE.match(own) and _ACTION.match(predicate) and written.lower().endswith("hồ sơ"):
        return written, ""  # "tiếp nhận 4.210 hồ sơ thủ tục hành chính": "Hồ sơ tiếp nhận"
    if kind_after_action(own, predicate, written, verb):
        return f"{written} {own}", ""
    return None
