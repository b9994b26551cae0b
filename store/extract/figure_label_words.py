"""The words a figure label is read from: clauses, verbs, subjects and what a phrase cannot end on.

Shared by `figure_labels` (counts and shares) and `figure_label_money` (amounts); see `figure_labels` for what a
label says and why.
"""

from __future__ import annotations

import re

from .figure_received_settled import received_and_settled

__all__: list[str] = []  # private to the label modules

_BOUNDS = r"hơn|trên|gần|khoảng|xấp xỉ|gần như|ít nhất|tối thiểu|dưới|chưa đến|chưa tới"

_BREAK = re.compile(r"[,;:()]|\s[-–]\s|\.\.\.|…|[.!?](?=\s|$)")
_SOFT_OPEN = re.compile(r"^(?:(?:trong đó|trong số đó|trong số này|riêng|và|còn|với|đồng thời|cụ thể|gồm|"
                        r"bao gồm|nhưng|song|tuy nhiên|theo báo cáo|qua kiểm tra|kết quả)(?:\s+|$))+", re.IGNORECASE)
_VERBS = sorted("""tiếp nhận|thu nhận|nhận|giải quyết|trả kết quả|trả|cấp đổi|cấp mới|cấp phát|cấp|công khai|niêm yết|
số hóa|số hoá|kích hoạt|thành lập|lập|vận hành|bố trí|triển khai|cung cấp|thu thập|nộp|xử lý|xử phạt|hỗ trợ|hướng dẫn|
tổ chức|đào tạo|tập huấn|tiếp|chi trả|chi|thu hồi|thu|giải ngân|đầu tư|tiết kiệm|đóng góp|ủng hộ|trao tặng|trao|tặng|
huy động|vận động|phân bổ|cho vay|bồi thường|ảnh hưởng|làm ngập|làm hư hỏng|làm hư|làm sập|cuốn trôi|di dời|sơ tán|
bàn giao|hòa giải|hoà giải|chứng thực|đăng ký|khám bệnh|khám|chữa bệnh|tiêm phòng|tiêm|quản lý|kiểm tra|giám sát|
rà soát|phát hiện|tạm giữ|ban hành|kết nạp|lắp đặt|lắp mới|lắp|xây mới|xây dựng|xây|sửa chữa|làm mới|cứng hóa|
bê tông hóa|nâng cấp|trồng mới|trồng|in|phát hành|treo|đăng tải|phát sóng|phát|điều động|đón|thụ lý|thi hành|hoàn thành|
khởi công|cắt giảm|giảm|tăng|vắng|còn thiếu|thiếu|ghi nhận|cho biết|báo cáo|kết luận|đánh giá|cho thấy|nhận thấy|
đề xuất|đề nghị|chuyển|thực hiện|tham mưu|mua sắm|mua|trang bị|khen thưởng|tuyển dụng|tuyển mới|tuyển|
giải phóng mặt bằng|giới thiệu|giúp|công nhận|kết nối|kéo|phủ sóng|
trợ cấp|duy trì|sử dụng|dùng|cài đặt|thanh toán|đưa vào|tiêu hủy|ngập|sập|hư hỏng|thiệt hại|
cấp giấy|trước và đúng hạn|đúng và trước hạn|đúng hạn|trước hạn|quá hạn|trễ hạn|chậm hạn|đúng hẹn|
trễ hẹn|trong hạn|chưa giải quyết|hoàn thiện|chấm|góp|nợ|
cập nhật|xác thực|làm sạch|mở mới|mở|thông qua|
làm đất|gieo cấy|gieo sạ|gieo trồng|xuống giống""".replace("\n", "").split("|"), key=len, reverse=True)
# "cập nhật", "xác thực" (session 35, figures17): records brought up to date and accounts verified are counted by them,
# as "kích hoạt" and "cấp" counts are ("Thẻ căn cước cập nhật"); without them the label lost its action. "làm sạch",
# "mở (mới)" (session 36): records cleaned, accounts opened ("Hồ sơ dân cư làm sạch", "Tài khoản thanh toán mở").
# "thông qua" (session 37, fresh79): resolutions a council passed are counted by them ("Nghị quyết thông qua"), as
# those it issued are by "ban hành"; without it the label was the bare unit. "làm đất", "gieo cấy", "gieo sạ", "gieo
# trồng", "xuống giống" (session 38, labels21): an area is named by its farm work as by any verb ("Ha làm đất", "Lúa
# gieo cấy", as "Ha giải phóng mặt bằng"); without them "đã làm đất được 350 ha" read the bare "Ha".
_HALF_OF_A_NOUN = {"nhận": r"(?<!chứng )(?<!xác )(?<!biên )"}
"""Verbs that are also a noun's second half: "giấy chứng nhận", "giấy xác nhận", "biên nhận" are papers, no "nhận"
(session 24: "cấp giấy chứng nhận cho 120 hồ sơ" was labelled "Hồ sơ được nhận", read as the received total)."""
_VERB = re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(_HALF_OF_A_NOUN.get(v, "") + re.escape(v) for v in _VERBS) +
                   r")(?![\wÀ-ỹ])")
