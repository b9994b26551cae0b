"""What a figure's label says: a short noun phrase of what is counted, as a reader would write it in a table.

`figures._label` reads the words around a number for the rules (metrics, wholes, restated results read its words);
the label a reader sees is made here, once every rule has run, from the same sentence:

- money: the noun the amount is of, with its purpose ("kinh phí đầu tư trang thiết bị là 1,2 tỷ đồng" → "Kinh phí
  đầu tư trang thiết bị"; "cấp quà cho 146 đối tượng với số tiền 43,8 triệu" → "Số tiền cấp quà"), else the verb
  that spends or takes it and what for ("đã chi 3,5 tỷ đồng nâng cấp hạ tầng mạng" → "Chi nâng cấp hạ tầng mạng");
  an amount per head keeps what it is per in brackets ("Mức hỗ trợ (đồng/hộ)");
- a count: the unit as written and the phrase after it up to a clause boundary when it qualifies it ("12 hộ bị ảnh
  hưởng" → "Hộ bị ảnh hưởng"), else the verb before it ("đã tiếp nhận 842 hồ sơ" → "Hồ sơ tiếp nhận"; "tập huấn cho
  210 người" → "Người được tập huấn"), else the subject it is the number of ("số hộ nghèo là 12 hộ" → "Hộ nghèo");
  a measure ("ha", "km") or a classifier ("con") names the thing measured, not itself ("Lúa bị ảnh hưởng");
- a share: `figures._label`'s "Tỷ lệ ..." with its dangling words cut, or the share of the count before it.

Never the unit twice, never a phrase cut on a function word, at most 10 words; the bound ("hơn", "gần") goes in
brackets after the label as before ("Hồ sơ tiếp nhận (hơn)"), never also inside it. `degenerate` says what a bad
label looks like (scripts/score_labels.py counts them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .figure_rates import rate_of

if TYPE_CHECKING:
    from .figures import FigureDraft

__all__ = ["degenerate", "readable_labels"]

_BRACKET_END = re.compile(r"\s*\([^()]*\)\s*$")
_GENERIC = {"tỷ lệ", "tỉ lệ", "đồng", "số tiền", "tổng số tiền", "kinh phí", "tổng kinh phí", "trị giá", "mức"}
"""Labels that say no more than the unit does: "Tỷ lệ" of a share, "Số tiền" of money."""
_BOUNDS = r"hơn|trên|gần|khoảng|xấp xỉ|gần như|ít nhất|tối thiểu|dưới|chưa đến|chưa tới"

_BREAK = re.compile(r"[,;:()]|\s[-–]\s|\.\.\.|…|[.!?](?=\s|$)")
_SOFT_OPEN = re.compile(r"^(?:(?:trong đó|trong số đó|trong số này|riêng|và|còn|với|đồng thời|cụ thể|gồm|"
                        r"bao gồm|nhưng|song|tuy nhiên|theo báo cáo|qua kiểm tra|kết quả)(?:\s+|$))+", re.IGNORECASE)
_ADVERBS = {"đã", "đang", "vừa", "mới", "cũng", "vẫn", "đều", "còn", "hiện", "tiếp tục", "chỉ", "hiện đang",
            "đã được", "được", "bị"}
_VERBS = sorted("""tiếp nhận|thu nhận|nhận|giải quyết|trả kết quả|trả|cấp đổi|cấp mới|cấp phát|cấp|công khai|niêm yết|
số hóa|số hoá|kích hoạt|thành lập|lập|vận hành|bố trí|triển khai|cung cấp|thu thập|nộp|xử lý|xử phạt|hỗ trợ|hướng dẫn|
tổ chức|đào tạo|tập huấn|tiếp|chi trả|chi|thu hồi|thu|giải ngân|đầu tư|tiết kiệm|đóng góp|ủng hộ|trao tặng|trao|tặng|
huy động|vận động|phân bổ|cho vay|bồi thường|ảnh hưởng|làm ngập|làm hư hỏng|làm hư|làm sập|cuốn trôi|di dời|sơ tán|
bàn giao|hòa giải|hoà giải|chứng thực|đăng ký|khám bệnh|khám|tiêm phòng|tiêm|quản lý|kiểm tra|giám sát|rà soát|
phát hiện|tạm giữ|ban hành|kết nạp|lắp đặt|lắp mới|lắp|xây mới|xây dựng|xây|sửa chữa|làm mới|cứng hóa|bê tông hóa|
nâng cấp|trồng mới|trồng|in|phát hành|treo|đăng tải|phát sóng|phát|điều động|đón|thụ lý|thi hành|hoàn thành|khởi công|
cắt giảm|giảm|tăng|vắng|ghi nhận|cho biết|báo cáo|kết luận|đánh giá|cho thấy|nhận thấy|đề xuất|đề nghị|chuyển|thực hiện|tham mưu|mua sắm|mua|trang bị|khen thưởng|tuyển dụng|
giới thiệu|giúp|công nhận|trợ cấp|duy trì|sử dụng|dùng|cài đặt|thanh toán|đưa vào|tiêu hủy|ngập|sập|hư hỏng|thiệt hại|
cấp giấy|trước và đúng hạn|đúng và trước hạn|đúng hạn|trước hạn|quá hạn|trễ hạn|chậm hạn|đúng hẹn|
trễ hẹn|trong hạn|chưa giải quyết|hoàn thiện|chấm|góp|nợ""".replace("\n", "").split("|"), key=len, reverse=True)
_VERB = re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(re.escape(v) for v in _VERBS) + r")(?![\wÀ-ỹ])")
"""A verb as written inside a clause, lower case: "Ban Giám sát" is a name (a clause's first word is lowered first)."""
_AFTER_ADVERB = re.compile(r"(?<![\wÀ-ỹ])(?:đã|đang|vừa|mới|cũng|vẫn|đều|được|bị|tiếp tục)\s+(?=(?:"
                           + "|".join(re.escape(v) for v in _VERBS) + r")(?![\wÀ-ỹ]))")
_ADVERSE = re.compile(r"^(?:làm\s+)?(ảnh hưởng|ngập|hư hỏng|hư|sập|cuốn trôi|tạm giữ|xử phạt|tiêu hủy|thiệt hại)\b",
                      re.IGNORECASE)
"""Verbs whose object suffers: the count is of those who "bị" it ("Hộ bị ảnh hưởng", "Trường hợp bị xử phạt")."""
_MONEY_NOUN = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?:thu|chi|nợ|nộp|đóng)\s+)?(?:tổng\s+)?(?:kinh phí|số tiền(?: nợ)?|trị giá|giá trị|"
    r"vốn(?: đầu tư)?|nguồn vốn|dư nợ|thu nhập(?: bình quân(?: đầu người)?)?|ngân sách|lệ phí|phí|tiền|"
    r"mức(?: hỗ trợ| trợ cấp| chi)?|diện tích|trọng lượng|sản lượng|doanh thu)(?![\wÀ-ỹ])", re.IGNORECASE)
