"""Session 16: topics said in other words, and passing mentions that are no topic (realcheck-s16-topics).

Sentences are this project's own; each class was seen on real visit pages (docs/extraction-log.md, Session 16).
"""

from __future__ import annotations

import pytest

from store.extract import extract_article
from store.extract.topic_mentions import mask_passing_mentions
from store.extract.topic_words import topics_in_other_words
from store.folding import fold
from store.taxonomy import taxonomy


def _topics(sentence: str) -> set[str]:
    folded = fold(sentence)
    return set(taxonomy().find_topics(mask_passing_mentions(folded))) | set(topics_in_other_words(folded))


@pytest.mark.parametrize(("sentence", "topic"), [
    ("Xã chưa có cán bộ chuyên trách về chuyển đổi số.", "bo-may-can-bo"),
    ("Đội ngũ công chức còn kiêm nhiệm nhiều lĩnh vực.", "bo-may-can-bo"),
    ("Đoàn đề nghị bố trí thêm công chức địa chính cho xã.", "bo-may-can-bo"),
    ("Phường thiếu nguồn nhân lực trong khi công việc rất nhiều.", "bo-may-can-bo"),
    ("Đoàn giám sát tình hình thực thi công vụ tại phường.", "bo-may-can-bo"),
    ("Khảo sát tình hình tổ chức và hoạt động của HĐND cấp xã.", "bo-may-can-bo"),
    ("Năm nay 812 hồ sơ được nộp trực tuyến.", "dich-vu-cong-truc-tuyen"),
    ("Phường đã tiếp nhận trực tuyến 40% số hồ sơ.", "dich-vu-cong-truc-tuyen"),
    ("Đề nghị thực hiện đúng quy trình thanh toán trực tuyến.", "dich-vu-cong-truc-tuyen"),
    ("Xã tiếp nhận 520 hồ sơ, đã giải quyết 498 hồ sơ.", "tthc"),
    ("Còn 12 hồ sơ trễ hạn do thiếu giấy tờ.", "tthc"),
    ("Hồ sơ công việc được thực hiện trên phần mềm, hạn chế văn bản giấy.", "chinh-quyen-so"),
    ("Văn bản đi, đến được xử lý trên môi trường mạng.", "chinh-quyen-so"),
    ("Xã đề nghị nâng cấp đường truyền cho bộ phận một cửa.", "ha-tang-cntt"),
    ("Nhiều thôn chưa có mạng Internet.", "ha-tang-cntt"),
    ("Xã duy trì đánh giá mức độ hài lòng của người dân.", "chi-so-cchc"),
    ("Phường đã số hóa 100% kết quả giải quyết thủ tục.", "so-hoa-ho-so"),
    ("Xã đề nghị hướng dẫn bàn giao hồ sơ khi bỏ cấp huyện.", "chinh-quyen-2-cap"),
    ("Hiện tỉnh chưa có Trung tâm hành chính công.", "mot-cua"),
    ("Đoàn kiểm tra Bộ phận tiếp nhận và trả kết quả của xã.", "mot-cua"),
    ("Xã có 12 tổ công nghệ số cộng đồng.", "chuyen-doi-so"),
])
def test_a_topic_said_in_other_words_is_found(sentence: str, topic: str) -> None:
    assert topic in _topics(sentence)


@pytest.mark.parametrize(("sentence", "topic"), [
    ("Thủ tướng động viên cán bộ, công chức làm việc tại Trung tâm.", "bo-may-can-bo"),
    ("Đoàn tìm hiểu khó khăn của cán bộ, công chức tại bộ phận này.", "bo-may-can-bo"),
    ("Đoàn đề nghị tập huấn kỹ năng số cho công chức.", "bo-may-can-bo"),
    ("Xã họp trực tuyến với các thôn và tổ chức khảo sát trực tuyến.", "dich-vu-cong-truc-tuyen"),
    ("Đoàn kiểm tra công tác quản lý hồ sơ đảng viên.", "tthc"),
    ("Đề nghị giữ con đường truyền thống vào làng nghề.", "ha-tang-cntt"),
    ("Mức độ hài lòng của người dân ngày một nâng lên.", "chi-so-cchc"),
    ("Đề nghị xã làm tốt hơn để người dân hài lòng.", "chi-so-cchc"),
    ("Ông là Tổ phó Thường trực Tổ công tác triển khai Đề án 06 của Chính phủ.", "de-an-06"),
    ("Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia.",
     "chuyen-doi-so"),
])
def test_a_passing_mention_gives_no_topic(sentence: str, topic: str) -> None:
    assert topic not in _topics(sentence)


def test_a_projects_name_still_gives_the_project() -> None:
    name = ("Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số "
            "quốc gia (Đề án 06).")
    assert _topics(name) == {"de-an-06"}


def test_an_article_keeps_the_first_sentence_of_each_topic_as_its_source() -> None:
    text = ("Ngày 3/4/2024, Thường trực HĐND huyện Gia Lâm giám sát tại xã Yên Thường.\n\n"
            "Xã tiếp nhận 120 hồ sơ, trong đó 80 hồ sơ nộp trực tuyến.\n\nXã còn thiếu công chức địa chính.")
    draft = extract_article(text)
    assert draft.record["topics"] == ["tthc", "dich-vu-cong-truc-tuyen", "bo-may-can-bo"]
    assert draft.provenance["topics[2]"] == "Xã còn thiếu công chức địa chính."
