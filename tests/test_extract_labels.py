"""The labels a reader sees on figures (`store.extract.figure_labels`), against hand-written labels.

tests/articles/labels.json holds labels written by hand from reading the articles, for figures of the tuned and the
held-out sets; the tuned ones are matched exactly (but for the few listed as open below), the held-out ones only in
aggregate, as `scripts/score_labels.py` reports them. Degenerate labels (a bare unit, a doubled word, more than 10
words) are counted over every figure of both sets and must stay under a ceiling.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import orjson
import pytest

from store.extract import extract_article, extract_file
from store.extract.figure_labels import degenerate

ARTICLES = Path(__file__).parent / "articles"
ORACLE: dict[str, dict[str, str]] = orjson.loads((ARTICLES / "labels.json").read_bytes())
TODAY = date(2026, 12, 1)
DEGENERATE_CEILING = {"tuned": 47, "heldout": 60}
"""Measured at the end of session 15: 64 of 1000 tuned figures and 40 of 460 held-out (from 251 and 110 before);
session 17: 71 of 1202 tuned (the one added is t1129's 11-word legal name of crime reports, "tin báo, tố giác về
tội phạm và kiến nghị khởi tố", which is the right label and only counts as long), held-out 40; session 19: 72 of
1319 (t1335's "Tổng kinh phí": a total whose use the text does not say, "để báo cáo" after it being no purpose);
session 20 (s20/wholes): 77 of 1480, the old 72 unchanged and five in the wholes articles, label classes left open:
t1464's counts in a bracket "(khu phố 2 có 14 hồ sơ, ...)" and t1477's "(năm 2022 là 1.480 hồ sơ)" read "Hồ sơ",
t1463's share before a reason cut at "vì", t1475's "Hồ sơ do người dân chưa bổ sung đủ giấy tờ" (the reason read as
what is counted); held-out 45 of 715, then 46 of 758 with session 20's new held-out articles: h448's long reason
for files sent back (s20/wholes) and h505's "1.320 hộ" read "Hộ" (s20/places), each new, none an older label gone
bad; session 21 (s21/wholes): 80 of 1568, the old 77 unchanged and three in t1316/t1317 (a share's label with its
long reason, and t1464's class of counts in a bracket after a hamlet's name "(thôn Nà Tèn 25 hồ sơ; ...)" read
"Hồ sơ"); held-out 47 with s21/places' h536: "185 cháu" read "Cháu" (base code alike, a held-out article, not
rewritten after it was run); held-out 48 with s21/agencies' h558: a share's 11-word label "Tỷ lệ người dân phường
tham gia bảo hiểm y tế" (long only; base code alike, a held-out article, not rewritten after it was run); held-out
49 with s22/fresh30's h570: the share's 11-word label "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến" (right, long
only; base code alike, not rewritten after it was run); session 22
(s22/units): tuned 83 of 1675, the old 80 unchanged and three counts in the session's units with nothing said of
them, t1562's "540 gian hàng" → "Gian hàng" (a market has them) and "96 ki-ốt" → "Ki-ốt" (a part, base code alike),
t1563's "16 ca" → "Ca" (the illness named before the count, "Dịch tay chân miệng ..., toàn phường đã có 16 ca");
held-out +1 (50 with h570): h543's "120 gian hàng" newly read, "Gian
hàng", and h576's long "Đất lúa ... chuyển đổi" (base code alike), h257's "hai tổ" gone (no figure now);
session 23 (s23/figures):
82 of 1715 tuned and 49 of 900 held-out, down from 83 and 50: a shortage ("còn thiếu 1.870 giáo viên") is labelled
"Giáo viên còn thiếu", no longer the bare noun (t1066, h152 and the new h631);
s23/places: held-out +1 with h649's "12 tổ hợp tác" read "Tổ hợp tác" (bare; base code alike, a held-out article,
not rewritten after it was run); second round (s23/figures2): members told with their groups ("6 tổ hòa giải với 42
hòa giải viên" → "Hòa giải viên của tổ hòa giải"), people after "Trong đó" said to be something ("96 phụ nữ là
người dân tộc thiểu số"), "tuyển" and "giải phóng mặt bằng" as label verbs; h586's "480 người" stays bare.
After both merged: 78 of 1758 tuned and 48 of 957 held-out.
Session 24 (s24/leftx2): held-out +1 with h739's "kiểm kê 22 di tích" read "Di tích" (bare): "di tích" became a count
noun, so the base code read no figure there at all (base 48 of 979, branch 49 of 981 on the same articles); a held-out
article, not rewritten after it was run, and the relic verbs are not added to the label verbs from it.
Session 24 (s24/left4): held-out 50 of 1022, the 48 before unchanged and two bare labels of new held-out articles
("19/26 chỉ tiêu" → "Chỉ tiêu" in h758, "2 trụ sở" → "Trụ sở" in h759), the base code alike. After all of session
24 merged: 77 of 1838 tuned and 51 of 1056 held-out (the three new bare ones above).
Session 25 (s25/figleft): held-out 54, figures newly read bare, h758's "26 chỉ tiêu" (a count of targets set)
"Chỉ tiêu" and h801's "296 ha" "Ha", over the base code's count with the new held-out h800-h803 (not rewritten
after they were run).
Session 25 (s25/placeleft): held-out 53: two bare labels of the new h824 ("9 lớp" → "Lớp", "265 học sinh" → "Học
sinh", a non-visit by the house rule, the base code alike) and h452's 310 hồ sơ, now "Hồ sơ", since its commune's
police post is placed (`place_cues._SCENE_START`); the label class is left open, not tuned on h452. Both merged
(s25/merge): measured after the merge.
Session 26 (s26/fresh44): h896's "3 hợp tác xã" read "Hợp tác xã" (bare, base code alike); (s26/fresh43): h883's "Xã
có 14 khu vực bỏ phiếu" → "Khu vực bỏ phiếu" (bare, base code alike); neither rewritten after it was run. Held-out 58
measured after the merge (s26/merge). Session 26 (s26/places): 59, h936's "Trạm hiện có 6 cán bộ" → "Cán bộ" (bare,
the base code alike; a places article, not rewritten after it was run).
Session 26 (s26/visits): h905's "310 ha" read "Ha" (bare, the base code alike: it was a
non-visit there; not rewritten after it was run); held-out 60 measured after the merge.
Session 26 (s26/arrivals2): 61, the new h938's "đưa 37 hộ đến nơi tạm trú" read "Hộ" (bare; the base code alike:
`scripts/score_labels.py` gives 61 of 1156 on both; not rewritten after it was run).
Session 27 (s27/f47): 62, the new h961's share "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến" (11 words: right,
long only, as h570's; the base code alike, 62 of 1164 on both; not rewritten after it was run).
Session 27 (s27/items2): 63, the new h980's whole "15 vụ việc ở cơ sở" read "Vụ việc" (bare; the base code alike,
63 of 1183 there with h979-h980; not rewritten after it was run).
Session 28 (s28/f53): held-out 65, the new h1017's two shares of a commune's own support in brackets, "bản Xuân (140
triệu đồng)" and "bản Na Lộc (100 triệu đồng)", each read "Số tiền" (bare; the base code alike; the pin of
figure_givers._share_of_a_gift, not rewritten after it was run).
Session 28 (s28/held2): 66, the new h1036's "1.150 dịch vụ công trực tuyến toàn trình lên cổng dịch vụ công" read
with the whole clause as its label (long; the base code alike, 66 of 1233 on both; not rewritten after it was run).
Session 29 (s29/lead1): 67, the new h1050's "1.650 thủ tục hành chính lên Cổng dịch vụ công quốc gia" read with its
destination as the label (long; the base code alike; not rewritten after it was run).
Session 29 (s29/f56): 68 with lead1's, the new h1058's share "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến" (11
words: right, long only, as h570's and h961's; the base code alike; not rewritten after it was run).
Session 29 (s29/figs1): 69 with lead1's and f56's, the new h1054's "Số hồ sơ trực tuyến toàn trình tiếp nhận trong
tháng 10: 1.284 hồ sơ" read "Hồ sơ" (bare: the phrase before the colon, its month included, is over nine words;
the base code alike, 67 of 1241 on both; not rewritten after it was run).
Session 30 (s30/merge): held-out 72 of 1292, main's 68 before unchanged (h377's long share one word shorter after
figs3 drops "số") and four labels of new held-out articles, each alike on the base code and not rewritten after it
was run: h1105's 11-word share "Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến" (f61; right, long only, as
h570's), h1125's "9 thành viên" read "Thành viên" (vis2; a board's members), h1150's "41.260 cử tri" and "38 khu
vực bỏ phiếu" read "Cử tri" and "Khu vực bỏ phiếu" (f63; bare, as h883's). Tuned 76 of 2184 after figs3.
Session 31 (s31/f68): held-out 77, +5 from the new h1175–h1177, not rewritten after they were run: four bare on the
base code alike (h1175's "9 đơn vị bầu cử" and "47 khu vực bỏ phiếu", h1176's and h1177's "Cử tri"), and h1176's "28
Tổ bầu cử", read under its capital now, the second body of "thành lập 4 Ban bầu cử và 28 Tổ bầu cử": the base code
labels that list's second item bare alike in lower case ("thành lập 4 ban bầu cử và 28 tổ bầu cử" → "Tổ bầu cử";
the label class is left open). Tuned 77 of 2209: t2549's "3 Đơn vị bầu cử" (bare, as h883's).
Session 31 (s31/left8): held-out 73 of 1295, +1 from h1189's rates told in turn ("lần lượt là 62, 81% và 94%"): one
rate of the list reads a bare "Tỷ lệ", as its 62.81 did on the base code (73 there too); not rewritten after it was
run. Tuned 77 of 2192 on both trees. Both merged (s31/merge): held-out 78 (72 + 5 + 1).
Session 31 (s31/left7): held-out 73 of 1300, the new h1181's share "Tỷ lệ hồ sơ có phí nộp qua ứng dụng ngân hàng"
(right, long only, as h570's; the base code alike, 73 of 1298 there; not rewritten after it was run). Tuned 76.
With left7 merged too (s31/merge): held-out 79 (72 + 5 + 1 + 1). With labels9 (a list told "lần lượt" takes its
subject's label): tuned 77 of 2279 (t2587's bare "Tỷ lệ" gone), held-out 79 of 1338.
Session 32 (s32/visits11): held-out 80 of 1347, +1 from the new h1221's "21.460 cử tri" read "Cử tri" (bare, as h1176's;
the base code alike, 80 there too; not rewritten after it was run). Tuned 77 of 2305 on both trees.
Session 33 (s33/figures13): held-out 81 of 1400, +1 from the new h1242's "520 và 610 triệu" after "Dự toán": on the
base code its 610 alone was read, "Số tiền"-bare ("dự toán" names no money for labels), 80 there; its 520, now read
(`figure_scaled_runs`), takes the same bare label; not rewritten after it was run. Tuned 76 of 2443 (t2751's two
sums read "Kinh phí chi": a run after a plain "là" takes its money noun, `figure_label_in_turn`), 77 on the base.
Session 37 (lead, at s37/merge): tuned 79 of 3005. Each of three branches added one label that is right and long
only (eleven words or so, as t1129's in session 17), each within the ceiling alone, 79 together:
t3284's share "Tỷ lệ hộ gia đình có sổ khám bệnh điện tử" (its oracle label in labels.json, s37/items19), t3246's
"Lượt người bệnh làm thủ tục bằng căn cước gắn chíp" (s37/fresh80) and t3159's "Người đăng ký tham gia bảo hiểm xã
hội tự nguyện" (s37/figures19). No older label went bad; the ceiling follows them rather than the articles being
reworded to fit it.
Session 38 (s38/labels21): tuned 73 of 3064, held-out 79 of 1617, down from 79 and 81: each gift's value named by
the gift ("Mỗi suất quà trị giá 500.000 đồng" → "Trị giá suất quà (đồng/suất)", not "Trị giá": t473, t553, t554,
t1125) and an area by its farm work ("làm đất được 350 ha" → "Ha làm đất": t1159, t1167); held-out alike by the same
classes (its lines not read). The base code on the same held-out articles gives 84 or more (its five new articles
add three bare labels there).
Session 39 (s39/labels22): tuned 54 of 3156, held-out 59 of 1644, down from 73 and 79: a place's or a unit's holdings
after "có" say whose they are ("Xã có 14 khu vực bỏ phiếu" → "Khu vực bỏ phiếu của xã", "Toàn huyện có 97 ..." →
"... toàn huyện", "Hiện trạm có 3 bác sĩ" → "Bác sĩ của trạm": 20 tuned, `figure_label_holdings`) and parts said to be
a kind with "là" after "trong số này/đó" (none bare left in the new articles); held-out alike by the same classes (its
lines not read). One label turned long, right: t2954's "Trẻ em dưới 6 tuổi cấp thẻ bảo hiểm y tế" (11 words; before,
"Trẻ em dưới", cut at the age's number).
Session 40 (s40/labels23): tuned 47 of 3229, held-out 57 of 1664: a criteria count says its set, holder and verb
(t137, t184, t3154's bare "Tiêu chí" → "Tiêu chí nông thôn mới xã đạt", `figure_label_criteria`) and a count told for
one hamlet is the hamlet's (t1464, t1317's far brackets, "Hồ sơ" → "Hồ sơ của khu phố 2", `figure_label_hamlets`);
no label turned degenerate (the tuned degenerate lines diffed); held-out by its count only.
Session 41 (s41/fresh86): tuned 47, held-out 59: two of its three new held-out articles read bare labels, not a
change of the label code (my own articles, so read): h1501's "giữ vững 19/19 tiêu chí" gives "Tiêu chí" (no set named
in its sentence) and h1502's income "52 triệu đồng/người" in a bracket, newly read by the branch's bracket rule,
gives "Mức (đồng/người)". The rest of the held-out count is the base's 57.
Session 42 (lead, at s42/merge): held-out 60 of 1736: one new held-out article (s42/fresh89's h1541) reads a long
label, right (its support sessions named by what they taught: "Buổi hướng dẫn người dân cài đặt, sử dụng ứng dụng
VNeID", 11 words); the degenerate lists of main 34d7f0fa and of the merge, diffed, differ by that line alone, so no
older label went bad. Tuned 47 of 3466, as before."""
OPEN = {
    ("a08_vinh_yen.txt", "100"), ("tuned/t09_never_named.txt", "102"),
    ("tuned/t65_service_and_cell_counts.txt", "37"), ("tuned/t130_delegation_without_a_named_head.txt", "298"),
    ("tuned/t217_residential_groups_visited_are_no_figure.txt", "8215"),
    ("tuned/t305_hmong_head_with_the_particle_a.txt", "68"),
    ("tuned/t324_span_of_days_in_words_with_the_year.txt", "88.4"),
    ("tuned/t356_share_of_communes_and_units_checked_by_surprise.txt", "22"),
    ("tuned/t365_share_not_reached_is_no_value.txt", "96"),
    ("tuned/t488_settled_in_the_next_sentence.txt", "14"),
    ("tuned/t511_welfare_counts_of_recipients_martyrs_and_gifts.txt", "96000000"),
    ("tuned/t564_list_of_parts_in_brackets_past_semicolons.txt", "400000000"),
    ("tuned/t565_paid_out_of_the_approved_list.txt", "786000000"),
    ("tuned/t570_a_report_to_the_team_about_recent_work.txt", "450000000"),
    ("tuned/t617_next_commune_opens_its_sentence_with_cung.txt", "1820"),
    ("tuned/t660_vehicles_records_and_crime_reports.txt", "17"),
    ("tuned/t665_classrooms_scholarships_books_and_teachers.txt", "1200"),
    ("tuned/t777_gift_list_after_gom_and_what_one_gift_holds.txt", "26000000"),
    ("tuned/t786_enforcement_cases_counted_as_viec.txt", "96000000000"),
    ("tuned/t836_co_chairs_over_two_days_at_a_commune.txt", "62"),
    ("tuned/t837_a_caption_calls_someone_the_head.txt", "5"),
    ("tuned/t919_a_share_of_communes_and_towns_that_reads_like_a_day.txt", "10"),
    ("tuned/t924_a_villages_households_and_people_are_its_size.txt", "12"),
    ("tuned/t951_a_named_official_hands_over_parcels_and_a_sum.txt", "1000000"),
}
"""Tuned oracle labels the rules do not reach yet (the words the reader would add are not next to the number, or
the hand-written label chose other words than the text's: "Hộ di dời" for "đã di dời 12 hộ", given "Hộ được di
dời"); scripts/score_labels.py -v lists what they get."""


def _figures(name: str) -> list[dict]:
    folder = ARTICLES / Path(name).parent
    entry = orjson.loads((folder / "expected.json").read_bytes())[Path(name).name]
    today = date.fromisoformat(entry["today"]) if entry.get("today") else TODAY
    draft = extract_file(ARTICLES / name, published=entry.get("published"), today=today, url=entry.get("url"))
    return draft.record["figures"]


def _words(label: str) -> set[str]:
    return set(re.findall(r"[\w/-]+", label.lower()))


TUNED = sorted(name for name in ORACLE if not name.startswith("heldout/"))


@pytest.mark.parametrize("name", TUNED)
def test_tuned_labels_match_the_oracle(name: str) -> None:
    figures = _figures(name)
    for value, wanted in ORACLE[name].items():
        got = [f["label"] for f in figures if str(f["value"]) == value]
        assert len(got) == 1, (value, got)  # one figure of that value: the oracle names it by value
        if (name, value) not in OPEN:
            assert got[0] == wanted, value


def test_the_oracle_is_big_enough_and_covers_both_sets() -> None:
    held = [name for name in ORACLE if name.startswith("heldout/")]
    assert sum(len(ORACLE[n]) for n in TUNED) >= 80 and sum(len(ORACLE[n]) for n in held) >= 30
    assert {name for name, _ in OPEN} <= set(TUNED)


def test_held_out_labels_in_aggregate() -> None:
    """The held-out labels are never tuned on: only their mean overlap with the oracle is held to a floor."""
    held = [name for name in ORACLE if name.startswith("heldout/")]
    overlaps = []
    for name in held:
        figures = _figures(name)
        for value, wanted in ORACLE[name].items():
            got = next((f["label"] for f in figures if str(f["value"]) == value), None)
            if got is None:  # a value not read (h1190's first count, session 31) is the figures' miss, scored there
                continue
            overlaps.append(len(_words(got) & _words(wanted)) / len(_words(got) | _words(wanted)))
    assert sum(overlaps) / len(overlaps) >= 0.75  # 0.81 at the end of session 15 (0.56 before)


def test_degenerate_labels_stay_under_the_ceiling() -> None:
    """Every figure of the tuned and the held-out sets: bare units, doubled words, labels of more than 10 words."""
    for folder, ceiling in (("tuned", DEGENERATE_CEILING["tuned"]), ("heldout", DEGENERATE_CEILING["heldout"])):
        count = 0
        folders = [ARTICLES, ARTICLES / "tuned"] if folder == "tuned" else [ARTICLES / "heldout"]
        for path in folders:
            for article in orjson.loads((path / "expected.json").read_bytes()):
                name = str((path / article).relative_to(ARTICLES))
                count += sum(degenerate(f) is not None for f in _figures(name))
        assert count <= ceiling, (folder, count)


@pytest.mark.parametrize("label, unit, kind", [
    ("Hộ", "hộ", "bare"), ("Đồng (hơn)", "đồng", "bare"), ("Tỷ lệ", "%", "bare"), ("Số tiền", "đồng", "bare"),
    ("Phường phường của quận", "phường", "doubled"), ("Xã, thị trấn xã", "xã, thị trấn", "doubled"),
    ("Hồ sơ tiếp nhận hơn (hơn)", "hồ sơ", "doubled"),
    ("Hồ sơ một hai ba bốn năm sáu bảy tám chín", "hồ sơ", "long"),
    ("Hồ sơ tiếp nhận (hơn)", "hồ sơ", None), ("Học sinh học tiếng Anh", "học sinh", None),
    ("Mức hỗ trợ (đồng/hộ)", "đồng", None),
])
def test_what_a_degenerate_label_is(label: str, unit: str, kind: str | None) -> None:
    assert degenerate({"label": label, "unit": unit, "value": 1}) == kind


@pytest.mark.parametrize("sentence, value, label", [
    ("Ngày 3/3/2025, đoàn giám sát làm việc với UBND xã Tân Phú. Qua rà soát, xã đã cấp quà cho 58 người cao tuổi "
     "với số tiền 17,4 triệu đồng.", 17400000, "Số tiền cấp quà"),
    ("Ngày 3/3/2025, đoàn giám sát làm việc với UBND xã Tân Phú. Qua rà soát, xã đã cấp quà cho 58 người cao tuổi "
     "với số tiền 17,4 triệu đồng.", 58, "Người cao tuổi được cấp quà"),
    ("Ngày 3/3/2025, đoàn giám sát làm việc với UBND xã Tân Phú. Kinh phí sửa chữa trụ sở năm 2024 là 2,3 tỷ đồng.",
     2300000000, "Kinh phí sửa chữa trụ sở"),
    ("Ngày 3/3/2025, đoàn giám sát làm việc với UBND xã Tân Phú. Đợt mưa lớn vừa qua làm ngập 73 hộ dân.",
     73, "Hộ dân bị ngập"),
    ("Ngày 3/3/2025, đoàn giám sát làm việc với UBND huyện Tân Phú. Theo báo cáo của huyện, đến nay 14/14 xã, thị "
     "trấn đã bố trí bộ phận một cửa.", 14, "Xã, thị trấn bố trí bộ phận một cửa"),
])
def test_label_classes_in_sentences_of_our_own(sentence: str, value: float, label: str) -> None:
    """Money by its purpose, a count that received it, a count harmed, the unit of a bare part written once."""
    figures = extract_article(sentence, today=TODAY).record["figures"]
    assert [f["label"] for f in figures if f["value"] == value] == [label]


def test_an_amount_whose_sentence_opens_with_its_noun_is_not_for_itself() -> None:
    """"Kinh phí 1,2 tỷ đồng từ ngân sách tỉnh được dùng để mua máy scan": the bare noun looked back for what it was
    for, found its own clause and made "Kinh phí cho kinh phí" (session 18, a first user's own article)."""
    text = ("Ngày 5/11/2025, Ban Pháp chế HĐND tỉnh Quảng Trị do ông Hoàng Văn Nam, Trưởng ban, làm trưởng đoàn giám "
            "sát công tác giải quyết thủ tục hành chính tại phường Đồng Hới. Kinh phí 1,2 tỷ đồng từ ngân sách tỉnh "
            "được dùng để mua máy scan và máy tính.")
    labels = [f["label"] for f in extract_article(text).record["figures"] if f["value"] == 1_200_000_000]
    assert labels and all("cho kinh phí" not in label.lower() for label in labels), labels
