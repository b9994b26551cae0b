"""Compose visit leads and look-alikes from parts and list the combinations the extractor gets wrong.

Rules fitted page by page do not generalise; this generator crosses every way a delegation's body, its head, the
verb, the place and the day are written, and every frame that looks like a visit but is none (voters met, a
council's own meeting, a plan, an interview), so that failures show as classes (a template, a title shape, a body)
rather than single strings. The sentences are invented; no real article is copied.

    .venv/bin/python scripts/dev/phrasings.py            # counts by class, a few failing examples each
    .venv/bin/python scripts/dev/phrasings.py -n 600 -v  # more variants, every failure
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from store.extract import extract_article  # noqa: E402

TODAY = date(2026, 12, 2)

# (body as the delegation's owner, the leader's title in that body, a host's unit)
BODIES = [
    ("HĐND tỉnh Nghệ An", "Phó Chủ tịch HĐND tỉnh", "tỉnh"),
    ("HĐND thành phố Hải Phòng", "Phó Chủ tịch HĐND thành phố", "tỉnh"),
    ("HĐND huyện Yên Thành", "Chủ tịch HĐND huyện", "huyện"),
    ("HĐND xã Kỳ Tân", "Phó Chủ tịch HĐND xã", "xã"),
    ("HĐND phường Hòa Khánh", "Chủ tịch HĐND phường", "xã"),
    ("Thường trực HĐND tỉnh Thanh Hóa", "Phó Chủ tịch HĐND tỉnh", "tỉnh"),
    ("Ban Pháp chế HĐND tỉnh Quảng Ngãi", "Trưởng Ban Pháp chế HĐND tỉnh", "tỉnh"),
    ("Ban Kinh tế - Ngân sách HĐND tỉnh Bắc Ninh", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh", "tỉnh"),
    ("Ban Văn hóa - Xã hội HĐND thành phố Cần Thơ", "Phó Trưởng Ban Văn hóa - Xã hội HĐND thành phố", "tỉnh"),
    ("Ban Dân tộc HĐND tỉnh Lạng Sơn", "Trưởng Ban Dân tộc HĐND tỉnh", "tỉnh"),
    ("Ban Đô thị HĐND thành phố Hà Nội", "Trưởng Ban Đô thị HĐND thành phố", "tỉnh"),
    ("Đoàn ĐBQH tỉnh Gia Lai", "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh", "tỉnh"),
    ("Ủy ban Pháp luật của Quốc hội", "Phó Chủ nhiệm Ủy ban Pháp luật của Quốc hội", "tỉnh"),
    ("Ủy ban Xã hội của Quốc hội", "Ủy viên Thường trực Ủy ban Xã hội của Quốc hội", "tỉnh"),
    ("Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "tỉnh"),
    ("UBND tỉnh Hà Tĩnh", "Phó Chủ tịch UBND tỉnh", "tỉnh"),
    ("Sở Nội vụ tỉnh Đắk Lắk", "Giám đốc Sở Nội vụ", "tỉnh"),
    ("Bộ Nội vụ", "Thứ trưởng Bộ Nội vụ", "tỉnh"),
    ("Tỉnh ủy Quảng Trị", "Phó Bí thư Tỉnh ủy", "tỉnh"),
]
NAMES = [("ông", "Nguyễn Văn Hùng"), ("bà", "Trần Thị Mai"), ("ông", "Lê Quang"), ("bà", "Phạm Thị Thu Hằng"),
         ("ông", "Hoàng Minh Tuấn"), ("bà", "Đỗ Thị Lan"), ("ông", "Vũ Đức Thắng"), ("bà", "Bùi Ngọc Ánh"),
         ("ông", "Đinh Tiến"), ("bà", "Lương Thị Kim Chi"), ("bà", "Hà Thu"), ("ông", "Lò Văn Pâng"),
         ("ông", "Y Khoa Niê"), ("bà", "Tôn Nữ Diệu Hiền"), ("ông", "Thạch Sô Phal"), ("bà", "Kiều Oanh")]
SECOND = [("ông", "Trịnh Văn Bảo"), ("bà", "Ngô Thị Hạnh"), ("ông", "Mai Xuân Trường")]
HOST = ("ông", "Tạ Văn Khánh", "Chủ tịch UBND xã Kỳ Tân")
VERBS = ["giám sát việc thực hiện chính sách đất đai", "khảo sát công tác chuyển đổi số",
         "kiểm tra công tác cải cách hành chính", "làm việc với UBND xã Kỳ Tân", "thăm và làm việc tại xã Kỳ Tân",
         "thị sát tiến độ dự án đường ven biển"]
PLACE = "tại xã Kỳ Tân"
DATES = ["Sáng 12/9/2024", "Chiều 3-10", "Ngày 21/5/2025", "Trong hai ngày 8 và 9/7/2024"]


@dataclass
class Case:
    cls: str
    text: str
    leader: str | None  # expected leader name (None: no leader expected or not checked)
    visit: bool
    check_leader: bool = True


def _place_of(verb: str) -> str:
    return "" if "xã Kỳ Tân" in verb else " " + PLACE


def leader_cases(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for body, title, _level in BODIES:
        for verb in VERBS:
            hon, name = rng.choice(NAMES)
            hon2, name2 = rng.choice(SECOND)
            day = rng.choice(DATES)
            where = _place_of(verb)
            dc = "đồng chí"
            title2 = "Ủy viên Thường trực " + body if body.startswith("HĐND") else "Phó " + title.removeprefix("Phó ")
            title_lc = title
            host = f"Báo cáo với đoàn, {HOST[0]} {HOST[1]}, {HOST[2]}, cho biết xã đã hoàn thành các chỉ tiêu."
            heads = {
                "do_hon_X_title_lam_truong_doan":
                    f"{day}, Đoàn giám sát của {body} do {hon} {name}, {title_lc}, làm trưởng đoàn đã {verb}{where}.",
                "do_dc_X_title_dan_dau":
                    f"{day}, đoàn công tác của {body} do {dc} {name}, {title_lc} dẫn đầu đã {verb}{where}.",
                "do_X_title_chu_tri":
                    f"{day}, {body} do {hon} {name}, {title_lc} chủ trì đã {verb}{where}.",
                "buoi_lam_viec_do_X_chu_toa":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}. Buổi làm việc do {hon} {name}, {title_lc} "
                    f"chủ tọa.",
                "title_X_dan_dau_doan":
                    f"{day}, {title_lc} {name} dẫn đầu đoàn công tác của {body} đã {verb}{where}.",
                "title_X_chu_tri":
                    f"{day}, {title_lc} {name} chủ trì buổi làm việc của đoàn giám sát {body} {PLACE}.",
                "doan_do_title_X_lam_truong_doan":
                    f"{day}, Đoàn khảo sát của {body} do {title_lc} {name} làm Trưởng đoàn đã {verb}{where}.",
                "dc_X_title_truong_doan_2nd":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}. Đồng chí {name}, {title_lc}, Trưởng đoàn "
                    f"giám sát chủ trì buổi làm việc.",
                "name_after_body":
                    f"{day}, Đoàn giám sát {body} - {title_lc} {name} làm trưởng đoàn - đã {verb}{where}.",
                "two_co_leaders":
                    f"{day}, Đoàn công tác của {body} do {hon} {name}, {title_lc} và {hon2} {name2}, {title2} "
                    f"đồng chủ trì đã {verb}{where}.",
                "X_cung_Y_dong_chu_tri":
                    f"{day}, {title_lc} {name} cùng {title2} {name2} đồng chủ trì buổi làm việc của {body} {PLACE}.",
                "leader_in_2nd_paragraph":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}.\n\nĐoàn do {hon} {name}, {title_lc} làm "
                    f"trưởng đoàn. {host}",
                "leader_in_3rd_paragraph":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}.\n\n{host}\n\nTrưởng đoàn giám sát là {hon} "
                    f"{name}, {title_lc}.",
                "truong_doan_at_end":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}.\n\n{host}\n\nPhát biểu kết luận, {hon} "
                    f"{name}, {title_lc}, Trưởng đoàn giám sát đề nghị xã tiếp tục rà soát.",
                "caption_truong_doan":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}.\n\n{host}\n\n{title_lc} {name}, Trưởng đoàn "
                    f"giám sát phát biểu tại buổi làm việc. (Ảnh: Minh Anh)",
                "truong_doan_colon_name":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}. Trưởng đoàn: {hon} {name}, {title_lc}.",
                "dc_X_title_truong_doan_lead":
                    f"{day}, đồng chí {name}, {title_lc}, Trưởng đoàn giám sát của {body} đã {verb}{where}.",
                "chu_tri_buoi_lam_viec_co":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}. Chủ trì buổi làm việc có {hon} {name}, "
                    f"{title_lc}. {host}",
                "host_side_lead":
                    f"{day}, UBND xã Kỳ Tân đã làm việc với Đoàn giám sát của {body} do {hon} {name}, {title_lc} "
                    f"làm trưởng đoàn. {host}",
                "hon_X_dash_title_dan_dau":
                    f"{day}, {hon} {name} - {title_lc} đã dẫn đầu đoàn công tác của {body} {verb}{where}.",
                "truong_doan_title_dash":
                    f"{day}, Đoàn giám sát của {body} do {hon} {name} - {title_lc} - Trưởng đoàn đã {verb}{where}.",
                "members_after_leader":
                    f"{day}, Đoàn giám sát của {body} do {hon} {name}, {title_lc} làm trưởng đoàn đã {verb}{where}; "
                    f"cùng tham gia đoàn có {hon2} {name2}, {title2}.",
                "host_in_lead_then_leader":
                    f"{day}, {HOST[2]} {HOST[1]} đã tiếp và làm việc với Đoàn giám sát của {body}. Trưởng đoàn "
                    f"giám sát, {title_lc} {name} đề nghị xã rà soát lại số liệu.",
                "title_comma_hon_X":
                    f"{day}, {title_lc}, {hon} {name} dẫn đầu đoàn công tác của {body} đã {verb}{where}.",
                "head_and_deputy_head":
                    f"{day}, Đoàn giám sát của {body} do {hon} {name}, {title_lc} làm trưởng đoàn, {hon2} {name2}, "
                    f"{title2} làm phó trưởng đoàn đã {verb}{where}.",
                "X_cung_thanh_vien":
                    f"{day}, {title_lc} {name} cùng các thành viên đoàn giám sát của {body} đã {verb}{where}.",
                "hon_X_truong_doan_3rd_paragraph":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}.\n\n{host}\n\n{hon.capitalize()} {name} - "
                    f"{title_lc}, Trưởng đoàn giám sát đề nghị xã sớm khắc phục tồn tại.",
                "concludes_after_nameless_lead":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}.\n\n{host}\n\nKết luận buổi giám sát, "
                    f"{title_lc} {name} yêu cầu xã sớm khắc phục tồn tại.",
                "thay_mat_doan":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}.\n\n{host}\n\nThay mặt đoàn giám sát, "
                    f"{hon} {name}, {title_lc} ghi nhận kết quả xã đạt được.",
                "dan_dau_doan_la":
                    f"{day}, Đoàn giám sát của {body} đã {verb}{where}. Dẫn đầu đoàn là {hon} {name}, {title_lc}.",
            }
            for cls, lead in heads.items():
                title_line = f"{body} {verb.split(' ')[0]} {PLACE}"
                cases.append(Case("L:" + cls, f"{title_line}\n\n{lead}", name, True))
    return cases


def _look(cls: str, text: str) -> Case:
    return Case(cls, text, None, False, check_leader=False)


def lookalike_cases(rng: random.Random) -> list[Case]:
    cases: list[Case] = []
    for body, title, _level in BODIES:
        hon, name = rng.choice(NAMES)
        day = rng.choice(DATES)
        # each frame WITHOUT and WITH words that look like a visit ("đoàn", "làm việc", "tại xã")
        frames = {
            "voters": (f"{day}, {title} {name} đã tiếp xúc cử tri xã Kỳ Tân trước kỳ họp thứ 9.",
                       f"{day}, đoàn {body} do {hon} {name}, {title} dẫn đầu đã tiếp xúc cử tri tại xã Kỳ Tân trước "
                       f"kỳ họp."),
            "dialogue": (f"{day}, {body} tổ chức đối thoại với nhân dân về chính sách bồi thường.",
                         f"{day}, {title} {name} chủ trì buổi đối thoại với nhân dân tại xã Kỳ Tân; cùng làm việc có "
                         f"đoàn công tác của {body}."),
            "conference": (f"{day}, {body} tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.",
                           f"{day}, {body} tổ chức hội nghị tại xã Kỳ Tân, {title} {name} chủ trì; các đoàn giám sát "
                           f"báo cáo kết quả làm việc."),
            "session": (f"{day}, {body} khai mạc kỳ họp thứ 12 để xem xét các tờ trình.",
                        f"{day}, tại kỳ họp thứ 12, {body} đã nghe báo cáo kết quả giám sát của đoàn tại xã Kỳ Tân."),
            "sitting": (f"{day}, {title} {name} chủ trì phiên họp thường kỳ tháng 9 của {body}.",
                        f"{day}, {body} họp phiên thường kỳ; {title} {name} chủ trì, nghe báo cáo của các đoàn làm "
                        f"việc tại xã Kỳ Tân."),
            "plan_issued": (f"{day}, {body} ban hành kế hoạch giám sát việc thực hiện chính sách đất đai.",
                            f"{day}, {body} ban hành kế hoạch giám sát; theo đó, đoàn do {hon} {name}, {title} làm "
                            f"trưởng đoàn sẽ làm việc tại xã Kỳ Tân."),
            "to_come": (f"{day}, {body} cho biết sẽ giám sát việc thực hiện chính sách đất đai trong quý IV.",
                        f"Từ ngày 15/10 đến 20/10, đoàn giám sát của {body} do {hon} {name}, {title} làm trưởng đoàn "
                        f"sẽ làm việc tại xã Kỳ Tân."),
            "year_programme": (f"{body} thông qua chương trình giám sát năm 2025 với 4 chuyên đề.",
                               f"{day}, {body} thông qua chương trình giám sát năm 2025; theo đó, đoàn sẽ làm việc tại "
                               f"xã Kỳ Tân và 5 xã khác."),
            "interview": (f"Nhân dịp cuối năm, phóng viên Báo Nhân Dân có cuộc trao đổi với {hon} {name}, {title}.\n\n"
                          f"PV: Thưa {hon}, năm qua công tác giám sát có gì nổi bật?\n\n- Chúng tôi đã giám sát 6 "
                          f"chuyên đề.",
                          f"Phóng viên có cuộc phỏng vấn {hon} {name}, {title}, trưởng đoàn giám sát.\n\n"
                          f"PV: Thưa {hon}, đoàn đã làm việc tại xã Kỳ Tân thế nào?\n\n- Đoàn đã làm việc với 5 xã."),
            "feature": ("Ở xã Kỳ Tân, người dân đã quen với việc nộp hồ sơ trực tuyến. Chị Lan, một tiểu thương, kể "
                        "rằng trước đây phải đi lại nhiều lần.",
                        f"Những ngày này, xã Kỳ Tân như thay da đổi thịt. Nhớ lại lần đoàn công tác của {body} về làm "
                        f"việc năm trước, bà con vẫn kể mãi."),
            "explain_session": (f"{day}, {body} tổ chức phiên giải trình về công tác bồi thường, giải phóng mặt bằng.",
                                f"{day}, tại phiên giải trình của {body}, đoàn giám sát đã nêu các tồn tại qua làm "
                                f"việc tại xã Kỳ Tân; {title} {name} chủ trì."),
            "questions": (f"{day}, {body} tổ chức phiên chất vấn tại kỳ họp thứ 20.",
                          f"{day}, {title} {name} điều hành phiên chất vấn; các đại biểu đã chất vấn về những tồn tại "
                          f"mà đoàn giám sát phát hiện khi làm việc tại xã Kỳ Tân."),
            "training": (f"{day}, {body} tổ chức lớp tập huấn kỹ năng giám sát cho đại biểu.",
                         f"{day}, {body} tổ chức tập huấn tại xã Kỳ Tân; {title} {name} quán triệt cách làm việc của "
                         f"đoàn giám sát."),
            "briefing": (f"{day}, Thường trực {body.removeprefix('Thường trực ')} họp giao ban với các Ban.",
                         f"{day}, {title} {name} chủ trì cuộc họp giao ban; các Ban báo cáo kết quả làm việc của đoàn "
                         f"tại xã Kỳ Tân."),
            "seminar": (f"{day}, {body} tổ chức hội thảo về nâng cao chất lượng giám sát.",
                        f"{day}, {body} phối hợp tổ chức tọa đàm tại xã Kỳ Tân; {title} {name} chủ trì, các thành "
                        f"viên đoàn giám sát tham dự."),
            "report_conference": (f"{day}, {body} tổ chức hội nghị thông qua báo cáo kết quả giám sát.",
                                  f"{day}, đoàn giám sát của {body} họp thông qua dự thảo báo cáo kết quả giám sát tại "
                                  f"xã Kỳ Tân; {title} {name} chủ trì."),
            "online_conference": (f"{day}, {body} tổ chức hội nghị trực tuyến triển khai nhiệm vụ năm 2025.",
                                  f"{day}, {title} {name} chủ trì hội nghị trực tuyến với các xã; tại điểm cầu xã Kỳ "
                                  f"Tân có đoàn công tác của {body} tham dự."),
            "dialogue_team": (f"{day}, {title} {name} đối thoại với thanh niên về khởi nghiệp.",
                              f"{day}, đoàn công tác của {body} do {hon} {name}, {title} dẫn đầu đã đối thoại với "
                              f"nhân dân xã Kỳ Tân về bồi thường."),
            "voters_team": (f"{day}, Tổ đại biểu HĐND tỉnh tiếp xúc cử tri tại xã Kỳ Tân.",
                            f"{day}, đoàn ĐBQH do {hon} {name}, {title} làm trưởng đoàn đã tiếp xúc cử tri chuyên "
                            f"đề tại xã Kỳ Tân và làm việc với cử tri là doanh nghiệp."),
            "ceremony": (f"{day}, {body} tổ chức lễ công bố nghị quyết thành lập xã Kỳ Tân.",
                         f"{day}, tại xã Kỳ Tân, {body} tổ chức lễ công bố quyết định; {title} {name} dự và trao "
                         f"quyết định; đoàn công tác của tỉnh và lãnh đạo xã Kỳ Tân cùng dự lễ."),
            "q_and_a": (f"{title} {name}: Giám sát phải đến nơi đến chốn\n\nXin {hon} cho biết những kết quả nổi bật "
                        f"của công tác giám sát năm qua?\n\n- Năm qua, chúng tôi đã giám sát 5 chuyên đề.",
                        f"{title} {name}: Mỗi chuyến giám sát là một lần lắng nghe\n\nThưa {hon}, đoàn giám sát đã "
                        f"làm việc tại xã Kỳ Tân ra sao?\n\n- Đoàn đã làm việc với UBND xã Kỳ Tân và đi thực tế."),
        }
        for cls, (plain, looking) in frames.items():
            cases.append(_look(f"N:{cls}", f"{body} {cls}\n\n{plain}"))
            headed = cls == "q_and_a"  # the quoted headline is the article's own title
            cases.append(_look(f"N:{cls}+visitwords", looking if headed else f"Tin hoạt động\n\n{looking}"))
        # real visits that mention a meeting, a plan or voters in passing stay visits
        passing = {
            "V:per_plan": f"{day}, thực hiện kế hoạch giám sát năm 2025, Đoàn giám sát của {body} do {hon} {name}, "
                          f"{title} làm trưởng đoàn đã làm việc với UBND xã Kỳ Tân.",
            "V:before_session": f"{day}, chuẩn bị cho kỳ họp thứ 12, Đoàn giám sát của {body} do {hon} {name}, "
                                f"{title} làm trưởng đoàn đã khảo sát tại xã Kỳ Tân.",
            "V:after_voters": f"{day}, sau khi tiếp xúc cử tri, {title} {name} đã đến kiểm tra tại xã Kỳ Tân.",
            "V:conference_later": f"{day}, Đoàn giám sát của {body} do {hon} {name}, {title} làm trưởng đoàn đã làm "
                                  f"việc với UBND xã Kỳ Tân. Kết quả sẽ được báo cáo tại hội nghị cuối năm.",
            "V:voters_after_visit": f"{day}, Đoàn ĐBQH do {hon} {name}, {title} làm trưởng đoàn đã khảo sát tại "
                                    f"xã Kỳ Tân. Chiều cùng ngày, đoàn tiếp xúc cử tri xã.",
            "V:plan_numbered": f"{day}, theo Kế hoạch số 45/KH-HĐND, Đoàn giám sát của {body} do {hon} {name}, "
                               f"{title} làm trưởng đoàn đã giám sát tại xã Kỳ Tân.",
            "V:after_conference": f"{day}, sau hội nghị sơ kết, {title} {name} đã dẫn đầu đoàn đi kiểm tra thực tế "
                                  f"tại xã Kỳ Tân.",
            "V:for_the_session": f"{day}, để chuẩn bị cho kỳ họp cuối năm, {title} {name} dẫn đầu đoàn khảo sát "
                                 f"đã làm việc với UBND xã Kỳ Tân.",
            "V:dialogue_in_visit": f"{day}, Đoàn giám sát của {body} do {hon} {name}, {title} làm trưởng đoàn đã làm "
                                   f"việc với UBND xã Kỳ Tân và đối thoại với một số hộ dân.",
        }
        for cls, lead in passing.items():
            cases.append(Case(cls, f"{body} làm việc tại xã Kỳ Tân\n\n{lead}", name, True))
    return cases


def run(cases: list[Case]) -> dict[str, list[tuple[Case, str]]]:
    failures: dict[str, list[tuple[Case, str]]] = defaultdict(list)
    for case in cases:
        draft = extract_article(case.text, today=TODAY)
        flagged = draft.non_visit is not None or any("not_a_visit" in str(w) for w in draft.warnings)
        leader = draft.record.get("leader")
        got = leader["name"] if leader else None
        if flagged == case.visit:
            failures[case.cls].append((case, "flagged" if flagged else "not flagged"))
        elif case.visit and case.check_leader and got != case.leader:
            failures[case.cls].append((case, f"leader {got!r}"))
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", action="store_true", help="every failure")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--only", default="", help="class prefix")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cases = [c for c in leader_cases(rng) + lookalike_cases(rng) if c.cls.startswith(args.only)]
    failures = run(cases)
    totals = Counter(c.cls for c in cases)
    failed = sum(len(v) for v in failures.values())
    print(f"{len(cases)} cases, {failed} failing")
    for cls in sorted(totals):
        wrong = failures.get(cls, [])
        print(f"{cls:40} {len(wrong):4}/{totals[cls]}")
        for case, why in wrong[: None if args.v else 2]:
            print(f"    {why}: {case.text[case.text.index(chr(10)) + 2:][:260]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
