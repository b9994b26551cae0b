"""Property test of the filter algebra against a brute-force oracle written here, apart from the product.

The oracle knows the algebra as the README states it (OR within a field,
dates and years included; AND across fields; every free-text term must
occur, in any of its spellings) and the meaning of each field for the few
kinds of value generated here. It reads the record dicts directly: no
`Matcher`, no `RecordKeys`, no index, no gazetteer; its own folding and its
own table of abbreviations, ward histories and districts of one name. Both the TinyDB-side scan
(`Matcher.matches_record`) and the in-memory index must equal it, and the persistent SQLite index on free text
(summaries and the responses saved to recommendations).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.index import SurveyIndex
from store.matching import Matcher
from store.query import Clause, Filter
from tests.index_answers import persistent_ids
from tests.item_properties import own_fold

# (locality name, today's ward, ward code, province name, province code, former province written)
PLACES = [
    ("phường Lái Thiêu", "Phường Lái Thiêu", 25966, "Thành phố Hồ Chí Minh", 79, None),
    ("phường Sài Gòn", "Phường Sài Gòn", 26740, "Thành phố Hồ Chí Minh", 79, None),
    ("phường Bến Nghé", "Phường Sài Gòn", 26740, "Thành phố Hồ Chí Minh", 79, None),
    ("phường Rạch Dừa", "Phường Rạch Dừa", 26536, "Thành phố Hồ Chí Minh", 79, None),
    ("phường Tân Định", "Phường Tân Định", 26737, "Thành phố Hồ Chí Minh", 79, None),
    ("phường Hòa Khánh", "Phường Hòa Khánh", 20200, "Thành phố Đà Nẵng", 48, None),
    ("TP. Dĩ An", None, None, "Thành phố Hồ Chí Minh", 79, "Bình Dương"),
    ("huyện Tân Uyên", None, None, "Tỉnh Lai Châu", 12, None),
    ("thị xã Tân Uyên", None, None, "Thành phố Hồ Chí Minh", 79, "Bình Dương"),
    ("xã Pắc Ta", "Xã Pắc Ta", 3616, "Tỉnh Lai Châu", 12, None),
    ("phường Tân Khánh", "Phường Tân Khánh", 25891, "Thành phố Hồ Chí Minh", 79, None),
    ("phường Tân Định", "Phường Hòa Lợi", 25849, "Thành phố Hồ Chí Minh", 79, "Bình Dương"),  # Bến Cát's, merged
    ("xã Tân Định", "Xã Tân Định", 22576, "Tỉnh Khánh Hòa", 56, None),
]
LEVEL_WORDS = {"phường": "phường", "xã": "xã", "huyện": "huyện", "thị xã": "thị xã", "TP.": "thành phố"}
"""A locality's level, by how its name begins (the longest first: "thị xã" before "xã")."""
DISTRICT_LEVELS = ("huyện", "thị xã", "thành phố", "quận")
# what the oracle knows of history: today's wards made from a province merged away, and a ward merged away
MADE_FROM = {25966: {"binh duong"}, 26536: {"ba ria - vung tau"}, 25891: {"binh duong"}, 25849: {"binh duong"}}
BECAME = {"ben nghe": {26740}, "da kao": {26740, 26737}}
DISTRICTS = {("tan uyen", "lai chau"): ({3616}, 12), ("tan uyen", "binh duong"): ({25891}, 79)}
"""Two districts of one name (level aside): (name, former province) → (today's wards here made from it, today's
province). Bình Dương's was a thị xã, then a thành phố: either word names it; Lai Châu's was a huyện only."""
DISTRICT_VALUES = ["huyện Tân Uyên, Lai Châu", "huyen tan uyen, lai chau", "thành phố Tân Uyên, Bình Dương",
                   "TX. Tân Uyên, binh duong", "huyện Tân Uyên", "thị xã Tân Uyên"]
TODAY_WARDS = {"Phường Tân Định, Hồ Chí Minh": 26737, "tan dinh, tphcm": 26737, "Xã Tân Định, Khánh Hòa": 22576,
               "phuong lai thieu, binh duong": 25966}