"""What an amount (or a measure) is of, named before it: "tổng kinh phí", "số tiền", "thu ngân sách", "diện tích"."""
_BARE_NOUN = re.compile(r"^(?:tổng\s+)?(?:kinh phí|số tiền|trị giá|giá trị|mức|diện tích)$", re.IGNORECASE)
_PLACE = (r"(?i:(?:hai|ba|bốn|năm)\s+)?(?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|địa phương|thôn|ấp|bản|"
          r"khu phố|tổ dân phố|nơi|đơn vị)"
          r"(?:\s+[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*)*")
_OF_PLACE = re.compile(r"\s+(?i:của|tại|ở|trên địa bàn)\s+(?i:các\s+|toàn\s+)?" + _PLACE + r"(?=\s|$)|"
                       r"\s+(?i:trên địa bàn)(?=\s|$)")
_TIME = re.compile(r"\s+(?:(?:trong\s+|của\s+)?(?:năm|quý|tháng)\s+(?:nay|qua|này|trước|\d[\d/]*|[IV]+\b)|"
                   r"giai đoạn\s+(?:này|\d[\d\s–-]*)|năm học\s+\S+|đợt này|năm nay|"
                   r"\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|từ đầu năm(?: đến nay)?|đến nay|hiện nay|hiện)\b.*$",
                   re.IGNORECASE)
