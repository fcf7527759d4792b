"""Where the amounts of a text are and what they are worth, before currency and basis.

Digit runs anchor the search (fast: most sentences hold a few numbers and no money);
spelled-out amounts are looked for only where a scale or currency word stands
("to milliarder", "sju kroner"). A range or a list shares its scale and currency
("mellem 300.000 og 3 mio. kroner", "henholdsvis 520, 555 og 555 millioner kroner").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from policyparse.values.money_grammar import MoneyGrammar, Unit
from policyparse.values.numbers import SPACES, YEAR_SHAPED, NumberGrammar


@dataclass(frozen=True)
class Found:
    """An amount expression before its currency is resolved."""

    parts: tuple[tuple[Decimal, tuple[int, int]], ...]  # value before scale, span
    scale: Decimal | int
    unit: Unit | None
    start: int
    end: int


def _read(m: re.Match[str], g: MoneyGrammar, text: str) -> tuple[Found | None, int]:
    """One regex match → an amount (or None) and where to search next."""
    num = g.numbers
    token = m["pre"] or m["mid"] or m["post"]
    unit = g.unit(token) if token else None
    retry = m.start("post") if m["post"] else m.end()
    if unit is None and not m["scale"] and not m["n2"]:
        return None, m.end()  # a bare number, the most common match: decided cheaply
    first = _first(m, num)
    if first is None:  # "2015 og 54,3 mio.", "budsjett 2026 til 1 064 500 kroner": no range
        return None, m.start("rs") + len(m["rs"])
    if unit is None and (not m["scale"] or num.is_weak(m["scale"])):
        return None, m.end()
    if unit is None and not g.follower.match(text, m.end()):
        return None, m.end()  # a count: "1,2 millioner nordmenn"
    if not first:
        return None, m.end()
    scaled = m["scale"] or m["n2"] or (unit is not None and unit.scale > 1)
    bare_year = YEAR_SHAPED.fullmatch(m["n1"]) and not scaled
    if bare_year and m["pre"] not in g.prefix_exact and not g.other_after.match(text, m.end()):
        return None, retry  # "2016 kr", "2021 £"; not "1900 kroner pr. tonn"
    scale = (num.scale_of(m["scale"]) if m["scale"] else 1) * (unit.scale if unit else 1)
    parts: tuple[tuple[Decimal, tuple[int, int]], ...]
    if m["n2"]:
        second = m.start("mid") if m["mid"] else m.start("n2")
        parts = (
            *_listed(text, m, num),
            (first, (m.start(), m.end("n1"))),
            (num.value(m["n2"]), (second, m.end())),
        )
    else:
        parts = ((first, (m.start(), m.end())),)
    return Found(parts, scale, unit, parts[0][1][0], m.end()), m.end()


LISTED = re.compile(r"(?:(?<![\w.,])\d+(?:[.,]\d+)?,[ \u00a0])+$")  # "520, 555 og 555 mio. kr."
LIST_ITEM = re.compile(r"(\d+(?:[.,]\d+)?),")


def _listed(
    text: str, m: re.Match[str], num: NumberGrammar
) -> list[tuple[Decimal, tuple[int, int]]]:
    """The numbers listed before a pair joined by "og"/"and" share its scale and currency
    ("henholdsvis 520, 555 og 555 millioner kroner"), when they are of its size."""
    if m["pre"] or not m["rs"].strip()[:1].isalpha():
        return []
    head = LISTED.search(text, max(0, m.start() - 60), m.start())
    if head is None:
        return []
    high = max(num.value(m["n1"]), num.value(m["n2"]))
    listed = LIST_ITEM.finditer(text, head.start(), m.start())
    items = [(num.value(i[1]), i.span(1)) for i in listed]
    if any(not high <= RANGE_RATIO * value <= RANGE_RATIO**2 * high for value, _ in items):
        return []
    return items


def _first(m: re.Match[str], num: NumberGrammar) -> Decimal | None:
    """The first number of a range, on the second's scale: "mellem 300.000 og 3 mio. kroner"
    writes the first in full (0.3 mio.), "fra 41,7 til 27,6 mill." falls on one scale; None
    when the two make no range (one more than 20 times the other, and no currency of the
    first's own)."""
    if not m["n2"]:
        return num.value(m["n1"])
    if YEAR_SHAPED.fullmatch(m["n1"]) and GROUPED.search(m["n2"]):
        return None  # "årene 2027 og 2028 og 2.600 mio. kr.": a year, then a grouped amount
    low, high = num.value(m["n1"]), num.value(m["n2"])
    full = low / num.scale_of(m["scale"]) if m["scale"] else low
    if low > high and full <= high <= RANGE_RATIO * full:
        low = full  # written in full
    elif low > high and low <= RANGE_RATIO * high and not YEAR_SHAPED.fullmatch(m["n1"]):
        return low  # a fall on one scale: "fra 41,7 til 27,6 mill. kroner" (not "2025 til 500")
    if low > high or (high > RANGE_RATIO * low and not m["pre"]):
        return None
    return low


RANGE_RATIO = 20
GROUPED = re.compile(r"\d[.,\s\u00a0\u202f]\d{3}(?!\d)")  # "2.600", "1 064 500"
DIGITS = re.compile(r"\d+")


JOINED = re.compile(r"(?:,|\s[^\W\d_]{1,3})\s+$")  # ", 47,3", " og 47,3", " and 4.5"
WORD_NEXT = re.compile(r"\s+[^\W\d_]")


def _elliptic(text: str, m: re.Match[str], prev: Found, g: MoneyGrammar) -> Found | None:
    """A bare decimal number joined to the amount before it, that amount's scale and
    currency left out, and a word such an amount takes after it: "58,4 mia. kr. til nye
    veje og 47,3 til jernbane", "6,4 mio. kr. i 2028 og 8,2 årligt" (not "og 47,3 %")."""
    num = g.numbers
    if m["n2"] or m["scale"] or prev.unit is None or prev.scale <= 1:
        return None
    whole, point, fraction = m["n1"].partition(num.decimal)  # "47,3": up to 999,99
    if not (point and whole.isdigit() and fraction.isdigit()):
        return None
    if len(whole) > 3 or len(fraction) > 2:
        return None
    gap = text[prev.end : m.start()]
    if len(gap) > 40 or any(ch in gap for ch in ".;:!?") or not JOINED.search(gap):
        return None
    if not (WORD_NEXT.match(text, m.end()) and g.follower.match(text, m.end())):
        return None
    value = num.value(m["n1"])
    return Found(((value, (m.start(), m.end())),), prev.scale, prev.unit, m.start(), m.end())


def _match_at(text: str, start: int, pos: int, g: MoneyGrammar) -> re.Match[str] | None:
    """The amount whose number starts at `start`, with a currency written before it if any."""
    before = text[start - 1 : start]
    if before and before in SPACES:  # the currency's last character, or one space after it
        before = text[start - 2 : start - 1]
    pre = g.pre_tail.search(text, max(pos, start - 12), start) if before in g.pre_ends else None
    if pre is not None:
        m = g.amount.match(text, pre.start())
        if m is not None and m.start("n1") == start:
            return m
    return g.amount.match(text, start)


def scan(text: str, g: MoneyGrammar) -> list[Found]:
    """Amounts anchored on digit runs (fast), then spelled-out ones when a scale word occurs."""
    found: list[Found] = []
    pos = 0
    for run in DIGITS.finditer(text):
        if run.start() < pos or (m := _match_at(text, run.start(), pos, g)) is None:
            continue
        item, pos = _read(m, g, text)
        if item is None and found:
            item = _elliptic(text, m, found[-1], g)
        if item is not None:
            found.append(item)
    taken = [(f.start, f.end) for f in found]
    for end, pattern in _spelled_ends(text, g):  # "to milliarder", "ni kroner"
        if not text[max(0, end - 30) : end].rstrip()[-1:].isalpha():
            continue  # "5 millioner": a spelled number ends in a letter
        tail = g.spelled_tail.search(text, max(0, end - 30), end)
        m = pattern.match(text, tail.start()) if tail else None
        item = _read(m, g, text)[0] if m else None
        if item and pattern is g.spelled_unit and item.parts[0][0] < 2:
            continue  # "en krone", "a pound": a manner of speaking more than an amount
        if item and not any(s < item.end and item.start < e for s, e in taken):
            found.append(item)
            taken.append((item.start, item.end))
            found.sort(key=lambda f: f.start)
    return found


def _spelled_ends(text: str, g: MoneyGrammar) -> list[tuple[int, re.Pattern[str]]]:
    """Where a spelled-out amount may end: before a scale word ("half a billion"), or a
    currency word after a small whole number ("sju kroner"; not "en krone", any krone)."""
    ends = [(m.start(), g.spelled_amount) for m in g.scale_word.finditer(text)]
    return ends + [(start, g.spelled_unit) for start in g.after_words(text)]
