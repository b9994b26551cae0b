"""Where "và" joins two asks and where it joins two things one ask wants.

A list of asks is cut at ";" and commas (`item_wording`, `item_lists`); a member that starts with "và" is then read
as an item of its own. That is right when an action follows ("...; và hỗ trợ chữ ký số ..."), wrong when a thing
does: in "nâng cấp đường truyền; bổ sung máy quét; và phần mềm quản lý hồ sơ" the software is what "bổ sung" asks
for too, and an item "Phần mềm quản lý hồ sơ." asks nothing. So a member opened by "và" and a word that is no
action joins the member before it.

The other way round, "và" inside one member may join two asks, each with its own request verb: "kiến nghị tỉnh A và
đề nghị Sở X B". The verb after "và" opens a second ask when it names whom it asks (an addressee right after it);
without one ("tiếp thu ý kiến và đề xuất giải pháp ...") the verb is the task itself and the member stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ACTIONS = (
    "bố trí", "bổ sung", "cập nhật", "tập huấn", "tăng cường", "đẩy mạnh", "tiếp tục", "đổi mới", "nâng cao", "rà soát",
    "xem xét", "sớm", "cần", "quan tâm", "đầu tư", "khắc phục", "kiện toàn", "ban hành", "hướng dẫn", "nghiên cứu",
    "chú trọng", "ưu tiên", "đảm bảo", "bảo đảm", "kịp thời", "thường xuyên", "khuyến khích", "tập trung", "trang bị",
    "nâng cấp", "phân bổ", "hoàn thiện", "sửa đổi", "điều chỉnh", "phối hợp", "làm rõ", "đánh giá", "theo dõi",
    "chuẩn bị", "tuyên truyền", "duy trì", "công khai", "chủ động", "chấn chỉnh", "hỗ trợ", "có", "cắt giảm",
    "rút ngắn", "hoàn thành", "mua", "mở", "cấp", "giao", "tổ chức", "xây dựng", "thực hiện", "triển khai", "đào tạo",
    "bồi dưỡng", "lắp đặt", "sửa chữa", "thay thế", "thay mới", "giải quyết", "tháo gỡ", "tạo", "cho phép", "mở rộng",
    "kết nối", "tích hợp", "đồng bộ", "số hóa", "chỉ đạo", "kiểm tra", "giám sát", "tăng", "giảm", "xử lý", "đưa",
    "đẩy nhanh", "nhân rộng", "phát huy", "quản lý", "vận hành", "cải tạo", "thành lập", "tuyển dụng", "kéo dài",
    "kiến nghị", "đề xuất", "đề nghị", "yêu cầu", "không", "chưa", "phải", "nên", "được", "để", "các", "những",
)
"""An action after "và" (or a word that opens a clause: a negation, a modal, a purpose, a plural of things to be
done) opens an ask of its own; any other word is a thing the ask before wants."""
_AND_THING = re.compile(r"^\W*và\s+(?!(?:" + "|".join(re.escape(a) for a in _ACTIONS) + r")\b)(?=\w)", re.IGNORECASE)
_AND_REQUEST = re.compile(
    r",?\s+và\s+(?=(?:kiến nghị|đề xuất|đề nghị|yêu cầu)\s+"
    r"(?!(?:của|này|đó|trên|nêu|được|đã|là|và|như|gồm|sau|cụ thể|với)\b)\w)",
    re.IGNORECASE,
)


def thing_after_and(member: str) -> str | None:
    """ "và phần mềm quản lý hồ sơ": the thing (without "và") when a list member opens with "và" and no action."""
    m = _AND_THING.match(member)
    if m is None or not member[m.end()].islower():  # "...; và Công an xã ...": a new subject, not a thing
        return None
    return member[m.end():].strip()


def joined_things(members: list[str]) -> list[str]:
    """A list's members with each "và <thing>" member joined to the one before it."""
    joined: list[str] = []
    for member in members:
        thing = thing_after_and(member)
        if joined and thing:
            joined[-1] = joined[-1].rstrip(" ,") + " và " + thing
        else:
            joined.append(member)
    return joined


def second_asks(member: str, addressee: Callable[[str], str | None]) -> list[str]:
    """ "tỉnh A và đề nghị Sở X B": cut before a request verb after "và" whose addressee `addressee` finds (the verb
    is two words); each side keeps three words at least."""
    pieces: list[str] = []
    start = 0
    for m in _AND_REQUEST.finditer(member):
        asked = member[m.end():]
        verb = re.match(r"\S+\s+\S+\s+", asked)
        head = member[start:m.start()]
        if verb is None or len(head.split()) < 3 or addressee(asked[verb.end():]) is None:
            continue
        pieces.append(head)
        start = m.end()
    return [*pieces, member[start:]]