_CUT_AFTER = re.compile(r"(?<!chưa)\s(?i:so với|sau|trong(?= (?:năm|quý|tháng|tuần|ngày|đợt|thời gian|giai đoạn|hai|ba|"
                        r"\d|cùng kỳ|kỳ))|từ|kể từ|đến|vào|theo|nhưng|thì|là|chiếm|đều|vẫn|"
                        r"trên tổng số|với tỷ lệ|nâng tổng|tăng|giảm|để|nhằm|mà)\s|\s(?:và|hoặc)\s+(?=[A-ZĐ\d])|"
                        r"(?<!mức)(?<!độ)(?<!cấp)\s(?=\d)")
_DANGLING = re.compile(r"(?:\s+(?:và|với|của|cho|tại|trên|từ|đến|gần|hơn|khoảng|là|được|đã|đang|các|"
                       r"những|mà|nhưng|hoặc|theo|để|trong|sau|vào|so|đạt|tổng cộng|khi))+$", re.IGNORECASE)
"""Words a phrase cannot end on. Syllables that end compounds ("thiết bị", "mặt bằng", "nhà ở", "chuyển đổi số",
"kết nạp thêm") are not among them."""
_MEASURES = {"ha", "m2", "m²", "m3", "m³", "km", "m", "mét", "tấn", "kg", "lít", "mét khối", "con"}
"""Units that measure or classify something else: the label names the thing ("Lúa bị ảnh hưởng", "Gia cầm")."""
_ANIMATE = {"người", "hộ", "đối tượng", "lao động", "học sinh", "cán bộ", "công chức", "trẻ", "cháu", "thí sinh",
            "hội viên", "đảng viên", "cử tri", "gia đình", "em", "người dân", "giáo viên"}
"""Counts of people: "được" says they received ("Người được tập huấn"); a file "giải quyết" needs no "được"."""


def readable_labels(drafts: list[FigureDraft]) -> None:
    """Give each draft the label a reader sees (module docstring), in place; nothing else of a figure changes."""
    previous: dict[int, tuple[str, str]] = {}  # id(sentence) → (raw, readable) label of the last count there
    for draft in drafts:
        figure = draft.figure
        raw = _core(figure["label"], draft.qualifier)
        unit = figure["unit"]
        text = draft.sentence.text
        if unit == "%":
            label = _share(raw, previous.get(id(draft.sentence)), text, draft.start)
        elif unit == "đồng":
            rate = rate_of(text, draft.start, draft.end)
            label = _money(text, draft.start, draft.end, rate)
            label = f"{label} ({rate})" if rate else label
        else:
            label = _count(text, draft.start, draft.end, unit) or raw
            previous[id(draft.sentence)] = (raw, label)
        label = _tidy(label, draft.qualifier)
        figure["label"] = f"{label} ({draft.qualifier})" if draft.qualifier else label


def _core(label: str, qualifier: str | None) -> str:
    return label[:-len(qualifier) - 3] if qualifier and label.endswith(f" ({qualifier})") else label


def _tidy(label: str, qualifier: str | None) -> str:
    label = " ".join(label.split()).strip(" ,;:")
    bracket = re.search(r"\s*\([^()]*\)$", label)
    tail = bracket[0] if bracket else ""
    body = label[:len(label) - len(tail)] if tail else label
    if qualifier:
        body = re.sub(rf"\s+{re.escape(qualifier)}$", "", body, flags=re.IGNORECASE)
    body = _shorter(body)
    return (body[:1].upper() + body[1:] + tail).strip()


# -- a count -------------------------------------------------------------------------------------------------------


