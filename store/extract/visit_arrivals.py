"""A team that arrives at a place to work there: "đã về xã X làm việc", "xuống xã X làm việc", "có mặt tại xã X để
lắng nghe bà con".

`visit_evidence` reads "làm việc với / tại" as a visit; written the other way round, the place comes first after a
verb of arrival ("về", "đến", "tới", "xuống", "lên", "có mặt tại") and "làm việc" stands alone after it, or the team
came to hear the place ("lắng nghe", "nghe"), to learn how things stand ("nắm tình hình") or to direct ("để chỉ
đạo", "đôn đốc"), a comma before the purpose or none ("đã về xã X, huyện Y, nắm tình hình"); a comfort call
("thăm hỏi, động viên") is none. The place must be a locality or the grassroots ("xã", "phường", "thôn", "các xã",
"cơ sở", "địa bàn"): "về trụ sở xã làm việc", a commune's own village heads called in, is no such arrival.
What is still to come ("sẽ lần lượt về các xã làm việc"), a remit ("có nhiệm vụ xuống các xã làm việc"), a team set up
("thành lập tổ công tác") are left to `visit_evidence`'s own checks; a person posted there to work ("được điều động
về xã làm việc", "trở về quê làm việc") is no visit at all, nor is a paper sent or an order given
("gửi văn bản về các xã để chỉ đạo", "yêu cầu cán bộ xuống cơ sở nắm tình hình"), nor a trip only planned however
far before the verb ("dự kiến cử 4 tổ công tác về các xã làm việc") (`not_made`).
"""

from __future__ import annotations

import re

_PLACE = (r"(?:(?:các|một số|một|\d{1,3})\s+)?(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh|thôn|"
          r"bản|làng|ấp|buôn|tổ dân phố|khu phố|khu dân cư|địa bàn|cơ sở|địa phương)")

_PURPOSE = r"(?:làm việc|lắng nghe|nghe|nắm(?: bắt)? tình hình|(?<!theo )(?<!sự )chỉ đạo|đôn đốc)"
"""What a team came for: to work, to hear, to learn how things stand ("nắm tình hình"), to direct or urge the work on
("chỉ đạo", "đôn đốc"; not "theo chỉ đạo", a noun). A call to comfort or give ("thăm hỏi, động viên", "trao quà") is
none: the house flags gift and comfort calls (h174, h845). "kiểm tra", "khảo sát", "giám sát" are visit words of
their own in `visit_evidence._VISIT`."""

_UPPER_LEVELS = r"(?:\s*,\s*(?:huyện|quận|thị xã|thành phố|tỉnh)(?:\s+[^\s.,;:!?()]+){1,4}?){0,2}"
"""The place's district and province after it, each after a comma ("về xã X, huyện Y, nắm tình hình")."""

ARRIVED = (r"(?:về|đến|tới|xuống|lên|có mặt tại|có mặt ở)\s+" + _PLACE +
           r"(?:\s+[^\s.,;:!?()]+){0,5}?" + _UPPER_LEVELS + r"(?:\s+|\s*,\s*)(?:để\s+)?" + _PURPOSE)
"""An arrival at a place, then the work, the hearing or the direction done there (a part of
`visit_evidence._VISIT`); a comma may stand before the purpose ("đã về xã X, nắm tình hình ...")."""

_ARRIVED = re.compile(r"^" + ARRIVED, re.IGNORECASE)

_POSTED = re.compile(r"\b(?:điều động|biệt phái|luân chuyển|tăng cường|bố trí|phân công|tuyển dụng|chuyển công tác|"
                     r"trở|quay)\s+(?:\S+\s+){0,6}?$", re.IGNORECASE)
"""Before the arrival, a person moved there for a post ("điều động 12 công chức về các xã làm việc", "trở về xã làm
việc"): their job, not a visit."""

_SENT = re.compile(r"\b(?:[Gg]ửi|[Yy]êu cầu|[Đđ]ề nghị|phải|cần)\s+(?:\S+\s+){0,8}?$")
"""Before the arrival, a paper sent there ("gửi văn bản về các xã để chỉ đạo") or a bidding ("yêu cầu cán bộ xuống
cơ sở nắm tình hình", "cần về địa bàn chỉ đạo"): what travels is a document or an order, not a team.
Case-sensitive: "Cần Thơ" is a place."""

_NOT_MADE = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp)|chuẩn bị|kế hoạch|có nhiệm vụ)\b", re.IGNORECASE)
"""In the arrival's clause, a trip still to come or a remit, however far before ("dự kiến cử 4 tổ công tác về các xã
làm việc"): `visit_evidence` reads only the few words right before the verb."""


def arrives_to_work(words: str) -> bool:
    """Whether the words a visit verb matched are an arrival at a place to work or hear it."""
    return bool(_ARRIVED.match(words))


def not_made(before: str) -> bool:
    """Whether what comes before an arrival, in its clause, moves a person there for a post or sends a paper rather
    than a team for a visit, or tells a trip still to come or a remit."""
    clause = re.split(r"[,;:]", before)[-1]
    return bool(_POSTED.search(clause) or _SENT.search(clause) or _NOT_MADE.search(clause))
