"""The filter help (`?`) and `surveys --query`'s help say `not to:` and that `to:` holds of the item `status:` and
`overdue` hold of (session 40): session 39 made both, and until then neither help named them in either language."""

from __future__ import annotations

import pytest

from store.catalog import catalog
from store.query import Filter

SAID = {
    # (catalog key, language): what it must show, each a filter that reads as the help says
    ("help.filter", "vi"): ['gui:"sở tài chính" trangthai:"chưa giải quyết"', 'không gui:"sở tài chính"',
                            'không (gui:"sở tài chính" quahan)'],
    ("help.filter", "en"): ['to:"so tai chinh" status:open', 'not to:"so tai chinh"',
                            'not (to:"so tai chinh" overdue)'],
    ("cli.help.query", "vi"): ["không gui:ubnd", "gui:, trangthai:, quahan cùng nói về một mục"],
    ("cli.help.query", "en"): ["not to:ubnd", "to:, status: and overdue hold of one item"],
}


@pytest.mark.parametrize(("key", "lang"), list(SAID))
def test_the_help_says_not_to_and_the_same_item(key: str, lang: str) -> None:
    text = catalog()[key][lang]
    assert [example for example in SAID[key, lang] if example not in text] == []


@pytest.mark.parametrize("example", ['không gui:"sở tài chính"', 'not to:"so tai chinh"', "không gui:ubnd",
                                     'không (gui:"sở tài chính" quahan)', 'not (to:"so tai chinh" overdue)'])
def test_each_negated_example_reads_as_no_such_item(example: str) -> None:
    """What the help shows is a filter the program reads: a negated addressee, not a refused negation."""
    (clause,) = Filter.parse(example).clauses
    assert clause.field == "not" and "to" in Filter.parse(clause.value).fields(), example