def _count(text: str, start: int, end: int, unit: str) -> str:
    written = _written_unit(text[start:end], unit)
    rest = text[end:]
    if written is None:  # a bare part ("22/22" before "xã, thị trấn"): the unit comes after the span
        written = unit
        rest = re.sub(r"^\s*" + re.escape(unit) + r"(?![\wÀ-ỹ])", "", rest, flags=re.IGNORECASE)
    classifier = re.match(r"(?i:con|cuốn|quyển|chiếc|cái)\s+(?=\S)", written)
    if classifier:  # "con gia cầm", "cuốn sách": the thing, not its classifier
        written = written[classifier.end():]
    measure = not classifier and (unit.lower() in _MEASURES or written.lower() in _MEASURES)
    after = _phrase_after(rest, unit)
    predicate, passive = _predicate(text, start)
    if measure:
        if after:
            return _join(after, predicate, False)
        return _noun_before(text, start) or _named_before(text, start) or _join(written, predicate, False)
    if after:
        return f"{written} {after}"
    if re.search(r"\slà\s*(?:" + _BOUNDS + r")?\s*$", text[max(0, start - 12):start]) or \
            re.search(r"(?:^|\s)số\s[^,;:]*\s(?:lên|là)\s*$", text[max(0, start - 80):start]):
        named = _named_before(text, start, unit)  # "hồ sơ kỳ trước chuyển sang là 405 bộ"
        if named:
            return named if named.lower().startswith(written.lower()) else f"{written} {named}"
    if predicate and not predicate.lower().startswith(written.lower()):
        return _join(written, predicate, passive or written.lower().split(" ")[0] in _ANIMATE or
                     written.lower() in _ANIMATE)
    named = _named_before(text, start, unit) or _item_before(text, start)
    if named:
        return named if named.lower().startswith(written.lower()) else f"{written} {named}"
    return written


def _item_before(text: str, start: int) -> str:
    """A list item's name right before its number, with no verb ("hộ cận nghèo 52", "trong đó: người cao tuổi
    360.000 đồng/tháng"): the name is the label."""
    clause = _clause_before(text, start)
    if not clause or _VERB.search(clause) or re.search(r"\d", clause) or len(clause.split()) > 5 or \
            not clause[:1].islower() or _DANGLING.search(" " + clause) or _MONEY_NOUN.search(clause) or \
            re.search(r"(?<![\wÀ-ỹ])(?:có|là|gồm|đạt|được|bị|hiện|toàn|cả)(?![\wÀ-ỹ])", clause) or \
            re.match(_PLACE, clause):
        return ""
    return clause


_NO_VOICE = re.compile(r"^(?:vắng|có|đón|đúng|trước|quá|trễ|chậm|trong hạn|tồn|chưa|tăng|giảm)", re.IGNORECASE)
_REPORTING = re.compile(r"^(?:ghi nhận|cho biết|báo cáo|kết luận|đánh giá|cho thấy|nhận thấy)\b")
"""Verbs that tell, not do ("Đoàn ghi nhận 1.250 ha lúa bị ảnh hưởng"): no predicate of the count."""
"""Predicates the count is the subject of, or a state ("vắng 3 người", "đúng hạn 45 hồ sơ"): no "được"."""


def _join(head: str, predicate: str, passive: bool) -> str:
    if not predicate:
        return head
    given = re.match(r"^(.+?)\s+cho\s+(.+)$", predicate)
    if given and given[2].lower().startswith(head.lower()):  # "chi cho hộ nghèo 36 hộ" → "Hộ nghèo được chi"
        return f"{given[2]} được {given[1]}"
    adverse = _ADVERSE.match(predicate)
    if adverse:
        return f"{head} bị " + re.sub(r"^làm\s+", "", predicate)
    if passive and not _NO_VOICE.match(predicate):
        return f"{head} được {predicate}"
    return f"{head} {predicate}"


def _written_unit(span: str, unit: str) -> str | None:
    """The unit as the span writes it ("hộ dân", "căn nhà", "CB,CC,VC"), None when the span is a bare number."""
    written = re.sub(r"^[\d.,/\s]+(?:trên\s+tổng\s+số\s+[\d.,]+\s*)?", "", span) if span[:1].isdigit() else \
        re.sub(r"^\S+\s+", "", span)
    written = re.sub(r"^(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:\s+|$)", "", written, flags=re.IGNORECASE).strip()
    if not written or written[:1].isdigit():
        return None
    return written


def _phrase_after(rest: str, unit: str) -> str:
    """What the words after the count say of it, up to a clause boundary; "" when they start an adjunct."""
    broken = _BREAK.search(rest)
    after = rest[:broken.start()] if broken else rest
    after = _OF_PLACE.sub("", " " + after)
    cut = _CUT_AFTER.search(after)
    after = after[:cut.start()] if cut else after
    after = re.sub(r"^\s*ở\s+(?=tiêu chí|chỉ số|lĩnh vực)", "", after).strip()  # "19,56/20 điểm ở tiêu chí ..."
    if re.match(r"^(?:/|cho\b|với\b|của\b|tại\b|ở\b|và\b|trên\b|từ\b|gồm\b|so\b)", after, re.IGNORECASE):
        return ""
    after = re.sub(r"^(?:(?:đã|đều|cũng|vẫn|hiện|đang được)\s+)+", "", after, flags=re.IGNORECASE)
    if unit.lower() not in _ANIMATE:
        after = re.sub(r"^(?:đã\s+)?được\s+(?=\S)", "", after, flags=re.IGNORECASE)
    return _short(after, max(3, 10 - len(unit.split())))