"""A ward of today named with its province (README, "Places"): the value → that ward's code; a visit is found by it
when a place of it is in that ward today (Bến Cát's former Tân Định, now Hòa Lợi, is not)."""
SPELLINGS = [["tthc", "thu tuc hanh chinh"], ["ubnd", "uy ban nhan dan"], ["mttq", "mat tran to quoc"]]
SUMMARY_WORDS = ["TTHC", "thủ tục hành chính", "UBND", "Uỷ ban nhân dân", "MTTQ", "tiếp dân", "hồ sơ", "lưu trữ"]
TOPICS = ["de-an-06", "mot-cua", "phi-dia-gioi"]
KINDS = ["giám sát", "khảo sát"]
KIND_IN_ENGLISH = {"giám sát": "oversight", "khảo sát": "survey"}
LEADERS = [{"name": "Lê Văn Một", "title": "Trưởng đoàn"}, {"name": "Nguyễn Thị Hòa", "title": "Phó Chủ tịch"},
           {"name": "Đặng Văn Hoà Bình", "title": "Trưởng ban"}, {"name": "TRẦN ĐỨC THUỶ", "title": "Phó trưởng đoàn"},
           None]
"""A leader written both ways of a tone (Hòa / Hoà), in capitals, with Đ; None: the record names no leader."""
RESPONSES = ["Bộ đã có văn bản hướng dẫn.", "UBND xã Hoà Thuận đã trả lời bằng văn bản", "Đã tiếp thu, đang làm hồ sơ",
             "ĐÃ HOÀN THÀNH", "Sở Nội vụ chưa hòa giải xong"]
"""What an office answered to a recommendation: free text finds it (README, "Following up"), Hòa and Hoà alike."""
DAYS = ["2022-03-01", "2023-05-16", "2023-12-31", "2024-02-10", "2025-01-01", "2025-07-01", "2025-09-04", "2026-06-30"]


# -- records and filters ------------------------------------------------------------
@st.composite
def records(draw: Any) -> list[dict[str, Any]]:
    made = []
    for number in range(draw(st.integers(0, 10))):
        leader = draw(st.sampled_from(LEADERS))
        places = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=2, unique=True))
        localities = []
        for name, ward, code, province, province_code, former in places:
            level = next(LEVEL_WORDS[word] for word in sorted(LEVEL_WORDS, key=len, reverse=True)
                         if name.startswith(f"{word} "))
            locality = {"name": name, "level": level, "province": {"name": province, "code": province_code},
                        "ward": {"name": ward, "code": code} if ward else None}
            if former:
                locality.update(former_province=former)
            localities.append(locality)
        made.append({
            "schema_version": 1, "id": f"r{number}", "date": draw(st.sampled_from(DAYS)),
            "kind": draw(st.sampled_from(KINDS)), "body": f"Đoàn kiểm tra số {number}",
            **({"leader": leader} if leader else {}), "localities": localities,
            "topics": draw(st.lists(st.sampled_from(TOPICS), unique=True, max_size=2)),
            "summary": " ".join(draw(st.lists(st.sampled_from(SUMMARY_WORDS), max_size=3))),
            "recommendations": [{"text": "Rà soát việc cấp phép.", "responses": [
                {"date": "2026-01-05", "text": text} for text in draw(st.lists(st.sampled_from(RESPONSES), max_size=2))
            ]} for _ in range(draw(st.integers(0, 2)))],
        })
    return made


