"""A place's size in households and people: "Xã có 1.522 hộ, 6.000 nhân khẩu", "nơi có hơn 3 vạn dân sinh sống".

A report on a commune, a ward or a village often says first how big it is: so many households "with" so many people,
or so many inhabitants. That is the place's make-up, as a population written with "dân số" is (`figure_context`), and
no result of the work: the house convention (settled in session 16, for a commune and a ward alike, as for a village
before) keeps a place's population and area out of the figures. What tells it apart from a count the work reached
("đã di dời 58 hộ, 231 nhân khẩu", "312 hộ nghèo với 1.096 khẩu", "phường có 1.240 hộ dân đã cài đặt ...",
`figure_members`): the place itself is the subject that "has" them ("xã ... có", "ấp ... gồm", "nơi có", "địa bàn
có"), and the households are households as such, not some of them (nothing such as "nghèo", "bị ngập", "đã cài đặt"
after them) or only told by who they are ("hộ đồng bào dân tộc thiểu số", the make-up `figure_makeup` reads in
shares). A total split at once into parts the report counts ("toàn xã có 1.245 hộ, trong đó có 86 hộ nghèo") stays: it
is the whole of those parts (their `of`), not the place's size told in passing.

The total is often split at once by who the people are: "Toàn xã có 2.200 hộ với 8.686 nhân khẩu, trong đó đồng bào
dân tộc thiểu số có 691 hộ với 3.072 nhân khẩu", "trong đó số hộ đồng bào dân tộc thiểu số là 1.310 hộ". That part is
the place's make-up as much as the total is (a share of it, "trong đó 28% là đồng bào dân tộc thiểu số", is), so
neither is a figure nor the other's whole; a part the work reached or a status names ("... có 385 hộ được hỗ trợ",
"trong đó có 212 hộ nghèo là đồng bào dân tộc thiểu số") still splits the total (s38 fresh81 v02).

A unit made new by the 2025 reform is often sized by its area and people together, with no "dân số" and sometimes no
"có": "Phường A sau sắp xếp diện tích khoảng 21,38 km2 với 227.817 người", "Xã B (mới) có diện tích hơn 120 km², với
khoảng 64.300 nhân khẩu", "xã C sau sáp nhập có 41.300 người, diện tích 70,4 km2". The people told right beside the
place's own area are its make-up too; people the clause goes on to say did something ("với 30 người tham gia") stay.
"""

from __future__ import annotations

import re

__all__ = ["place_size"]

_NAME = (r"(?:\s+(?-i:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*|\d+)){0,4}(?:\s*\(mới\)|\s+mới)?"
         r"(?:\s*,?\s+(?:sau|sau khi)\s+(?:sắp xếp|sáp nhập|hợp nhất)(?:\s+đơn vị hành chính)?\s*,?)?")
"""A place's name, and what says it is the new one: "xã A (mới)", "phường mới", "phường A sau sắp xếp"."""
_PLACE = (r"(?:\b(?:toàn\s+|địa bàn\s+)?(?:xã|phường|thị trấn|đặc khu|thôn|ấp|bản|làng|xóm|buôn|tổ dân phố|khu phố|"
          r"khối phố|khu dân cư)" + _NAME + r"|\bđịa bàn|\bnơi(?:\s+đây)?)")
"""The place that has the households: a commune, a ward, a village with or without its name, "địa bàn", "nơi"."""
_CLAUSE_OPEN = (r"(?:^|[.;:,(–\n]\s*|\s[-–]\s*|\b(?:hiện|hiện nay|hiện tại|đến nay|tính đến nay)\s*,?\s+|"
                r"\bcho biết\s+)")
"""Where the place opens its clause: "Cán bộ ... của phường có 5 người", "các trường của phường có 64 giáo viên" are
someone else's people."""
_HAS = (r"\s+(?:(?:hiện|hiện nay|hiện tại|cũng|đang)\s+)?(?:có|gồm)\s+(?:tổng\s+(?:số\s+)?|tổng cộng\s+)?"
        r"(?:diện tích[^.;:]{0,40}?\s+(?:với|và|,)\s+)?"
        r"(?:\d{1,3}(?:\.\d{3})*\s+(?:thôn|xóm|ấp|bản|làng|buôn|khu phố|tổ dân phố|khu dân cư|tổ dân cư)(?:\s+bản)?"
        r"\s*(?:,|với|và)\s+){0,3}(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?")
