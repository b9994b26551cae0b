"""The titles written around a person's name: the one just before it, and those after it.

Split from `people` (which finds the names and chooses the leader) so that each stays one concept: a title is read
here the same way for every person, host or visitor. "Phó chủ tịch Thường trực HĐND Thành phố X" gives the title
before; "X, Ủy viên BTV Thành ủy, Phó Chủ tịch HĐND thành phố" the titles after, cut where ordinary words begin.
"""

from __future__ import annotations

import re

from ..folding import fold
from .leader_assembly import ASSEMBLY_OF, assembly_of_kept, assembly_words_at
from .leader_glued_titles import glued_title
from .leader_long_titles import glued_title_word, keep_long_offices, long_office_word, restore_long_offices
from .leader_phrases import AND_KEPT, body_and_kept
from .leader_titles import BRACKETED_PLACE_END
from .leader_welcomed import WELCOME_BREAK
from .office_names import JOINED, body_words_at, join_committee_dashes, office_tail
from .person_title_abbreviations import opens_with_dotted_office
from .place_dashed_names import dashed_place_kept

_TITLE_START = [fold(t) for t in (
    "nguyên", "quyền", "phó", "chủ tịch", "bí thư", "trưởng", "ủy viên", "uỷ viên", "uvtv", "ubtv", "thành ủy viên",
    "thành uỷ viên", "tỉnh ủy viên", "tỉnh uỷ viên", "huyện ủy viên", "huyện uỷ viên", "giám đốc", "chánh", "đại biểu",
    "đbqh", "chủ nhiệm", "thứ trưởng", "bộ trưởng", "tổng", "đại tướng", "thượng tướng",
    "đại tá", "thượng tá", "trung tá", "thiếu tá", "thủ tướng",
    "thiếu tướng", "trung tướng", "thường trực", "thư ký", "cục trưởng", "vụ trưởng", "viện trưởng", "chỉ huy",
    "tổ trưởng", "thành viên", "chuyên viên", "ủy viên", "kế toán", "cán bộ", "công chức", "chi cục trưởng",
    "bí thư", "ts", "ths", "pgs", "gs", "lãnh đạo",
    # a party committee's membership, abbreviated ("UVBTV", "QUV" = Quận ủy viên, "TUV", "HUV")
    "uvbtv", "ubtv", "quv", "tuv", "huv", "quận ủy viên", "quận uỷ viên",
)]
_TITLE_START_RE = re.compile("(?:" + "|".join(re.escape(t) for t in sorted(set(_TITLE_START), key=len, reverse=True))
                             + r")(?: |$)")
"""A folded text that opens with a title word ("pho chu tich ...")."""
_TITLE_WORDS = {fold(w) for w in (
    "trưởng phó viên ủy uỷ thường trực vụ bí thư chủ tịch nhiệm tỉnh huyện xã phường thành phố thị quận ban đoàn "
    "đại biểu quốc hội nhân dân chuyên trách giám đốc sở nội pháp chế kinh tế ngân sách văn hóa hoá phòng chánh "
    "quyền nguyên đảng trung ương tổng cục bộ thứ công an tư lệnh khối mặt trận tổ việt nam cấp và "
    "xã hội đô thị dân tộc tài chính kế hoạch đầu tư nông nghiệp môi trường y giáo dục khoa học "
    "ủy ban kiểm tra tuyên giáo dân vận mttq hđnd ubnd đbqh nhóm nữ doanh nghiệp thanh niên phụ nữ "
    "liên đoàn lao động cựu chiến binh phó chỉ huy quân sự chủ nhiệm ủy viên thường vụ thành ủy huyện ủy "
    "tỉnh ủy đảng ủy uỷ hành chính công trung tâm phục vụ chi nhánh văn phòng thanh tra tư pháp "
    "giao thông vận tải xây dựng lao động thương binh công thương tài nguyên thông tin truyền nội vụ "
    "công tác giám sát khảo sát kiểm tra tướng tá chức bầu cử khuyết chấp hành "
    "đạo nước chính phủ ngoại "  # "Ban Chỉ đạo"; the state's offices: "Phó Chủ tịch nước", "Phó Thủ tướng Chính phủ"
    "cải cách thủ tục soát"  # offices in lower case: "Vụ cải cách hành chính", "Cục Kiểm soát thủ tục hành chính"
    " đào tạo hạ tầng"  # a department's second field after a dash: "Phòng Giáo dục – Đào tạo", "Kinh tế – Hạ tầng"
    " gia"  # a national body's "quốc gia" in lower case: "Phó Chủ tịch Hội đồng Bầu cử quốc gia"
    " luật"  # a field in lower case: "Ủy ban Pháp luật của Quốc hội", "Vụ Pháp luật"
    " ninh"  # "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội", "Bộ Công an ... an ninh"
    " hiệp"  # a union's name in lower case: "Chủ tịch Hội Liên hiệp Phụ nữ xã", "Liên hiệp các Hội Khoa học"
).split()}
_TITLE_STOP = re.compile(
    r"\s(?:làm|là|đã|đang|sẽ|chủ trì|chủ tọa|chủ toạ|cho biết|phát biểu|báo cáo|đề nghị|yêu cầu|nhấn mạnh|kiến nghị|"
    r"đề xuất|(?-i:tiếp)|nêu|khẳng định|đánh giá|ghi nhận|(?<!ban )chỉ đạo|kết luận|(?-i:thông tin)|"
    r"chia sẻ|lưu ý|giải trình|(?-i:thống nhất|nhất trí|đồng tình)|"  # (in lower case: no office's own words)
    # these in lower case only: capitalised they open offices ("Ban Tổ chức", "Ủy ban Kiểm tra", "Sở Thông tin")
    r"làm rõ|(?-i:tổ chức|(?<![Đđ]oàn )giám sát|(?<![Đđ]oàn )khảo sát|(?<![Đđ]oàn )kiểm tra)|về|tại|trong|với|"
    r"cùng|cũng|thăm|nắm bắt|tham gia|đồng thời|"
    r"nói|đề cập|bày tỏ|cảm ơn|mong|hy vọng|tin tưởng|biểu dương|khen|phân tích|lý giải|thừa nhận|"
    # a verb written after the office with no comma; folded, several read as office words ("tặng" as "tầng", "dẫn" as
    # "dân", "đọc" as "đốc", "trả" as "tra", "bố" as "bộ"; "thông", "đại" are offices' own words)
    r"thông qua|đại diện|công bố|trả lời|(?<!hướng )dẫn|tặng|trao|đọc)\b", re.IGNORECASE)

