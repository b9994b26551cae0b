"""Words that look like a request and are none: a question at the sitting, a finding, a goal, a task given earlier.

Read on real reports:

- a member asking the locality to clarify something at the sitting ("các
  thành viên đoàn trao đổi, đề nghị UBND thị xã làm rõ một số nội dung ...")
  is a question answered there, not a direction to follow up;
- shortcomings pointed out ("chỉ rõ những tồn tại, hạn chế cần khắc phục")
  say that there is something to fix, not what;
- a goal stressed ("nhấn mạnh, mục tiêu của Trung tâm là ...", "nhấn mạnh vai
  trò của công tác tuyên truyền") states no task, though the imperatives that
  follow it are the leader's directions;
- nouns: "ý kiến, kiến nghị chính đáng của cử tri", "việc chỉ đạo, triển khai",
  and a task given to someone else ("nhiệm vụ được giao", "do UBND huyện giao");
- a target by who set it ("chưa đạt chỉ tiêu cấp trên giao; một số công chức ..."): "giao" closes the target's name,
  and the finding after it is no direction (realcheck-s34-fresh73 v07);
- the council's earlier recommendations being remedied ("giám sát việc khắc
  phục các kiến nghị sau giám sát") are not the locality's.
"""

from __future__ import annotations

import re

_NOUN_BEFORE = re.compile(r"(?:\bviệc|\bý kiến,?|\b(?:các|những|một số)\s+(?:ý kiến|kiến nghị|đề xuất|đề nghị)"
                          r"\s*,)\s*$", re.IGNORECASE)
"""A noun: "việc chỉ đạo", "ý kiến, kiến nghị", and the second of a pair of nouns, "ghi nhận các kiến nghị, đề xuất,
đồng thời ..." (a real inspection report of a province's police at its communes, session 17): no request."""
_DIRECTING_NOUN = re.compile(r"\b(?:nội dung|văn bản|ý kiến|công văn|thông báo|kết luận)\s*$", re.IGNORECASE)
_DIRECTING_PAIR = re.compile(r"\s*,?\s*(?:điều hành|và điều hành)\b", re.IGNORECASE)
_OCCASION = re.compile(r"\s*(?:tại|trong)\s+(?:buổi|cuộc|hội nghị|đợt)\b[^,;:]*$", re.IGNORECASE)
"""Directing as a thing: "nội dung chỉ đạo ... chưa sát" (a finding), "chỉ đạo điều hành" (the running of an office),
"phát biểu chỉ đạo tại buổi kiểm tra" (a photo caption: that he spoke, not what he asked) — fresh22 v06, v10."""
_GIVEN = re.compile(r"(?:\bđược|\bnhiệm vụ|\bviệc|\bdo\s+[^;.]{1,60})\s*$", re.IGNORECASE)
_TARGET_SET = re.compile(r"\b(?i:chỉ tiêu|kế hoạch|định mức|mục tiêu|nhiệm vụ)\s+"
                         r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?"
                         r"(?:cấp trên|trên|Trung ương|tỉnh|huyện|thành phố|thị xã|quận)\s*$")
"""A target named by who set it, "chỉ tiêu cấp trên giao", "kế hoạch huyện giao", "chỉ tiêu UBND thành phố giao": the
set target, as "nhiệm vụ được giao" is a task given (`_GIVEN`); "kế hoạch, giao ..." (a comma) stays the verb. The
giver's own name may follow ("kế hoạch UBND huyện Cẩm Khê giao", `_target_set`)."""
_QUESTION = re.compile(r"^\W*(?:làm rõ|giải trình|cho biết|báo cáo rõ)(?:\s+thêm)?\s+(?:một số|các|những|một vài)\s+"
                       r"(?:nội dung|vấn đề|ý kiến|câu hỏi|thông tin)\b", re.IGNORECASE)
"""Some contents to clarify: a question; "làm rõ nguyên nhân chậm trả 122 hồ sơ" is a task, and stays a direction."""
_FINDING = re.compile(r"^\s*(?:cụ thể\s+)?(?:những|các|một số)\s+(?:việc\s+(?:còn\s+)?)?"
                      r"(?:tồn tại|hạn chế|yếu kém|thiếu sót|khuyết điểm|bất cập)", re.IGNORECASE)
