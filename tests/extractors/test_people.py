"""Lead and partner names from "Lead:" lines and table cells of real plans."""

from __future__ import annotations

import pytest

from policyparse.extractors.people import parse_people
from policyparse.lang import load_language


@pytest.mark.parametrize(
    ("value", "kind", "lang", "lead", "partners"),
    [
        # a conjunction between two organisations splits; the "and" goes
        ("Scottish Government and COSLA", "lead", "en", ["Scottish Government", "COSLA"], []),
        (
            "Scottish Government and COSLA, Health and Social Care Partnerships",
            "both",
            "en",
            ["Scottish Government", "COSLA"],
            ["Health and Social Care Partnerships"],
        ),
        (
            "Healthcare Improvement Scotland and NHS Education for Scotland",
            "lead",
            "en",
            ["Healthcare Improvement Scotland", "NHS Education for Scotland"],
            [],
        ),
        # a known short name inside a longer one does not split it (longest match wins)
        (
            "NHS Education for Scotland, Police Scotland",
            "both",
            "en",
            ["NHS Education for Scotland, Police Scotland"],
            [],
        ),
        ("NHS Lothian", "lead", "en", ["NHS Lothian"], []),
        (
            "Department of Health and Social Care",
            "lead",
            "en",
            ["Department of Health and Social Care"],
            [],
        ),
        (
            "Department for Education and Skills",
            "lead",
            "en",
            ["Department for Education and Skills"],
            [],
        ),
        # the run-together Scottish style still splits after a known lead
        (
            "Scottish Government NES, NHS Boards",
            "both",
            "en",
            ["Scottish Government"],
            ["NES", "NHS Boards"],
        ),
        (
            "Helsedirektoratet og Folkehelseinstituttet",
            "lead",
            "no",
            ["Helsedirektoratet", "Folkehelseinstituttet"],
            [],
        ),
        ("Sundhedsstyrelsen og KL", "lead", "da", ["Sundhedsstyrelsen", "KL"], []),
    ],
)
def test_names_split_at_safe_places(
    value: str, kind: str, lang: str, lead: list[str], partners: list[str]
) -> None:
    people = parse_people(value, kind, load_language(lang))
    assert (people.lead, people.partners) == (lead, partners)


def test_no_split_inside_brackets() -> None:
    value = (
        "Scottish Government In Care Survivors Alliance "
        "(Health in Mind, Penumbra & NHS Greater Glasgow & Clyde)"
    )
    people = parse_people(value, "both", load_language("en"))
    assert people.partners == [
        "In Care Survivors Alliance (Health in Mind, Penumbra & NHS Greater Glasgow & Clyde)"
    ]