_ADJUNCT = re.compile(r"\s(?:do|cho|tại|ở|với|để|nhằm|của|trong|theo|khi|trên)\s")


def _shorter(label: str) -> str:
    """A label of more than 10 words without its empty words ("được", "đã"), then cut before an adjunct ("do",
    "cho", "tại"), and only then after its tenth word."""
    if len(label.split()) <= 10:
        return label
    label = re.sub(r"\s(?:được|đã|đều|các|những)(?=\s)", "", label)
    if len(label.split()) <= 10:
        return label
    cut = _ADJUNCT.search(label, len(" ".join(label.split()[:3])))
    if cut and len(label[:cut.start()].split()) <= 10:
        return label[:cut.start()]
    if len(label.split()) <= 12:
        return label  # a word or two over rather than a phrase cut in two
    return _DANGLING.sub("", " " + " ".join(label.split()[:10])).strip()


def _short(phrase: str, most: int) -> str:
    """`phrase` without dangling words, cut before an adjunct ("cho", "tại", "để") when longer than `most` words."""
    phrase = _DANGLING.sub("", " " + " ".join(phrase.split())).strip()
    phrase = re.sub(r"(?<!nhà)\s+ở$", "", phrase)
    if len(phrase.split()) > most:
        cut = re.search(r"\s(?:do|cho|tại|ở|với|để|nhằm|và|của|trong|theo)(?:\s|$)",
                        phrase[len(" ".join(phrase.split()[:2])):])
        if cut:
            phrase = phrase[:len(" ".join(phrase.split()[:2])) + cut.start()]
        if len(phrase.split()) > most + 1:
            phrase = _DANGLING.sub("", " " + " ".join(phrase.split()[:most])).strip()
    return phrase


