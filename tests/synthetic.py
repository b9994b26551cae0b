"""Realistic synthetic surveys for tests and the benchmark, deterministic for a seed.

    python -m tests.synthetic 100000 --seed 1 -o /tmp/surveys-100k.json

Records follow `data/schema.json` and pass `store.validation.validate`:
real provinces and wards (codes included) from the 2025 gazetteer, and,
before the July 2025 reform, the districts and provinces of the time
(`data/former_units.json`) with the province they were merged into. Bodies,
people, topic mixes, figures with metric ids and periods, recommendations
and directions with statuses, deadlines and responses, and summaries are
drawn from Vietnamese templates so that text search meets realistic
vocabulary. Records average about 2 KB of JSON.

This is a development tool: it is not part of the product's CLI.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

from store.folding import normalize_text, slugify
from store.gazetteer import gazetteer, split_level
from store.resources import load_json
from store.taxonomy import taxonomy

FIRST_DAY = date(2021, 1, 1)
LAST_DAY = date(2026, 12, 31)
REFORM_DAY = date(2025, 7, 1)
"""Before this day reports name districts and the 63 provinces; after it, the 34 provinces and their wards."""

SURNAMES = (
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 5), ("Phan", 4), ("Vũ", 4),
    ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1), ("Ngô", 1), ("Dương", 1), ("Lý", 1), ("Đinh", 1),
    ("Trương", 1), ("Lâm", 1), ("Mai", 1), ("Tô", 1), ("Hà", 1), ("Đoàn", 1), ("Lương", 1), ("Cao", 1),
    ("Châu", 1), ("Tạ", 1), ("Quách", 1), ("Thái", 1), ("Kiều", 1), ("Phùng", 1), ("Triệu", 1),
)
MIDDLE_MEN = ("Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Công", "Xuân", "Ngọc", "Tấn", "Duy", "Hoàng",
              "Việt", "Anh", "Quốc", "Trọng", "Đình", "Bá", "Mạnh", "Tiến", "Văn", "Văn")
MIDDLE_WOMEN = ("Thị", "Thị Ngọc", "Thị Thu", "Thị Thanh", "Thị Hồng", "Ngọc", "Thu", "Thanh", "Hồng", "Mai",
                "Phương", "Kim", "Thị", "Thị Minh", "Thị Kim")
GIVEN_MEN = ("An", "Bảo", "Bình", "Cường", "Dũng", "Đạt", "Đông", "Đức", "Dương", "Hải", "Hiếu", "Hòa", "Hoàng",
             "Hùng", "Huy", "Khang", "Khánh", "Kiên", "Lâm", "Long", "Lợi", "Lộc", "Minh", "Nam", "Nghĩa", "Phong",
             "Phúc", "Quân", "Quang", "Sơn", "Tài", "Tâm", "Thắng", "Thành", "Thịnh", "Toàn", "Trí", "Trung",
             "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Sum", "Bảy", "Hưng", "Khải", "Lực", "Thuận", "Tú")
GIVEN_WOMEN = ("Anh", "Châu", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ",
               "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương",
               "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Trinh", "Tuyết", "Vân", "Xuân", "Yến", "Hậu", "Thoa")

KINDS = (("giám sát", 45), ("khảo sát", 30), ("kiểm tra", 12), ("làm việc", 13))
OUTLETS = ("Báo Nhân Dân", "Báo Đại biểu Nhân dân", "Cổng TTĐT Quốc hội", "Báo Pháp luật TP.HCM", "VnExpress",
           "Báo Tuổi Trẻ", "Báo Thanh Niên", "Báo Lao Động", "Cổng thông tin điện tử tỉnh", "Báo điện tử Chính phủ",
           "Đài Phát thanh - Truyền hình tỉnh", "Báo Hà Nội Mới", "Báo Sài Gòn Giải Phóng", "Báo Tiền Phong")
TO_WHOM = ("Chính phủ", "Bộ Nội vụ", "Bộ Công an", "Bộ Tài chính", "Văn phòng Chính phủ", "Bộ Khoa học và Công nghệ",
           "UBND tỉnh", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Sở Tài chính", "Công an tỉnh", "Bưu điện tỉnh",
           "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "thành phố", "tỉnh")
STATUSES = ((None, 50), ("open", 18), ("in progress", 14), ("done", 14), ("not accepted", 4))

# Sentences are assembled from parts so the vocabulary is that of real reports, with real variety.
VERBS = ("Tăng cường", "Đẩy mạnh", "Nâng cao chất lượng", "Rà soát, hoàn thiện", "Kịp thời khắc phục",
         "Sớm triển khai", "Tiếp tục thực hiện", "Bổ sung kinh phí cho", "Chỉ đạo quyết liệt", "Đầu tư nâng cấp",
         "Tập huấn, hướng dẫn", "Kiện toàn", "Đơn giản hóa", "Công khai, minh bạch", "Nghiên cứu sửa đổi",
         "Xem xét bố trí", "Hướng dẫn thống nhất", "Quan tâm hỗ trợ", "Theo dõi, đôn đốc", "Chấn chỉnh")
OBJECTS = ("hạ tầng công nghệ thông tin cấp xã", "phần mềm một cửa điện tử", "Cổng dịch vụ công quốc gia",
           "việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "đội ngũ cán bộ, công chức bộ phận một cửa",
           "thủ tục hành chính trên môi trường điện tử", "việc tiếp nhận hồ sơ qua dịch vụ bưu chính công ích",
           "cơ sở dữ liệu quốc gia về dân cư", "tài khoản định danh điện tử VNeID", "chữ ký số cho cán bộ",
           "tổ công nghệ số cộng đồng", "thanh toán trực tuyến phí, lệ phí", "dịch vụ công trực tuyến toàn trình",
           "Trung tâm Phục vụ hành chính công", "giải quyết thủ tục phi địa giới hành chính",
           "bộ máy chính quyền địa phương hai cấp", "đường truyền, máy tính, máy scan", "công tác tuyên truyền",
           "chỉ số hài lòng của người dân (SIPAS)", "kế hoạch cải cách hành chính năm", "an toàn thông tin mạng",
           "liên thông khai sinh, thường trú, bảo hiểm y tế", "chứng thực bản sao điện tử", "kho dữ liệu dùng chung",
           "việc trả kết quả đúng hạn", "đánh giá, xếp loại cán bộ theo kết quả công việc", "nhân sự chuyên môn CNTT")
PURPOSES = ("để người dân, doanh nghiệp thuận lợi hơn", "nhằm giảm thời gian chờ đợi", "bảo đảm đúng hạn",
            "tránh tình trạng hồ sơ trễ hạn", "phục vụ vận hành chính quyền hai cấp", "đáp ứng yêu cầu chuyển đổi số",
            "trong thời gian tới", "trước ngày 31/12", "theo Đề án 06 của Chính phủ", "theo Nghị quyết của HĐND",
            "để nâng cao chỉ số CCHC của địa phương", "tránh phát sinh chi phí cho người dân", "một cách thực chất",
            "gắn với trách nhiệm người đứng đầu", "bảo đảm an toàn, bảo mật dữ liệu", "")
DIFFICULTIES = ("Đường truyền internet chập chờn, phần mềm thường xuyên bị lỗi", "Thiếu cán bộ có chuyên môn CNTT",
                "Máy móc, thiết bị cũ, xuống cấp", "Người dân lớn tuổi chưa quen nộp hồ sơ trực tuyến",
                "Một số thủ tục chưa được cập nhật trên Cổng dịch vụ công", "Kinh phí cho số hóa hồ sơ còn hạn chế",
                "Các hệ thống phần mềm chưa liên thông, phải nhập liệu nhiều lần",
                "Khối lượng hồ sơ tăng sau sắp xếp đơn vị hành chính", "Trụ sở làm việc chật hẹp, xa dân",
                "Chưa có hướng dẫn thống nhất về thủ tục phi địa giới", "Tỷ lệ thanh toán trực tuyến còn thấp",
                "Cán bộ kiêm nhiệm nhiều việc, áp lực công việc lớn", "Dữ liệu dân cư chưa được làm sạch hết")
ROLES = ("Chủ tịch UBND", "Phó Chủ tịch UBND", "Bí thư Đảng ủy", "Chủ tịch HĐND", "Trưởng phòng Văn hóa - Xã hội",
         "Trưởng Công an", "Giám đốc Trung tâm Phục vụ hành chính công", "Công chức Văn phòng - Thống kê",
         "Trưởng phòng Kinh tế", "Phó Bí thư Thường trực Đảng ủy")
LEADER_TITLES = {
    "dbqh": ("Phó trưởng Đoàn ĐBQH {p}", "Trưởng Đoàn ĐBQH {p}", "Ủy viên Trung ương Đảng, Trưởng Đoàn ĐBQH {p}",
             "Đại biểu Quốc hội chuyên trách, Trưởng đoàn"),
    "hdnd": ("Phó Chủ tịch HĐND {p}", "Phó Chủ tịch Thường trực HĐND {p}, Trưởng đoàn", "Chủ tịch HĐND {p}",
             "Ủy viên BTV Tỉnh ủy, Phó Chủ tịch HĐND {p}", "Trưởng Ban Pháp chế HĐND {p}"),
    "local": ("Chủ tịch HĐND {u}", "Phó Chủ tịch HĐND {u}", "Bí thư Đảng ủy, Chủ tịch HĐND {u}"),
    "ubnd": ("Phó Chủ tịch UBND {p}, Trưởng đoàn kiểm tra", "Giám đốc Sở Nội vụ, Trưởng đoàn",
             "Phó Giám đốc Sở Nội vụ, Trưởng đoàn kiểm tra"),
    "mttq": ("Chủ tịch Ủy ban MTTQ Việt Nam {p}", "Phó Chủ tịch Ủy ban MTTQ Việt Nam {p}"),
}
OPENINGS = (
    "{body}, do {honor} {leader} dẫn đầu, {kind_verb} tại {places} về {topics}.",
    "Ngày {day}, {body} {kind_verb} tại {places}; trưởng đoàn là {honor} {leader}.",
    "{honor} {leader} cùng {body} {kind_verb} việc thực hiện {topics} tại {places}.",
)
MIDDLES = (
    "Báo cáo cho biết {fact}.",
    "Theo báo cáo, {fact}; tuy nhiên {difficulty}.",
    "Địa phương cho biết {fact}, nhưng {difficulty}.",
    "Qua khảo sát thực tế, đoàn ghi nhận {fact}.",
)
CLOSINGS = (
    "Đoàn đề nghị {places} {verb} {object} {purpose}.",
    "Kết luận buổi làm việc, {honor} {leader} yêu cầu {verb} {object}.",
    "Địa phương kiến nghị {to} {verb} {object}.",
    "Đoàn ghi nhận kết quả đạt được và đề nghị tiếp tục {verb} {object} {purpose}.",
)
FACTS = (
    "đã tiếp nhận {n} hồ sơ, tỷ lệ giải quyết đúng hạn đạt {p}%",
    "có {k} thủ tục trực tuyến toàn trình và {k2} thủ tục một phần",
    "tỷ lệ hồ sơ trực tuyến đạt {p}%",
    "đã số hóa {n} hồ sơ, kết quả giải quyết thủ tục hành chính",
    "{p}% người dân đã kích hoạt tài khoản định danh điện tử",
    "bộ phận một cửa bố trí {k3} công chức, làm việc cả thứ Bảy",
    "chỉ số hài lòng của người dân đạt {p}%",
)
TOPIC_WORDS = {
    "cchc": "cải cách hành chính", "tthc": "thủ tục hành chính", "chuyen-doi-so": "chuyển đổi số",
    "de-an-06": "Đề án 06", "mot-cua": "một cửa liên thông", "dich-vu-cong-truc-tuyen": "dịch vụ công trực tuyến",
    "phi-dia-gioi": "thủ tục phi địa giới hành chính", "chinh-quyen-so": "chính quyền số",
    "so-hoa-ho-so": "số hóa hồ sơ", "buu-chinh-cong-ich": "dịch vụ bưu chính công ích",
    "chi-so-cchc": "chỉ số CCHC", "bo-may-can-bo": "tổ chức bộ máy, cán bộ",
    "chinh-quyen-2-cap": "chính quyền địa phương 2 cấp", "ha-tang-cntt": "hạ tầng công nghệ thông tin",
}
METRIC_UNITS = {
    "ho-so-tiep-nhan": "hồ sơ", "ho-so-giai-quyet": "hồ sơ", "ho-so-dang-giai-quyet": "hồ sơ",
    "ho-so-dung-han": "hồ sơ", "ty-le-dung-han": "%", "ty-le-truc-tuyen": "%", "ho-so-dvc-truc-tuyen": "hồ sơ",
    "thu-tuc-toan-trinh": "thủ tục", "thu-tuc-mot-phan": "thủ tục", "thu-tuc-cong-dvc-quoc-gia": "thủ tục",
    "ty-le-hoan-thanh-nhiem-vu": "%", "diem-chi-so": "điểm",
}
FIGURE_CONTEXT = ("", " tại bộ phận một cửa", " qua Cổng dịch vụ công", " của UBND cấp xã", " trong kỳ báo cáo",
                  " tại Trung tâm Phục vụ hành chính công", " qua dịch vụ bưu chính công ích", " trên hệ thống")


class Places:
    """Provinces with their wards, and the former provinces with their districts."""

    def __init__(self) -> None:
        places = gazetteer()
        nested = orjson.loads(NESTED_DIVISIONS_JSON_PATH.read_bytes())
        self.provinces: list[tuple[dict[str, Any], str, list[tuple[str, str, dict[str, Any], str]]]] = []
        for province in nested:
            unit = places.province(province["code"])
            wards = []
            for ward in province["wards"]:
                name = normalize_text(ward["name"])
                level, base = split_level(name)
                level = level or ward["division_type"]
                wards.append((f"{level} {base}", level, {"name": name, "code": ward["code"]}, slugify(base)))
            self.provinces.append(({"name": unit.name, "code": unit.code}, _short(unit.name), wards))
        self.by_code = {entry[0]["code"]: entry for entry in self.provinces}
        former = load_json("former_units.json")
        districts: dict[str, list[dict[str, Any]]] = {}
        for district in former["districts"]:
            districts.setdefault(district["old_province"], []).append(district)
        self.former: list[tuple[str, str, int, str | None, list[tuple[str, str]]]] = []
        for old in former["provinces"]:
            today = places.province(old["current_code"])
            merged = places.if_merged(old["name"], today)
            units = [(_district_name(d), d["level"]) for d in districts.get(old["name"], [])]
            self.former.append((old["name"], old["level"], old["current_code"], merged, units))


def _short(name: str) -> str:
    return name.removeprefix("Thành phố ")


def _district_name(district: dict[str, Any]) -> str:
    prefix = {"thành phố": "TP.", "thị xã": "thị xã", "quận": "quận", "huyện": "huyện"}[district["level"]]
    return f"{prefix} {district['name']}"


@lru_cache(maxsize=1)
def places() -> Places:
    return Places()


class Generator:
    """Makes records one at a time from a seeded random source."""

    def __init__(self, seed: int = 0) -> None:
        self.random = random.Random(seed)
        self.places = places()
        self.topics = list(taxonomy().topics)
        self.metrics = list(taxonomy().metrics)
        self.metric_labels = {m: taxonomy().metric_label(m) for m in self.metrics}
        self._surnames = [name for name, _ in SURNAMES]
        self._surname_weights = _cumulative(w for _, w in SURNAMES)
        self._kinds = [kind for kind, _ in KINDS]
        self._kind_weights = _cumulative(w for _, w in KINDS)
        self._statuses = [status for status, _ in STATUSES]
        self._status_weights = _cumulative(w for _, w in STATUSES)
        self._days = (LAST_DAY - FIRST_DAY).days

    # -- pieces ----------------------------------------------------------
    def person(self) -> tuple[str, str]:
        """A full name and the honorific that goes with it ("ông", "bà")."""
        r = self.random
        surname = r.choices(self._surnames, cum_weights=self._surname_weights)[0]
        if r.random() < 0.6:
            return f"{surname} {r.choice(MIDDLE_MEN)} {r.choice(GIVEN_MEN)}", "ông"
        return f"{surname} {r.choice(MIDDLE_WOMEN)} {r.choice(GIVEN_WOMEN)}", "bà"

    def day(self) -> date:
        return FIRST_DAY + timedelta(days=self.random.randrange(self._days + 1))

    def sentence(self, subject: str = "") -> str:
        r = self.random
        text = f"{r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(PURPOSES)}".rstrip()
        return f"{subject} {text[0].lower()}{text[1:]}." if subject else f"{text}."

    # -- a record --------------------------------------------------------
    def record(self, serial: int) -> dict[str, Any]:
        r = self.random
        day = self.day()
        if day >= REFORM_DAY:
            unit, body, body_slug, role, province_label, localities = self._after_reform()
        else:
            unit, body, body_slug, role, province_label, localities = self._before_reform()
        kind = r.choices(self._kinds, cum_weights=self._kind_weights)[0]
        leader, honor = self.person()
        title = r.choice(LEADER_TITLES[role]).format(p=province_label, u=unit)
        topics = self._topics(day)
        names = [loc["name"] for loc in localities]
        iso = day.isoformat()
        record: dict[str, Any] = {
            "schema_version": 1,
            "id": f"{iso}-{body_slug}-{serial}",
            "date": iso,
            "date_certainty": r.choice(("stated", "stated", "stated", "publication", "inferred")),
            "kind": kind,
            "body": body,
            "leader": {"name": leader, "title": title},
            "localities": localities,
            "topics": topics,
            "summary": self._summary(day, body, leader, honor, kind, names, topics),
        }
        figures = self._figures(day, names)
        if figures or r.random() < 0.5:
            record["figures"] = figures
        recommendations = self._items(day, names, by=f"UBND {names[0]}", count=_skewed(r, 10, 1.0))
        if recommendations or r.random() < 0.5:
            record["recommendations"] = recommendations
        directions = self._items(day, names, by=leader, count=_skewed(r, 10, 1.0))
        if directions or r.random() < 0.5:
            record["directions"] = directions
        difficulties = [
            {"text": r.choice(DIFFICULTIES) + ".", **({"locality": r.choice(names)} if r.random() < 0.5 else {})}
            for _ in range(_skewed(r, 4, 0.7))
        ]
        if difficulties:
            record["difficulties"] = difficulties
        people = []
        for _ in range(_skewed(r, 4, 0.8)):
            name, _ = self.person()
            people.append({"name": name, "role": f"{r.choice(ROLES)} {r.choice(names)}"})
        if people:
            record["people"] = people
        if r.random() < 0.85:
            record["source"] = self._source(day, body, names)
        if r.random() < 0.3:
            published = day + timedelta(days=r.randrange(3))
            record["notes"] = f"Ngày lấy theo bài viết đăng {published.strftime('%d/%m/%Y')}."
        return record

    def _after_reform(self):
        r = self.random
        province, short, wards = r.choice(self.places.provinces)
        visited = r.sample(wards, min(len(wards), _locality_count(r)))
        localities = [
            {"name": written, "level": level, "province": province, "ward": ward}
            for written, level, ward, _ in visited
        ]
        city = province["name"].startswith("Thành phố")
        label = f"TP {short}" if city else f"tỉnh {short}"
        first_written, _, _, first_slug = visited[0]
        choice = r.random()
        if choice < 0.3:
            body, role = f"Đoàn ĐBQH {label}", "dbqh"
        elif choice < 0.5:
            body, role = f"HĐND {first_written}", "local"
        elif choice < 0.7:
            body, role = f"Đoàn giám sát số {r.randrange(1, 12)}, HĐND {label}", "hdnd"
        elif choice < 0.8:
            body, role = f"Đoàn công tác số {r.randrange(1, 15)}, Đoàn ĐBQH {label}", "dbqh"
        elif choice < 0.9:
            body, role = f"Ban Pháp chế HĐND {label}", "hdnd"
        elif choice < 0.95:
            body, role = f"Đoàn kiểm tra công tác CCHC, UBND {label}", "ubnd"
        else:
            body, role = f"Ủy ban MTTQ Việt Nam {label}", "mttq"
        return first_written, body, f"{slugify(short)}-{first_slug}", role, label, localities

    def _before_reform(self):
        r = self.random
        old_name, old_level, code, merged, districts = r.choice(self.places.former)
        province, _, wards = self.places.by_code[code]
        label = f"TP {old_name}" if old_level == "thành phố" else f"tỉnh {old_name}"
        localities = []
        extra = {"former_province": merged} if merged else {}
        if districts and r.random() < 0.7:
            name, level = r.choice(districts)
            localities.append({"name": name, "level": level, **extra, "province": province, "ward": None})
        for written, level, ward, _ in r.sample(wards, _locality_count(r) - (1 if localities else 0) or 1):
            localities.append({"name": written, "level": level, **extra, "province": province, "ward": ward})
        if r.random() < 0.03:
            localities.append({"name": label, "level": "tỉnh" if old_level == "tỉnh" else "thành phố", **extra,
                               "province": province, "ward": None})
        first = localities[0]["name"]
        choice = r.random()
        if choice < 0.3:
            body, role = f"Đoàn ĐBQH {label}", "dbqh"
        elif choice < 0.55:
            body, role = f"HĐND {first}", "local"
        elif choice < 0.75:
            body, role = f"Đoàn giám sát số {r.randrange(1, 12)}, HĐND {label}", "hdnd"
        elif choice < 0.85:
            body, role = f"Thường trực HĐND {label}", "hdnd"
        elif choice < 0.95:
            body, role = f"Đoàn kiểm tra công tác CCHC, UBND {label}", "ubnd"
        else:
            body, role = f"Ủy ban MTTQ Việt Nam {label}", "mttq"
        return first, body, f"{slugify(old_name)}-{slugify(split_level(first)[1])}", role, label, localities

    def _topics(self, day: date) -> list[str]:
        r = self.random
        pool = [t for t in self.topics if (t != "chinh-quyen-2-cap" or day >= REFORM_DAY)]
        core = ["cchc", "chuyen-doi-so", "tthc"]
        chosen = [t for t in core if r.random() < 0.6]
        chosen += r.sample(pool, r.randrange(1, 7))
        return list(dict.fromkeys(chosen))

    def _summary(self, day, body, leader, honor, kind, names, topics) -> str:
        r = self.random
        verb = {"giám sát": "giám sát", "khảo sát": "khảo sát thực tế", "kiểm tra": "kiểm tra",
                "làm việc": "làm việc"}[kind]
        about = ", ".join(TOPIC_WORDS.get(t, t) for t in topics[:3])
        places_text = " và ".join(names)
        parts = [r.choice(OPENINGS).format(body=body, honor=honor, leader=leader, kind_verb=verb, places=places_text,
                                           topics=about, day=f"{day.day}/{day.month}/{day.year}")]
        for _ in range(r.randrange(1, 3)):
            fact = r.choice(FACTS).format(n=_vi_number(r.randrange(200, 60000)), p=r.randrange(60, 100),
                                          k=r.randrange(20, 400), k2=r.randrange(10, 300), k3=r.randrange(3, 20))
            difficulty = r.choice(DIFFICULTIES).lower()
            parts.append(r.choice(MIDDLES).format(fact=fact, difficulty=difficulty))
        closing = r.choice(CLOSINGS).format(places=names[0], honor=honor, leader=leader, verb=r.choice(VERBS).lower(),
                                            object=r.choice(OBJECTS), purpose=r.choice(PURPOSES), to=r.choice(TO_WHOM))
        parts.append(closing.replace("  ", " ").replace(" .", "."))
        return " ".join(parts)

    def _figures(self, day: date, names: list[str]) -> list[dict[str, Any]]:
        r = self.random
        figures = []
        received = r.randrange(300, 80000)
        for _ in range(_skewed(r, 15, 1.6)):
            metric = r.choice(self.metrics)
            unit = METRIC_UNITS.get(metric, "hồ sơ")
            figure: dict[str, Any] = {"label": self.metric_labels[metric] + r.choice(FIGURE_CONTEXT)}
            if r.random() < 0.9:
                figure["metric"] = metric
            if unit == "%":
                figure["value"] = round(r.uniform(40, 100), 1)
            elif unit == "điểm":
                figure["value"] = round(r.uniform(55, 95), 2)
            elif unit == "thủ tục":
                figure["value"] = r.randrange(5, 500)
            else:
                figure["value"] = r.randrange(10, received)
                if metric in ("ho-so-giai-quyet", "ho-so-dung-han", "ho-so-dang-giai-quyet") and r.random() < 0.7:
                    figure["of"] = received
            figure["unit"] = unit
            if r.random() < 0.6:
                start = day - timedelta(days=r.randrange(30, 400))
                end = day - timedelta(days=r.randrange(1, 30))
                figure["period"] = {"from": start.isoformat(), "to": end.isoformat()}
            if r.random() < 0.6:
                figure["locality"] = r.choice(names)
            figures.append(figure)
        return figures

    def _items(self, day: date, names: list[str], by: str, count: int) -> list[dict[str, Any]]:
        r = self.random
        items = []
        for _ in range(count):
            item: dict[str, Any] = {"text": self.sentence()}
            if r.random() < 0.8:
                item["by"] = by
            if r.random() < 0.7:
                item["to"] = r.choice(TO_WHOM)
            if r.random() < 0.4:
                item["locality"] = r.choice(names)
            status = r.choices(self._statuses, cum_weights=self._status_weights)[0]
            if status:
                item["status"] = status
            if r.random() < 0.25:
                item["deadline"] = (day + timedelta(days=r.randrange(30, 365))).isoformat()
            if status in ("in progress", "done", "not accepted") and r.random() < 0.5:
                item["responses"] = [{
                    "date": (day + timedelta(days=r.randrange(10, 200))).isoformat(),
                    "text": r.choice(("Đã tiếp thu, đang triển khai.", "Đã hoàn thành, báo cáo kết quả.",
                                      "Chưa đủ điều kiện thực hiện, sẽ xem xét trong năm sau.",
                                      "Đã giao Sở Nội vụ chủ trì tham mưu.")),
                }]
            items.append(item)
        return items

    def _source(self, day: date, body: str, names: list[str]) -> dict[str, Any]:
        r = self.random
        source: dict[str, Any] = {"outlet": r.choice(OUTLETS)}
        if r.random() < 0.6:
            source["author"] = self.person()[0]
        if r.random() < 0.5:
            source["url"] = f"https://example.vn/tin-tuc/{day.isoformat()}-{r.randrange(10**6, 10**7)}.html"
        if r.random() < 0.6:
            source["published"] = (day + timedelta(days=r.randrange(0, 3))).isoformat()
        if r.random() < 0.7:
            source["title"] = f"{body} {r.choice(('giám sát', 'khảo sát', 'làm việc'))} tại {names[0]}"
        return source


def _cumulative(weights) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def _skewed(r: random.Random, most: int, mean: float) -> int:
    """0..most, about `mean` on average: most reports list a few items, some list many."""
    return min(most, int(r.expovariate(1.0) * (mean + 0.5)))


def _locality_count(r: random.Random) -> int:
    x = r.random()
    return 1 if x < 0.7 else 2 if x < 0.92 else 3


def _vi_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def generate(n: int, seed: int = 0, start: int = 1) -> list[dict[str, Any]]:
    """`n` records; ids end in serials `start`..`start+n-1`, so batches with distinct starts never share an id."""
    generator = Generator(seed)
    return [generator.record(serial) for serial in range(start, start + n)]


def store_bytes(records: list[dict[str, Any]]) -> bytes:
    """The store file's contents: TinyDB's layout, as SurveyStore writes it."""
    return orjson.dumps({"surveys": {str(number): record for number, record in enumerate(records, start=1)}})


def write_store(path: Path, records: list[dict[str, Any]]) -> int:
    payload = store_bytes(records)
    Path(path).write_bytes(payload)
    return len(payload)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.synthetic", description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--start", type=int, default=1, help="first id serial (default 1)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="store file to write (replaced)")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    records = generate(args.count, args.seed, args.start)
    size = write_store(args.output, records)
    sys.stderr.write(f"{args.count} records, {size / 1e6:.1f} MB ({size / max(1, args.count):.0f} B each) "
                     f"in {time.perf_counter() - began:.1f} s -> {args.output}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
