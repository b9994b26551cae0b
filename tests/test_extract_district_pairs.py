"""Session 38, places24 (s36-fresh77 v10's class): a commune or township checked beside its district written bare
("đã kiểm tra ... Quỹ ... huyện và xã A, huyện B") is a locality, and so is the district. Sentences written for
these tests, with invented people; look-alikes (a report's source, people present, a session's name, no "và")
keep their readings."""

from __future__ import annotations

from datetime import date

import pytest

from store.extract import extract_article

_TODAY = date(2026, 12, 1)


def _places(text: str) -> list[str]:
    return sorted(unit["name"] for unit in extract_article(text, today=_TODAY).record.get("localities") or [])


@pytest.mark.parametrize("text, expected", [
    ("Ngày 11/6/2020, tại huyện Phú Xuyên, đoàn của Ủy ban MTTQ thành phố Hà Nội đã kiểm tra việc sử dụng Quỹ Vì "
     "người nghèo của huyện và xã Hồng Minh, huyện Phú Xuyên.", ["huyện Phú Xuyên", "xã Hồng Minh"]),
    ("Ngày 24/9/2021, đoàn của Ủy ban MTTQ thành phố Hà Nội đã kiểm tra công tác vận động quỹ tại huyện và thị trấn "
     "Vân Đình, huyện Ứng Hòa.", ["huyện Ứng Hòa", "thị trấn Vân Đình"]),
    ("Ngày 20/5/2022, đoàn của Ủy ban MTTQ thành phố Hà Nội đã thực hiện kiểm tra Quỹ Cứu trợ huyện và xã Hòa "
     "Thạch, huyện Quốc Oai.", ["huyện Quốc Oai", "xã Hòa Thạch"]),
])
def test_a_commune_checked_beside_its_bare_district(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report's source, no check in the sentence
    ("Ngày 15/10/2020, đoàn của Ủy ban MTTQ thành phố Hà Nội đã làm việc với huyện Quốc Oai. Theo báo cáo tổng hợp "
     "của huyện và xã Đông Xuân, nhiều hộ nghèo đã được hỗ trợ.", ["huyện Quốc Oai"]),
    # people present at the check
    ("Ngày 9/12/2021, tại huyện Ứng Hòa, đoàn của Ủy ban MTTQ thành phố Hà Nội đã kiểm tra Quỹ Cứu trợ. Cùng dự buổi "
     "kiểm tra có lãnh đạo Ủy ban MTTQ huyện và xã Liên Bạt, huyện Ứng Hòa.", ["huyện Ứng Hòa"]),
    # the check names the district and the people present after it
    ("Ngày 9/12/2021, tại huyện Ứng Hòa, đoàn của Ủy ban MTTQ thành phố Hà Nội đã kiểm tra Quỹ Cứu trợ, có sự tham dự "
     "của lãnh đạo huyện và xã Liên Bạt, huyện Ứng Hòa.", ["huyện Ứng Hòa"]),
])
def test_look_alikes_keep_their_readings(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
