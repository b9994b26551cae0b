"""Agencies' names, and a province's agencies written by their initials, as news leads name the hosts of a team.

"làm việc với LĐLĐ tỉnh Khánh Hòa", "giám sát tại BHXH tỉnh Phú Yên": the initials name an agency as its full name
would ("Liên đoàn Lao động tỉnh ...", "Bảo hiểm xã hội tỉnh ..."). The province after them is the agency's, and
visited with it — never a qualifier of a place the initials would be, nor a unit of its own the team passes by.
"""

import re

AGENCY_INITIALS = r"LĐLĐ|BHXH|VKSND|TAND|KBNN|BCHQS|Bộ CHQS|HLHPN|HND"
"""Liên đoàn Lao động, Bảo hiểm xã hội, Viện Kiểm sát / Tòa án nhân dân, Kho bạc Nhà nước, Bộ Chỉ huy Quân sự, Hội
Liên hiệp Phụ nữ, Hội Nông dân."""

OFFICE_NAME = re.compile(r"(?:Cục|Chi cục|Viện|To[àa] án|Kho bạc|Bảo hiểm|Văn phòng|Phòng|Thanh tra|Ngân hàng|"
                         r"Liên đoàn|" + AGENCY_INITIALS + r")\b")
"""An agency's name where a unit's name could start ("với Cục Thuế tỉnh X", "với LĐLĐ tỉnh X"): no bare unit, so the
province after it is no qualifier of one."""

SITE_NAME = re.compile(r"(?:Trường\s+(?:[A-ZĐ][A-ZĐ&]+\b|Tiểu\s+học|Mầm\s+non|Mẫu\s+giáo|Trung\s+học|Phổ\s+thông|"
                       r"Dân\s+tộc|Cao\s+đẳng|Đại\s+học|Chính\s+trị)|Điểm\s+trường|Trạm\s+[Yy]\s+tế|Bệnh\s+viện|"
                       r"Nhà\s+[Vv]ăn\s+ho[áa]|Đồn\s+[Bb]iên\s+phòng|Công\s+an)\b")
"""A site's name where a unit's name could start ("tại Trường THCS xã A", "tại Trạm Y tế xã B"): no bare unit, so the
commune after it is where the site lies, no qualifier of the site (place_visited_sites reads it). Communes called
"Trường Trung", "Trạm Lộ" or "Công Hải" stay units: the word after them is no school's or station's kind."""
