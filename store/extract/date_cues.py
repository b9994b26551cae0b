"""Words that date a visit without naming its year: two-tier local government, a day still ahead, results reported.

`dates` settles the year of a day written without one from bounds the text gives; these are its cues: the two-tier
local government of 1 July 2025 (named, or implied by a ward's own public service centre counting "từ 1/7 đến nay"),
a day an article still expects ("dự kiến ... từ ngày 1/7/2025"), which the visit came before, and how long after a
period its results are still being reported.
"""

from __future__ import annotations

import re
from datetime import timedelta

TWO_TIER = re.compile(r"chinh quyen (?:dia phuong )?(?:2|hai) cap")
AFTER_REFORM = re.compile(r"sau (?:khi )?(?:sap xep|sap nhap) (?:don vi hanh chinh|dvhc)|mo hinh (?:chinh quyen )?moi|"
                           r"(?:xa|phuong) moi (?:sau|thanh lap)")
SINCE_FIRST_JULY = re.compile(r"\btừ\s+(?:ngày\s+)?0?1\s*[/.-]\s*0?7\s+(?:đến|tới)\s+(?:nay|hiện nay|hiện tại|"
                              r"(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\s*[/.-]\s*\d))\b|"
                              r"\b(?:đi vào|bắt đầu|chính thức)\s+(?:hoạt động|vận hành)\s+từ\s+(?:ngày\s+)?"
                              r"0?1\s*[/.-]\s*0?7(?!\s*[/.-]\s*\d)(?!\s+(?:tới|sắp tới)\b)", re.IGNORECASE)
COMMUNE_CENTRE = re.compile(r"\b(?:trung tâm phục vụ hành chính công|TTPVHCC)\s+(?:cấp\s+)?(?:các\s+)?(?:xã|phường|"
                             r"đặc khu)\b", re.IGNORECASE)
"""A commune's or ward's own public service centre, which the two-tier government of 1 July 2025 brought: "từ 1/7 đến
nay" with no year beside one counts from that day, the year being left out as the writer's current one; so does its
first span closed on a day, "từ ngày 1-7 đến ngày 30-9", and its opening, "đi vào hoạt động từ ngày 1-7" (one still
ahead, "từ ngày 1/7 tới đây", is no such day, nor one written with its year)."""
SUPERVISED = re.compile(r"\b(?:giám sát|khảo sát|kiểm tra)\b[^.;]{0,120}\b(?:thực hiện|triển khai)\b[^.;]{0,120}$",
                         re.IGNORECASE)
"""Before a span: what the visit oversees ("khảo sát việc thực hiện chuyển đổi số giai đoạn 2021-2023")."""
PLANNED_AHEAD = re.compile(r"\b(?:dự kiến|sẽ|dự định)\b[^.;,]{0,50}\b(?:từ|vào|trong)\s+(?:ngày\s+)?$", re.IGNORECASE)
"""Before a dated day, what is expected to happen on it ("dự kiến chính thức vận hành từ ngày 1/7/2025"): the article
was written before that day, so the visit was too."""
FIGURES = re.compile(r"\d[\d.,/]*\s*(?:%|hồ sơ|thủ tục|TTHC|tài khoản|điểm|người|lượt|tỷ đồng|triệu đồng)",
                     re.IGNORECASE)
RESULTS = re.compile(FIGURES.pattern + r"|\bđã\b", re.IGNORECASE)
EARLY_REPORT = timedelta(days=31)
"""Figures for a period are often reported a few weeks before it ends ("9 tháng đầu năm" at a visit on 17/9)."""
CURRENT_YEAR_FROM = 4
"""A year named alone as the work checked ("đã kiểm tra các công trình phòng, chống thiên tai năm 2025") is the visit's
own from April on; its figures ("năm 2023 giải quyết 1.250 hồ sơ") are the visit's year's from September on
(`FIGURES_YEAR_FROM`), a whole year's results being reviewed in the months after it."""
FIGURES_YEAR_FROM = 9
PLANS = re.compile(r"\b(?:phấn đấu|kế hoạch|dự kiến|mục tiêu|chỉ tiêu|sẽ|đề ra)\b", re.IGNORECASE)
