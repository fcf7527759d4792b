"""Money grammar, compiled: the currency, scale and rate words of one language.

`money_grammar(code)` turns the `money` section of the language data into regexes
and lookup tables, once per language; `money.py` reads text with them. A language
also knows the money words of the *other* languages that it lacks itself
(`foreign`): "54,3 mio. kr." in an English text is read with the Danish grammar.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from policyparse.lang import SUPPORTED, load_language, normalise_code
from policyparse.values.money_rates import CAP_KEYS, cap_ends, caps, rate_before, rate_firsts
from policyparse.values.numbers import (
    POINT_DECIMAL,
    SPACE,
    YEAR_SHAPED,
    NumberGrammar,
    alternation,
    fold,
    number_grammar,
)


@dataclass(frozen=True)
class Unit:
    """What a currency token says: an ISO code, or a krone of unstated nationality."""

    currency: str | None
    krone: bool = False
    scale: Decimal | int = 1  # 1/100 for pence


@dataclass(frozen=True)
class MoneyGrammar:
    numbers: NumberGrammar
    amount: re.Pattern[str]  # an amount in digits
    spelled_amount: re.Pattern[str]  # an amount spelled out before a scale word
    spelled_unit: re.Pattern[str]  # a small number spelled out before a currency word
    currency_after_word: re.Pattern[str]  # " kr", " euro": how a currency word begins
    pre_tail: re.Pattern[str]  # a currency just before a number
    pre_ends: frozenset[str]  # the last characters of those currencies: a cheap test first
    scale_word: re.Pattern[str]  # where a spelled-out amount may end
    spelled_tail: re.Pattern[str]  # a spelled-out number just before a scale word
    units: Mapping[str, Unit]
    prefix_exact: frozenset[str]  # symbols: "£2000" is money, "DKK 2016 prices" is not
    funding: re.Pattern[str]
    funding_tail: re.Pattern[str]  # a funding word ending a compound ("fylkesbudsjett")
    false_compound: re.Pattern[str]  # "rusmidler" is no "midler"
    follower: re.Pattern[str]
    yearly_near: re.Pattern[str]
    yearly_far: re.Pattern[str]
    rate_before: re.Pattern[str]  # "an annual £20 million", "the cost per bed is £1,850"
    rate_after: re.Pattern[str]  # the rate words right after an amount
    other_after: re.Pattern[str]
    other_far: re.Pattern[str]  # "£500 will be made to each eligible worker"
    # a per-recipient cap ("grants of up to £10,000") or a charge named a few words before
    # the amount ("the price of … to £4.52")
    cap_before: re.Pattern[str]
    # the last one or two words of a cap, and the words one of which must come before them
    # ("price" for "the price of … to"; "" when none must): a cheap test before the search
    cap_ends: Mapping[tuple[str, ...], frozenset[str]]
    rate_firsts: frozenset[str]  # the first words of `rate_before`'s cues: a cheap test
    whole_cap: re.Pattern[str]  # a whole budget capped: "rammen er maks 500 millioner" (total)
    floor: Mapping[str, Decimal]  # below it, an amount with no rate is a price or a payment
    allocation: re.Pattern[str]  # "afsat", "in total": a whole allocation, however small
    respectively: re.Pattern[str]  # "henholdsvis 700 og 950 mio. kr. i de efterfølgende år"
    part_of: re.Pattern[str]  # "av dette kanaliseres om lag": a part shares its whole's basis
    parallel: re.Pattern[str]  # "…, andre grupper får 19.000 kr.": the previous amount's rate
    krone_mark: re.Pattern[str]  # "mia." beside a krone says DKK in an English text
    joiner: re.Pattern[str]  # between two amounts of one range: "£8 million and £10 million"
    default_currency: str | None
    country_currency: Mapping[str, str]
    krone_currencies: frozenset[str]
    foreign: re.Pattern[str]  # a money word only another language knows, after a digit
    others: tuple[str, ...]  # the languages that know them

    def unit(self, token: str) -> Unit:
        """The unit of a currency token; a krone word ending a compound is a krone."""
        return self.units.get(token) or self.units.get(fold(token)) or Unit(None, krone=True)

    def after_words(self, text: str) -> list[int]:
        """Where a currency word starts right after a number word and a space ("sju kroner")."""
        starts = []
        for m in self.currency_after_word.finditer(text):
            word = text[text.rfind(" ", 0, m.start()) + 1 : m.start()]
            if word.lower() in self.numbers.last_words:
                starts.append(m.start() + 1)
        return starts

    def funds(self, text: str, start: int, end: int) -> bool:
        """Is there a funding word in text[start:end], alone or ending a compound?"""
        if self.funding.search(text, start, end):
            return True
        for m in self.funding_tail.finditer(text, start, end):
            word = WORD_AROUND.search(text, max(0, m.start() - 40), m.end())
            if word and not self.false_compound.fullmatch(word[0]):
                return True
        return False

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
    for word, spec in data["minor_units"].items():
        units[fold(word)] = Unit(spec["currency"], scale=Decimal(1) / int(spec["per"]))
    return units


WORD_AROUND = re.compile(r"[^\W\d_]+$")


def _currency_patterns(data: Mapping[str, Any]) -> tuple[str, str]:
    """Regex sources of a currency before and after an amount; after it, a krone word may
    end a compound ("1 240 000 klimasatskroner") where the language makes compounds."""
    names = sorted([*data["iso_codes"], *data["scaled_codes"]], key=len, reverse=True)
    codes = "(?-i:" + alternation(names) + ")"
    # before the number a code may be written onto it: "EUR32m", "EUR30,000"
    onto = "(?-i:(?<![^\\W\\d_])(?:" + "|".join(names) + ")(?![^\\W\\d_]))"
    symbols = alternation(data["symbols"])
    words = alternation([*data["currency_words"], *data["krone_words"], *data["krone_scaled"]])
    kroner = [w for w in data["krone_words"] if w.isalpha()]
    compound = rf"|[^\W\d_]+{alternation(kroner, tail=True)}" if data["compound_heads"] else ""
    minor = [w for w in data["minor_units"] if len(w) > 1]  # "50 øre": a space may come first
    if data["minor_units"]:  # written onto the number: "60p per unit"
        compound += rf"|(?<=\d){alternation(data['minor_units'])}"
    if minor:
        compound += rf"|(?<=\d{SPACE}){alternation(minor)}"
    # a symbol right before a digit starts the next amount ("2021 £50m")
    post = rf"(?:{codes}|{symbols}(?!{SPACE}?\d)|{words}{compound})"
    return f"(?:{onto}|{symbols}|{words})", post


def _amount_pattern(data: Mapping[str, Any], num: NumberGrammar, spelled: str) -> re.Pattern[str]:
    """Currency? number (range)? scale? currency?; the number in digits or spelled out
    (`spelled`: "scale" before a scale word, "unit" before a currency word)."""
    cur, post = _currency_patterns(data)
    scale = num.scale
    joint = rf"{SPACE}*(?P<rs>{num.dashes}|{num.range_words}){SPACE}*"
    tail = rf"(?={SPACE}?(?:{scale}|{post}))"  # a range's second end before its scale or currency
    point = rf"{POINT_DECIMAL.pattern}(?={SPACE}?{scale})"  # "46.35 millioner"
    adjective = ""
    if spelled == "scale":  # "to milliarder", "mellem fem og seks milliarder" (shared scale)
        second = rf"{SPACE}*(?:{num.dashes}|{num.range_words}){SPACE}*{num.spelled}"
        adjective = rf"(?:{alternation(data['scale_adjectives'])}{SPACE}+)?"  # "tre ekstra"
        number = rf"{num.spelled}(?=(?:{second})?{SPACE}{adjective}{scale})"
        other = num.spelled
    elif spelled == "unit":  # "ni kroner", "fem euro"
        number, other = rf"{num.spelled}(?={SPACE}+{post})", "(?!)"
    else:
        number = other = rf"(?:{point}|{num.digits})"
    return re.compile(
        rf"(?:(?P<pre>{cur}){SPACE}?)?"
        rf"(?<!\d{num.dashes})(?<!\d/)(?P<n1>{number})"  # not the end of "2022-23"
        rf"(?:{joint}"
        # "£380-650 a year": after a symbol, a second end with no symbol of its own needs no
        # scale or currency ("from €800 to €650" stays two amounts)
        rf"(?:(?P<mid>{cur}){SPACE}?)?(?P<n2>{other})"
        rf"(?(mid){tail}|(?(pre)(?![\d.,]\d)|{tail})))?"
        rf"(?:\.?{SPACE}{{0,2}}{adjective}(?P<scale>{scale}))?"  # "10. mio. kr.", "35,2  millioner"
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
    others = [other for other in SUPPORTED if other != normalise_code(code)]
    foreign = _foreign_words(code, others)
    # a funding verb or a yearly marker may follow a bare amount too: "22 millioner afsætter
    # regionen årligt", "redusert med 21 millionar kvart år"
    follows = alternation(
        [*data["latent_followers"], *data["funding_words"], *data["yearly_after"]]
    )
    # "per <word>" or a slash rate ("€120/ha", "500 kr./time"); "/year" is in yearly_after
    per = (
        rf"{alternation(data['per_words'])}{SPACE}+{_not_month(code)}"
        rf"(?!{alternation(data['per_not_rate'])})"
    )
    other = rf"{alternation(data['other_after'])}|{per}\w|/{SPACE}?[^\W\d_]"
    units = _units(data)
    return MoneyGrammar(
        numbers=num,
        amount=_amount_pattern(data, num, spelled=""),
        spelled_amount=_amount_pattern(data, num, spelled="scale"),
        spelled_unit=_amount_pattern(data, num, spelled="unit"),
        currency_after_word=_heads(data),
        pre_tail=re.compile(rf"{_currency_patterns(data)[0]}{SPACE}?$", flags),
        scale_word=re.compile(num.scale, flags),
        spelled_tail=re.compile(
            rf"(?:{num.spelled}{SPACE}*(?:{num.dashes}|{num.range_words}){SPACE}*)?"
            rf"{num.spelled}{SPACE}+(?:{alternation(data['scale_adjectives'])}{SPACE}+)?$",
            flags,
        ),
        units=units,
        pre_ends=frozenset(ch for unit in units for ch in (unit[-1].lower(), unit[-1].upper())),
        prefix_exact=frozenset(data["symbols"]),
        funding=re.compile(alternation(data["funding_words"]), flags),
        funding_tail=re.compile(
            rf"(?<=[^\W\d_]){alternation(data['funding_words'], tail=True)}"
            if data["compound_heads"]
            else "(?!)",
            flags,
        ),
        false_compound=re.compile(alternation(data["false_compounds"]), flags),
        follower=re.compile(rf"\s*(?:$|[^\w\s]|\d|{follows})", flags),
        yearly_near=re.compile(rf"{SPACE}*,?{SPACE}*{yearly}", flags),
        yearly_far=re.compile(rf"(?:{SPACE}+[^\W\d_]+){{1,10}}{SPACE}+{yearly}", flags),
        rate_before=rate_before(data, yearly, per),
        rate_after=re.compile(rf"{SPACE}*,?{SPACE}*(?:{yearly}|{other})", flags),
        other_after=re.compile(rf"{SPACE}*(?:{other})", flags),
        other_far=re.compile(
            rf"(?:,?{SPACE}+(?:[^\W\d_]+|{YEAR_SHAPED.pattern}(?:/\d\d)?)){{0,4}}"
            rf",?{SPACE}+{alternation(data['other_far'])}(?!-)",  # "£171 in support, per child"
            flags,
        ),
        cap_before=re.compile(rf"(?:{caps(data)}){SPACE}*$", flags),
        cap_ends=cap_ends([p for k in CAP_KEYS for p in data[k]]),
        rate_firsts=rate_firsts(data),
        whole_cap=re.compile(
            rf"{alternation(data['whole_words'])}(?:{SPACE}+[^\W_]+){{0,5}}{SPACE}+"
            rf"(?:{caps(data)}){SPACE}*$",
            flags,
        ),
        floor={cur: Decimal(str(v)) for cur, v in data["funding_floor"].items()},
        part_of=re.compile(
            rf"(?<!\w){alternation(data['part_words'])}(?:{SPACE}+[^\W\d_]+[.,]?){{0,5}}{SPACE}*$",
            flags,
        ),
        respectively=re.compile(rf"(?<!\w){alternation(data['respectively_words'])}", flags),
        allocation=re.compile(rf"(?<!\w){alternation(data['allocation_words'])}(?!\w)", flags),
        parallel=re.compile(
            rf"(?<![^\W\d_]){alternation(data['parallel_before'])}{SPACE}*$", flags
        ),
        joiner=re.compile(
            rf"{SPACE}*(?:{num.dashes}|{num.range_words}|{alternation(data['range_joiners'])})"
            rf"{SPACE}*",
            flags,
        ),
        krone_mark=re.compile(
            rf"(?<!\w){alternation(data['krone_marks'])}(?!\w)" if data["krone_marks"] else "(?!)",
            flags,
        ),
        default_currency=data["default_currency"],
        country_currency=data["country_currency"],
        krone_currencies=frozenset(data["krone_currencies"]),
        foreign=re.compile(rf"\d{SPACE}?{alternation(foreign)}" if foreign else "(?!)", flags),
        others=tuple(sorted(others)),
    )


def _heads(data: Mapping[str, Any]) -> re.Pattern[str]:
    """A space and the shortest of the currency words' last words that begin the others
    (" kr" for "kroner", "norske kroner"): a literal space first lets the regex engine skip
    ahead, far faster than the words themselves."""
    words = [w.split()[-1] for w in (*data["currency_words"], *data["krone_words"])]
    low = sorted({w.lower() for w in words if w[0].isalpha()}, key=len)
    heads = [w for i, w in enumerate(low) if not any(w.startswith(v) for v in low[:i])]
    return re.compile(" (?i:" + "|".join(re.escape(w) for w in heads) + ")")


def _not_month(code: str) -> str:
    """No rate when "per" names a date ("underskuddet per april på 280 millioner": as of
    April); the month names are the `dates` section's."""
    months = load_language(normalise_code(code)).data["dates"]["months"]
    return rf"(?!(?:{alternation(list(months))})\b)"


MONEY_WORDS = ("currency_words", "krone_words")
SCALED_WORDS = ("krone_scaled",)


def _words(code: str) -> set[str]:
    """The scale, krone and currency words of one language, folded."""
    data = load_language(code).data
    words = set(data["numbers"]["scales"])
    for key in (*MONEY_WORDS, *SCALED_WORDS):
        words |= set(data["money"][key])
    return {fold(word) for word in words}


def _foreign_words(code: str, others: list[str]) -> set[str]:
    """Money words the other languages know and this one does not ("mio.", "mrd." in English)."""
    own = _words(normalise_code(code))
    return {word for other in others for word in _words(other)} - own
