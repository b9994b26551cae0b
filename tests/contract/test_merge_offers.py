"""What an article adds to a visit stored under its own id, found and merged on every backend (`merge_offers`).

The draft and the stored record are written here. A draft with the stored record's id that adds a figure or a
recommendation is offered for a merge (it had been skipped as "same id", what it added lost); the merge appends
what is lacking in one `update()`, and nothing stored is changed or dropped. A draft that adds nothing gets no
offer: the import skips it as before.
"""

from __future__ import annotations

import copy
from typing import Any

from store import provenance
from store.extract.merge_offers import find_offer, merge_into
from store.repository import Repository
from tests.factories import make_record
from tests.present import present

STORED = make_record()
ID = STORED["id"]
NEW_FIGURE = {"label": "Hồ sơ trễ hạn", "value": 17, "unit": "hồ sơ", "locality": "phường Tân Định"}
NEW_ITEM = {"text": "Công khai danh sách hồ sơ trễ hạn trên cổng thông tin.", "by": "Đoàn"}


def draft(**changes: Any) -> dict[str, Any]:
    """Another article's draft of the stored visit: the same id, some stored values told again."""
    record = make_record(summary="Một bài khác về cùng chuyến.", figures=STORED["figures"][:1],
                         recommendations=[], directions=[])
    record.update(copy.deepcopy(changes))
    record["provenance"] = provenance.extracted(record, {}, {})
    return record


def without_stamp(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in ("updated", "provenance")}


def test_a_draft_under_a_stored_id_adding_a_figure_and_an_item_is_offered_and_merged(repository: Repository) -> None:
    repository.upsert_many([STORED])
    before = present(repository.get(ID))
    article = draft(figures=[*STORED["figures"][:1], NEW_FIGURE], directions=[*STORED["directions"], NEW_ITEM])
    found = find_offer(repository, article)
    assert found is not None
    duplicate, stored = found
    assert duplicate.same_id and duplicate.stored_id == ID and without_stamp(stored) == without_stamp(before)
    assert duplicate.missing_figures == [NEW_FIGURE] and duplicate.missing_items == [("directions", NEW_ITEM)]
    assert "already stored under the same id" in duplicate.message("en")

    merge_into(repository, ID, duplicate.missing_figures, duplicate.missing_items, article)
    after = present(repository.get(ID))
    for name in ("figures", "recommendations", "directions"):  # every stored value kept, in its place
        assert after[name][:len(before[name])] == before[name]
    assert after["figures"][len(before["figures"]):] == [NEW_FIGURE]
    assert after["directions"][len(before["directions"]):] == [NEW_ITEM]
    assert {k: v for k, v in without_stamp(after).items() if k not in ("figures", "directions")} == \
        {k: v for k, v in without_stamp(before).items() if k not in ("figures", "directions")}
    origins = provenance.origins(after)
    assert origins[f"figures[{len(before['figures'])}]"]["by"] == "extractor"
    assert origins[f"directions[{len(before['directions'])}]"]["by"] == "extractor"
    assert provenance.check(after) == []

    assert find_offer(repository, article) is None  # nothing left to add: the import skips it as before
    merge_into(repository, ID, duplicate.missing_figures, duplicate.missing_items, article)  # merged twice
    assert present(repository.get(ID))["figures"] == after["figures"]  # adds nothing the second time


def test_a_recommendation_alone_is_worth_an_offer_and_the_same_words_are_not(repository: Repository) -> None:
    repository.upsert_many([STORED])
    told_again = {"text": "  bổ sung MÁY QUÉT hồ sơ ", "by": "Đoàn"}  # the stored one, cased and spaced otherwise
    assert find_offer(repository, draft(recommendations=[told_again])) is None
    found = find_offer(repository, draft(recommendations=[told_again, NEW_ITEM]))
    assert found is not None and found[0].missing_items == [("recommendations", NEW_ITEM)]
    assert found[0].missing_figures == []


def test_a_draft_that_adds_nothing_gets_no_offer_and_one_to_be_replaced_neither(repository: Repository) -> None:
    repository.upsert_many([STORED])
    assert find_offer(repository, draft()) is None
    adding = draft(figures=[NEW_FIGURE])
    assert find_offer(repository, adding, "update") is None  # the reader asked to replace the stored record
    assert find_offer(repository, adding, "skip") is not None


def test_the_stored_record_is_found_by_its_id_though_the_draft_says_another_day(repository: Repository) -> None:
    repository.upsert_many([STORED])
    found = find_offer(repository, draft(date="2025-10-03", figures=[NEW_FIGURE]))
    assert found is not None and found[0].same_id and found[1]["date"] == STORED["date"]


def test_a_recommendation_told_again_with_a_short_tail_is_not_offered_nor_merged_twice(repository: Repository) -> None:
    repository.upsert_many([STORED])
    near = {"text": "Rút ngắn thời gian trả kết quả cho dân", "by": "Đoàn"}  # the stored direction, a tail more
    assert find_offer(repository, draft(directions=[near])) is None
    found = find_offer(repository, draft(directions=[near, NEW_ITEM]))
    assert found is not None and found[0].missing_items == [("directions", NEW_ITEM)]
    merge_into(repository, ID, [], [("directions", near), ("directions", NEW_ITEM)], draft())
    assert [item["text"] for item in present(repository.get(ID))["directions"]] == \
        [STORED["directions"][0]["text"], NEW_ITEM["text"]]


def test_a_figure_a_person_corrected_is_not_offered_back_beside_the_correction(repository: Repository) -> None:
    """The article says 3.980 of 4.215; the stored record holds 3.890 (a person's correction of that number):
    the merge adds nothing for that measure, while the same label for the whole visit (no place) or another label
    is still offered."""
    read = {"label": "Hồ sơ đúng hạn", "value": 3980, "unit": "hồ sơ", "of": 4215, "locality": "phường Tân Định"}
    corrected = {**read, "value": 3890}
    repository.upsert_many([make_record(figures=[corrected])])
    visit_wide = {**read, "locality": ""}
    other_label = {**read, "label": "Hồ sơ tiếp nhận", "value": 4215}
    assert find_offer(repository, draft(figures=[read])) is None
    found = find_offer(repository, draft(figures=[read, visit_wide, other_label]))
    assert found is not None and found[0].missing_figures == [visit_wide, other_label]