"""The verb and what may come before the households: "hiện có tổng số", "có diện tích 0,25 km2 với", "có 06 thôn
với", or several kinds of hamlet counted one after another ("có 44 khu dân cư, 359 tổ dân phố với")."""
_HOUSEHOLDS = re.compile(_CLAUSE_OPEN + _PLACE + _HAS + r"$", re.IGNORECASE)
_BARE_AFTER = re.compile(r"(?:\s+(?:dân|dân cư|gia đình))?(?:\s+(?:là\s+)?(?:đồng bào|người)\s+dân tộc(?:\s+thiểu số)?"
                         r"(?:\s+(?-i:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)){0,2})?\s*(?:[.;:,)/]|$|(?:với|và|gồm|sinh sống|cư trú)\b|"
                         r"(?:được\s+)?chia\s+(?:thành|làm)\b)",
                         re.IGNORECASE)
"""After the households: nothing that makes them some of the place's (a clause end, the people they hold), or only who
they are ("hộ đồng bào dân tộc thiểu số"), or how the place is divided ("được chia thành 22 địa bàn")."""
_PEOPLE_AFTER = re.compile(r"\s*(?:,\s*(?:với|và|gồm)|với|,|và|gồm)\s+(?:(?:tổng\s+)?số\s+nhân khẩu\s+(?:là\s+)?)?"
                           r"(?:(?:hơn|trên|gần|khoảng)\s+)?\d{1,3}(?:\.\d{3})*\s+"
                           r"(?:nhân khẩu|khẩu|người)(?![\wÀ-ỹ])(?:\s+(?:sinh sống|cư trú))?", re.IGNORECASE)
"""Right after the households: the people they hold ("với gần 780 nhân khẩu", ", 5.100 người", ", với trên 17.526 nhân
khẩu": a comma and "với" together, s35 fresh74 v02)."""
_PEOPLE = re.compile(_CLAUSE_OPEN + _PLACE + _HAS + r"\d{1,3}(?:\.\d{3})*\s+hộ(?:\s+dân|\s+gia đình)?\s*"
                     r"(?:,\s*(?:với|và|gồm)|với|,|và|gồm)\s+(?:(?:tổng\s+)?số\s+nhân khẩu\s+(?:là\s+)?)?"
                     r"(?:(?:hơn|trên|gần|khoảng)\s+)?$",
                     re.IGNORECASE)
"""Before the people: the place that has them and its households ("thôn Hữu Tân có 232 hộ dân với gần ")."""
_PEOPLE_BARE = re.compile(r"(?:\s+(?:sinh sống|cư trú))?\s*(?:[.;:,)]|$|(?:với|và)\b)", re.IGNORECASE)
"""After inhabitants counted on their own ("nơi có hơn 3 vạn dân sinh sống", "địa bàn có gần 2 vạn dân,")."""
_AREA = (r"(?:(?:có|rộng)\s+)?(?:tổng\s+)?diện tích(?:\s+tự nhiên)?(?:\s+(?:là|khoảng|gần|hơn|trên|rộng|xấp xỉ))*"
         r"\s+\d[\d.,]*\s*(?:km2|km²|ha|héc-ta|hécta)")
"""The place's area: "có diện tích tự nhiên hơn 120 km²", "diện tích khoảng 21,38 km2"."""
_AREA_PEOPLE = re.compile(_CLAUSE_OPEN + _PLACE + r"\s+(?:(?:hiện|hiện nay|hiện tại|cũng|đang)\s+)?" + _AREA +
                          r"\s*(?:,\s*|\s+)(?:(?:với|và|có)\s+)?(?:(?:quy mô\s+)?dân số\s+(?:là\s+)?)?"
                          r"(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?$", re.IGNORECASE)
