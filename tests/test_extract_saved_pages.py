"""A .txt file that is a saved page's markup is read as HTML (issue #12, session 30 f64): its <title> is the headline,
its paragraphs lose their tags. Text that only quotes a tag, or opens with other markup, stays text."""

from __future__ import annotations

import pytest

from store.extract.formats import is_saved_page, raw_page
from store.extract.text import read_article

_HEAD = ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<title>Phó Chủ tịch UBND tỉnh Đinh Văn Hòa kiểm tra xã Kỳ Hoa'
         ' - Tin tức</title>\n<meta name="generator" content="NukeViet v4.5">\n<link rel="alternate" href="/rss/t')


@pytest.mark.parametrize(("text", "title"), [
    (_HEAD, "Phó Chủ tịch UBND tỉnh Đinh Văn Hòa kiểm tra xã Kỳ Hoa"),
    ("  <!doctype HTML><html><head><title>Giám sát tại xã Tiên Tiến</title></head><body><p>Sáng 2/3/2026, đoàn"
     " giám sát đến xã.</p></body></html>", "Giám sát tại xã Tiên Tiến"),
    ("<html>\n<head><title>Khảo sát tại phường Tân Dân</title></head><body><div><p>Chiều 4/5, đoàn đến.</p></div>"
     "</body></html>", "Khảo sát tại phường Tân Dân"),
    ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html><head><title>Kiểm tra xã Tống Trân</title>'
     "</head></html>", "Kiểm tra xã Tống Trân"),
    ("<!-- lưu từ cổng thông tin -->\n<html><head><title>Làm việc tại xã Đoàn Đào</title></head></html>",
     "Làm việc tại xã Đoàn Đào"),
])
def test_a_text_file_holding_a_page_is_read_as_the_page(text: str, title: str) -> None:
    assert is_saved_page(text)
    assert raw_page(text, "text").title == title
    article = read_article(text, "text")
    assert article.title == title
    assert not any("<" in paragraph for paragraph in article.paragraphs)


def test_the_paragraphs_of_a_saved_page_lose_their_tags() -> None:
    text = ("<!DOCTYPE html><html><head><title>Giám sát tại xã Quang Hưng</title></head><body><article>"
            "<p>Sáng 3/12/2025, đoàn giám sát đã làm việc tại xã Quang Hưng.</p></article></body></html>")
    assert read_article(text, "text").paragraphs == ["Sáng 3/12/2025, đoàn giám sát đã làm việc tại xã Quang Hưng."]


@pytest.mark.parametrize("text", [
    "Sáng 3/12/2025, đoàn giám sát làm việc tại xã Quang Hưng.\nMẫu báo cáo gửi kèm bắt đầu bằng <html> và <body>.",
    "<b>Tin nổi bật</b>\nSáng 3/12/2025, đoàn giám sát làm việc tại xã Quang Hưng.",
    "<html5 là chuẩn mới> được giới thiệu tại hội thảo ngày 4/5.",
    "Ghi chú: trang <!DOCTYPE html> bị lỗi hiển thị.\nSáng 3/12/2025, đoàn đến xã Quang Hưng.",
    "<htmlpage>Không phải trang</htmlpage>",
])
def test_text_that_only_quotes_markup_stays_text(text: str) -> None:
    assert not is_saved_page(text)
    assert raw_page(text, "text").lines == [line for line in text.splitlines()]
