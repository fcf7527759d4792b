"""Who leads an initiative and who partners in it, from "Lead and Key Partners:"-style
lines and from table columns.

Scottish delivery plans run the lead and the partners together ("Scottish Government
NES, NHS Boards"). They are split only where it is safe: a known organisation
(`extract.people.organisations`, "A/B" pairs included) at the start is the lead and the
rest are partners, split at commas outside brackets. Anything else is kept as written,
and the caller warns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from policyparse.lang import LanguageData


@dataclass(frozen=True)
class People:
    lead: list[str]
    partners: list[str]
    unsplit: bool = False  # lead and partners could not be told apart safely


@dataclass(frozen=True)
class Label:
    kind: str  # "lead", "partners" or "both"
    value_start: int  # where the names begin in the line


def label_of(text: str, lang: LanguageData) -> Label | None:
    """A "Lead:" / "Partners:" / "Lead and Key Partners:" label at the start of a line."""
    name, sep, rest = text.partition(":")
    if not sep or not rest.strip() or len(name.split()) > 6:
        return None
    key = name.strip().casefold()
    leads = {x.casefold() for x in lang.get("extract.people.lead_labels", [])}
    partners = {x.casefold() for x in lang.get("extract.people.partner_labels", [])}
    is_lead = key in leads
    is_partner = key in partners or (is_lead and any(p in key for p in partners))
    if not (is_lead or is_partner):
        return None
    kind = "both" if is_lead and is_partner else "lead" if is_lead else "partners"
    return Label(kind, len(name) + 1 + (len(rest) - len(rest.lstrip())))


def parse_people(value: str, kind: str, lang: LanguageData) -> People:
    """Names from the value of a label (or a table cell) of the given kind."""
    value = value.strip().rstrip(".")
    if kind == "partners":
        return People([], split_names(value))
    lead = _leading_organisation(value, lang)
    if lead is None:
        names = split_names(value)
        if kind == "lead" or (len(names) == 1 and " " not in value):
            return People(names, [])
        return People([value], [], unsplit=True)
    rest = split_names(value[len(lead) :])
    return People([lead, *rest], []) if kind == "lead" else People([lead], rest)


def split_names(text: str) -> list[str]:
    """Names separated by commas or semicolons outside brackets."""
    names: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in text:
        depth += (ch in "([") - (ch in ")]")
        if ch in ",;" and depth == 0:
            names.append("".join(current))
            current = []
        else:
            current.append(ch)
    names.append("".join(current))
    return [n.strip(" .") for n in names if n.strip(" .")]


@cache
def _organisations(orgs: tuple[str, ...]) -> re.Pattern[str]:
    one = "|".join(re.escape(o) for o in sorted(orgs, key=len, reverse=True))
    return re.compile(rf"^(?:{one})(?:\s*/\s*(?:{one}))*(?=$|[\s,;])")


def _leading_organisation(value: str, lang: LanguageData) -> str | None:
    orgs = tuple(lang.get("extract.people.organisations", []))
    if not orgs:
        return None
    m = _organisations(orgs).match(value)
    return m.group(0) if m else None