def _clause_before(text: str, start: int) -> str:
    before = text[:start]
    if before.count("(") <= before.count(")"):
        before = re.sub(r"\([^()]*\)", " ", before)  # a bracket closed before the number is an aside
    breaks = list(_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    clause = _SOFT_OPEN.sub("", clause.strip())
    return clause[:1].lower() + clause[1:] if clause[1:2].islower() else clause


_PEOPLE_SUBJECT = re.compile(r"(?:^|\s)((?:các\s+)?(?:người dân|nhân dân|doanh nghiệp|nhà hảo tâm|người lao động|"
                             r"hội viên|phụ huynh|con em|bà con)(?:\s+\S+){0,2}?)\s+(?:đã\s+|cũng\s+)?$", re.IGNORECASE)
"""Givers a sum is told of ("người dân đóng góp gần 800 triệu đồng"): kept before the verb, unlike a place."""


def _predicate(text: str, start: int) -> tuple[str, bool]:
    """The verb phrase right before the number ("đã tiếp nhận" → "tiếp nhận") and whether it ended in "cho" (the
    count received it: "tập huấn cho 210 người"); ("", False) when the clause before names no verb."""
    clause = _clause_before(text, start)
    digits = list(re.finditer(r"\d[\d.,/]*", clause))
    if digits:
        clause = clause[digits[-1].end():]
        clause = re.sub(r"^\s*\S+", "", clause) if not _VERB.match(clause.strip()) else clause
    clause = re.sub(rf"(?:^|(?<!cấp)\s)(?:{_BOUNDS})\s*$", "", clause.strip(), flags=re.IGNORECASE)
    if re.search(r"(?:^|\s)(?:của|với|là)$", clause):
        return "", False  # "quản lý hồ sơ của 97 liệt sỹ", "12 tổ chức cơ sở đảng với 1.127 đảng viên"
    clause = re.sub(r"\s*(?:có|gồm|đạt|lên|tới|tổng cộng|cộng)\s*$", "", clause, flags=re.IGNORECASE)
    clause = re.split(r"\s(?:và|rồi)\s(?=(?:đã\s+)?(?:" + "|".join(re.escape(v) for v in _VERBS) + r")\b)",
                      clause)[-1]  # "lập 52 biên bản và xử phạt": the last of two predicates
    adverb = list(_AFTER_ADVERB.finditer(clause))
    at = adverb[-1].end() if adverb else None
    if at is None:
        verb = _VERB.search(clause)
        while verb is not None and _REPORTING.match(clause[verb.start():]):  # "Đoàn ghi nhận xã tiếp nhận"
            verb = _VERB.search(clause, verb.end())
        if verb is None:
            return "", False
        at = verb.start()
    elif clause[adverb[-1].start():adverb[-1].end()].startswith("đang"):
        at = adverb[-1].start()  # "đang xử lý 37 hồ sơ": still under way
    phrase = clause[at:].strip()
    if _REPORTING.match(phrase):
        return "", False
    giver = _PEOPLE_SUBJECT.search(clause[:at])
    passive = bool(re.search(r"\scho$", " " + phrase, re.IGNORECASE))
    if passive:  # "tổ chức lễ trao Bằng khen cho 25 tập thể": what they received is the last verb's
        last = list(_VERB.finditer(phrase))
        if len(last) > 1 and not _REPORTING.match(phrase[last[-1].start():]):
            phrase = phrase[last[-1].start():]
    phrase = re.sub(r"\s*\bcho$", "", phrase)
    phrase = _OF_PLACE.sub("", " " + phrase).strip()
    phrase = _short(phrase, 6)
    if giver:
        phrase = f"{giver[1]} {phrase}"
    return phrase, passive


def _named_before(text: str, start: int, unit: str = "") -> str:
    """The subject a number is the value of: "số hộ nghèo là" → "hộ nghèo", "Người cao tuổi: 168" → "người cao
    tuổi", "Lực lượng làm nhiệm vụ ... là" → its words."""
    clause = _clause_before(text, start)
    said = re.search(r"(?:^|\s)(?:(?:tổng\s+)?số\s+)?([^\d]+?)\s+(?:là|có|đạt|lên)\s*(?:" + _BOUNDS + r")?\s*$",
                     clause, re.IGNORECASE)
    if said and (re.search(r"(?:^|\s)(?:tổng\s+)?số\s", clause, re.IGNORECASE) or said[0].split()[-1] == "là" or
                 unit and said[1].lower().startswith(unit.lower())):
        named = re.split(r"(?:^|\s)(?i:số)\s", said[1])[-1]  # "nâng số chi hội phụ nữ lên" → "chi hội phụ nữ"
        named = _TIME.sub("", " " + named).strip()
        named = _OF_PLACE.sub("", " " + named).strip()
        named = _short(named, 8)
        if named and not _VERB.match(named):
            return named
    before = text[:start].rstrip()
    if not clause and before.endswith(":"):
        parts = re.split(r"[,;()]|\s[-–]\s", before[:-1])
        named = re.sub(r"^[\s+*•-]+(?:(?i:tổng\s+)?(?i:số)\s+)?", "", parts[-1]).strip()
        if 0 < len(named.split()) <= 9:
            return named[:1].lower() + named[1:] if named[1:2].islower() else named
    return ""


# -- money ---------------------------------------------------------------------------------------------------------


def _money(text: str, start: int, end: int, rate: str | None) -> str:
    label = _noun_before(text, start, rate)
    if label:
        return label
    predicate, _ = _predicate(text, start)
    after = _money_after(text[end:], rate)
    if predicate:
        return f"{predicate} {after}".strip()
    if after:
        return after
    named = _named_before(text, start) or _item_before(text, start)
    if named:
        return named
    if rate:
        return "Trị giá" if re.search(r"trị giá", text[max(0, start - 60):start], re.IGNORECASE) else "Mức"
    return "Số tiền"


def _noun_before(text: str, start: int, rate: str | None = None) -> str:
    """The noun an amount or a measure is the value of, written before it: "Kinh phí đầu tư trang thiết bị năm 2023
    là" → "Kinh phí đầu tư trang thiết bị", "với tổng kinh phí" → "Tổng kinh phí" and what it was for."""
    clause = _clause_before(text, start)
    clause = re.sub(rf"(?:^|(?<!cấp)\s)(?:{_BOUNDS})\s*$", "", clause.strip(), flags=re.IGNORECASE)
    clause = re.sub(r"(?:\s*(?:là|đạt|lên|tới|được|có|ở mức|vào khoảng))+\s*$", "", clause, flags=re.IGNORECASE)
    if rate:
        clause = re.sub(r"(?:^|\s)mỗi\s+\S+(?:\s+quà)?(?=\s|$)", " ", clause, flags=re.IGNORECASE).strip()
    nouns = list(_MONEY_NOUN.finditer(clause))
    if not nouns:
        return ""
    at = nouns[-1].start()
    verb = _VERB.search(clause[:at])
    if verb and not clause[verb.end():at].strip() and not re.search(r"\bvới\s*$", clause[:at]):
        at = verb.start()  # "thu lệ phí hộ tịch", "đóng góp kinh phí"
    label = clause[at:]
    label = _TIME.sub("", " " + label).strip()
    label = re.split(r"\s(?=\d)", label)[0]
    label = _OF_PLACE.sub("", " " + label).strip()
    label = re.sub(r"\s(?:các|những)\s", " ", label)
    label = re.sub(r"\s(?i:xã|phường|huyện|quận|tỉnh|thị xã|thị trấn|thành phố)(?=\s+(?:đã\s+)?(?:"
                   + "|".join(re.escape(v) for v in _VERBS) + r")\b)", "", label)  # "kinh phí phường đầu tư"
    label = _short(label, 8)
    if _BARE_NOUN.match(label) and (not rate or label.lower() == "mức"):
        purpose = _purpose_before(text, start, clause[:nouns[-1].start()])
        if purpose:
            return f"{label} {purpose}"
    return label


def _money_after(rest: str, rate: str | None) -> str:
    if rate and re.match(r"\s*(?:/|(?:cho\s+)?mỗi\b)", rest, re.IGNORECASE):
        return ""  # "2 triệu đồng cho mỗi gia đình có nhà bị sập": whom it is per, said by the rate
    broken = _BREAK.search(rest)
    after = rest[:broken.start()] if broken else rest
    after = re.sub(r"^\s*/\s*\S+", "", after).strip()  # "/năm"
    if re.match(r"^(?:so với|trong|từ(?! nguồn| ngân sách| quỹ)|theo|và|với|của|tại|ở|vượt|tăng|giảm|đạt|bằng|chiếm|là)\b", after,
                re.IGNORECASE):
        return ""
    after = re.sub(r"^(?:(?:dùng|được dùng|sử dụng)\s+)?(?:để|vào việc|vào)\s+", "", after, flags=re.IGNORECASE)
    after = re.sub(r"\s(?:các|những)\s", " ", " " + after + " ").strip()
    return _short(after, 7)


def _purpose_before(text: str, start: int, same: str) -> str:
    """What a bare "kinh phí"/"số tiền" is for: the verb phrase of the clause before it ("xã đã cấp quà cho 146 đối
    tượng với số tiền" → "cấp quà"; "Xây mới 7 căn nhà, kinh phí" → "xây mới"), or whom it went to ("hộ cận nghèo 52,
    số tiền" → "cho hộ cận nghèo"; "Người cao tuổi: 168 đối tượng, số tiền" → "cho người cao tuổi")."""
    same = re.sub(r"\s*\bvới\s*$", "", same.strip())
    if not same:
        before = text[:start]
        clause_at = before.rstrip().rfind(_clause_before(text, start).split(" ")[0]) if before.strip() else 0
        before = re.sub(r"\s*[,;]\s*\S*[^,;]*$", "", before)  # back to the end of the clause before
        if before.count("(") <= before.count(")"):
            before = re.sub(r"\([^()]*\)", " ", before)
        breaks = list(_BREAK.finditer(before))
        same = _SOFT_OPEN.sub("", before[breaks[-1].end():].strip() if breaks else before.strip())
        same = same[:1].lower() + same[1:] if same[1:2].islower() else same
        colon = re.search(r"([^,;:()]+):\s*[^:]*$", before)
        if colon and not _VERB.search(same) and clause_at >= 0:
            named = re.sub(r"^[\s+*•-]+", "", colon[1]).strip()
            if 0 < len(named.split()) <= 5:
                return "cho " + named[:1].lower() + named[1:]
    pieces = re.split(r"\s(?:và|rồi)\s", same)
    same = pieces[-1] if _VERB.search(pieces[-1]) else same
    digits = list(re.finditer(r"\s\d", same))
    if digits and _VERB.search(same[:digits[-1].start()]):
        same = same[:digits[-1].start()]  # "đã hỗ trợ 214 hộ có nhà bị ngập sâu với mức": what was done to them
    adverb = list(_AFTER_ADVERB.finditer(same))
    verb = _VERB.search(same, adverb[-1].end()) if adverb else _VERB.search(same)
    if verb is None:
        head = re.split(r"\s\d", same.strip())[0].strip()
        head = _OF_PLACE.sub("", " " + head).strip()
        if head and len(head.split()) <= 4 and not re.search(r"\d", head) and head[:1].islower():
            return "cho " + head
        return ""
    phrase = re.split(r"\s(?=\d)", same[verb.start():])[0]
    phrase = re.sub(r"\s*\bcho$", "", phrase.strip())
    phrase = _OF_PLACE.sub("", " " + phrase).strip()
    return _short(phrase, 5)


# -- a share -------------------------------------------------------------------------------------------------------


def _share(raw: str, previous: tuple[str, str] | None, text: str, start: int) -> str:
    if previous is not None:
        old, new = previous
        if raw.lower() == ("tỷ lệ " + old).lower():
            return "Tỷ lệ " + new[:1].lower() + new[1:]
    again = [m.start() for m in re.finditer(r"(?i:tỷ lệ|tỉ lệ)", raw)]
    raw = raw[again[-1]:] if len(again) > 1 else raw  # "Tỷ lệ năm 2023 tỷ lệ bao phủ ...": the share named last
    raw = raw[:1].upper() + raw[1:]
    label = re.sub(r"^(Tỷ lệ|Tỉ lệ)\s+(?:là|của|các|những|có|được|đã)\s+", r"\1 ", raw)
    label = _OF_PLACE.sub("", " " + label).strip()
    label = re.sub(r"\s(?:đã|đều)\s", " ", label)
    if len(label.split()) > 10:
        cut = _CUT_AFTER.search(label, len(" ".join(label.split()[:4])))
        label = label[:cut.start()] if cut else label
    label = _DANGLING.sub("", " " + label).strip()
    clause = _clause_before(text, start)
    if re.search(r"\d", clause):
        return label
    predicate, _ = _predicate(text, start)
    if predicate and not _NO_VOICE.match(predicate) and len((label + " " + predicate).split()) <= 10 and \
            predicate.lower() not in label.lower():
        if re.match(r"(?:Tỷ lệ|Tỉ lệ)\s+(?:kế hoạch|dự toán|chỉ tiêu)", label):
            return f"{label[:5]} {predicate} so với {label[6:]}"  # "giải ngân được 62% kế hoạch vốn"
        return f"{label} {predicate}"  # "hoàn thành 70% khối lượng" → "Tỷ lệ khối lượng hoàn thành"
    return label


# -- what a bad label looks like -------------------------------------------------------------------------------------


def degenerate(figure: dict) -> str | None:
    """Why `figure`'s label is degenerate — "bare" (the unit alone), "doubled" (the unit or the bound written twice)
    or "long" (more than 10 words) — or None. The bound ("(hơn)") and the rate ("(đồng/hộ)") in brackets aside."""
    label = figure.get("label", "")
    unit = figure.get("unit", "").lower()
    core = _BRACKET_END.sub("", _BRACKET_END.sub("", label)).strip().lower()
    core_money = re.sub(r"^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|đ)(?:/\S+)?$", "đồng", core)
    if not core or core == unit or core_money in _GENERIC:
        return "bare"
    tokens = re.findall(r"[\w/-]+", label.lower())
    bound = re.search(rf"\(({_BOUNDS})\)\s*$", label.lower())
    if bound and core.endswith(" " + bound[1]):
        return "doubled"
    members = [m.split() for m in unit.split(",") if m.strip()]
    head = re.findall(r"[\w/-]+", unit)
    rest = tokens[len(head):] if head and tokens[:len(head)] == head else []
    if any(rest[:len(member)] == member for member in members):
        return "doubled"
    if len(core.split()) > 10:
        return "long"
    return None