_BRACKETED_ABBREVIATION = re.compile(r"\s*\((?:HĐND|UBND|MTTQ|ĐBQH|UBMTTQ|BTV|TW|"
                                     r"[A-ZĐ]{1,6}(?:\s?[&-]\s?[A-ZĐ]{1,6}){1,3})\)")
"""An office's abbreviation in brackets inside its title: the bodies' own ("(HĐND)", "(UBND)") and a department's
fields joined by "&" or "-" ("(LĐTB&XH)", "(NN&PTNT)", "(VH-TT)", "(TN&MT)"): capitals only, so a place in brackets
("(Tiền Giang)") or a photo's "(ảnh)" is left to end the clause (fresh86 v13)."""

_KEEP = "\u2060"
_COMMITTEE_DASH = re.compile(r"(?:(?<=\b[Bb]an\s)|(?<=\bPhòng\s)|(?<=ưởng\sphòng\s)|(?<=\bSở\s))"
                             r"[^,;:()]{2,30}?\s[-–]\s(?=[A-ZĐ])")


def title_before(before: str) -> str:
    """The title written just before a name, back to the clause start: "Phó chủ tịch Thường trực HĐND Thành phố"."""
    # a committee's name keeps its dash ("Trưởng ban Kinh tế - Xã hội"): it is no clause break
    before = _COMMITTEE_DASH.sub(lambda m: m[0].replace(" ", _KEEP), before)
    # "UBND huyện A (tỉnh B) X", "UBND tỉnh Bà Rịa - Vũng Tàu (BR-VT) X": the bracketed place is the title's, taken
    # off first so that a dashed place before it ends the text and keeps its dash
    before = BRACKETED_PLACE_END.sub(" ", before)
    before = dashed_place_kept(before, _KEEP)  # "tỉnh Bà Rịa - Vũng Tàu", "Thừa Thiên – Huế": one place, its dash kept
    before = re.sub(r"\s[-–]\s*$", " ", before)  # "Chủ tịch UBND huyện – Trần Thị Quý": a dash joins title and name
    # an abbreviation in brackets ("Hội đồng nhân dân (HĐND) tỉnh", "Sở Lao động, Thương binh và Xã hội (LĐTB&XH)
    # tỉnh Tiền Giang") belongs to the title, it opens no clause
    before = _BRACKETED_ABBREVIATION.sub("", before)
    before = body_and_kept(before)  # "Ủy ban Kinh tế và Tài chính": the "và" of a body's name ends no title
    before = keep_long_offices(before, AND_KEPT)  # "Bộ Lao động - Thương binh và Xã hội", "Ban Chỉ đạo phòng, chống"
    before = assembly_of_kept(before)  # "Ủy ban Đối ngoại của Quốc hội": nor does the "của" of a committee's name
    # (a host's welcome ends a clause too: "Chủ tịch UBND xã A Y đã tiếp Phó Chủ tịch HĐND huyện X", `leader_welcomed`)
    clause = re.split(r"[,;:(]|\bdo\b|\bcủa\b|\bvà\b|\bcó\b|\blà\b|\s[-–]\s|" + WELCOME_BREAK, before)[-1]
    clause = clause.strip().replace(_KEEP, " ")
    clause = restore_long_offices(clause.replace(AND_KEPT, "và").replace(ASSEMBLY_OF, "của"))
    if not clause:
        return ""
    words = clause.split()
    # the title starts at the first title keyword of the clause; the "phố" of a city or quarter ("tại thành phố Kon
    # Tum", "khu phố 3") folds to the "Phó" of an office but opens none
    for i in range(len(words)):
        if words[i] == "phố":
            continue
        candidate = " ".join(words[i:])
        folded = fold(candidate)
        if _TITLE_START_RE.match(folded):
            if all(fold(w).strip(".,") in _TITLE_WORDS or w[0].isupper() or w in ("-", "–") or
                   assembly_words_at(words, j) or long_office_word(words, j, i) or glued_title_word(w, _TITLE_WORDS)
                   for j, w in enumerate(words[i:], i)):
                return candidate
            return ""
    return ""


