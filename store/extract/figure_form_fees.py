"""What a survey pays per answered form is no figure: "trả tiền 30 nghìn đồng trên một phiếu", "50.000 đồng/phiếu".

A sociological survey (điều tra xã hội học) or an opinion poll pays each respondent a small sum for the form he
fills in. The sum is the survey's own spending, as a visiting team's gifts are (the house's conventions: a team's own
size or gifts are no figures), never a result of the place it asks about. Only an amount of money whose rate is one
form ("phiếu") is meant: the people who answered ("60 người") stay figures.
"""

from __future__ import annotations

import re

_PER_FORM = re.compile(r"(?:đồng|đ)\s*(?:/\s*|(?:trên|cho|mỗi)\s+(?:(?:một|1|01|mỗi)\s+)?)phiếu(?![\wÀ-ỹ])",
                       re.IGNORECASE)


def fee_per_form(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the money at `text[start:end]` is paid per survey form answered."""
    return unit == "đồng" and bool(_PER_FORM.search(text, start, min(len(text), end + 24)))