CLAUSES = st.one_of(
    st.builds(lambda y: Clause("year", str(y)), st.integers(2021, 2027)),
    st.builds(lambda d: Clause("since", d[:7]), st.sampled_from(DAYS)),
    st.builds(lambda d: Clause("until", d[:7]), st.sampled_from(DAYS)),
    st.builds(lambda d, whole: Clause("date", d[:4] if whole else d), st.sampled_from(DAYS), st.booleans()),
    st.builds(lambda w: Clause("ward", w), st.sampled_from(["lái thiêu", "sai gon", "Bến Nghé", "Đa Kao", "tân", "rạch",
                                                              "hoa khanh", "Dĩ An", "uyên"])),
    st.builds(lambda w, exact: Clause("ward", w, exact), st.sampled_from(DISTRICT_VALUES), st.booleans()),
    st.builds(lambda w, exact: Clause("ward", w, exact), st.sampled_from(sorted(TODAY_WARDS)), st.booleans()),
    st.builds(lambda p: Clause("province", p), st.sampled_from(["Hồ Chí Minh", "Đà Nẵng", "Hà Nội", "Bình Dương",
                                                                  "Bà Rịa - Vũng Tàu"])),
    st.builds(lambda t: Clause("topic", t), st.sampled_from(TOPICS)),
    st.builds(lambda k: Clause("kind", k),
              st.sampled_from(["giám", "khao sat", "kiểm", "giamsat", "khảosát", "survey", "over", "insp"])),
    st.builds(lambda name: Clause("leader", name),
              st.sampled_from(["lê văn", "Một", "hoà", "HÒA", "đặng", "dang van hoa", "văn", "thuy", "hoa binh", "oa",
                               "Lê Văn Một Hai", "trưởng", "nguyen thi hoa"])),
    st.builds(lambda t: Clause("text", t), st.sampled_from(["tthc", "thủ tục hành chính", "UBND", "ủy ban nhân dân",
                                                             "mttq", "hồ sơ", "tiếp", "xyz", "bo da co van ban",
                                                             "văn bản", "Hòa Thuận đã", "hoa giai", "đã hoàn thành",
                                                             "ĐÃ TRẢ LỜI"])),
)


# -- the oracle -----------------------------------------------------------------------
def _span(value: str) -> tuple[str, str]:
    if len(value) == 4:
        return f"{value}-01-01", f"{value}-12-31"
    if len(value) == 7:
        return f"{value}-01", f"{value}-31"  # ISO strings: no month has a day past 31
    return value, value


def _clause_admits(record: dict[str, Any], clause: Clause) -> bool:
    day, field, value = record["date"], clause.field, clause.value
    if field == "since":
        return day >= _span(value)[0]
    if field == "until":
        return day <= _span(value)[1]
    if field in ("year", "date"):
        low, high = _span(value)
        return low <= day <= high
    if field == "ward" and value in DISTRICT_VALUES:
        return _district_admits(record, value)
    if field == "ward" and value in TODAY_WARDS:
        return any(locality["ward"] and locality["ward"]["code"] == TODAY_WARDS[value]
                   for locality in record["localities"])
    if field == "ward":
        wanted = own_fold(value)
        for locality in record["localities"]:
            names = [_base(locality["name"])]
            if locality["ward"]:
                names.append(locality["ward"]["name"].split(" ", 1)[1])
                if locality["ward"]["code"] in BECAME.get(wanted, ()):
                    return True
            if any(own_fold(n).startswith(wanted) or f" {wanted}" in own_fold(n) for n in names):
                return True
        return False
    if field == "province":
        wanted = own_fold(value)
        for locality in record["localities"]:
            former = {own_fold(locality.get("former_province", ""))}
            if locality["ward"]:
                former |= MADE_FROM.get(locality["ward"]["code"], set())
            if wanted in former or (wanted not in ("binh duong", "ba ria - vung tau")
                                    and wanted in own_fold(locality["province"]["name"])):
                return True
        return False
    if field == "topic":
        return value in record["topics"]
    if field == "leader":  # a start of a word of the leader's name, or a phrase of its words from one (not the title)
        name = own_fold((record.get("leader") or {}).get("name", ""))
        typed = own_fold(value)
        return bool(name) and (name.startswith(typed) or f" {typed}" in name)
    if field == "kind":  # a start of the kind, spaces optional (`giamsat`), or of its English name (`survey`)
        typed = own_fold(value)
        kind_names = (own_fold(record["kind"]), KIND_IN_ENGLISH[record["kind"]])
        return kind_names[0].startswith(typed) or any(name.replace(" ", "").startswith(typed.replace(" ", ""))
                                                      for name in kind_names)
    assert field == "text"
    term = own_fold(value)
    spellings = next((group for group in SPELLINGS if term in group), [term])
    said = [response["text"] for item in record["recommendations"] for response in item["responses"]]
    return any(spelling in own_fold(text) for spelling in spellings for text in [record["summary"], *said])