"""A verb as written inside a clause, lower case: "Ban Giám sát" is a name (a clause's first word is lowered first)."""
_AFTER_ADVERB = re.compile(r"(?<![\wÀ-ỹ])(?:đã|đang|vừa|mới|cũng|vẫn|đều|được|bị|tiếp tục)\s+(?=(?:"
                           + "|".join(re.escape(v) for v in _VERBS) + r")(?![\wÀ-ỹ]))")
_ADVERSE = re.compile(r"^(?:làm\s+)?(ảnh hưởng|ngập|hư hỏng|hư|sập|cuốn trôi|tạm giữ|xử phạt|tiêu hủy|thiệt hại)\b",
                      re.IGNORECASE)
"""Verbs whose object suffers: the count is of those who "bị" it ("Hộ bị ảnh hưởng", "Trường hợp bị xử phạt")."""
_MONEY_NOUN = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?:thu|chi|nợ|nộp|đóng)\s+)?(?:tổng\s+)?(?:kinh phí|số tiền(?: nợ)?|trị giá|giá trị|"
    r"vốn(?: đầu tư)?|nguồn vốn|dư nợ|thu nhập(?: bình quân(?: đầu người)?)?|ngân sách|lệ phí|phí|tiền|"
    r"mức(?: hỗ trợ| trợ cấp| chi)?|diện tích|trọng lượng|sản lượng|công suất|doanh thu|kim ngạch)(?![\wÀ-ỹ])",
    re.IGNORECASE)
"""What an amount (or a measure) is of, named before it: "tổng kinh phí", "số tiền", "thu ngân sách", "diện tích",
"kim ngạch xuất khẩu" (a firm's exports, often in USD: `figure_foreign_money`), "tổng công suất" (`figure_power`)."""
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
_PERIOD_AFTER = re.compile(r"\s+(?:(?:trong|của)\s+)?(?i:năm|tháng|quý)\s+(?:\d[\d/]*|[IVX]+)(?![\wÀ-ỹ/]).*$|"
                           r"\s+\d+\s+(?i:tháng)\s+(?i:đầu|cuối)\s+(?i:năm)(?![\wÀ-ỹ]).*$")