"""Before people told right after the place's area: "Phường A sau sắp xếp diện tích khoảng 21,38 km2 với ", "xã mới có
diện tích 45 km², ": the new unit's make-up, told after the reform to say how big it is."""
_PEOPLE_THEN_AREA = (re.compile(_CLAUSE_OPEN + _PLACE + r"\s+(?:(?:hiện|hiện nay|hiện tại|cũng|đang)\s+)?có\s+"
                                r"(?:(?:hơn|trên|gần|khoảng|xấp xỉ)\s+)?$", re.IGNORECASE),
                     re.compile(r"\s*(?:,|và|với)\s*" + _AREA, re.IGNORECASE))
"""The same told the other way round: "xã A sau sắp xếp có 41.300 người, diện tích 70,4 km2"."""
_SPLIT = re.compile(r"[,:;]?\s*(?:và\s+)?trong\s+đó\b(?!\s*(?:có\s+)?(?:(?:hơn|trên|gần|khoảng)\s+)?[\d,.]+\s*%\s*"
                    r"(?:số hộ\s+|dân số\s+)?(?:là\s+)?(?:đồng bào|người|dân tộc))((?:[^.;]|\.(?=\d)){0,160})",
                    re.IGNORECASE)
""""trong đó" splitting the total into parts the report counts, so the count is a whole a finding is about. A share
of who they are ("trong đó 28% là đồng bào dân tộc thiểu số") is the place's make-up again, no such part."""
_PART_HOUSEHOLDS = re.compile(r"\d\s+hộ\b", re.IGNORECASE)
_PART_PEOPLE = re.compile(r"\d\s+(?:nhân khẩu|khẩu|người)\b", re.IGNORECASE)
"""The parts' units say which total they split: "2.140 hộ, 9.870 nhân khẩu, trong đó 1.012 hộ nghèo" splits the
households, and the people stay the place's size; a part with no count in either ("trong đó 86 cơ sở") splits both."""


_GROUP_NAME = r"(?:\s+(?-i:[A-ZĐÀ-Ỹ][\wÀ-ỹ']*))"
_WHO = (r"(?:số\s+)?(?:hộ\s+)?(?:(?:là|của)\s+)?(?:(?:đồng bào|người|bà con)\s+)?(?:các\s+)?dân tộc(?:\s+thiểu số)?"
        + _GROUP_NAME + r"{0,2}|(?:số\s+)?(?:hộ\s+)?(?:đồng bào|người)" + _GROUP_NAME + r"{1,2}")
