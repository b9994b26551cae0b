"""Extraction from news articles: reading numbers and reading the page (text, HTML, markdown, sentences).

Split from tests/test_extract.py to keep each file to one concern. The sentences are written for
these tests (invented people and figures); nothing is read from ../shared.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.extract.figures import numbers_in
from store.extract.text import read_article, split_sentences

# -- numbers -----------------------------------------------------------------------------------


def test_a_dotted_group_before_a_scale_word_is_thousands_of_it() -> None:
    # "3.500 tỷ đồng" is 3 500 tỷ in Vietnamese notation (a decimal would be "3,5 tỷ"); "1.5 tỷ" is still refused
    assert [f[:3] for f in numbers_in("chi 1.234 triệu đồng cho thiết bị")] == [(1_234_000_000, None, "đồng")]
    assert [f[:3] for f in numbers_in("tổng vốn 3.500 tỷ đồng")] == [(3_500_000_000_000, None, "đồng")]
    assert numbers_in("chi 1.5 tỷ đồng") == []


def test_space_groups_do_not_join_separate_numbers() -> None:
    assert [f[0] for f in numbers_in("có 2 tổ, 1 234 hồ sơ")] == [2, 1234]


@pytest.mark.parametrize("text, value, whole, unit", [
    ("phường tiếp nhận 3.163 hồ sơ", 3163, None, "hồ sơ"),
    ("tỷ lệ đúng hạn đạt 99,83%", 99.83, None, "%"),
    ("đạt 100 % kế hoạch", 100, None, "%"),
    ("chiếm 91,2%...", 91.2, None, "%"),
    ("giải quyết 25.925/25.969 hồ sơ đúng hạn", 25925, 25969, "hồ sơ"),
    ("được chấm 19,56/20 điểm", 19.56, 20, "điểm"),
    ("thành lập 15/15 tổ công nghệ số", 15, 15, "tổ"),
    ("kinh phí 1.234,5 triệu đồng", 1234500000, None, "đồng"),  # money in đồng, read by store.numbers
    ("nhận 1 236 hồ sơ", 1236, None, "hồ sơ"),
    ("nhận 12 345 678 hồ sơ trực tuyến", 12345678, None, "hồ sơ"),
    ("xử lý 4,3 triệu hồ sơ", 4300000, None, "hồ sơ"),
    ("có 1.204.310 tài khoản được kích hoạt", 1204310, None, "tài khoản"),
    ("còn ba hồ sơ trễ hạn", 3, None, "hồ sơ"),
    ("hai mươi lăm hồ sơ được trả lại", 25, None, "hồ sơ"),
    ("công bố 1.762 thủ tục hành chính", 1762, None, "thủ tục"),
    ("(chiếm 87,5%)", 87.5, None, "%"),
    ("tỷ lệ 91.2% (viết kiểu Anh)", 91.2, None, "%"),
])
def test_numbers_are_read_the_vietnamese_way(text: str, value: float, whole: float | None, unit: str) -> None:
    found = numbers_in(text)
    assert len(found) == 1, found
    got_value, got_whole, got_unit, _, _ = found[0]
    assert got_value == value and type(got_value) is type(value)
    assert got_whole == whole and got_unit == unit


@pytest.mark.parametrize("text", [
    "triển khai Nghị định số 42/2022/NĐ-CP ngày 24-6-2022 của Chính phủ",
    "thực hiện Quyết định 06/QĐ-TTg và Nghị quyết 57-NQ/TW",
    "Đoàn công tác số 7 đã khảo sát",
    "hồ sơ trực tuyến mức độ 3, mức độ 4 được tiếp nhận",
    "giải quyết thủ tục thời 4.0 cho người dân",
    "trong năm 2021 và quý 1/2023",
    "Sáng ngày 16/5/2023, đoàn làm việc",
    "(14:00:00 16/05/2023) Đoàn giám sát",
    "cán bộ giữ chức vụ trên 08 năm tại một cơ quan",
    "sau hơn 2 tháng thực hiện",
    "mô hình chính quyền 2 cấp",
    "tăng cường 5 rõ trong trách nhiệm",
    "theo Kế hoạch số 115/KH-HĐND giai đoạn 2021-2025",
    "từ ngày 1/7 đến 6/9",
    "thẩm quyền giải quyết của ba cấp",
    "tăng 2 bậc so với năm 2021",
    "báo cáo trước ngày 30/4",
    "một cửa, một phần, một số hồ sơ",
    "đoàn đã đến 3 ấp và 2 trường học",  # places visited, listed after the visit verb
    "đi thực tế tại 02 đơn vị (xã A và thị trấn B)",
])
def test_never_figures(text: str) -> None:
    assert numbers_in(text) == []


# -- text cleaning -------------------------------------------------------------------------------


def test_page_debris_and_captions_are_not_content() -> None:
    page = "\n".join([
        "Xã Bình Khánh rà soát thủ tục đất đai",
        "Ngày 03/06/2024",
        "Cỡ chữ: A+ A A-",
        "Sáng 2/6, Đoàn giám sát của HĐND huyện do ông Lưu Minh Tân, Phó Chủ tịch HĐND huyện làm Trưởng đoàn "
        "đã giám sát tại xã Bình Khánh.",
        "Quang cảnh buổi giám sát",
        "Xã đã tiếp nhận 512 hồ sơ đất đai.",
        "Đ?ẩm:",
        "°C",
        "Chia sẻ",
        "BẢO TRÂM",
        "Tin cùng chủ đề",
        "Huyện tổ chức hội nghị với 400 đại biểu",
        "Gửi bình luận",
        "Hãy sử dụng tiếng Việt có dấu khi viết bài",
        "Loại Mua Bán",
    ])
    article = read_article(page)
    assert article.title == "Xã Bình Khánh rà soát thủ tục đất đai"
    assert article.published == date(2024, 6, 3)
    assert article.author == "Bảo Trâm"
    assert [s.text for s in article.sentences] == [
        "Sáng 2/6, Đoàn giám sát của HĐND huyện do ông Lưu Minh Tân, Phó Chủ tịch HĐND huyện làm Trưởng đoàn "
        "đã giám sát tại xã Bình Khánh.",
        "Xã đã tiếp nhận 512 hồ sơ đất đai.",
    ]
    assert "Quang cảnh buổi giám sát" in article.dropped


def test_html_reads_the_article_element_and_skips_scripts_and_captions() -> None:
    page = """<html><head><title>Tin - Báo X</title><script>var a = "1.000 hồ sơ";</script>
    <meta property="article:published_time" content="2024-03-02T07:00:00+07:00"></head><body>
    <nav>Trang chủ | Thời sự</nav><article><h1>Giám sát tại xã Bình Khánh</h1>
    <p>(BX) - Chiều 1/3, đoàn giám sát do bà Đào Thu Hà, Phó Chủ tịch HĐND huyện làm Trưởng đoàn đã làm việc tại xã
    Bình Khánh &amp; ghi nhận 1.250 hồ sơ trực tuyến.</p>
    <figure><img src="a.jpg"><figcaption>Bà Đào Thu Hà phát biểu</figcaption></figure></article>
    <aside>Tin liên quan: 9.999 hồ sơ</aside></body></html>"""
    article = read_article(page, "html")
    assert article.title == "Giám sát tại xã Bình Khánh"
    assert article.published == date(2024, 3, 2) and article.outlet == "BX"
    assert len(article.sentences) == 1 and "& ghi nhận 1.250 hồ sơ" in article.sentences[0].text
    assert "Bà Đào Thu Hà phát biểu" in article.dropped


def test_markdown_front_matter_images_and_emphasis() -> None:
    article = read_article("---\ntitle: Khảo sát tại xã Củ Chi\n---\n\n![ảnh](a.jpg)\n\n"
                           "Sáng 5-8, **đoàn khảo sát** đã làm việc với UBND xã Củ Chi về [dịch vụ công](http://x).\n\n"
                           "*Ngọc Lan*\n", "markdown")
    assert article.title == "Khảo sát tại xã Củ Chi"
    assert article.sentences[0].text == "Sáng 5-8, đoàn khảo sát đã làm việc với UBND xã Củ Chi về dịch vụ công."
    assert article.author == "Ngọc Lan"


@pytest.mark.parametrize("paragraph, count", [
    ("Đoàn làm việc tại TP. Dĩ An. Thành phố có 3.163 hồ sơ.", 2),
    ("Ông Lê Văn A, ThS. kinh tế, phát biểu. Đoàn ghi nhận.", 2),
    ("Cải cách TTHC… Sau hơn 2 tháng, bộ máy ổn định.", 2),
    ("Tỷ lệ đạt 91,2%... Tuy nhiên, vẫn còn vướng mắc.", 2),
    ("Thường xuyên đảm bảo nguồn lực cán bộ./.", 1),
])
def test_sentences(paragraph: str, count: int) -> None:
    assert len(split_sentences(paragraph)) == count