_GOAL = re.compile(r"^\s*,?\s*(?:rằng\s+)?(?:mục tiêu|vai trò|tầm quan trọng|ý nghĩa|(?:mục đích của\s+)?"
                   r"(?:hoạt động|buổi|đợt|cuộc|chuyến)\s+(?:giám sát|khảo sát|kiểm tra|làm việc|công tác)"
                   r"(?:\s+(?:này|lần này|lần này của đoàn))?\s+(?:nhằm|là để|là|để)\b)", re.IGNORECASE)
"""A goal: "nhấn mạnh, hoạt động giám sát nhằm đánh giá thực trạng ..." says why the team came (fresh22 v01)."""
_EARLIER = re.compile(r"(?:khắc phục|thực hiện|giải quyết|tiếp thu|trả lời)\s+(?:các|những|một số)\s+(?:đề xuất,?\s*)?"
                      r"(?:kiến nghị|đề xuất)\s+(?:sau|của)\s+(?:giám sát|kiểm tra|đoàn|HĐND|Hội đồng|Thường trực)",
                      re.IGNORECASE)


_WORD_OF_A_COMPOUND = {
    "giao": (re.compile(r"(?<![\wÀ-ỹ])(?:[Bb]àn|[Cc]huyển|[Tt]rao|[Nn]hận)\s*$"),
             re.compile(r"\s*(?:thông|dịch|lưu|ban|tiếp|thương|nhận|nộp|hàng|ước|diện|khoán)(?![\wÀ-ỹ])")),
    "yêu cầu": (re.compile(r"(?<![\wÀ-ỹ])(?:đáp ứng|đúng|đạt|[Tt]heo|so với|vượt)\s+(?:(?:các|những|mọi)\s+)?$"), None),
    "kết luận": (re.compile(r"(?<![\wÀ-ỹ])(?:[Tt]heo|[Tt]hông báo|tại|thực hiện)\s+(?:(?:các|những)\s+)?$"), None),
}
"""Case kept: "Ông Phan Quang Đạt yêu cầu" is a name before the verb, not "đạt yêu cầu"."""
"""A directing verb that is a syllable of another word or a noun: "bàn giao nhà", "chuyển giao hồ sơ", "giao thông",
"đáp ứng yêu cầu công việc", "theo kết luận thanh tra". Read as the verb, the words after it became a direction
("Đoàn ghi nhận các xã đã bàn giao nhà đúng tiến độ" → "Nhà đúng tiến độ.")."""


def noun_use(verb: str, before: str, after: str) -> bool:
    """ "việc chỉ đạo", "ý kiến, kiến nghị", "nhiệm vụ được giao", "giao đất, giao rừng": the word used as a noun."""
    if _NOUN_BEFORE.search(before):
        return True
    compound = _WORD_OF_A_COMPOUND.get(verb)
    if compound and (compound[0].search(before) or compound[1] is not None and compound[1].match(after)):
        return True
    if verb == "chỉ đạo" and (_DIRECTING_NOUN.search(before) or _DIRECTING_PAIR.match(after) or _OCCASION.match(after)):
        return True
    return verb == "giao" and bool(_GIVEN.search(before) or _target_set(before)
                                   or re.match(r"\s*(?:đất|rừng|khoán)\b", after))


def _target_set(before: str) -> bool:
    """ "chỉ tiêu tỉnh giao", "kế hoạch UBND huyện Cẩm Khê giao": a target and who set it, the giver's name (up to three
    words written with a capital) left out first."""
    words = before.rstrip().split(" ")
    for _ in range(3):
        if len(words) > 1 and words[-1][:1].isupper() and words[-1] not in ("UBND", "Trung"):
            words.pop()
    return bool(_TARGET_SET.search(" ".join(words)))


def question_or_finding(verb: str, content: str) -> bool:
    """What the delegation asked at the sitting, or that it found shortcomings: no item to follow up."""
    if verb in ("đề nghị", "yêu cầu") and _QUESTION.match(content):
        return True
    return verb == "chỉ rõ" and bool(_FINDING.match(content))


def stated_goal(verb: str, after: str) -> bool:
    """ "nhấn mạnh, mục tiêu ... là ...", "nhấn mạnh nhiều cuộc giám sát đã ...": a goal stressed or a result told."""
    if verb != "nhấn mạnh":
        return False
    told = re.match(r"\s*,?\s*(?:\S+\s+){0,8}?đã\s", after) and not re.search(r"\b(?:cần|phải)\b", after)
    return bool(_GOAL.match(after) or told)


def earlier_recommendations(text: str) -> bool:
    """ "giám sát việc khắc phục các kiến nghị sau giám sát": the overseer's own earlier recommendations."""
    return bool(_EARLIER.search(text))
