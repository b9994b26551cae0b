"""Topics said in other words than the taxonomy's aliases (session 16, realcheck-s16-topics).

Reports rarely name a topic the way the taxonomy's aliases do; they tell what they saw:

- staffing (`bo-may-can-bo`): "chưa có cán bộ chuyên trách", "đội ngũ công chức còn kiêm nhiệm",
  "bố trí thêm công chức", "nguồn nhân lực đang thiếu", "bổ sung biên chế", "chế độ hỗ trợ cho cán
  bộ", "hoạt động của đội ngũ cán bộ công chức phụ trách ...", a check of "hoạt động công vụ" / "thực thi
  công vụ", "tổ chức và hoạt động của HĐND cấp xã".
  A staff word with no staffing word near it ("khó khăn của cán bộ, công chức tại bộ phận này") is not.
- online services (`dich-vu-cong-truc-tuyen`): "hồ sơ nộp trực tuyến", "tiếp nhận trực tuyến",
  "thanh toán trực tuyến", "thủ tục hành chính trực tuyến"; a meeting or a poll held online is not.
- procedures (`tthc`): dossiers received, appraised, resolved or late ("tiếp nhận 428 hồ sơ", "thẩm định hồ sơ cấp
  giấy phép", "giải quyết hồ sơ", "hồ sơ trễ hạn") and procedures posted ("niêm yết công khai các thủ tục"), without
  the words "thủ tục hành chính" (session 17; realcheck-s16-topics' rule lists published procedures under `tthc`);
  a commune's new-countryside standard appraised ("thẩm định hồ sơ xét công nhận xã đạt chuẩn") is no procedure.
- digital government (`chinh-quyen-so`): paperless office work ("văn bản điện tử", "phần mềm Quản lý
  hồ sơ công việc", "hạn chế ... văn bản giấy", documents handled "trên môi trường mạng", a paperless meeting
  room, "phòng họp không giấy": fresh22 v07, v09).
- IT infrastructure (`ha-tang-cntt`): a network line ("đường truyền"), "mạng Internet", Wi-Fi,
  computers connected to the network, transmitter stations.
- satisfaction measured (`chi-so-cchc`): "đánh giá mức độ hài lòng", "đo lường sự hài lòng"; a wish
  that people be satisfied ("để người dân hài lòng hơn") is not.
- digitised records (`so-hoa-ho-so`): "số hóa 100% kết quả giải quyết TTHC".
- two-tier government (`chinh-quyen-2-cap`): the district level abolished ("khi bỏ cấp huyện",
  "không tổ chức cấp huyện", "hồ sơ ... từ cấp huyện cũ").

Every pattern reads folded text (`store.folding.fold`: no accents, lower case), so "số hoá" and
"số hóa" are one.
"""

from __future__ import annotations

import re

_NEAR = r"(?:\W+\w+){0,4}?\W+"
"""Up to four words between two parts of a phrase, none across a full stop (sentences are split already)."""

_STAFF = r"(?:can bo|cong chuc|vien chuc|nhan su|nhan luc|bien che)"
_STAFFING_WORD = (r"(?:bo tri|sap xep|kien toan|cung co|bo sung|thieu|kiem nhiem|chuyen trach|truc tai|truc o|"
                  r"che do ho tro|phu cap|tuyen dung|luan chuyen|dieu dong|doi du|tinh gian|phan cong|"
                  r"dieu kien lam viec)")
STAFFING = re.compile(rf"\b{_STAFF}\b{_NEAR}{_STAFFING_WORD}\b|\b{_STAFFING_WORD}\b{_NEAR}{_STAFF}\b|"
                      rf"\bhoat dong cua (?:doi ngu )?{_STAFF}\b|"
                      r"\b(?:hoat dong|thuc thi|che do) cong vu\b|\bto chuc va hoat dong cua\b")
"""Staffing: a staff word with a staffing word near it, or a check of the civil service or of a body's organisation.

Training ("đào tạo", "tập huấn ... cho công chức") is no staffing: a reform check asks for it in passing."""

_ONLINE = re.compile(r"\b(?:ho so|thu tuc|tthc|thanh toan|le phi|tiep nhan|nop)\b(?:\W+\w+){0,3}?\W+truc tuyen\b|"
                     r"\b(?:thu tuc|ho so)(?: hanh chinh)? tren moi truong (?:dien tu|mang)\b")
_DOSSIERS = re.compile(r"\b(?:tiep nhan|giai quyet|tra ket qua)\b(?:\W+\w+){0,3}?\W+ho so\b|"
                       r"\btham dinh ho so\b(?!(?:\W+\w+){0,4}?\W+(?:cong nhan|dat chuan|nong thon moi|du an)\b)|"
                       r"\bniem yet\b(?:\W+\w+){0,3}?\W+(?:thu tuc|tthc)\b|"
                       r"\bho so\b(?:\W+\w+){0,3}?\W+(?:dung han|tre han|qua han|truoc han|duoc giai quyet)\b")
_PAPERLESS = re.compile(r"\bvan (?:ban|phong) dien tu\b|\bhos? so cong viec\b|\bvan ban giay\b|\bioffice\b|"
                        r"\bphong hop khong giay\b|"
                        r"\bvan ban\b(?:\W+\w+){0,5}?\W+tren moi truong mang\b")
_NETWORK = re.compile(r"\bduong truyen\b(?! (?:hinh|thong)\b)|\b(?:mang|ket noi) internet\b|\bwi-?fi\b|"
                      r"\bmay tinh (?:\w+ ){0,2}?ket noi mang\b|\btram (?:thu )?phat song\b")
_SATISFACTION = re.compile(r"\b(?:danh gia|do luong)\b(?:\W+\w+){0,2}?\W+(?:muc do |su )?hai long\b")
_DIGITISED = re.compile(r"\bso hoa(?: \S+){0,2}? (?:ho so|ket qua)\b")
_DISTRICT_LEVEL_GONE = re.compile(r"\bbo cap huyen\b|\bkhong to chuc (?:chinh quyen )?cap huyen\b|"
                                  r"\bket thuc hoat dong (?:cua )?(?:chinh quyen )?cap huyen\b|\bcap huyen cu\b")

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tthc", _DOSSIERS),
    ("dich-vu-cong-truc-tuyen", _ONLINE),
    ("so-hoa-ho-so", _DIGITISED),
    ("chi-so-cchc", _SATISFACTION),
    ("bo-may-can-bo", STAFFING),
    ("chinh-quyen-so", _PAPERLESS),
    ("chinh-quyen-2-cap", _DISTRICT_LEVEL_GONE),
    ("ha-tang-cntt", _NETWORK),
)


def topics_in_other_words(folded: str) -> list[str]:
    """Topic ids the folded sentence `folded` deals with in words other than the aliases."""
    return [topic for topic, pattern in _RULES if pattern.search(folded)]