def _base(name: str) -> str:
    """A locality's name without its level word."""
    return next((name.removeprefix(f"{word} ") for word in sorted(LEVEL_WORDS, key=len, reverse=True)
                 if name.startswith(f"{word} ")), name)


def _district_admits(record: dict[str, Any], value: str) -> bool:
    """A district named with its level (README, "Places"): with a province after a comma, that district alone, as
    written (a locality at a district's level in that former province, or in its province of today when the
    record names no former one) or by a ward of today made from it; without one, every district of the name: the
    places of that name and the wards made from any of them."""
    head, _, province = value.rpartition(",") if "," in value else (value, "", "")
    head, province = own_fold(head), own_fold(province)
    name = next(head.removeprefix(word) for word in ("thi xa ", "thanh pho ", "huyen ", "tx. ", "h. ", "")
                if head.startswith(word))
    chosen = {key: made for key, made in DISTRICTS.items()
              if key == (name, province) or not province and key[0] == name}
    for locality in record["localities"]:
        ward = locality["ward"]
        if ward and any(ward["code"] in codes for codes, _ in chosen.values()):
            return True
        if not province and own_fold(_base(locality["name"])) == name:
            return True
        former = own_fold(locality.get("former_province") or "")
        written_so = not ward and locality["level"] in DISTRICT_LEVELS and own_fold(_base(locality["name"])) == name
        if province and written_so and any(former == key[1] or not former and locality["province"]["code"] == code
                                           for key, (_, code) in chosen.items()):
            return True
    return False


def oracle(records: list[dict[str, Any]], clauses: list[Clause]) -> list[str]:
    fields: dict[str, list[Clause]] = {}
    for clause in clauses:
        fields.setdefault(clause.field, []).append(clause)
    found = []
    for record in records:
        ok = all(
            (all if field == "text" else any)(_clause_admits(record, clause) for clause in group)
            for field, group in fields.items()
        )
        if ok:
            found.append(record["id"])
    return sorted(found)


@pytest.mark.slow  # 250 generated stores
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records(), st.lists(CLAUSES, max_size=5))
def test_scan_and_index_equal_the_brute_force_oracle(made: list[dict[str, Any]], clauses: list[Clause]) -> None:
    query = Filter(tuple(dict.fromkeys(clauses)))
    expected = oracle(made, list(query.clauses))
    matcher = Matcher(query)
    assert sorted(r["id"] for r in made if matcher.matches_record(r)) == expected, query.render()
    index = SurveyIndex(made)
    index.wait_for_text()
    assert sorted(index.records[p]["id"] for p in index.search(query).positions) == expected, query.render()
    if "text" in query.fields():  # the persistent index too, where a response's words are its own tables' rows
        assert persistent_ids(made, query) == expected, query.render()


@pytest.mark.slow  # 150 generated stores
@settings(max_examples=150, deadline=None)
@given(records(), st.lists(CLAUSES, min_size=1, max_size=4), CLAUSES)
def test_another_clause_on_a_present_field_never_narrows(made: list[dict[str, Any]], clauses: list[Clause],
                                                         extra: Clause) -> None:
    """OR within a field: a second year (or ward, kind, date...) can only add records; free text is AND, and a `not`
    clause narrows (its law, restated, is tests/test_properties_negated_items.py's)."""
    base = Filter(tuple(dict.fromkeys(clauses)))
    if extra.field == "text" or extra.field not in base.fields():
        return
    widened = base.with_clause(extra)
    before = {r["id"] for r in made if Matcher(base).matches_record(r)}
    after = {r["id"] for r in made if Matcher(widened).matches_record(r)}
    assert before <= after, widened.render()
    alone = {r["id"] for r in made if Matcher(base.without_field(extra.field).with_clause(extra)).matches_record(r)}
    assert after == before | alone  # rest ∧ (G ∨ e) = (rest ∧ G) ∨ (rest ∧ e)
