"""Lengths in metres, volumes in cubic metres and weights in tons: figures only when they measure works built, goods
supported or materials moved.

A commune's oversight of its hamlets reports what was built and what the state gave for it ("làm được 200 m đường bê
tông", "cứng hóa 450 m kênh mương", "được hỗ trợ 42 tấn xi măng"), as other reports count houses or works. The same
units far more often measure no result: a distance ("cách trụ sở 700 m"), a size ("rộng 6 m"), a yield or a harvest
("6 tấn/ha", "5.000 tấn lúa"), a tank ("bể chứa 20 m3"). So the unit counts only when what it measures follows it
at once: a road, a canal; cement, rice; sand, stone, earth dredged.
"""

from __future__ import annotations

import re

from .figure_gift_cues import in_a_gift_list
from .figure_policy_goods import handed_measure
from .figure_power import power_is_context

_WORKS = re.compile(r"\s*(?:đường|kênh|mương|rãnh|cống|kè|đê|tường rào|hàng rào|vỉa hè|ống|dây)(?![\wÀ-ỹ])",
                    re.IGNORECASE)
_MATERIALS = r"cát|sỏi|đá|đất|bùn|gỗ|đá dăm|cát sỏi|cấp phối"
"""Building materials and spoil, given, bought or dug out ("78 m³ cát sỏi", "30 tấn đá", "nạo vét 1.200 m3 đất"); a
canal dredged is counted by what came out of it ("nạo vét 3.500 m3 kênh mương"), water never (a tank, a supply's
capacity: "bể 20 m3 nước", "1.200 m3 nước/ngày")."""
_WASTE = r"rác thải|rác|chất thải|phế thải|phế liệu|bao gói thuốc bảo vệ thực vật"
"""Waste collected, moved or treated ("thu gom khoảng 38 tấn rác mỗi ngày", "xử lý 12 tấn chất thải rắn", "thu gom 2,5
tấn bao gói thuốc bảo vệ thực vật"): the work of the place, a result as the cement given is (session 22); a plant's
capacity per day ("công suất 300 tấn/ngày") measures nothing named and stays no figure."""
_GOODS = re.compile(r"\s*(?:xi măng|gạo|thóc|phân bón|sắt thép|thép|hàng hóa|hàng hoá|hàng|" + _MATERIALS + r"|"
                    r"thức ăn|vôi bột|vôi|hóa chất|hoá chất|lương thực|giống|" + _WASTE + r")(?![\wÀ-ỹ])",
                    re.IGNORECASE)
"""Goods, materials and waste a weight counts as a result, whatever the weight's measure (tons, quintals, kilos)."""
_MEASURED = {
    "m": _WORKS, "km": _WORKS,  # "cứng hóa 4,2 km đường", never "cách trụ sở 8 km"
    "tấn": _GOODS,
    "m3": re.compile(r"\s*(?:" + _MATERIALS + r"|rác|bê tông|kênh|mương)(?![\wÀ-ỹ])", re.IGNORECASE),
}
"""What a length or a weight must measure to be a result: a road, a canal, a drain ...; cement, rice, fertiliser."""


_PER_AREA_BEFORE = re.compile(r"\b(?:mỗi|(?:bình quân|trung bình|trên) (?:một|1))\s+"
                              r"(?:sào|ha|héc-ta|hécta|mẫu|công đất)(?![\wÀ-ỹ])[^\d.;:!?]{0,60}$", re.IGNORECASE)
"""A yield said in words: the weight a sào or a hectare gives ("bình quân mỗi ha lúa cho thu hoạch khoảng 6 tấn
thóc", "mỗi sào đạt 2 tạ thóc"), as "6 tấn/ha" is; no goods given, moved or seized."""


def per_area_yield(text: str, start: int) -> bool:
    """Whether the weight at `start` is what one sào or hectare yields, told earlier in its clause."""
    return bool(_PER_AREA_BEFORE.search(text, max(0, start - 80), start))


_ITEM_AFTER = re.compile(r"\s+[\wÀ-ỹ]")
"""Goods named after a weight in a gift list; "5 tấn/ha" (a yield) names none."""
_SMALL_WEIGHT = re.compile(r"\s*(kg|ký|tạ)(?=" + _GOODS.pattern + ")", re.IGNORECASE)


def weighed_goods(text: str, start: int, end: int) -> tuple[str, int] | None:
    """(the measure as stored, where it ends) when the number at [`start`, `end`) weighs, in kilos or quintals,
    goods a ton of would count, and no yield (`per_area_yield`): "tạm giữ 1.300 kg phân bón" as "tạm giữ 1,3 tấn
    phân bón"; "thu gom 800 kg rác thải"; else None. A yield ("250 kg/sào") or a weight of anything else ("3 tạ
    lúa", "5 kg thịt" bought) stays out, as it does in tons: what a weight measures is the convention."""
    weight = _SMALL_WEIGHT.match(text, end)
    if weight is None or per_area_yield(text, start):
        return None
    return ("tạ" if weight[1].lower() == "tạ" else "kg"), weight.end(1)


_DAMAGE = r"(?:sạt lở|sạt|sụt lún|sụt|xói lở|sụp|sập|hư hỏng|cuốn trôi|vỡ)"
_DAMAGE_BEFORE = re.compile(r"\b" + _DAMAGE + r"(?![\wÀ-ỹ])(?P<between>[^\d,.;:!?()]{0,40})$", re.IGNORECASE)
_DAMAGE_AFTER = re.compile(r"[^\d,.;:!?()]{0,30}?\bbị\s+" + _DAMAGE + r"(?![\wÀ-ỹ])", re.IGNORECASE)
_NOT_A_LENGTH = re.compile(r"\b(?:cách|rộng|sâu|cao|bán kính|dày|mặt cắt)(?![\wÀ-ỹ])", re.IGNORECASE)
"""A length of damage in a disaster report ("sạt lở khoảng 350 m bờ sông", "chiều dài đoạn sạt lở khoảng 1.200m",
"hơn 2 km đê bao bị sạt", "sụt lún với chiều dài khoảng 100 m"): what the disaster did at the place, a figure like
the homes it swept away. A distance, a width or a depth told beside it is none ("điểm sạt lở cách nhà dân 5 m",
"ăn sâu vào đất liền 13 m", "rộng 10 m")."""


