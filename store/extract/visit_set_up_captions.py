"""A team set up in the lead, then shown at work at a named unit in a caption: the visit was made.

`visit_told_later` takes a page whose lead sets a team up ("Thường trực HĐND huyện đã thành lập 02 Đoàn giám sát
...") for a visit when a caption shows the team at work ("Giám sát hộ nghèo tại xã A."). Real captions also write the
team short or numbered and meet the unit "với" rather than "tại" (session 33 fresh71 v09: "Đoàn GS số 2 làm việc với
UBND xã A."): a photo line of the team across the table from a named commune, which a decision or a plan cannot
show. So a caption line (a paragraph of its own, at most 16 words) that opens on the team (its kind written out or
as "GS", "KT", "KS"; "số 2", "liên ngành" may follow) and tells it at work with or at a named unit counts, and so
does "Đoàn khảo sát thực tế tại Trung tâm phục vụ hành chính công xã A".

Look-alikes kept: the same line under a timetable still to come ("từ ngày 20 đến 22/10, đoàn sẽ giám sát tại ...",
"dự kiến"): it is the schedule, not a photo, so nothing before it may say the work is to come; lines of a list
("- Đoàn GS số 1 làm việc với ...", "- Đoàn GS số 2 ...", their marks gone once read) stand one under another, where
photo lines have the text between them; a year's oversight counted is a round-up, which `told_as_a_visit` does not
reach through captions.
"""

from __future__ import annotations

import re

from .text import Article

_TEAM = (r"(?:Đoàn|Tổ)\s+(?:giám sát|kiểm tra|khảo sát|công tác|GS|KT|KS)"
         r"(?:\s+liên ngành)?(?:\s+số\s+\d{1,2})?")
_UNIT = (r"(?:(?:UBND|(?:Ủy|Uỷ) ban nhân dân|Đảng ủy|Đảng uỷ|HĐND|Bộ phận một cửa|"
         r"Trung tâm phục vụ hành chính công|Trung tâm hành chính công)\s+(?:của\s+)?)?"
         r"(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố)\s+[A-ZĐÀ-Ỹ]")
_AT_WORK = re.compile(rf"^{_TEAM}(?:\s+(?:đã\s+)?(?:làm việc|giám sát|kiểm tra|khảo sát))?(?:\s+thực tế)?\s+"
                      rf"(?:với|tại)\s+{_UNIT}[^.;:]*\.?$")
"""The caption: "Đoàn GS số 2 làm việc với UBND xã A.", "Tổ công tác số 2 kiểm tra tại phường B."."""
_TO_COME = re.compile(r"\b(?:sẽ|dự kiến|sắp(?!\s+xếp))\s", re.IGNORECASE)


def team_at_work_in_a_caption(article: Article) -> bool:
    """Whether a caption line after the lead shows the team at work at a named unit, nothing before it to come."""
    sentences = article.sentences
    for index, sentence in enumerate(sentences[1:], start=1):
        if len(sentence.text.split()) > 16 or not _AT_WORK.match(sentence.text):
            continue
        if any(other.paragraph == sentence.paragraph for other in sentences if other is not sentence):
            continue  # a sentence in running text, not a photo line
        if any(_AT_WORK.match(s.text) for s in sentences[index - 1:index + 2] if s is not sentence):
            return False  # lines one under another ("- Đoàn GS số 1 ...", "- Đoàn GS số 2 ..."): a list, not photos
        before = [article.title or ""] + [s.text for s in sentences[:index]]
        return not any(_TO_COME.search(text) for text in before)
    return False
