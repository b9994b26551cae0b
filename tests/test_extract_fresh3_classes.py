"""Classes of phrasing the third fresh set of real articles missed (session 8): the province named only by the
article's web address (a weak clue)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from cli.main import main
from store.extract import extract_article
from store.extract.place_outlets import Clue, address_province, is_clue, outlet_hints, strong, take_address
from store.extract.text import Article
from store.gazetteer import gazetteer
from store.reasons import Reason
from tests.leads import TODAY, places_coded


def _places(text: str, url: str | None = None) -> list[tuple[int, int | None, str]]:
    return places_coded(extract_article(text, today=TODAY, url=url).record)


# -- the address: where it is written, and the province it names ------------------------------------------------


@pytest.mark.parametrize(("lines", "url", "left"), [
    (["Nguồn: https://baodongkhoi.vn/a/b/", "", "Tiêu đề"], "https://baodongkhoi.vn/a/b/", ["", "Tiêu đề"]),
    (["https://baoquangtri.vn/a.htm", "Tiêu đề"], "https://baoquangtri.vn/a.htm", ["Tiêu đề"]),
    (["URL: baoninhbinh.org.vn/thoi-su/x", "Tiêu đề"], "https://baoninhbinh.org.vn/thoi-su/x", ["Tiêu đề"]),
    (["Tiêu đề", "Nội dung.", "Nguồn: Báo Hà Tĩnh (https://baohatinh.vn/x)"], "https://baohatinh.vn/x",
     ["Tiêu đề", "Nội dung."]),
])
def test_address_line_is_taken_out(lines: list[str], url: str, left: list[str]) -> None:
    assert take_address(lines) == (left, url)


@pytest.mark.parametrize("lines", [
    ["Tiêu đề", "Ngày 3.5.2024, đoàn giám sát làm việc tại xã.", "Nội dung"],
    ["Tiêu đề", "Xem thêm tại https://baohatinh.vn/x về kết quả giám sát.", "Hết"],  # an address inside a sentence
    ["Tiêu đề", "Một", "Hai", "Ba", "https://baohatinh.vn/x", "Kết"],  # neither near the top nor the last line
])
def test_no_address_line(lines: list[str]) -> None:
    assert take_address(lines) == (lines, None)


@pytest.mark.parametrize(("url", "province"), [
    ("https://canglong.travinh.gov.vn/1450/39231", "Trà Vinh"),  # a district's page of the province's portal
    ("http://hdnd.binhthuan.gov.vn/", "Bình Thuận"),
    ("https://thainguyentv.vn/k.html", "Thái Nguyên"),
    ("https://nari.backan.gov.vn/b/", "Bắc Kạn"),
    ("https://baoninhbinh.org.vn/thoi-su?page=31", "Ninh Bình"),
    ("https://www.sggp.org.vn/x", "Hồ Chí Minh"),  # no province in the name: data/outlet_domains.json
    ("http://mb.btv.org.vn/x", "Bình Dương"),
    ("https://nhipsonghanoi.hanoimoi.vn/print/1.html", "Hà Nội"),
    ("baoapbac.vn/chinh-tri/1", "Tiền Giang"),
    ("https://amp.vov.vn/x", None),  # national outlets name no province
    ("https://thanhnien.vn/a", None),
    ("https://quochoi.vn/tintuc/pages/x.aspx", None),
    ("https://example.vn/a", None),
    (None, None),
])
def test_address_province(url: str | None, province: str | None) -> None:
    assert address_province(url) == province


def test_outlet_hints_are_weak_clues() -> None:
    hints = outlet_hints(Article(url="https://baotravinh.vn/a.html"))
    assert hints == ["Trà Vinh"] and is_clue(hints[0])  # the old province, as the outlet knew it
    assert strong(["Sóc Trăng", Clue("Trà Vinh")]) == ["Sóc Trăng"]
    assert outlet_hints(Article(outlet="Báo Lâm Đồng")) == ["Lâm Đồng"]


def test_old_province_keeps_its_own_namesake() -> None:
    """ "xã Long Hòa" of Bến Tre (merged into Vĩnh Long): its own commune, not the Long Hòa Trà Vinh brought."""
    found = gazetteer().resolve("Long Hòa", "xã", "Bến Tre")
    assert found is not None and found.ward is not None and found.ward.code == 29083
    found = gazetteer().resolve("Long Hòa", "xã", "Trà Vinh")
    assert found is not None and found.ward is not None and found.ward.code == 29413
    found = gazetteer().resolve("Long Hòa", "xã", "Vĩnh Long")  # today's province: today's ward
    assert found is not None and found.ward is not None and found.ward.code == 29413


# -- the clue is weak: it places what the text leaves open, never against the text -------------------------------

_ROUND = ("Ban Pháp chế HĐND tỉnh khảo sát\n\nSáng 14/9/2022, Đoàn khảo sát của Ban Pháp chế HĐND tỉnh do ông Lê "
          "Văn Tâm làm trưởng đoàn đã khảo sát công tác hòa giải tại {place}.")


def test_address_places_a_shared_name() -> None:
    assert _places(_ROUND.format(place="xã Long Hòa")) != [(86, 29083, "xã Long Hòa")]
    assert _places(_ROUND.format(place="xã Long Hòa"), "https://baodongkhoi.vn/a") == [(86, 29083, "xã Long Hòa")]
    assert _places("Nguồn: https://baodongkhoi.vn/a\n\n" + _ROUND.format(place="xã Long Hòa")) == \
        [(86, 29083, "xã Long Hòa")]


def test_address_does_not_override_the_text() -> None:
    # a commune found only elsewhere stays there; a province the text writes wins
    assert _places(_ROUND.format(place="xã Mường Chà"), "https://baotayninh.vn/a") == [(11, 3166, "xã Mường Chà")]
    assert _places(_ROUND.format(place="xã Tân Lập (tỉnh Quảng Trị)"), "https://baobinhthuan.com.vn/a") == \
        [(44, 19462, "xã Tân Lập")]


def test_outlets_province_implied_by_the_text_is_strong() -> None:
    """The districts the text names imply the outlet's province too: it is then the text's, and a commune found only in
    another province is refused as it would be without the address (Nghĩa Trung of Nghĩa Đàn, not of Bình Phước)."""
    text = ("Kiểm tra kỷ luật hành chính\n\nKiểm tra tại UBND huyện Quỳ Hợp, đoàn kiểm tra của tỉnh ghi nhận huyện "
            "đã ban hành quy chế làm việc. Chiều cùng ngày, đoàn kiểm tra đột xuất tại UBND huyện Nghĩa Đàn và xã "
            "Nghĩa Trung.")
    for url in (None, "https://baonghean.vn/a.html"):
        assert (40, 16941, "xã Nghĩa Trung") in _places(text, url)


def test_province_level_visit_from_the_address() -> None:
    text = ("Ban Văn hóa - Xã hội HĐND tỉnh giám sát tại Sở Y tế\n\nChiều 23/4/2024, Đoàn giám sát của Ban Văn hóa "
            "- Xã hội HĐND tỉnh do bà Lê Thị Hoa làm trưởng đoàn đã giám sát tại Sở Y tế.")
    assert _places(text) == []
    assert _places(text, "https://canglong.travinh.gov.vn/x") == [(86, None, "tỉnh Trà Vinh")]
    assert extract_article(text, today=TODAY, url=" https://baoquangtri.vn/x ").record["source"]["url"] == \
        "https://baoquangtri.vn/x"


# -- the command line -------------------------------------------------------------------------------------------


def test_extract_and_import_take_one_articles_url(capsys, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ban Văn hóa - Xã hội HĐND tỉnh giám sát tại Sở Y tế\n\nChiều 23/4/2024, Đoàn giám sát của "
                       "Ban Văn hóa - Xã hội HĐND tỉnh do bà Lê Thị Hoa làm trưởng đoàn đã giám sát tại Sở Y tế.\n",
                       encoding="utf-8")
    assert main(["extract", str(article), "--url", "https://baoquangtri.vn/x.htm"]) == 0
    record = orjson.loads(capsys.readouterr().out)[0]
    assert record["localities"][0]["province"]["code"] == 44
    assert record["source"]["url"] == "https://baoquangtri.vn/x.htm"
    # one address for two articles, or a directory of them: refused; so is --url without --from-articles
    assert main(["extract", str(article), str(article), "--url", "https://baoquangtri.vn/x.htm"]) == 2
    assert main(["extract", str(tmp_path), "--url", "https://baoquangtri.vn/x.htm"]) == 2
    assert main(["--db", str(tmp_path / "s.json"), "import", str(article), "--url", "https://baoquangtri.vn/x"]) == 2
    assert "--url" in capsys.readouterr().err
    db = tmp_path / "store.json"
    assert main(["--db", str(db), "import", "--from-articles", str(article), "--url", "https://baoquangtri.vn/x"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "export", "--format", "json"]) == 0
    stored = orjson.loads(capsys.readouterr().out)
    assert stored[0]["localities"][0]["province"]["code"] == 44


# -- a dated round of assessment over communes listed by district ------------------------------------------------

_GROUPED = ("Từ ngày 8/8 đến ngày 11/8/2021, Văn phòng Điều phối nông thôn mới tỉnh Phú Thọ tổ chức đánh giá tiến độ "
            "xây dựng nông thôn mới trên địa bàn 5 xã: Hương Nộn và Dị Nậu, huyện Tam Nông; Tiên Lương, Đồng Lương, "
            "huyện Cẩm Khê và Văn Lung, thị xã Phú Thọ.")


def test_round_over_communes_grouped_by_district() -> None:
    draft = extract_article("Đánh giá nông thôn mới\n\n" + _GROUPED, today=TODAY)
    assert draft.non_visit is None and draft.record["date"] == "2021-08-08"
    assert [(code, ward) for code, ward, _ in _places("Đánh giá nông thôn mới\n\n" + _GROUPED)] == \
        [(25, 8434), (25, 8479), (25, 8344), (25, 8431), (25, 7942)]


@pytest.mark.parametrize("lead", [
    "Từ ngày 8/8 đến ngày 11/8/2021, Văn phòng Điều phối tỉnh sẽ tổ chức đánh giá tại 5 xã: Hương Nộn, Dị Nậu.",
    "Văn phòng Điều phối tỉnh tổ chức đánh giá tại 5 xã: Hương Nộn, Dị Nậu.",  # no day: no one round
    "Kế hoạch nêu rõ, từ ngày 8/8 đến ngày 11/8/2021 tổ chức đánh giá tại 5 xã: Hương Nộn, Dị Nậu.",
])
def test_round_to_come_or_undated_is_no_listed_round(lead: str) -> None:
    from store.extract.visit_rounds import listed_round  # noqa: PLC0415

    assert listed_round([lead]) is None


def test_days_of_a_span_after_trong_cac_ngay() -> None:
    lead = ("Trong các ngày từ 20/9 đến 22/9/2023, Tổ thẩm định của tỉnh đã tiến hành thẩm định thực tế tại 4 xã: "
            "Hoằng Đạo, Hoằng Phong (huyện Hoằng Hóa); Yên Trường và Định Tăng, huyện Yên Định.")
    draft = extract_article("Thẩm định nông thôn mới\n\n" + lead, today=TODAY)
    assert draft.record["date"] == "2023-09-20" and draft.non_visit is None
    assert [ward for _, ward, _ in _places("Thẩm định nông thôn mới\n\n" + lead)] == [15865, 15976, 15421, 15469]


# -- visits flagged as none, and a letter not flagged -----------------------------------------------------------


def test_two_chairs_check_recent_results_at_one_visit() -> None:
    lead = ("Đồng chí Trần Văn An, Tỉnh ủy viên, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo nông thôn mới huyện và đồng chí "
            "Lê Thị Bình, Phó Chủ tịch UBND huyện vừa chủ trì buổi làm việc với UBND xã Tùng Ảnh để kiểm tra kết quả "
            "thực hiện các tiêu chí thời gian qua.")
    draft = extract_article("Lãnh đạo huyện làm việc với xã\n\n" + lead, today=TODAY)
    assert draft.non_visit is None  # "thời gian qua": the hosts' results checked, no round-up of oversight
    assert draft.record["leader"]["name"] == "Trần Văn An"  # the first of two chairs


@pytest.mark.parametrize("lead", [
    "Ngày 21/3, tại Huyện ủy Cù Lao Dung (Sóc Trăng), đồng chí Lâm Văn Nghĩa - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh "
    "tổ chức đoàn kiểm tra tiến độ các công trình trên địa bàn huyện Cù Lao Dung.",
])
def test_official_who_organises_the_team_leads_it(lead: str) -> None:
    draft = extract_article("Kiểm tra công trình\n\n" + lead, today=TODAY)
    assert draft.non_visit is None and draft.record["leader"]["name"] == "Lâm Văn Nghĩa"


def test_team_organised_and_told_without_a_day() -> None:
    lead = ("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Gò Dầu đã phối hợp với Công an huyện tổ chức Đoàn kiểm tra "
            "việc thực hiện quy định về phòng cháy tại các khu nhà trọ trên địa bàn huyện.")
    assert extract_article("Kiểm tra nhà trọ\n\n" + lead, today=TODAY).non_visit is None
    plan = "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Gò Dầu sẽ tổ chức Đoàn kiểm tra việc phòng cháy tại các nhà trọ."
    assert extract_article("Kiểm tra nhà trọ\n\n" + plan, today=TODAY).non_visit is not None


def test_letter_setting_out_whom_it_oversees_is_a_plan() -> None:
    text = ("Ban Pháp chế HĐND tỉnh giám sát việc thực hiện kiến nghị\n\nNgày 12/9/2024, Ban Pháp chế HĐND tỉnh đã ban "
            "hành Công văn số 415/HĐND-PC về việc đề nghị báo cáo phục vụ giám sát. Cụ thể như sau:\n\nI. Đối tượng và "
            "phương thức giám sát\n\n1. Giám sát trực tiếp đối với: Sở Tư pháp, UBND huyện Gò Dầu.")
    draft = extract_article(text, today=TODAY)
    assert isinstance(draft.non_visit, Reason) and draft.non_visit.code == "nonvisit.plan"


# -- the visit's day among others: an earlier check told after it, an event still to come ----------------------


@pytest.mark.parametrize(("text", "day"), [
    ("Ngày 14/2, Đoàn kiểm tra do Phó Chủ tịch UBND thành phố Nguyễn Văn Thọ làm trưởng đoàn đã kiểm tra tại UBND "
     "huyện Vĩnh Bảo.\n\nTrước đó, chiều 10/2, Giám đốc Sở Nội vụ đã kiểm tra đột xuất tại Sở Y tế.", "????-02-14"),
    ("Trong các ngày 15, 16 và 17/5, Đoàn kiểm tra của Bộ do ông Lê Văn Hồng làm trưởng đoàn đã làm việc tại huyện "
     "Phú Tân.\n\nDự kiến, buổi tổng kết của đoàn sẽ diễn ra vào chiều 17/5 tại UBND tỉnh.", "????-05-15"),
    ("Trước đó, chiều 10/2, Giám đốc Sở Nội vụ Lê Văn An đã kiểm tra đột xuất tại UBND huyện Vĩnh Bảo.", "????-02-10"),
])
def test_visit_day_not_taken_from_another_occasion(text: str, day: str) -> None:
    record = extract_article("Kiểm tra\n\n" + text, today=TODAY).record
    assert record["date"][5:] == day[5:]


def test_co_chair_after_a_title_with_commas() -> None:
    lead = ("Đồng chí Đinh Văn Tâm, Tỉnh ủy viên, Bí thư Huyện ủy, Trưởng Ban Chỉ đạo Chương trình nông thôn mới, "
            "đô thị văn minh, OCOP huyện và đồng chí Phan Văn Kỳ, Phó Chủ tịch UBND huyện vừa chủ trì buổi làm việc "
            "với UBND xã Tùng Ảnh để kiểm tra kết quả thực hiện Chương trình.")
    assert extract_article("Làm việc với xã\n\n" + lead, today=TODAY).record["leader"]["name"] == "Đinh Văn Tâm"