"""Who the people of a part are: "đồng bào dân tộc thiểu số", "người dân tộc Chăm", "số hộ đồng bào dân tộc thiểu
số", "đồng bào Ba Na"; no status ("nghèo") and no deed ("được hỗ trợ") among them."""
_COUNT = r"(?:(?:hơn|trên|gần|khoảng)\s+)?\d{1,3}(?:\.\d{3})*"
_WHO_OPEN = r"\btrong\s+đó\s*,?\s*(?:có\s+)?(?:" + _WHO + r")\s*,?\s*(?:(?:có|gồm|chiếm|là)\s+)?"
_WHO_HOUSEHOLDS = re.compile(_WHO_OPEN + r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", re.IGNORECASE)
"""Right before a part's households (or its people told alone): "trong đó đồng bào dân tộc thiểu số có "."""
_WHO_PEOPLE = re.compile(_WHO_OPEN + _COUNT + r"\s+hộ(?:\s+dân)?\s*(?:,\s*(?:với|và|gồm)|với|,|và|gồm)\s+"
                         r"(?:(?:hơn|trên|gần|khoảng)\s+)?$", re.IGNORECASE)
"""Right before a part's people after its households: "trong đó người dân tộc Chăm có 1.530 hộ, "."""
_WHO_COUNT = re.compile(_WHO_OPEN + r"(?P<n>" + _COUNT + r")\s+(?P<u>hộ|nhân khẩu|khẩu|người)(?![\wÀ-ỹ])",
                        re.IGNORECASE)
"""A part opened by who they are, up to its first count and unit."""
_SPLIT_LEAD = re.compile(r"[,:;]?\s*(?:và\s+)?", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"(?P<n>\d{1,3}(?:\.\d{3})*)\s+(?P<u>hộ|nhân khẩu|khẩu|người)(?![\wÀ-ỹ])"
                           r"(?:\s+(?:dân|sinh sống|cư trú))?\s*[,:;]?\s*(?:và\s+)?$", re.IGNORECASE)
"""The count that ends the clause "trong đó" splits: the place's households or people it was told with."""


def _bare_part(text: str, end: int, unit: str) -> bool:
    """Whether a part's count ending at `end` names nothing after it that makes it some of them ("hộ nghèo", "hộ
    được hỗ trợ"); households may carry their people ("1.530 hộ, 6.020 khẩu")."""
    if unit != "hộ":
        return bool(_PEOPLE_BARE.match(text, end))
    if _BARE_AFTER.match(text, end) is None:
        return False
    people = _PEOPLE_AFTER.match(text, end)
    return people is None or bool(_PEOPLE_BARE.match(text, people.end()))


def _who_split(text: str, at: int) -> bool:
    """Whether "trong đó" at `at` splits the total by who its people are, into a part that is make-up too."""
    part = _WHO_COUNT.match(text, at)
    return part is not None and _bare_part(text, part.end(), part["u"].lower())


def _who_part(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count at `text[start:end]` is the part of a place's size that says who its people are: after
    "trong đó đồng bào dân tộc thiểu số có", following a total that is the place's size."""
    window = max(0, start - 200)
    openers = (_WHO_HOUSEHOLDS,) if unit == "hộ" else (_WHO_PEOPLE, _WHO_HOUSEHOLDS)
    opened = next((found for found in (opener.search(text, window, start) for opener in openers) if found), None)
    if opened is None or not _bare_part(text, end, unit):
        return False
    total = _TOTAL_BEFORE.search(text, max(0, opened.start() - 80), opened.start())
    return total is not None and place_size(text, total.start("n"), total.end("u"), total["u"].lower())


def _split(text: str, at: int, people: bool) -> bool:
    """Whether "trong đó" at `at` splits the households (`people` False) or the people into counted parts."""
    split = _SPLIT.match(text, at)
    if split is None:
        return False
    lead = _SPLIT_LEAD.match(text, at)
    if _who_split(text, lead.end() if lead else at):
        return False  # "trong đó đồng bào dân tộc thiểu số có 691 hộ": who they are, the place's make-up again
    households, persons = _PART_HOUSEHOLDS.search(split[1]), _PART_PEOPLE.search(split[1])
    if not households and not persons:
        return True
    return bool(persons if people else households)


def _area_beside(text: str, start: int, end: int) -> bool:
    """Whether the people counted at `text[start:end]` are told beside the place's area, right after it with nothing
    that makes them some of its people ("với 30 người tham gia" stays), or right before it."""
    if _AREA_PEOPLE.search(text, max(0, start - 240), start):
        return bool(_PEOPLE_BARE.match(text, end))
    return bool(_PEOPLE_THEN_AREA[0].search(text, max(0, start - 160), start) and _PEOPLE_THEN_AREA[1].match(text, end))


def place_size(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the count at `text[start:end]` (its unit included) tells how many households or people a place has."""
    if unit in ("hộ", "khẩu", "nhân khẩu", "người") and _who_part(text, start, end, unit):
        return True  # "..., trong đó đồng bào dân tộc thiểu số có 691 hộ với 3.072 nhân khẩu": who they are
    if unit == "hộ":
        bare = _BARE_AFTER.match(text, end)
        if bare is None or not _HOUSEHOLDS.search(text, max(0, start - 160), start):
            return False
        people = _PEOPLE_AFTER.match(text, end)
        if people and not _PEOPLE_BARE.match(text, people.end()):
            return False  # "xã có 58 hộ, 231 nhân khẩu bị ảnh hưởng": households and people the flood reached
        return not _split(text, people.end() if people else end, False)
    if unit in ("khẩu", "nhân khẩu", "người", "dân") and _area_beside(text, start, end):
        return not _split(text, end, True)  # "Phường A sau sắp xếp diện tích khoảng 21,38 km2 với 227.817 người"
    if unit in ("khẩu", "nhân khẩu", "người"):
        return bool(_PEOPLE.search(text, max(0, start - 200), start) and _PEOPLE_BARE.match(text, end) and
                    not _split(text, end, True))
    if unit == "dân":
        return bool(_HOUSEHOLDS.search(text, max(0, start - 160), start) and _PEOPLE_BARE.match(text, end) and
                    not _split(text, end, True))
    return False
