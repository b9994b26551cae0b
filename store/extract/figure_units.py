"""The words a number may count, and how each is stored ("TTHC" is stored as "thủ tục").

Kept apart from `figure_numbers`, which reads the numbers, because the vocabulary grows with every class of
figure met in real reports while the reading of numbers does not; longer forms are tried first so that
"thủ tục hành chính" wins over "thủ tục".
"""

from __future__ import annotations

import re

from .figure_lexicon import MORE_UNITS, NOT_AFTER
from .figure_rates import PER_NOUN

__all__ = ["UNITS", "UNIT_FORMS", "UNIT_OF", "UNIT_RE", "Number"]

Number = tuple[float | int, float | int | None, str, int, int]
"""A number read in a sentence before context is weighed: (value, of, unit, start, end), as
`figure_numbers.numbers_in` gives it."""

# what a number may count; the first form is how the unit is stored
UNITS: list[tuple[str, tuple[str, ...]]] = [
    ("hồ sơ", ("bộ hồ sơ", "hồ sơ", "bộ")),  # "59.010 bộ" after "hồ sơ": sets of files (checked where read)
    ("thủ tục", ("thủ tục hành chính", "thủ tục", "TTHC", "bộ thủ tục")),
    ("dịch vụ công", ("dịch vụ công trực tuyến", "dịch vụ công", "DVCTT")),
    ("tài khoản", ("tài khoản",)),
    ("lượt", ("lượt người", "lượt truy cập", "lượt")),
    ("người", ("người dân", "người", "đồng chí")),  # "trong đó có 12 đồng chí là ...": staff, never money
    ("lao động", ("lao động",)),  # workers placed or paid ("giới thiệu 64 lao động", "131 lao động")
    ("giáo viên", ("giáo viên",)),  # a school's staff ("Trường có 28 giáo viên")
    ("tờ rơi", ("tờ rơi", "tờ gấp")),  # leaflets handed out in a campaign ("phát 5.000 tờ rơi")
    ("khu", ("khu đất", "khu")),  # plots of public land managed or lent (only after land is named: figure_numbers)
    # officials under the abbreviations reports use ("27 CB, CC có mặt", "6 CBCC"), as "cán bộ, công chức" is
    ("cán bộ", ("cán bộ, công chức", "cán bộ", "CB, CC, VC", "CB,CC,VC", "CB, CC", "CB,CC", "CBCCVC", "CBCC")),
    ("công chức", ("công chức", "viên chức")),
    ("tình nguyện viên", ("tình nguyện viên",)),
    ("thành viên", ("thành viên",)),
    ("doanh nghiệp", ("doanh nghiệp",)),
    ("hộ", ("hộ dân", "hộ gia đình", "hộ")),
    ("điểm", ("điểm",)),
    ("máy tính", ("máy tính", "bộ máy tính")),
    ("máy", ("máy",)),
    ("camera", ("camera",)), ("tổ", ("tổ",)),
    ("dịch vụ", ("dịch vụ",)),
    ("chi bộ", ("chi, đảng bộ", "chi đảng bộ", "chi bộ", "đảng bộ")),
    ("tổ chức cơ sở đảng", ("tổ chức cơ sở đảng", "tổ chức cơ sở Đảng", "TCCS đảng", "TCCSĐ")),
    ("đảng viên", ("đảng viên", "Đảng viên")),  # members counted or admitted ("kết nạp 15/15 Đảng viên")
    ("công trình", ("công trình",)),  # works built or overseen ("giám sát 29 công trình")
    ("đơn vị hành chính", ("đơn vị hành chính",)),  # units left or cut by a merger ("còn 579 đơn vị hành chính")
    ("đơn vị bầu cử", ("đơn vị bầu cử",)),  # an election's constituencies, never mixed with agencies ("đơn vị")
    ("đơn vị", ("đơn vị",)),
    ("cơ quan", ("cơ quan",)),
    ("trường hợp", ("trường hợp",)),
    # welfare reports count recipients, martyrs and gifts ("cho 53 đối tượng", "105 liệt sỹ", "381 phần quà")
    ("đối tượng", ("đối tượng",)),
    ("liệt sĩ", ("liệt sĩ", "liệt sỹ")),
    ("phần quà", ("phần quà", "suất quà", "xuất quà")),  # "xuất" is "suất" mistyped
    ("đơn", ("đơn thư", "đơn")),  # petitions received or settled ("giải quyết xong 33/33 đơn"); "đơn vị" is longer
    ("cặp", ("cặp vợ chồng", "cặp")),
    ("văn bản", ("văn bản",)),
    ("bản", ("bản sao", "bản")),  # copies certified or made; villages in "bản" are no figure (`figure_copies`)
    # documents issued, counted by kind ("ban hành 4 kế hoạch, 3 quyết định và 2 công văn"); a document's own number
    # comes after its kind ("Kế hoạch 12"), which `figure_numbers` refuses before a number
    ("kế hoạch", ("kế hoạch",)), ("quyết định", ("quyết định",)), ("công văn", ("công văn",)),
    # a council's resolutions and a party committee's directives issued or passed ("HĐND xã đã ban hành 36 nghị quyết",
    # "4 nghị quyết chuyên đề và 2 chỉ thị"); "Nghị quyết 68", "Chỉ thị 16" are numbers after the kind, refused
    ("nghị quyết", ("nghị quyết",)), ("chỉ thị", ("chỉ thị",)),
    # citizen reception sessions held; "buổi" alone is also how long a visit took ("trong 2 buổi"), no result
    ("buổi tiếp công dân", ("buổi tiếp công dân", "buổi tiếp dân")),
    ("pano", ("pano", "pa nô", "pa-nô")),  # propaganda panels put up
    ("thông báo", ("thông báo, kết luận", "thông báo kết luận", "thông báo", "kết luận")),  # notices acted on
    ("giao dịch", ("giao dịch",)),
    ("kiến nghị", ("kiến nghị", "ý kiến")),
    ("phản ánh", ("phản ánh",)),
    ("giấy tờ", ("giấy tờ",)),
    ("chữ ký số", ("chữ ký số", "chứng thư số")),
    ("căn cước", ("căn cước công dân", "căn cước", "CCCD")),
    ("căn", ("căn nhà", "căn hộ", "căn")),  # houses built or repaired ("1.200 căn nhà", "420 căn")
    ("giấy chứng nhận", ("giấy chứng nhận", "GCN", "GCNQSDĐ", "giấy")),  # land titles ("cấp mới 212 giấy")
    ("thẻ", ("thẻ",)),
    ("kết quả", ("kết quả",)),
    ("mô hình", ("mô hình",)),
    ("nhiệm vụ", ("nhiệm vụ",)),
    ("chỉ tiêu", ("chỉ tiêu",)),
    ("tiêu chí", ("tiêu chí",)),
    ("quầy", ("quầy giao dịch", "quầy")),
    ("lớp", ("lớp",)),
    ("trường", ("trường học", "trường")),
    ("học sinh", ("em học sinh", "học sinh", "em")),  # "tặng quà cho 30 em học sinh": pupils, "em" their form of
    # address; "em" alone only after pupils were counted in the sentence ("1.245 học sinh ..., trong đó 930 em ...")
    ("cử tri", ("cử tri",)),
    ("khu vực bỏ phiếu", ("khu vực bỏ phiếu",)),
    ("vụ việc", ("vụ việc",)),
    ("vụ", ("vụ vi phạm", "vụ án", "vụ")),  # cases found or tried ("93 vụ vi phạm lâm luật")
    ("ha", ("ha", "héc-ta", "hécta")),
    ("m", ("m", "mét")), ("tấn", ("tấn",)),  # works built, goods given: only with what they measure (figure_measures)
    ("m3", ("m3", "m³", "mét khối", "khối")),  # volumes of materials: only with what they measure (figure_measures)
    ("m2", ("m2", "m²")),  # land titled or handed over ("tổng diện tích cấp lần đầu 15.600 m2")
    ("cuộc", ("cuộc",)),
    ("ngày công", ("ngày công",)),  # days of labour people gave ("thu hút trên 42.000 ngày công"), no duration
    ("triệu đồng", ("triệu đồng", "triệu VNĐ", "triệu đ")),
    ("tỷ đồng", ("tỷ đồng", "tỉ đồng", "tỷ VNĐ", "tỷ đ", "tỉ đ")),
    ("nghìn đồng", ("nghìn đồng", "ngàn đồng", "nghìn đ", "ngàn đ")),
    ("đồng", ("đồng", "VNĐ", "đ")),  # "500.000đ": the đồng's sign, glued or not; never "đ/c" (comrades)
]
UNITS += MORE_UNITS  # health, schooling, propaganda, farms, works, order, groups (`figure_lexicon`)
UNIT_FORMS = sorted(((form, unit) for unit, forms in UNITS for form in forms), key=lambda f: -len(f[0]))
UNIT_RE = re.compile(r"\s*(" + "|".join(re.escape(form) for form, _ in UNIT_FORMS) + r")(?![\wÀ-ỹ])"
                      r"(?!(?<=bộ)\s+(?:phận|máy|đội|ngành|trưởng|tiêu chí|công cụ)\b)"
                      r"(?!(?<=\bkhu)\s+(?:phố|dân cư|vực|công nghiệp|kinh tế|nhà|tập thể|vui chơi)\b)"
                      r"(?!(?<=điểm)\s+cầu\b)(?!(?<=tổ)\s+trưởng\b)(?!(?<=giấy)\s+(?:mời|khen|phép|khai|báo|đi)\b)"
                      r"(?!(?<=đ)\s*/(?!\s*(?:(?:một|1|mỗi)\s+)?" + PER_NOUN + "))"
                      r"(?!(?<=đơn)\s+(?:giản|lẻ|sơ|phương|điệu)\b)"
                      r"(?!(?<=ngày công)\s+(?:tác|bố|khai|chứng|nhận|diễn|việc|chức|vụ)\b)" + NOT_AFTER)
"""A unit word, whole: "bộ" counts sets of files, but "bộ phận" (a desk), "bộ máy", "bộ ngành" are other nouns; the
points of a video link ("2 điểm cầu") are where people sat, no result; "7 tổ trưởng" counts heads, not teams
(`figure_office_counts`); "đơn giản" is no petition; "3 ngày công tác" is how long a trip took, no days of labour."""
UNIT_OF = {form.lower(): unit for form, unit in UNIT_FORMS}
