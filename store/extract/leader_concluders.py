"""The head named only where the visit closes: who sums up, after the check, when nothing earlier says who led.

Stored excerpts of portals and papers often begin after the lead: the page opens on who came along ("Cùng đi có
các đồng chí ..."), on the hosts ("Về phía tỉnh có ...", "Tiếp đoàn có ...") or on the unit's own results, and the
head appears only once the check is over, as the one who sums it up — with no title ("Sau khi khảo sát, đồng chí X
nhấn mạnh ...", "Kết thúc chuyến khảo sát, đồng chí X đánh giá ...") or with a council committee's
("Đánh giá kết quả giám sát, ông X - Trưởng ban Kinh tế - Xã hội nhất trí ...", "Nhận xét kết quả giám sát, bà X
..."). `leaders.choose_leader` tries this when no phrasing of its own names anyone; a host never qualifies: someone
listed on the hosts' side or among those who came along, a commune's or ward's People's Committee officer, or
someone who reports.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mention_text import past_each_title, short_of_each_title
from .person_names import name_parts

if TYPE_CHECKING:  # the people module imports the leaders module, which imports this one
    from .people import People, PersonMention
    from .text import Article

_CHECK = r"(?:kiểm tra|giám sát|khảo sát|làm việc)"
_START = r"(?:^\W*|[.;:]\s*|(?-i:(?<=[a-zà-ỹđ])\s+(?=[A-ZĐÀ-Ỹ])))"
_CLOSING = re.compile(
    _START + r"(?:(?:Sau khi|Qua)\s+(?:nghe\s+[^,.;]{0,100}?|(?:đi\s+)?(?:kiểm tra|giám sát|khảo sát)"
    r"(?:\s+thực tế)?[^,.;]{0,80}?)|Kết thúc\s+(?:buổi|chuyến|đợt|cuộc)\s+" + _CHECK + r"[^,.;]{0,60}?|"
    r"(?:Đánh giá|Nhận xét)(?:\s+chung)?(?:\s+về)?\s+kết quả\s+(?:buổi\s+|cuộc\s+|đợt\s+)?"
    r"(?:kiểm tra|giám sát|khảo sát)[^,.;]{0,40}?|Kết luận\s+(?:buổi|cuộc|đợt)\s+" + _CHECK + r"[^,.;]{0,40}?|"
    r"Phát biểu kết luận(?:\s+(?:buổi|cuộc|đợt)\s+" + _CHECK + r")?)\s*,\s*(?:(?:ông|bà|đồng chí|đ/c)\s+)?$",
    re.IGNORECASE)
"""The clause that closes the check, then the person: "Sau khi khảo sát, đồng chí", "Đánh giá kết quả giám sát, ông";
at the sentence's start, or after a photo caption the page ran into it ("Toàn cảnh buổi làm việc Đánh giá ...")."""
_SUMS_UP = re.compile(r"^\s*[,–-]?\s*(?:đã\s+)?(?:nhấn mạnh|yêu cầu|đề nghị|chỉ đạo|ghi nhận|đánh giá|nhất trí|"
                      r"thống nhất|lưu ý|biểu dương|khẳng định|kết luận|phát biểu|chỉ ra|"
                      r"cơ bản\s+(?:nhất trí|thống nhất)|đồng tình)\b", re.IGNORECASE)
_HOSTS_OR_COMPANIONS = re.compile(r"(?:^|[.;]\s*)(?:Về phía|Tiếp (?:và làm việc với )?đoàn|Cùng đi|Cùng tham dự|"
                                  r"Tham gia đoàn|Tham dự|Dự buổi|Đón đoàn)\b[^.;]*$", re.IGNORECASE)
_UNIT_OFFICE = re.compile(r"\b(?:UBND|(?:Ủy|Uỷ) ban nhân dân|Chủ tịch)\s+(?:[^,;]{0,20}\s)?(?:xã|phường|thị trấn|"
                          r"đặc khu)\b", re.IGNORECASE)
_REPORTS = re.compile(r"^\s*[,–-]?\s*(?:đã\s+)?(?:báo cáo|cho biết|giải trình|tiếp đoàn)\b", re.IGNORECASE)


def closing_speaker(people: People, article: Article) -> PersonMention | None:
    """The first person who sums up the check in a sentence that opens on its close (see the module's note)."""
    for mention in people.mentions:
        if mention.sentence is None or name_parts(mention.name) < 2:
            continue
        before = short_of_each_title(mention.sentence.text[:mention.start], mention.titles)
        if not _CLOSING.search(before.rstrip(" -–") + " "):
            continue
        if not _SUMS_UP.match(past_each_title(mention.after, mention.titles)):
            continue
        if any(_UNIT_OFFICE.search(title) for title in mention.titles) or _hosts_or_reports(people, mention.name):
            continue
        return mention
    return None


def _hosts_or_reports(people: People, name: str) -> bool:
    """Whether the person is named anywhere on the hosts' side, among those who came along, or as one who reports."""
    for mention in people.mentions:
        if mention.name != name or mention.sentence is None:
            continue
        if _HOSTS_OR_COMPANIONS.search(mention.sentence.text[:mention.start]) or \
                _REPORTS.match(past_each_title(mention.after, mention.titles)):
            return True
    return False
