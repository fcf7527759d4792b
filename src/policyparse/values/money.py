"""Money grammar: amount + currency + basis, built on the number grammar.

An amount is money when a currency is written next to it ("£50 million",
"103 mio. kr.", "MNOK 100"), or, *latent*, when it carries a scale word in a
sentence about money ("trapper opp innsatsen med 2,4 milliarder") and no other
word follows that would make it a count ("1,2 millioner nordmenn"). The words
come from the `money` section of the language data; the rules here are the same
for every language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any, Literal

from policyparse.lang import load_language, normalise_code
from policyparse.values.numbers import (
    SENTENCE_BREAK,
    SPACE,
    YEAR_SHAPED,
    NumberGrammar,
    alternation,
    as_amount,
    bounds,
    fold,
    number_grammar,
)

Basis = Literal["total", "per_year", "other"]


@dataclass(frozen=True)
class Money:
    """One amount of money; `span` is (start, end) into the searched string."""

    amount: int | float
    currency: str | None
    basis: Basis
    latent: bool
    span: tuple[int, int]
    text: str = ""


@dataclass(frozen=True)
class Unit:
    """What a currency token says: an ISO code, or a krone of unstated nationality."""

    currency: str | None
    krone: bool = False
    scale: int = 1


@dataclass(frozen=True)
class MoneyGrammar:
    numbers: NumberGrammar
    amount: re.Pattern[str]  # an amount in digits
    spelled_amount: re.Pattern[str]  # an amount spelled out before a scale word
    pre_tail: re.Pattern[str]  # a currency just before a number
    scale_word: re.Pattern[str]  # where a spelled-out amount may end
    spelled_tail: re.Pattern[str]  # a spelled-out number just before a scale word
    units: Mapping[str, Unit]
    prefix_exact: frozenset[str]  # symbols: "£2000" is money, "DKK 2016 prices" is not
    funding: re.Pattern[str]
    follower: re.Pattern[str]
    yearly_near: re.Pattern[str]
    yearly_far: re.Pattern[str]
    yearly_before: re.Pattern[str]
    other_after: re.Pattern[str]
    default_currency: str | None
    country_currency: Mapping[str, str]
    krone_currencies: frozenset[str]

    def unit(self, token: str) -> Unit:
        return self.units.get(token) or self.units[fold(token)]

    def currency_of(self, unit: Unit, country: str | None) -> str | None:
        """Kroner take the country's krone, else the language's; other units say it outright."""
        if not unit.krone:
            return unit.currency
        for candidate in (self.country(country), self.default_currency):
            if candidate in self.krone_currencies:
                return candidate
        return None

    def country(self, country: str | None) -> str | None:
        """ISO 3166 code → currency; GB-SCT falls back to GB."""
        if not country:
            return None
        code = country.upper()
        return self.country_currency.get(code) or self.country_currency.get(code.split("-")[0])


def _units(data: Mapping[str, Any]) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for symbol, iso in data["symbols"].items():
        units[symbol] = Unit(iso)
    for code in data["iso_codes"]:
        units[code] = Unit(code)
    for code, spec in data["scaled_codes"].items():
        units[code] = Unit(spec["currency"], scale=int(spec["scale"]))
    for word, iso in data["currency_words"].items():
        units[fold(word)] = Unit(iso)
    for word in data["krone_words"]:
        units[fold(word)] = Unit(None, krone=True)
    for word, scale in data["krone_scaled"].items():
        units[fold(word)] = Unit(None, krone=True, scale=int(scale))
    return units


def _currency_patterns(data: Mapping[str, Any]) -> tuple[str, str]:
    """Regex sources of a currency before and after an amount."""
    codes = "(?-i:" + alternation([*data["iso_codes"], *data["scaled_codes"]]) + ")"
    symbols = alternation(data["symbols"])
    words = alternation([*data["currency_words"], *data["krone_words"], *data["krone_scaled"]])
    # a symbol right before a digit starts the next amount ("2021 £50m")
    return f"(?:{codes}|{symbols}|{words})", rf"(?:{codes}|{symbols}(?!{SPACE}?\d)|{words})"


def _amount_pattern(data: Mapping[str, Any], num: NumberGrammar, spelled: bool) -> re.Pattern[str]:
    """Currency? number (range)? scale? currency?; the number in digits or spelled out."""
    cur, post = _currency_patterns(data)
    scale = num.scale
    number = rf"{num.spelled}(?={SPACE}{scale})" if spelled else num.digits
    return re.compile(
        rf"(?:(?P<pre>{cur}){SPACE}?)?"
        rf"(?<!\d{num.dashes})(?<!\d/)(?P<n1>{number})"  # not the end of "2022-23"
        rf"(?:{SPACE}*(?P<rs>{num.dashes}|{num.range_words}){SPACE}*"
        rf"(?:(?P<mid>{cur}){SPACE}?)?(?P<n2>{num.digits})(?={SPACE}?(?:{scale}|{post})))?"
        rf"(?:{SPACE}?(?P<scale>{scale}))?"
        rf"(?:{SPACE}?(?P<post>{post}))?",
        re.IGNORECASE,
    )


@cache
def money_grammar(code: str) -> MoneyGrammar:
    """The compiled money grammar of a language (cached per code)."""
    data = load_language(normalise_code(code)).data["money"]
    num = number_grammar(code)
    flags = re.IGNORECASE
    yearly = alternation(data["yearly_after"])
    other = rf"{alternation(data['other_after'])}|{alternation(data['per_words'])}{SPACE}+\w"
    return MoneyGrammar(
        numbers=num,
        amount=_amount_pattern(data, num, spelled=False),
        spelled_amount=_amount_pattern(data, num, spelled=True),
        pre_tail=re.compile(rf"{_currency_patterns(data)[0]}{SPACE}?$", flags),
        scale_word=re.compile(num.scale, flags),
        spelled_tail=re.compile(rf"{num.spelled}{SPACE}+$", flags),
        units=_units(data),
        prefix_exact=frozenset(data["symbols"]),
        funding=re.compile(alternation(data["funding_words"]), flags),
        follower=re.compile(rf"\s*(?:$|[^\w\s]|\d|{alternation(data['latent_followers'])})", flags),
        yearly_near=re.compile(rf"{SPACE}*,?{SPACE}*{yearly}", flags),
        yearly_far=re.compile(rf"(?:{SPACE}+[^\W\d_]+){{1,4}}{SPACE}+{yearly}", flags),
        yearly_before=re.compile(
            rf"{alternation(data['yearly_before'])}(?:{SPACE}+[^\W\d_]+\.?){{0,5}}{SPACE}*$", flags
        ),
        other_after=re.compile(rf"{SPACE}*(?:{other})", flags),
        default_currency=data["default_currency"],
        country_currency=data["country_currency"],
        krone_currencies=frozenset(data["krone_currencies"]),
    )


@dataclass(frozen=True)
class Found:
    """An amount expression before its currency is resolved."""

    parts: tuple[tuple[Decimal, tuple[int, int]], ...]  # value before scale, span
    scale: int
    unit: Unit | None
    start: int
    end: int


def _read(m: re.Match[str], g: MoneyGrammar, text: str) -> tuple[Found | None, int]:
    """One regex match → an amount (or None) and where to search next."""
    num = g.numbers
    token = m["pre"] or m["mid"] or m["post"]
    unit = g.unit(token) if token else None
    retry = m.start("post") if m["post"] else m.end()
    if m["n2"] and num.value(m["n1"]) > num.value(m["n2"]):
        return None, m.start("rs") + len(m["rs"])  # "2015 og 54,3 mio.": no range
    if unit is None and (not m["scale"] or num.is_weak(m["scale"])):
        return None, m.end()
    if unit is None and not g.follower.match(text, m.end()):
        return None, m.end()  # a count: "1,2 millioner nordmenn"
    if not num.value(m["n1"]):
        return None, m.end()
    scaled = m["scale"] or m["n2"] or (unit is not None and unit.scale > 1)
    bare_year = YEAR_SHAPED.fullmatch(m["n1"]) and not scaled
    if bare_year and m["pre"] not in g.prefix_exact:
        return None, retry  # "2016 kr", "2021 £"
    scale = (num.scale_of(m["scale"]) if m["scale"] else 1) * (unit.scale if unit else 1)
    parts: tuple[tuple[Decimal, tuple[int, int]], ...]
    if m["n2"]:
        second = m.start("mid") if m["mid"] else m.start("n2")
        parts = (
            (num.value(m["n1"]), (m.start(), m.end("n1"))),
            (num.value(m["n2"]), (second, m.end())),
        )
    else:
        parts = ((num.value(m["n1"]), (m.start(), m.end())),)
    return Found(parts, scale, unit, m.start(), m.end()), m.end()


DIGITS = re.compile(r"\d+")


def _match_at(text: str, start: int, pos: int, g: MoneyGrammar) -> re.Match[str] | None:
    """The amount whose number starts at `start`, with a currency written before it if any."""
    pre = g.pre_tail.search(text, max(pos, start - 12), start)
    if pre is not None:
        m = g.amount.match(text, pre.start())
        if m is not None and m.start("n1") == start:
            return m
    return g.amount.match(text, start)


def _scan(text: str, g: MoneyGrammar) -> list[Found]:
    """Amounts anchored on digit runs (fast), then spelled-out ones when a scale word occurs."""
    found: list[Found] = []
    pos = 0
    for run in DIGITS.finditer(text):
        if run.start() < pos or (m := _match_at(text, run.start(), pos, g)) is None:
            continue
        item, pos = _read(m, g, text)
        if item is not None:
            found.append(item)
    taken = [(f.start, f.end) for f in found]
    for scale in g.scale_word.finditer(text):  # "to milliarder", "half a billion"
        tail = g.spelled_tail.search(text, max(0, scale.start() - 30), scale.start())
        m = g.spelled_amount.match(text, tail.start()) if tail else None
        item = _read(m, g, text)[0] if m else None
        if item and not any(s < item.end and item.start < e for s, e in taken):
            found.append(item)
            found.sort(key=lambda f: f.start)
    return found


def _basis(text: str, start: int, end: int, g: MoneyGrammar) -> Basis:
    if g.yearly_near.match(text, end):
        return "per_year"
    if g.other_after.match(text, end):
        return "other"
    if g.yearly_far.match(text, end) or g.yearly_before.search(text[max(0, start - 60) : start]):
        return "per_year"
    return "total"


def _latent(item: Found, text: str, found: list[Found], breaks: list[int], g: MoneyGrammar) -> bool:
    """A bare amount is money only in a sentence about money: a written amount or a funding word."""
    left, right = bounds(breaks, item.start, item.end, len(text))
    written = any(f.unit and left <= f.start < right for f in found)
    return written or g.funding.search(text, left, right) is not None


def _latent_currency(
    item: Found, known: list[tuple[int, str | None]], g: MoneyGrammar, country: str | None
) -> str | None:
    """A bare amount takes the nearest written currency, else the country's, else the language's."""
    before = [cur for pos, cur in known if pos < item.start and cur]
    after = [cur for pos, cur in known if pos > item.start and cur]
    if before or after:
        return (before[-1:] or after)[0]
    return g.country(country) or g.default_currency


def find_money(text: str, lang: str, country: str | None = None) -> list[Money]:
    """Every amount of money in `text`, in text order (see the README's conventions)."""
    g = money_grammar(normalise_code(lang))
    found = _scan(text, g)
    if any(f.unit is None for f in found):
        breaks = [b.start() for b in SENTENCE_BREAK.finditer(text)]
        found = [f for f in found if f.unit is not None or _latent(f, text, found, breaks, g)]
    known = [(f.start, g.currency_of(f.unit, country)) for f in found if f.unit]
    out: list[Money] = []
    for item in found:
        if item.unit is not None:
            currency, latent = g.currency_of(item.unit, country), False
        else:
            currency, latent = _latent_currency(item, known, g, country), True
        basis = _basis(text, item.start, item.end, g)
        for value, span in item.parts:
            amount = as_amount(value * item.scale)
            out.append(Money(amount, currency, basis, latent, span, text[span[0] : span[1]]))
    return out
