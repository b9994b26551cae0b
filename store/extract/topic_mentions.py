"""Passing mentions of a topic: words of a taxonomy alias that do not say the visit dealt with it.

Topics are found through the taxonomy's aliases (`Taxonomy.find_topics`); a few of those words also
appear where the visit did not deal with the topic, and a filter on that topic would then find a visit
that is not about it (session 16, realcheck-s16-topics):

- Project 06 in the NAME of a body or a leader's title: "Thứ trưởng ..., Tổ phó Thường trực Tổ công tác
  triển khai Đề án 06 của Chính phủ, đã đến kiểm tra ... dịch vụ công" is a check of public services;
  the visit is about Project 06 only when the text says so elsewhere ("thực hiện Đề án 06").
- Project 06's full name ends "... định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia": a
  check of Project 06 is not, by that name alone, a check of digital transformation.
- "cán bộ, công chức" names the people of an office in nearly every report ("động viên cán bộ, công
  chức ... làm việc tại Trung tâm", "90% cán bộ, công chức sử dụng thành thạo các phần mềm"); it is the
  apparatus-and-staff topic only when the sentence is about staffing, which `topic_words.STAFFING`
  decides, so the alias is taken out here.

- Session 17 (realcheck-s16-topics s16f21 v01): an online-resolution rate ("việc giải quyết thủ tục hành chính
  trực tuyến mức độ 3, 4 ... đạt trên 79%") is the online-services topic alone, as that set's labelling rule
  says; the procedures topic needs dossiers or procedures handled elsewhere. And businesses that apply IT
  ("các doanh nghiệp ... đã ứng dụng công nghệ thông tin trong quản lý sản xuất") tell of the digital economy,
  not of the government's IT infrastructure.

- Session 42 (issue 12, tryout s42-tryout14): Project 06's own words ("tài khoản định danh điện tử", "căn cước điện
  tử") said once, in a visit about something else ("Xã đã hỗ trợ người dân kích hoạt 1.250 tài khoản định danh điện
  tử" in a check of the one-stop desk; "đối chiếu căn cước điện tử của người nhận" in a land clearance), tagged the
  visit `de-an-06`. Every other topic is read from one sentence, as before; Project 06 is the one whose words are
  everyday tools of other work. So `about_project_06` keeps the topic when the project is named ("Đề án 06", outside
  a body's name) or its words come in two sentences or more (the title counts as one).

Each mask works on folded text (`store.folding.fold`) and keeps the rest of the sentence, so the
same sentence still gives the topics it does deal with.
"""

from __future__ import annotations

import re

_PROJECT_06_BODY = re.compile(
    r"\b(?:to cong tac|ban chi dao)(?: thuong truc)?(?: (?:trien khai|thuc hien))*(?: (?:de an|da) ?06)(?:/cp)?"
    r"(?: (?:cua )?chinh phu)?\b")
"""A body named after Project 06 ("Tổ công tác triển khai Đề án 06 của Chính phủ", "Ban Chỉ đạo Đề án 06")."""

_PROJECT_06_NAME_TAIL = re.compile(r"\b(xac thuc dien tu,? )phuc vu chuyen doi so quoc gia\b")
"""The end of Project 06's full name, whose 'chuyển đổi số' names the project's purpose."""

_STAFF_ALIAS = re.compile(r"\bcan bo, cong chuc\b")
"""The staff alias, broken so that only `topic_words.STAFFING` decides the staff topic."""


_ONLINE_PROCEDURES = re.compile(r"\b(?:giai quyet )?thu tuc hanh chinh( truc tuyen)\b")
"""Procedures "trực tuyến": the online services the rate measures."""

_BUSINESS_IT = re.compile(r"\b((?:doanh nghiep|ho kinh doanh|hop tac xa)\b[^.;]{0,60}?\bung dung) "
                          r"cong nghe thong tin\b")
"""Businesses applying IT: the digital economy's news, no government infrastructure."""


def mask_passing_mentions(folded: str) -> str:
    """`folded` with the passing mentions above made unrecognisable to the taxonomy's aliases."""
    folded = _PROJECT_06_BODY.sub("to cong tac", folded)
    folded = _ONLINE_PROCEDURES.sub(r"thu tuc\1", folded)
    folded = _BUSINESS_IT.sub(r"\1 cong nghe tin hoc", folded)
    folded = _PROJECT_06_NAME_TAIL.sub(r"\1", folded)
    return _STAFF_ALIAS.sub("can bo cong chuc", folded)


_PROJECT_06_NAMED = re.compile(r"\b(?:de an 06|da ?06)\b")
_PROJECT_06_WORDS = re.compile(r"\b(?:can cuoc dien tu|dinh danh dien tu)\b")


def about_project_06(folded_texts: list[str]) -> bool:
    """True when the title and sentences (`folded_texts`, folded, passing mentions masked) are about Project 06: the
    project named, or its words in two of them or more; a single mention of an electronic ID is a passing one."""
    if any(_PROJECT_06_NAMED.search(text) for text in folded_texts):
        return True
    return sum(1 for text in folded_texts if _PROJECT_06_WORDS.search(text)) >= 2
