"""Rules about a record that its schema cannot state.

Topic ids must exist in the taxonomy, official codes in the gazetteer, a
figure's locality among the record's localities, a period must not end
before it starts, and a value's recorded origin (`provenance`) must name a
value the record has.
"""

from __future__ import annotations

from typing import Any

from . import provenance
from .gazetteer import gazetteer
from .sanitize import quoted
from .taxonomy import taxonomy
from .validation import Problem


def check_semantics(record: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    problems += _check_topics(record)
    problems += _check_localities(record)
    problems += _check_references(record)
    problems += _check_figures(record)
    problems += provenance.check(record)
    return problems


def _check_topics(record: dict[str, Any]) -> list[Problem]:
    known = taxonomy().topics
    return [
        Problem(f"topics[{i}]", f"unknown topic {quoted(topic)} (see data/taxonomy.json)")
        for i, topic in enumerate(record["topics"]) if topic not in known
    ]


def _check_localities(record: dict[str, Any]) -> list[Problem]:
    problems = []
    places = gazetteer()
    province_codes = {unit.code for unit in places.provinces()}
    for i, locality in enumerate(record["localities"]):
        code = locality["province"]["code"]
        if code not in province_codes:
            problems.append(Problem(f"localities[{i}].province.code", f"no province has code {code}"))
            continue
        if problem := _province_mismatch(locality["province"]["name"], code):
            problems.append(Problem(f"localities[{i}].province", problem))
            continue
        ward = locality.get("ward")
        if ward and not any(unit.code == ward["code"] for unit, _ in places.find_wards(ward["name"], code)):
            problems.append(Problem(
                f"localities[{i}].ward",
                f'no ward {quoted(ward["name"])} with code {ward["code"]} in {places.province(code).name}',
            ))
    return problems


def _province_mismatch(name: str, code: int) -> str | None:
    """Why a province's name and code disagree (Hà Nội with code 79), or None if they name one province.

    The name may be today's, an alias, or a former province merged into the one the code names.
    """
    places = gazetteer()
    named = places.find_province(name)
    if named is not None and named.code == code:
        return None
    former = places.former_province(name)
    if former is not None and former[1] == code:
        return None
    coded = places.province(code).name
    if named is not None:
        return (
            f"name {quoted(name)} and code {code} disagree: code {code} is {coded}, {named.name} has code {named.code}"
        )
    return f"name {quoted(name)} and code {code} disagree: code {code} is {coded}, and no province is named so"


def _check_references(record: dict[str, Any]) -> list[Problem]:
    names = {locality["name"] for locality in record["localities"]}
    problems = []
    for field in ("figures", "recommendations", "directions", "difficulties"):
        for i, item in enumerate(record.get(field, [])):
            if "locality" in item and item["locality"] not in names:
                problems.append(Problem(
                    f"{field}[{i}].locality",
                    f"{quoted(item['locality'])} is not one of the record's localities",
                ))
    return problems


def _check_figures(record: dict[str, Any]) -> list[Problem]:
    problems = []
    for i, figure in enumerate(record.get("figures", [])):
        period = figure.get("period")
        if period and period["from"] > period["to"]:
            problems.append(Problem(f"figures[{i}].period", "ends before it starts"))
        if "metric" in figure and figure["metric"] not in taxonomy().metrics:
            problems.append(Problem(f"figures[{i}].metric", f"unknown metric {quoted(figure['metric'])}"))
    return problems
