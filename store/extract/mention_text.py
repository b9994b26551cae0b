"""The text around a person's mention, less the titles written next to the name.

Shared by the rules that read what a person does ("X, Phó Chủ tịch HĐND tỉnh, nhấn mạnh …"): the verb comes after
the whole chain of titles, and a title written just before the name is not part of what comes before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .leader_photo_places import past_photo_place
from .office_names import election_after, subcommittee_after, undot_abbreviations

if TYPE_CHECKING:  # the people module imports the leader rules; only its types are needed here
    from .people import PersonMention


def before_title(mention: PersonMention) -> str:
    """The text before a person's name without the title written just before it."""
    before = mention.before.rstrip()
    if mention.titles and before.endswith(mention.titles[0]):
        before = before[:-len(mention.titles[0])]
    return before.rstrip() + " "


def past_each_title(after: str, titles: Sequence[str]) -> str:
    """`after` (the text after a name) past each of `titles` found in it, in turn: the plain reading, without
    `after_titles`' care for titles written before the name, elections and photo places."""
    for title in titles:
        index = after.find(title)
        if index >= 0:
            after = after[index + len(title):]
    return after


def short_of_each_title(before: str, titles: Sequence[str]) -> str:
    """`before` (the sentence before a name) less each of `titles` that ends it, in turn."""
    for title in titles:
        before = before.rstrip().removesuffix(title)
    return before


def after_titles(mention: PersonMention) -> str:
    """The text after a person's name and titles."""
    after = mention.after
    # written before the name ("ĐBQH Y Vinh Tơr, ...", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X"): not to be looked for
    # after it; those are the titles up to the one the text before the name ends with
    written_before = max((i + 1 for i, title in enumerate(mention.titles) if mention.before.rstrip().endswith(title)),
                         default=0)
    for title in mention.titles[written_before:]:
        index = after.find(title)
        if index >= 0:
            after = after[index + len(title):]
            # "Trưởng Ban Chỉ đạo" + "cuộc bầu cử ... của tỉnh": the election belongs to the title
            after = after[election_after(title, after):]
            # "Trưởng Tiểu ban" + "thông tin thuộc Hội đồng bầu cử quốc gia" + "làm Trưởng đoàn": so is the task
            after = after[subcommittee_after(title, after):]
    # "X (ngồi giữa) phát biểu": where the person sits in the photo is no part of what they do; "cùng ông Y, Phó Chủ
    # tịch UBND TP.HCM, đi kiểm tra": one clause
    return undot_abbreviations(past_photo_place(after))
