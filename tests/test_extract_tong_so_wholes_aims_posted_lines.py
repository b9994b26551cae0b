"""Session 36, fresh78: three failure classes of a real set rich in figures (district portals in the north), on
sentences written for these tests with invented people.

- "1.492 người/tổng số 2.174 người": "tổng (số)" between the slash and the whole is a fraction of one kind all the
  same (`figure_numbers._WHOLE_AFTER_UNIT`): the part has its whole, and the whole is no figure of its own; "trong
  tổng số" with no slash keeps both, as before.
- A share aimed at, not reached (`figure_aims`): "Với/Theo kế hoạch 98% ...", "Để sớm đạt kết quả 100% ...",
  "nhằm đạt 100% ...", "được chọn vận động 100% người dân ..."; a share reached ("đã vận động được 96%"), a plan
  exceeded ("đạt 112% kế hoạch") and a count after "Để đạt được kết quả đó" stay figures.
- A posted-by line of a district portal ("quantri gửi vào T6, 2018-01-19 07:53") dates the page
  (`markers._ISO_PUBLISHED_LINE`), so a day written without its year takes the page's; the same words at the end of
  the page (a reader's note) date nothing.
"""

from __future__ import annotations

import pytest

from store.extract import extract_article

_HEAD = ("Đoàn giám sát của HĐND huyện làm việc tại xã Yên Sơn\n\n"
         "Ngày 12/4/2022, Đoàn giám sát của HĐND huyện làm việc tại xã Yên Sơn. ")


def _figures(body: str) -> list[tuple[float, str, float | None]]:
    record = extract_article(_HEAD + body).record
    return sorted((f["value"], f["unit"], f.get("of")) for f in record["figures"])


@pytest.mark.parametrize(("body", "wanted"), [
    ("Xã có 1.492 người/tổng số 2.174 người dân tham gia bảo hiểm y tế.", [(1492, "người", 2174)]),
    ("Xã đã trình 318 hồ sơ/trên tổng số 340 hồ sơ đủ điều kiện.", [(318, "hồ sơ", 340)]),
    ("Xã giải quyết đúng hạn 1.046 hồ sơ / tổng 1.060 hồ sơ.", [(1046, "hồ sơ", 1060)]),
    ("Xã hoàn thành 42 căn nhà/Tổng số 48 căn nhà.", [(42, "căn", 48)]),
])
def test_a_whole_after_a_slash_and_tong_so(body: str, wanted: list) -> None:
    assert _figures(body) == wanted


@pytest.mark.parametrize(("body", "wanted"), [
    ("Xã hòa giải thành 27 vụ việc trong tổng số 31 vụ việc.", [(27, "vụ việc", 31), (31, "vụ việc", None)]),
    ("Xã có 1.492 người/2.174 người dân tham gia bảo hiểm y tế.", [(1492, "người", 2174)]),
    ("Xã chi 200.000 đồng/vụ việc cho các tổ hòa giải.", [(200000, "đồng", None)]),
])
def test_lookalikes_of_the_tong_so_whole_keep_their_reading(body: str, wanted: list) -> None:
    assert _figures(body) == wanted


@pytest.mark.parametrize(("body", "wanted"), [
    ("Xã có 2.960 người tham gia. Với kế hoạch 95% dân số tham gia, xã còn phải vận động.", [(2960, "người", None)]),
    ("Xã có 312 trẻ được tiêm. Theo kế hoạch 98% trẻ được tiêm đủ mũi, xã còn thiếu.", [(312, "trẻ", None)]),
    ("Xã có 1.130 hộ ký hợp đồng. Để sớm đạt kết quả 100% hộ dân tham gia, xã đang vận động.", [(1130, "hộ", None)]),
    ("Xã có 312 trẻ được tiêm. Nhằm đạt 100% trẻ được tiêm, trạm tổ chức tiêm bù.", [(312, "trẻ", None)]),
    ("Xã được chọn làm điểm vận động 100% người dân mở tài khoản; đã có 1.845 người mở.", [(1845, "người", None)]),
])
def test_a_share_aimed_at_is_no_figure(body: str, wanted: list) -> None:
    assert _figures(body) == wanted


@pytest.mark.parametrize(("body", "wanted"), [
    ("Xã đã vận động được 96% hộ dân tham gia bảo hiểm y tế.", [(96, "%", None)]),
    ("Thu ngân sách của xã đạt 112% kế hoạch.", [(112, "%", None)]),
    ("Để đạt được kết quả đó, xã đã tổ chức 14 hội nghị tuyên truyền.", [(14, "hội nghị", None)]),
    ("Xã đã vận động 620 người tham gia bảo hiểm y tế.", [(620, "người", None)]),
])
def test_shares_reached_and_plans_exceeded_stay_figures(body: str, wanted: list) -> None:
    assert _figures(body) == wanted


def _dated(lines: str) -> tuple[str | None, str | None]:
    record = extract_article(lines).record
    return record.get("date"), record.get("date_certainty")


@pytest.mark.parametrize(("posted", "wanted"), [
    ("quantri gửi vào T6, 2018-01-19 07:53", ("2018-01-16", "publication")),
    ("bientap gửi vào CN, 2019-11-24 19:40", ("2019-11-22", "publication")),
    ("admin gửi vào 2021-03-17 08:12", ("2021-03-15", "publication")),
])
def test_a_posted_by_line_dates_the_page(posted: str, wanted: tuple) -> None:
    day = {"2018": "16/1", "2019": "22/11", "2021": "15/3"}[posted.split(", ")[-1][:4] if ", " in posted else "2021"]
    text = (f"Phó Chủ tịch UBND huyện kiểm tra tại xã Tân Quang\n\n{posted}\n\nChiều ngày {day}, ông Trần Văn Bình, "
            "Phó Chủ tịch UBND huyện, đã kiểm tra việc thực hiện giai đoạn 2016 - 2025 tại xã Tân Quang.")
    assert _dated(text) == wanted


def test_a_readers_line_at_the_end_dates_nothing() -> None:
    text = ("Giám sát tại xã Xuân Quang\n\nNgày 6/7/2020, Đoàn giám sát của Ủy ban MTTQ huyện do bà Vàng Thị Mai làm "
            "trưởng đoàn đã giám sát tại xã Xuân Quang.\n\nXã đã chi trả cho 215 đối tượng.\n\nĐoàn đề nghị xã rà "
            "soát.\n\nÝ kiến bạn đọc gửi vào T5, 2024-02-01 10:05")
    assert _dated(text) == ("2020-07-06", "stated")