_WAY_TRAVELLED = re.compile(r"\b(?:đi\s+(?:đường\s+)?vòng|vòng\s+qua|đường\s+vòng|di\s+chuyển|quãng\s+đường|"
                            r"đi\s+(?:thêm|xa))(?![\wÀ-ỹ])[^\d,.;:!?()]{0,40}$", re.IGNORECASE)
"""A way people must travel, told right before the length ("phải đi đường vòng khoảng 12 km", "di chuyển thêm hơn 6
km"): with the damage after it ("... từ khi cầu bị cuốn trôi", "vì đoạn đường bị sạt lở") the length is the detour the
damage forced, no length of the damage itself (session 28)."""


def damage_length(text: str, start: int, end: int) -> bool:
    """Whether the length at [start, `end`) is the length of a landslide, a subsidence or a breach."""
    if _WAY_TRAVELLED.search(text, max(0, start - 60), start):
        return False  # "phải đi đường vòng khoảng 12 km kể từ khi cầu bị cuốn trôi": the detour, no damage
    before = _DAMAGE_BEFORE.search(text, max(0, start - 60), start)
    if before is not None and not _NOT_A_LENGTH.search(before["between"]):
        return True
    return bool(_DAMAGE_AFTER.match(text, end)) and not _NOT_A_LENGTH.search(text, max(0, start - 12), start)


_DAMAGE_NAMES = {"sạt": "sạt lở", "sập": "sạt lở", "sụp": "sạt lở", "sụt": "sụt lún", "vỡ": "bị vỡ",
                 "cuốn trôi": "bị cuốn trôi"}


def damage_label(text: str, start: int, end: int) -> str | None:
    """What a length of damage with nothing named after its unit measures ("bị sạt lở khoảng 420 m;" → "Chiều dài
    đoạn sạt lở"), or None when it is no length of damage."""
    if not damage_length(text, start, end):
        return None
    said = _DAMAGE_BEFORE.search(text, max(0, start - 60), start) or _DAMAGE_AFTER.match(text, end)
    word = re.search(_DAMAGE, said[0] if said else "", re.IGNORECASE)
    damage = word[0].lower() if word else "sạt lở"
    return f"Chiều dài đoạn {_DAMAGE_NAMES.get(damage, damage)}"


_SITE_BEFORE = re.compile(r"\bmặt\s+bằng(?![\wÀ-ỹ])(?P<between>[^\d,.;:!?()]{0,30})$", re.IGNORECASE)
"""A length of a route's land told in a site-clearance check ("đã bàn giao mặt bằng sạch 14,1 km", "chi trả mặt bằng
được 19,9km", "chưa giải phóng mặt bằng là 13,08km"): how much of the works' land is paid for, handed over or still
held, the result such a check counts, as a road built is. A distance or a size beside it is none ("mặt bằng cách
trụ sở 500 m", "mặt bằng rộng 20 m"); session 27 fresh49, an expressway's clearance in two districts."""


def site_length(text: str, start: int) -> bool:
    """Whether the length at `start` measures a site cleared, paid for or handed over, told earlier in its clause."""
    before = _SITE_BEFORE.search(text, max(0, start - 60), start)
    return before is not None and not _NOT_A_LENGTH.search(before["between"])


def measure_is_context(text: str, start: int, end: int, unit: str) -> bool:
    """Whether a number in metres or tons at [start, `end`) (with its unit) measures no works built nor goods given,
    nor a length of damage."""
    measured = _MEASURED.get(unit)
    if measured is None:
        return power_is_context(text, start, end, unit)  # "tổng công suất 215,6 MW", never one machine's 250 kW
    if measured.match(text, end):
        return unit == "tấn" and per_area_yield(text, start)  # "mỗi ha cho thu hoạch 6 tấn thóc": a yield
    if unit == "tấn" and _ITEM_AFTER.match(text, end) and in_a_gift_list(text, start) and \
            not per_area_yield(text, start):
        return False  # "hỗ trợ bà con 2,5 tấn cá khô": goods handed over, whatever they are, as "800 kg đường" is
    if unit == "tấn" and handed_measure(text, start, end):
        return False  # "phân phối 2,6 tấn muối iốt": a policy good handed out, never the salt works' harvest
    return not (unit in ("m", "km") and (damage_length(text, start, end) or site_length(text, start)))


def same_works(later: dict, earlier: dict) -> bool:
    """Whether a length or weight restates an earlier one: the same value, unit and place, the same thing measured
    (the label's first word after the unit: "200 m đường" registered, then "làm được 200 m đường"), and no other
    period. A plan's length told again once built is one figure: the report checks the one against the other."""
    if later["unit"] not in _MEASURED or later["unit"] != earlier["unit"] or later["value"] != earlier["value"]:
        return False
    if later.get("locality") != earlier.get("locality") or later.get("period") not in (None, earlier.get("period")):
        return False
    return _measured(later) is not None and _measured(later) == _measured(earlier)


def _measured(figure: dict) -> str | None:
    words = re.findall(r"[\wÀ-ỹ]+", figure["label"].lower())
    if words and words[0] in ("m", "mét", "tấn", "m3", "khối"):
        words = words[1:]
    return words[0] if words else None
