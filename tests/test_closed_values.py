"""`kind:` and `status:` take one of a few values: a value naming none of them is refused with the known values, in
the reader's language, and every value that finds a visit today is still taken (`store.closed_values`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.catalog import words
from store.folding import fold
from store.matching import Matcher
from store.query import Clause, Filter, QueryError
from tests.factories import make_record
from tui.i18n import Translator
from tui.i18n_errors import explain

KINDS = ["giám sát", "khảo sát", "kiểm tra", "làm việc"]
STATUSES = ["open", "in progress", "done", "not accepted"]
RECORDS = {
    "kind": [make_record(id=kind, kind=kind) for kind in KINDS],
    "status": [make_record(id=status, recommendations=[{"text": "Làm rõ.", "status": status}], directions=[])
               for status in STATUSES],
}
NAMES = [*KINDS, *STATUSES, *words("kind", "en").values(), *words("items.status", "vi").values()]


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("kind:abc", 'kind: \'abc\' không phải là hình thức chuyến nào; dùng một trong "giám sát", "khảo sát", '
         '"kiểm tra", "làm việc"',
         "kind: 'abc' is not a kind of visit; use one of oversight, survey, inspection, \"working visit\""),
        ('loai:"giám định"', 'loai: \'giám định\' không phải là hình thức chuyến nào; dùng một trong "giám sát", '
         '"khảo sát", "kiểm tra", "làm việc"',
         "loai: 'giám định' is not a kind of visit; use one of oversight, survey, inspection, \"working visit\""),
        ("status:xyz", 'status: \'xyz\' không phải là trạng thái xử lý nào; dùng một trong "chưa giải quyết", '
         '"đang giải quyết", "đã giải quyết", "không tiếp thu"',
         'status: \'xyz\' is not a follow-up status; use one of open, "in progress", done, "not accepted"'),
        ("year:2025 trangthai:dang", 'trangthai: \'dang\' không phải là trạng thái xử lý nào; dùng một trong '
         '"chưa giải quyết", "đang giải quyết", "đã giải quyết", "không tiếp thu"',
         'trangthai: \'dang\' is not a follow-up status; use one of open, "in progress", done, "not accepted"'),
    ],
)
def test_a_value_naming_no_kind_or_status_says_which_there_are(text: str, vi: str, en: str) -> None:
    """`status:xyz` showed no visit and said nothing: the filter refuses it, naming the four values in the words the
    reader's language uses (the Vietnamese values are taken in English too, and the English ones in Vietnamese)."""
    with pytest.raises(QueryError) as error:
        Filter.parse(text)
    assert str(error.value) == en
    assert explain(str(error.value), Translator("vi")) == vi


@pytest.mark.parametrize("typed", ["kind:giamsat", "loai:giám", 'kind:"khao sat"', "kind:KIỂM", "kind:over",
                                   "kind:survey", 'kind:"working visit"', "kind:workingv", "hinhthuc:lamviec",
                                   "status:open", "status:inprogress", 'status:"Not Accepted"',
                                   'trangthai:"chưa giải quyết"', "trangthai:dagiaiquyet", "status:DONE"])
def test_the_spellings_taken_before_are_taken(typed: str) -> None:
    field = Filter.parse(typed).clauses[0].field
    assert [r for r in RECORDS[field] if Matcher(Filter.parse(typed)).matches_record(r)]


def _values() -> st.SearchStrategy[str]:
    """Starts of the names (folded, spaces dropped or not, case changed) and loose text over their letters."""
    starts = st.builds(lambda name, end, how: how(name[:end]), st.sampled_from(NAMES), st.integers(1, 16),
                       st.sampled_from([str, fold, str.upper, lambda s: fold(s).replace(" ", "")]))
    loose = st.text(alphabet="abcdeghiknoprstuvyáàâăđêôơư ", min_size=1, max_size=10)
    return st.one_of(starts, loose).map(str.strip).filter(bool)


@given(st.sampled_from(["kind", "status"]), _values())
def test_a_value_is_refused_exactly_when_it_finds_no_record(field: str, value: str) -> None:
    """The check is the back ends' own test: refused iff no record of any kind (or item of any status) matches, so
    no spelling that finds visits today is lost. (The back ends agree with this scan: the contract tests.)"""
    typed = Clause(field, value).render()
    try:
        query = Filter.parse(typed)
    except QueryError:
        refused = True
    else:
        refused = False
        found = [r for r in RECORDS[field] if Matcher(query).matches_record(r)]
        assert found, typed
    if refused:
        assert not [r for r in RECORDS[field] if Matcher(Filter((Clause(field, value),))).matches_record(r)], typed
