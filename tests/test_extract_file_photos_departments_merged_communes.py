"""Issue 12, session 21 (s21/fresh29), sentences written for the tests: a file photo's caption is no visit of the
article's (`debris.drop_captions`), nor is oversight named as an aim or a power (`visit_evidence`); a caption that
checks a unit's one-stop desk names a visited unit (`place_captions`, `place_desks`), while two communes merged into
one ward in 2025 stay one locality (the house rule of t1342, kept); a province's body going to one of its departments
lists the province when the text names it only in the body's name (`place_title_bodies.lead_body_province`)."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article
from store.extract.debris import drop_captions
from store.extract.place_desks import desks_of
from store.extract.text import read_article
from store.extract.visit_evidence import visit_evidence

TODAY = date(2026, 12, 1)


def record(text: str) -> dict:
    return extract_article(text, today=TODAY).record


def names(text: str) -> list[str]:
    return [loc["name"] for loc in record(text)["localities"]]


def non_visit(text: str) -> object:
    return getattr(extract_article(text, today=TODAY), "non_visit", None)


@pytest.mark.parametrize("caption", [
    "Phó Chủ tịch HĐND tỉnh kiểm tra bộ phận một cửa xã Na Mèo, ngày 2-4-2024_Ảnh: Hồng Nhung",
    "Đoàn khảo sát làm việc tại Trung tâm phục vụ hành chính công phường Bến Thành (ảnh tư liệu)",
    "Đoàn khảo sát làm việc tại Trung tâm phục vụ hành chính công phường Bến Thành (Ảnh minh họa).",
])
def test_a_file_photos_caption_is_dropped(caption: str) -> None:
    article = read_article("Tiêu đề một bài bình luận về cải cách hành chính\n\nĐoạn mở đầu của bài viết nói về cải "
                           "cách hành chính ở cơ sở và những việc cần làm.")
    lines = ["Đoạn mở đầu của bài viết nói về cải cách hành chính ở cơ sở và những việc cần làm.", caption,
             "Đoạn tiếp theo bàn về con người và thiết bị, không kể một chuyến đi nào."]
    assert drop_captions(lines, article) == [lines[0], lines[2]]
    assert caption in article.dropped


def test_a_caption_line_without_a_credit_or_a_file_mark_stays() -> None:
    article = read_article("Tiêu đề\n\nĐoạn mở đầu.")
    line = ("Sáng 5/3/2024, Đoàn giám sát của HĐND tỉnh đã làm việc tại xã Na Mèo về kết quả giải quyết hồ sơ của "
            "người dân, ngày 5-3-2024 theo kế hoạch.")
    assert drop_captions(["Đoạn mở đầu của bài viết dài hơn tám chữ.", line], article)[-1] == line


@pytest.mark.parametrize("title", [
    "Đổi mới hoạt động của HĐND, hướng tới giám sát vì người dân",
    "Nâng cao chất lượng giám sát tối cao của Quốc hội",
])
def test_oversight_as_an_aim_or_a_power_is_no_visit(title: str) -> None:
    article = read_article(title + "\n\nBài viết bàn về vai trò của cơ quan dân cử trong đời sống chính trị của địa "
                           "phương và những việc cần làm trong nhiệm kỳ tới.")
    assert visit_evidence(article) is None


def test_a_visit_under_a_supreme_oversight_headline_is_still_one() -> None:
    text = ("Phát huy vai trò giám sát tối cao của Quốc hội\n\nSáng 3/4/2024, Đoàn giám sát của Ủy ban Thường vụ "
            "Quốc hội đã làm việc với UBND tỉnh Quảng Trị.\n")
    assert non_visit(text) is None
    assert names(text) == ["tỉnh Quảng Trị"]


def test_a_feature_whose_only_visit_is_a_file_photo_is_none() -> None:
    text = ("Nâng cao chất lượng hoạt động giám sát, hướng tới giám sát thực chất\n\n"
            "Hoạt động giám sát của HĐND các cấp ngày càng được coi trọng trong những năm gần đây.\n\n"
            "Chủ tịch HĐND tỉnh kiểm tra bộ phận một cửa xã Na Mèo, ngày 2-4-2024_Ảnh: Hồng Nhung\n\n"
            "Muốn giám sát hiệu quả, cần chọn đúng vấn đề cử tri quan tâm và theo dõi kiến nghị đến cùng.\n")
    assert non_visit(text) is not None


@pytest.mark.parametrize(("before", "checked"), [
    ("Kiểm tra trung tâm giao dịch một cửa ", True),
    ("Khảo sát thực tế tại Bộ phận tiếp nhận và trả kết quả của ", True),
    ("đoàn đã kiểm tra trụ sở UBND ", True),
    ("Người dân làm thủ tục tại bộ phận một cửa ", False),
    ("Trung tâm phục vụ hành chính công ", False),
])
def test_a_units_one_stop_desk_checked(before: str, checked: bool) -> None:
    assert desks_of(before) is checked


def test_a_commune_named_only_in_a_credited_desk_caption_is_visited() -> None:
    text = ("Huyện Quan Sơn kiểm tra cải cách hành chính\n\nSáng 16/3/2022, đoàn kiểm tra của UBND huyện Quan Sơn đã "
            "kiểm tra công tác cải cách hành chính tại một số xã.\n\nKiểm tra tại xã Sơn Thủy.\n\n"
            "Các xã đều niêm yết công khai thủ tục hành chính.\n\nKiểm tra bộ phận một cửa xã Na Mèo. Ảnh: Thanh Hà\n")
    assert names(text) == ["xã Sơn Thủy", "xã Na Mèo"]


def test_residents_at_a_desk_in_a_caption_are_no_visit_of_it() -> None:
    text = ("Huyện Quan Sơn kiểm tra cải cách hành chính\n\nSáng 16/3/2022, đoàn kiểm tra của UBND huyện Quan Sơn đã "
            "kiểm tra công tác cải cách hành chính tại xã Sơn Thủy.\n\n"
            "Người dân làm thủ tục tại bộ phận một cửa xã Na Mèo. Ảnh: Thanh Hà\n")
    assert names(text) == ["xã Sơn Thủy"]


def test_two_communes_merged_into_one_ward_stay_one_locality() -> None:
    text = ("Sáng 15/11/2023, Ban Pháp chế HĐND tỉnh Kon Tum đã giám sát tại xã Đăk Nên và xã Đăk Ring, huyện Kon "
            "Plông.\n\nTại xã Đăk Nên, đoàn kiểm tra bộ phận một cửa.\n")
    assert names(text) == ["xã Đăk Nên"]  # both became xã Măng Bút in 2025: one locality (t1342)


def test_a_caption_commune_that_became_the_leads_ward_adds_none() -> None:
    text = ("Sáng 26/2/2021, đoàn kiểm tra của huyện Kon Plông đã kiểm tra cải cách hành chính tại một số xã.\n\n"
            "Kiểm tra tại xã Đăk Nên.\n\nCác xã đều niêm yết thủ tục hành chính.\n\n"
            "Kiểm tra bộ phận một cửa xã Đăk Ring. Ảnh: Thanh Hà\n")
    assert names(text) == ["xã Đăk Nên"]


@pytest.mark.parametrize("body", ["HĐND TPHCM", "HĐND TP.HCM", "HĐND TP Hồ Chí Minh", "Thường trực HĐND TPHCM"])
def test_a_city_body_at_its_department_lists_the_city(body: str) -> None:
    text = (f"Chiều 2-2-2026, Ban Kinh tế - Ngân sách {body} khảo sát tại Sở Khoa học và Công nghệ về chuyển đổi "
            "số.\n\nĐoàn do ông Nguyễn Văn An làm trưởng đoàn.\n")
    assert names(text) == ["thành phố Hồ Chí Minh"]


@pytest.mark.parametrize("verb", ["giám sát", "làm việc với", "khảo sát thực tế tại"])
def test_the_departments_visit_in_other_words(verb: str) -> None:
    text = f"Ngày 12/6/2024, Đoàn ĐBQH TPHCM {verb} Sở Tư pháp về hộ tịch điện tử.\n"
    assert names(text) == ["thành phố Hồ Chí Minh"]


def test_a_ward_visited_beside_the_department_is_listed_alone() -> None:
    text = ("Sáng 4/3/2025, Ban Đô thị HĐND TPHCM khảo sát tại Sở Xây dựng; chiều cùng ngày, đoàn khảo sát tại "
            "phường Bến Thành.\n")
    assert names(text) == ["phường Bến Thành"]


def test_a_city_body_that_only_meets_is_no_department_visit() -> None:
    text = ("Chiều 2-2-2026, Ban Kinh tế - Ngân sách HĐND TPHCM họp thẩm tra các tờ trình của Sở Tài chính trình kỳ "
            "họp.\n")
    assert "thành phố Hồ Chí Minh" not in names(text)


def test_a_file_photos_caption_names_no_place_visited() -> None:
    text = ("Bàn về cải cách hành chính ở cơ sở hiện nay\n\nBài viết bàn về những việc cần làm để người dân hài lòng "
            "hơn khi đến làm thủ tục ở cơ sở.\n\nChủ tịch HĐND tỉnh kiểm tra bộ phận một cửa xã Na Mèo, ngày "
            "2-4-2024_Ảnh: Hồng Nhung\n\nCần đầu tư cho con người trước khi đầu tư cho thiết bị.\n")
    assert names(text) == []
