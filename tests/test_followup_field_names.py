"""A refusal of the follow-up dialog names each field by the label the dialog shows over it, in both languages.

The clash's words had named the addressee "addressee" / "nơi nhận" while the dialog's label reads "Addressed to" /
"Gửi đến" (tryout s36-polish9, "Left open"), and a bad response date "Ngày phản hồi", a label the dialog has not.
"""

from __future__ import annotations

import pytest

from store.errors import StoreError
from tui.i18n import Translator
from tui.screens.followup_save import LABELS, clashing, field_label, refused

NAMES = {"vi": "trạng thái, hạn, gửi đến, các phản hồi", "en": "status, deadline, addressed to, responses"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_clash_names_the_fields_as_the_labels_do(lang: str) -> None:
    assert clashing(["status", "deadline", "to", "responses"], Translator(lang)) == NAMES[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_name_said_begins_the_label_shown(lang: str) -> None:
    t = Translator(lang)
    for field in LABELS:
        label = field_label(field, t)
        assert clashing([field], t) == label[:1].lower() + label[1:len(clashing([field], t))], field
    assert field_label("deadline", t).startswith("Hạn (31/12/2025" if lang == "vi" else "Deadline (2025-12-31")


@pytest.mark.parametrize(("lang", "said"), [("vi", "Phản hồi mới: "), ("en", "New response: ")])
def test_a_bad_response_date_is_named_by_the_new_responses_label(lang: str, said: str) -> None:
    assert str(refused(StoreError("response date: '31/13/2025': no month 13"), Translator(lang))).startswith(said)


def test_a_field_the_dialog_has_not_is_said_as_the_store_named_it() -> None:
    assert clashing(["text"], Translator("en")) == "text"