def titles_after(text: str, position: int) -> list[str]:
    """Titles after a name: "- Ủy viên BTV Thành ủy- Phó chủ tịch ..." or ", Ủy viên ..., Trưởng Đoàn ..."."""
    rest = text[position:]
    titles: list[str] = []
    # a bracket opens titles too: "đồng chí X (Phó Chủ tịch HĐND tỉnh) làm trưởng đoàn"; so does a bare hyphen glued
    # to a title, as Báo Gia Lai writes them: "đồng chí Nguyễn Ngọc Lương-Phó Bí thư Tỉnh ủy đã đến kiểm tra"
    m = re.match(r"\s*(?:[,–(]|-(?!\w)|-(?=[A-ZĐÀ-Ỹ]))\s*", rest) or glued_title(rest)  # or none: leader_glued_titles
    if not m:
        return titles
    rest = join_committee_dashes(rest[m.end():])  # "Trưởng Ban Văn hoá – Xã hội": one title, not two
    rest = keep_long_offices(rest, "và")  # "Bộ Văn hóa, Thể thao và Du lịch", "Ban Chỉ đạo phòng, chống ...": one
    while rest:
        # one segment: up to the next ",", "-" attached to a word end, ";" or "(".
        seg = re.match(r"(.+?)(?:\s*,\s*|(?<=\S)-\s+|\s+[–—]\s+|\s*;|\s*[()]|$)", rest)
        if not seg:
            break
        segment = restore_long_offices(seg[1].strip().replace(JOINED, " "))
        stop = _TITLE_STOP.search(" " + segment)
        cut = segment[:stop.start()].strip() if stop else segment
        cut = trim_title(cut)
        folded = fold(cut)
        if titles and (tail := office_tail(titles[-1], rest)):  # "Sở Văn hóa" + ", Thể thao và Du lịch"
            titles[-1] += ", " + rest[:tail].strip(" ,")
            rest = rest[tail:]
            if not re.match(r"\s*,", rest):
                break
            rest = rest[re.match(r"\s*,\s*", rest).end():]  # type: ignore[union-attr]
            continue
        if not cut or not (_TITLE_START_RE.match(folded) or opens_with_dotted_office(folded)):  # "CT.UBMTTQ xã"
            break
        titles.append(cut)
        separator = seg.group(0)[len(seg[1]):].strip()
        if stop or cut != segment or separator in (";", "(", ")", ""):
            break
        rest = rest[seg.end():]
    return titles


def trim_title(title: str) -> str:
    """Cut a title where ordinary words begin: "Phó Chủ tịch HĐND tỉnh làm" → "Phó Chủ tịch HĐND tỉnh"."""
    words = title.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        bare = word.strip(".,:;")  # "Ủy ban Văn hóa, Giáo dục": the comma kept inside a committee's name
        if i < len(kept):
            continue  # a word of a body name kept with the ones before it
        if n := body_words_at(words, i) or assembly_words_at(words, i):  # "Đảng ủy các cơ quan Đảng tỉnh": a body's
            # name, lower-case words and all; "Ủy ban Đối ngoại của Quốc hội": an Assembly committee's
            kept.extend(words[i:i + n])
            continue
        if bare and (bare[0].isupper() or bare.isupper() or fold(bare) in _TITLE_WORDS or bare in ("-", "–") or
                     long_office_word(words, i, 0) or glued_title_word(bare, _TITLE_WORDS) or
                     word == "dự" and words[i + 1:i + 2] == ["khuyết"]):  # "Ủy viên dự khuyết", never "dự" alone
            kept.append(word)
            continue
        break
    while kept and kept[-1] in ("-", "–", "và", "số"):  # "Trưởng Đoàn công tác số 16": the team's number goes
        kept.pop()
    return " ".join(kept).rstrip(".…;:")
