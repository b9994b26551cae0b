"""A direction joined to praise ("Đoàn ghi nhận … và đề nghị xã …", `item_praise`) and a recommendation's addressee
that ends before its verb ("kiến nghị Bộ Công an tiếp tục hỗ trợ …", `item_wording`). Texts written for these tests."""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.item_wording import split_addressee

_OPENING = ("Sáng 10/9/2024, Đoàn giám sát của Thường trực HĐND huyện Hương Sơn do ông Lê Minh Khoa, Phó Chủ tịch "
            "HĐND huyện làm trưởng đoàn đã giám sát việc giải quyết thủ tục hành chính tại xã Sơn Kim 1, huyện "
            "Hương Sơn, tỉnh Hà Tĩnh.\n\n")


def _items(text: str, field: str) -> list[str]:
    return [d["text"] for d in extract_article(_OPENING + text).record.get(field, [])]


@pytest.mark.parametrize("sentence, wanted", [
    ("Đoàn ghi nhận kết quả xã đạt được và đề nghị xã đẩy mạnh tuyên truyền về dịch vụ công.",
     "Đẩy mạnh tuyên truyền về dịch vụ công."),
    ("Ông Lê Minh Khoa biểu dương tinh thần làm việc của cán bộ một cửa và yêu cầu xã rà soát quy trình tiếp nhận.",
     "Rà soát quy trình tiếp nhận."),
    ("Trưởng đoàn hoan nghênh cách làm mới của xã và đề nghị xã mở thêm quầy hướng dẫn nộp hồ sơ trực tuyến.",
     "Mở thêm quầy hướng dẫn nộp hồ sơ trực tuyến."),
    ("Đoàn ghi nhận, đánh giá cao những việc xã làm được và yêu cầu xã công khai thủ tục tại nhà văn hóa thôn.",
     "Công khai thủ tục tại nhà văn hóa thôn."),
])
def test_an_ask_after_praise_is_a_direction(sentence: str, wanted: str) -> None:
    assert wanted in _items(sentence, "directions")


@pytest.mark.parametrize("sentence", [
    "Đoàn ghi nhận các ý kiến và đề nghị của xã về việc nâng cấp đường truyền.",  # a noun: "đề nghị của"
    "Đoàn ghi nhận những khó khăn và đề nghị nêu trên của cán bộ một cửa.",  # a noun: "đề nghị nêu trên"
    "Cán bộ xã trình bày các ý kiến và đề nghị về kinh phí mua máy tính.",  # no praise before "và"
])
def test_an_ask_noun_after_and_gives_no_direction(sentence: str) -> None:
    assert _items(sentence, "directions") == []


@pytest.mark.parametrize("after, to, rest", [
    ("Bộ Công an tiếp tục hỗ trợ xã về thiết bị.", "Bộ Công an", "tiếp tục hỗ trợ xã về thiết bị."),
    ("Bộ Nội vụ cho phép tuyển thêm công chức.", "Bộ Nội vụ", "cho phép tuyển thêm công chức."),
    ("Sở Tài chính ưu tiên kinh phí mua máy quét.", "Sở Tài chính", "ưu tiên kinh phí mua máy quét."),
    ("Ban Chỉ đạo Đề án 06 tỉnh đẩy mạnh kiểm tra.", "Ban Chỉ đạo Đề án 06 tỉnh", "đẩy mạnh kiểm tra."),
    ("Sở Khoa học và Công nghệ mở rộng vùng phủ sóng.", "Sở Khoa học và Công nghệ", "mở rộng vùng phủ sóng."),
])
def test_a_bodys_addressee_ends_before_the_verb(after: str, to: str, rest: str) -> None:
    assert split_addressee(after) == (to, rest)


@pytest.mark.parametrize("after, to, rest", [
    # look-alikes: a name whose words are verbs in capitals, and the verbs the rule knew already
    ("Sở Kế hoạch và Đầu tư bố trí vốn cho xã.", "Sở Kế hoạch và Đầu tư", "bố trí vốn cho xã."),
    ("Sở Thông tin và Truyền thông sớm nâng cấp đường truyền.", "Sở Thông tin và Truyền thông",
     "sớm nâng cấp đường truyền."),
    ("Bộ Tư pháp nghiên cứu sửa đổi luật.", "Bộ Tư pháp", "nghiên cứu sửa đổi luật."),
    ("Sở Nội vụ, Sở Tài chính bổ sung biên chế.", "Sở Nội vụ", "Sở Tài chính bổ sung biên chế."),
])
def test_a_bodys_name_is_kept_whole(after: str, to: str, rest: str) -> None:
    assert split_addressee(after) == (to, rest)
