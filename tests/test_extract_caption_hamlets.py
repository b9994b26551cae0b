"""Issue 12, session 29 (s29/f58), sentences written for the tests: a team's round "tại một số xã" whose commune or
ward is named only in a credited photo caption, after a hamlet or street group and a comma ("Đoàn kiểm tra tại thôn
A, xã B. Ảnh: X"; `place_captions.visit_captions`). The caption names where the team went; a caption with no check
(residents, voters) and a file photo's caption stay unread."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

TODAY = date(2026, 12, 1)

LEAD = ("Chiều 10/3/2026, Đoàn kiểm tra của Ủy ban bầu cử tỉnh Ninh Bình do ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh, "
        "làm trưởng đoàn đã kiểm tra công tác chuẩn bị bầu cử tại một số xã, phường trên địa bàn tỉnh.\n\n"
        "Theo báo cáo, các địa phương đã niêm yết danh sách cử tri đúng quy định.\n\n")
TAIL = "\n\nĐoàn đề nghị các địa phương tăng cường tuyên truyền về ngày bầu cử."


def names(caption: str) -> list[str]:
    record = extract_article(LEAD + caption + TAIL, today=TODAY).record
    return [loc["name"] for loc in record["localities"]]


@pytest.mark.parametrize(("caption", "place"), [
    ("Đoàn kiểm tra công tác chuẩn bị bầu cử tại thôn Đồng Mới, xã Thanh Lâm. Ảnh: Thu Hà", "xã Thanh Lâm"),
    ("Đoàn kiểm tra khu vực bỏ phiếu tại tổ dân phố số 4, phường Phủ Lý. (Ảnh: Minh Quân)", "phường Phủ Lý"),
    ("Đoàn kiểm tra khu vực bỏ phiếu số 2 tại xóm Bắc Sơn, xã Hải Thịnh. Ảnh: Lan Hương", "xã Hải Thịnh"),
    ("Đoàn khảo sát tại Nhà văn hóa thôn Trung Đông, xã Nghĩa Hưng. Ảnh: Việt Anh", "xã Nghĩa Hưng"),
    ("Đoàn làm việc tại khu phố Nam Thành, phường Hoa Lư. Ảnh: Đức Tâm", "phường Hoa Lư"),
])
def test_a_commune_after_its_hamlet_in_a_credited_caption_is_visited(caption: str, place: str) -> None:
    assert names(caption) == [place]


@pytest.mark.parametrize("caption", [
    "Người dân thôn Đồng Mới, xã Thanh Lâm nhận thẻ cử tri tại nhà văn hóa. Ảnh: Thu Hà",  # residents, no check
    "Cử tri tổ dân phố số 4, phường Phủ Lý xem danh sách cử tri. Ảnh: Minh Quân",  # voters, no check
    "Đoàn kiểm tra tại thôn Trung Đông, xã Nghĩa Hưng trong đợt bầu cử năm 2021 (ảnh tư liệu).",  # a file photo
])
def test_a_caption_with_no_check_or_a_file_photo_names_no_place_visited(caption: str) -> None:
    assert all(not name.startswith(("xã", "phường")) for name in names(caption))