"""A time word with its number after a count's kind ("hồ sơ trực tuyến năm 2025", "đơn kiến nghị quý III", "6 tháng
đầu năm"): when, not what; dropped whole, since the number's cut left "năm" ending the label (session 35,
figures17: "Hồ sơ trực tuyến năm")."""
_AGE = r"\d+\s+(?:(?:đến|-|–)\s*\d+\s+)?(?i:tuổi)(?![\wÀ-ỹ])"
"""An age after its kind ("trẻ em dưới 6 tuổi", "từ 1 đến 5 tuổi"): part of the kind, never cut at its number."""
AGE_PHRASE = re.compile(r"(?i:dưới|trên|từ|đủ)\s+" + _AGE + r"(?:\s+(?i:trở lên|trở xuống))?")
_CUT_AFTER = re.compile(r"(?<!chưa)\s(?i:so với|sau|trong(?= (?:năm|quý|tháng|tuần|ngày|đợt|thời gian|giai đoạn|hai|ba|"
                        r"\d|cùng kỳ|kỳ))|từ(?!\s+" + _AGE + r")|kể từ|đến(?!\s+" + _AGE + r")|vào|theo(?!\shọc)|"
                        r"nhưng|thì|là|chiếm|đều|vẫn|trên tổng số|trong (?:tổng )?số|với tỷ lệ|"
                        r"với(?= (?:tổng )?(?:số tiền|kinh phí|trị giá|mức))|nâng tổng|tăng|giảm|để|nhằm|mà)\s|"
                        r"\s(?:và|hoặc)\s+(?=[A-ZĐ\d])|"
                        r"(?<!mức)(?<!độ)(?<!cấp)\s(?=\d)(?!" + _AGE + r")")
_DANGLING = re.compile(r"(?:\s+(?:và|với|của|cho|tại|trên|từ|đến|gần|hơn|khoảng|là|được|đã|đang|các|"
                       r"những|mà|nhưng|hoặc|theo|để|trong|sau|vào|so|tổng cộng|khi|quá))+$", re.IGNORECASE)
"""Words a phrase cannot end on ("nợ thuế quá" before "90 ngày"). Syllables that end compounds ("thiết bị", "mặt
bằng", "nhà ở", "chuyển đổi số", "kết nạp thêm") are not among them."""
_REPORTING = re.compile(r"^(?:ghi nhận|cho biết|báo cáo|kết luận|đánh giá|cho thấy|nhận thấy)\b")
"""Verbs that tell, not do ("Đoàn ghi nhận 1.250 ha lúa bị ảnh hưởng"): no predicate of the count."""


_ADJUNCT = re.compile(r"\s(?:do|cho|tại|ở|với|để|nhằm|của|trong|theo|khi|trên)\s")


_ALL_LEVELS = re.compile(r"\s(?i:các cấp)(?=\s*$|\s*[,;:]|\s+(?:đã|đều|được|đang|vẫn|cũng|có|của|tại|ở|trên|trong|"
                         r"và|với|dùng|" + "|".join(re.escape(v) for v in _VERBS) + r")(?![\wÀ-ỹ]))")
""""các cấp" ending its noun phrase ("chi bộ, đảng bộ các cấp dùng ..."); before a noun ("các cấp chính quyền") it
heads the phrase and only "các" is empty."""


def _shorter(label: str) -> str:
    """A label of more than 10 words without its empty words ("được", "đã"), then cut before an adjunct ("do",
    "cho", "tại"), and only then after its tenth word. "các cấp" (of every level) goes whole: its "cấp" left alone
    reads as a noun of its own ("chi bộ, đảng bộ cấp", session 28)."""
    if len(label.split()) <= 10:
        return label
    label = _ALL_LEVELS.sub("", label)
    label = re.sub(r"\s(?:được|đã|đều|các|những)(?=\s)", "", label)
    if len(label.split()) <= 10:
        return label
    cut = _ADJUNCT.search(label, len(" ".join(label.split()[:3])))
    if cut and len(label[:cut.start()].split()) <= 10:
        return label[:cut.start()]
    if len(label.split()) <= 12:
        return label  # a word or two over rather than a phrase cut in two
    return _DANGLING.sub("", " " + " ".join(label.split()[:10])).strip()


