"""Session 37, figures19: files settled for another procedure than those received are no part of them
(`figure_procedures.other_procedures`, asked by `figure_wholes.whole_from`), on sentences written for these tests.

"tiếp nhận 2.140 hồ sơ chứng thực chữ ký, giải quyết 385 hồ sơ đăng ký thường trú" made 385 a part of 2.140 (s36
items18's held-out h1347). Kept: one procedure named twice, with a narrower kind or none after the second, and a
settled count with no procedure.
"""

from __future__ import annotations

import pytest

from tests.leads import COUNCIL_LEAD, figure_triples


def _triples(said: str) -> list[tuple[float | int, str, float | int | None]]:
    return sorted(figure_triples(COUNCIL_LEAD + said), key=str)


@pytest.mark.parametrize(("said", "wanted"), [
    pytest.param("Xã đã tiếp nhận 2.140 hồ sơ chứng thực chữ ký, giải quyết 385 hồ sơ đăng ký thường trú.",
                 [(2140, "hồ sơ", None), (385, "hồ sơ", None)], id="chung-thuc-then-dang-ky"),
    pytest.param("Xã nhận 312 hồ sơ cấp đổi giấy phép lái xe, đã trả kết quả 96 hồ sơ trợ cấp xã hội.",
                 [(312, "hồ sơ", None), (96, "hồ sơ", None)], id="cap-doi-then-tro-cap"),
    pytest.param("Xã tiếp nhận 1.870 hồ sơ đăng ký kinh doanh; đã giải quyết 540 hồ sơ chứng thực bản sao.",
                 [(1870, "hồ sơ", None), (540, "hồ sơ", None)], id="past-a-semicolon"),
    pytest.param("Xã tiếp nhận 420 hồ sơ cấp lại giấy khai sinh, giải quyết 388 hồ sơ cấp mới thẻ.",
                 [(420, "hồ sơ", None), (388, "hồ sơ", None)], id="cap-lai-then-cap-moi"),
])
def test_files_of_two_procedures_are_no_part_and_whole(said: str, wanted: list) -> None:
    assert _triples(said) == sorted(wanted, key=str)


@pytest.mark.parametrize(("said", "wanted"), [
    pytest.param("Xã tiếp nhận 640 hồ sơ đăng ký hộ tịch, giải quyết 320 hồ sơ đăng ký khai sinh.",
                 [(640, "hồ sơ", None), (320, "hồ sơ", 640)], id="one-procedure-a-narrower-kind"),
    pytest.param("Xã tiếp nhận 1.260 hồ sơ chứng thực bản sao, đã giải quyết 1.248 hồ sơ chứng thực.",
                 [(1260, "hồ sơ", None), (1248, "hồ sơ", 1260)], id="one-procedure-named-again"),
    pytest.param("Xã nhận 515 hồ sơ chứng thực chữ ký, giải quyết 509 hồ sơ đúng hạn.",
                 [(515, "hồ sơ", None), (509, "hồ sơ", 515)], id="no-procedure-after-the-second"),
    pytest.param("Xã tiếp nhận 900 hồ sơ, giải quyết 850 hồ sơ đăng ký kinh doanh.",
                 [(900, "hồ sơ", None), (850, "hồ sơ", 900)], id="no-procedure-after-the-first"),
])
def test_files_of_one_procedure_keep_their_whole(said: str, wanted: list) -> None:
    assert _triples(said) == sorted(wanted, key=str)
