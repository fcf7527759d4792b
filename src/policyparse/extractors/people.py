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
        return People([], split_names(value, lang))
    lead = _leading_organisation(value, lang)
    if lead is None:
        names = split_names(value, lang)
        if kind == "lead" or (len(names) == 1 and " " not in value):
            return People(names, [])
        return People([value], [], unsplit=True)
    joint, rest = _joint_lead(value[len(lead) :], lang)
    leads = [lead, *joint]
    return People([*leads, *rest], []) if kind == "lead" else People(leads, rest)


def split_names(text: str, lang: LanguageData | None = None) -> list[str]:
    """Names separated by commas or semicolons outside brackets, and by a conjunction
    between two organisations ("Scottish Government and COSLA")."""
    names = _split_commas(text)
    if lang is None:
        return names
    return [part for name in names for part in _split_conjunction(name, lang)]


def _split_conjunction(name: str, lang: LanguageData) -> list[str]:
    """ "NHS Education for Scotland and Public Health Scotland" → both; never inside a
    known name ("Department of Health and Social Care") or before a plain word."""
    words = lang.get("extract.people.conjunctions", [])
    for m in re.finditer(rf"\s+(?:{'|'.join(re.escape(w) for w in words)})\s+", name):
        left, right = name[: m.start()], name[m.end() :]
        bracketed = left.count("(") > left.count(")")
        inside = bracketed or _known_at(name, lang, m.start())
        if not inside and _organisation_like(left, lang) and _organisation_like(right, lang):
            return [left.strip(), *_split_conjunction(right.strip(), lang)]
    return [name]


def _known_at(name: str, lang: LanguageData, offset: int) -> bool:
    """Whether a known organisation's name runs across `offset` of `name`."""
    for org in lang.get("extract.people.organisations", []):
        for m in re.finditer(re.escape(org), name):
            if m.start() < offset < m.end():
                return True
    return False


def _organisation_like(text: str, lang: LanguageData) -> bool:
    """A known organisation, an acronym, or a run of two or more words with capitals."""
    text = text.strip()
    known = {o.casefold() for o in lang.get("extract.people.organisations", [])}
    words = text.split()
    if text.casefold() in known or (len(words) == 1 and text.isupper() and len(text) > 1):
        return True
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


def _joint_lead(rest: str, lang: LanguageData) -> tuple[list[str], list[str]]:
    """After the lead, "and COSLA" is a joint lead (never "and COSLA"); the names after
    the next comma are the rest."""
    names = split_names(rest, lang)
    for word in lang.get("extract.people.conjunctions", []):
        m = re.match(rf"\s+{re.escape(word)}\s+", rest)
        if m:
            return split_names(rest[m.end() :], lang)[:1], names[1:]
    return [], names


def _split_commas(text: str) -> list[str]:
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
    """The known organisation the value opens with, unless it is only the start of a
    longer name ("NHS" in "NHS Education for Scotland"): a capitalised word right after
    it that opens no known name continues the name."""
    orgs = tuple(lang.get("extract.people.organisations", []))
    if not orgs:
        return None
    m = _organisations(orgs).match(value)
    if m is None:
        return None
    rest = value[m.end() :].lstrip()
    following = rest.split(maxsplit=1)[0] if rest else ""
    # only a one-word name ("NHS", "HSE") opens longer names; "Scottish Government" is whole
    single = " " not in m.group(0) and "/" not in m.group(0)
    longer = single and following.istitle() and _organisations(orgs).match(rest) is None
    if following.casefold() in {w.casefold() for w in lang.get("extract.people.conjunctions", [])}:
        after = _split_commas(rest.split(maxsplit=1)[1] if " " in rest else "")
        longer = not (after and _organisation_like(after[0], lang))  # "… and Skills"
    return None if longer and value[m.end() : m.end() + 1] == " " else m.group(0)