_PAIRED_WORDS = r"sản xuất|kinh doanh|kê khai|điều hành|khai thác|cập nhật|lưu trữ|tra cứu|ứng dụng|mua bán|buôn bán"
"""Verbs written in pairs with a comma that `_VERBS` leaves out (alone, they name no act a count is labelled by)."""
_PAIRED_LAST = re.compile(r"(?<![\wÀ-ỹ])(?:" + _PAIRED_WORDS + r")$")
_PAIRED_FIRST = re.compile(r"\s*(?:" + _PAIRED_WORDS + r")(?![\wÀ-ỹ])")


def verbs_joined(rest: str, end: int) -> int:
    """Where the words after a count end when the comma at `end` joins two verbs ("31/31 chi bộ sử dụng phần mềm
    thu, nộp đảng phí", "212 hộ sản xuất, kinh doanh cá thể"): at the next break after the second verb's words, so
    the label keeps both and their object (session 28: "Chi bộ sử dụng phần mềm thu"). Not when those words hold a
    number: a second count of its own ("640 hồ sơ đã giải quyết, trả kết quả đúng hạn 612 hồ sơ")."""
    while rest[end:end + 1] == "," and _ends_on_verb(rest[:end].rstrip()) and _starts_on_verb(rest[end + 1:]):
        following = _BREAK.search(rest, end + 1)
        stop = following.start() if following else len(rest)
        if re.search(r"\d", rest[end:stop]):
            break
        end = stop
    return end


def _ends_on_verb(words: str) -> bool:
    verbs = list(_VERB.finditer(words))
    return bool(verbs and verbs[-1].end() == len(words) or _PAIRED_LAST.search(words))


def _starts_on_verb(words: str) -> bool:
    return bool(_VERB.match(words.lstrip()) or _PAIRED_FIRST.match(words))


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
    if pair := received_and_settled(text, start):
        return pair, False  # "tiếp nhận và giải quyết 3.128 hồ sơ": one count, both verbs (`figure_received_settled`)
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
    phrase = _PAPERS_FOR.sub("", phrase)  # "lập hồ sơ đề nghị xếp hạng 3 di tích": the relics are put forward
    phrase = _short(phrase, 6)
    if giver:
        phrase = f"{giver[1]} {phrase}"
    return phrase, passive


_PAPERS_FOR = re.compile(r"^(?:(?:đang|đã)\s+)?(?:lập|hoàn thiện|hoàn chỉnh|xây dựng|chuẩn bị|gửi)\s+hồ sơ\s+"
                         r"(?=(?:đề nghị|đề xuất|trình)\s)", re.IGNORECASE)
"""Papers made for a request ("lập hồ sơ đề nghị xếp hạng"): the count is of what is put forward, the request the
predicate ("Di tích đề nghị xếp hạng"), not the papers' making."""


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
        if named and not _VERB.match(named) and named.lower() not in ("đó", "này", "ấy"):  # "trong tổng số đó có"
            return named
    before = text[:start].rstrip()
    if not clause and before.endswith(":"):
        parts = re.split(r"[,;()]|\s[-–]\s", before[:-1])
        # "Số hồ sơ giải quyết đúng hạn: 1.091 hồ sơ" opening its sentence is as "số" after a comma: the noun
        # phrase without "số", or the label says its head twice ("Hồ sơ số hồ sơ ...", s29 figs1)
        named = re.sub(r"^[\s+*•-]*(?:(?i:tổng\s+)?(?i:số)\s+(?!(?i:hóa|hoá)\b))?", "", parts[-1]).strip()
        # "... tiếp nhận trong tháng 10: 1.284 hồ sơ": the period is no part of the name, as in the "là" reading; taken
        # off before the word limit, or a long phrase with its month leaves the bare unit (s29 figs1's h1054)
        named = _TIME.sub("", " " + named).strip()
        if 0 < len(named.split()) <= 9:
            return named[:1].lower() + named[1:] if named[1:2].islower() else named
    return ""



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
