"""A province's agencies written by their initials, as news leads name the hosts of a national team.

"làm việc với LĐLĐ tỉnh Khánh Hòa", "giám sát tại BHXH tỉnh Phú Yên": the initials name an agency as its full name
would ("Liên đoàn Lao động tỉnh ...", "Bảo hiểm xã hội tỉnh ..."). The province after them is the agency's, and
visited with it — never a qualifier of a place the initials would be, nor a unit of its own the team passes by.
"""

AGENCY_INITIALS = r"LĐLĐ|BHXH|VKSND|TAND|KBNN|BCHQS|Bộ CHQS|HLHPN|HND"
"""Liên đoàn Lao động, Bảo hiểm xã hội, Viện Kiểm sát / Tòa án nhân dân, Kho bạc Nhà nước, Bộ Chỉ huy Quân sự, Hội
Liên hiệp Phụ nữ, Hội Nông dân."""
