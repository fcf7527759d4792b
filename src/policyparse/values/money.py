"""Money grammar: amount + currency + basis, built on the number grammar.

An amount is money when a currency is written next to it ("£50 million",
"103 mio. kr.", "MNOK 100"), or, *latent*, when it carries a scale word in a
sentence about money ("trapper opp innsatsen med 2,4 milliarder") and no other
word follows that would make it a count ("1,2 millioner nordmenn"). The words
come from the `money` section of the language data; the rules here are the same
for every language. Money written in another language's words ("54,3 mio. kr." in
an English text) is read with that language's grammar (`_foreign`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from policyparse.lang import normalise_code
from policyparse.values.money_grammar import MoneyGrammar, money_grammar
from policyparse.values.money_rates import PUNCTUATION, bare_word
from policyparse.values.money_scan import Found, scan
from policyparse.values.money_tables import table_cells
from policyparse.values.numbers import (
    SENTENCE_BREAK,
    as_amount,
    bounds,
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


def _unhyphened(text: str, end: int) -> str:
    """`text` with the word joined to an amount by hyphens spaced out ("£100-a-week",
    "€4 billion-per-year"), so that its rate words read as written apart; same offsets."""
    if not text.startswith("-", end):
        return text
    stop = text.find(" ", end)
    stop = len(text) if stop < 0 else stop
    return text[:end] + text[end:stop].replace("-", " ") + text[stop:]


def _basis(text: str, start: int, end: int, after: int, limit: int, g: MoneyGrammar) -> Basis:
    """A per-recipient cap or a charge before the amount ("grants of up to £10,000", even
    with "a year" after it), else the rate after it, else the nearest rate cue before it,
    after any earlier amount."""
    text = _unhyphened(text, end)
    window = max(start - 60, after)  # a cap beats a year: "applicants receiving a minimum
    reach = max(start - 100, after)  # of £40,000 a year"; a share may stand further back
    capped = _cap_words(text, reach, start, g) and g.cap_before.search(text, reach, start)
    if capped and not g.whole_cap.search(text, window, start):  # "rammen er maks 500 mill."
        return "other"
    closed = text[end - 1] == "." and NEW_SENTENCE.match(text, end - 1)
    if not closed and (rate := _after(text, start, end, limit, g)):
        return rate
    stretch = text[window:start]  # the search runs only when a cue's first word is there
    firsts = ("/" in stretch) or not g.rate_firsts.isdisjoint(map(bare_word, stretch.split()))
    cues = list(g.rate_before.finditer(stretch)) if firsts else []
    if cues and cues[-1]["average"]:  # "årlig i gjennomsnitt 170 millioner": yearly
        return "per_year" if any(cue["year"] for cue in cues) else "other"
    if cues:  # the last cue is the nearest
        return "per_year" if cues[-1]["year"] else "other"
    return "total"


NEW_SENTENCE = re.compile(r"\.\s+[A-ZÆØÅÄÖÜ]")  # "… 22 480 kr. Varig tilrettelagt arbeid: …"


def _after(text: str, start: int, end: int, limit: int, g: MoneyGrammar) -> Basis | None:
    """The rate right after the amount, unless the amount's full stop ends its sentence; a
    rate further on only before the next amount ("9,8 milliarder kroner næste år og
    derefter én milliard kroner årligt": the yearly word is the second's)."""
    if yearly := g.yearly_near.match(text, end):  # a recipient beats a year: "€1,560 a year
        recipient = g.other_after.match(text, yearly.end())  # in respect of each child"
        if recipient and not g.yearly_near.match(text, yearly.end()):
            return "other"
        return "total" if _respective(text, start, g) else "per_year"
    if g.other_after.match(text, end):
        return "other"
    if (far := g.yearly_far.match(text, end)) and far.end() <= limit:
        return "total" if _respective(text, start, g) else "per_year"
    if (far := g.other_far.match(text, end)) and far.end() <= limit:
        return "other"
    return None


def _cap_words(text: str, reach: int, start: int, g: MoneyGrammar) -> bool:
    """Do the words before the amount end like a cap, with the word its gap needs before?"""
    words = text[reach:start].lower().split()
    last = [w.strip(PUNCTUATION) for w in words[-2:]]  # as `bare_word`: "(transactions over"
    for key in (tuple(last[-1:]), tuple(last)):
        heads = g.cap_ends.get(key)
        if heads is not None and ("" in heads or not heads.isdisjoint(words)):
            return True
    return False


def _respective(text: str, start: int, g: MoneyGrammar) -> bool:
    """Is the amount one of a list "henholdsvis …" (respectively) in its sentence?"""
    cues = list(g.respectively.finditer(text, max(0, start - 150), start))
    return bool(cues) and not SENTENCE_BREAK.search(text, cues[-1].end(), start)


def _bases(text: str, found: list[Found], g: MoneyGrammar) -> list[Basis]:
    """The basis of each amount; two joined by a range word share a rate when they make a
    range (the rate after the second, or a cue before the first: "an average of £5.31 to
    £5.64"), the second up to ten times the first
    ("Between £8 million and £10 million will be needed annually"; not "£2 million and
    £300 per pupil")."""
    bases: list[Basis] = []
    after = 0  # where the previous amount and its rate words end
    for i, item in enumerate(found):
        limit = found[i + 1].start if i + 1 < len(found) else len(text)
        bases.append(_basis(text, item.start, item.end, after, limit, g))
        if bases[-1] == "total" and _parallel(text, after, item.start, bases, g):
            bases[-1] = "other"  # "19.800 kr per årsverk, andre grupper får 19.000 kr."
        elif bases[-1] == "total" and len(bases) > 1 and _part_of(text, after, item.start, g):
            bases[-1] = bases[-2]  # "årlig 16 mrd. kroner, og av dette … 13 mrd. kroner"
        spaced = _unhyphened(text, item.end)
        rate = g.rate_after.match(spaced, item.end)
        if rate is None and bases[-1] == "per_year":  # "£104m to £149m … year on year"
            rate = g.yearly_far.match(spaced, item.end)
        after = rate.end() if rate else item.end
    for i in range(len(found) - 1):
        low, high = found[i], found[i + 1]
        if CONVERSION.match(text, low.end) and text.startswith(")", high.end):
            bases[i + 1] = bases[i]  # "EUR30,000 (£25,500)": one amount in two currencies
            continue
        joined = _ranged(low, high) and g.joiner.fullmatch(text, low.end, high.start)
        if joined and "total" in bases[i : i + 2]:  # a cue before the first counts too
            bases[i] = bases[i + 1] = max(bases[i : i + 2], key=_BASIS_RANK.__getitem__)
    return bases


def _part_of(text: str, after: int, start: int, g: MoneyGrammar) -> bool:
    """A part of the amount before, in its sentence ("…, og av dette kanaliseres om lag 13
    mrd. kroner", "of which £2m"), shares its basis."""
    stretch = text[after:start]
    return not SENTENCE_BREAK.search(stretch) and g.part_of.search(stretch) is not None


def _parallel(text: str, after: int, start: int, bases: list[Basis], g: MoneyGrammar) -> bool:
    """A second amount in the same sentence, right after a word that repeats the first's
    rate ("and to €40", "… får utbetalt 5,4 millionar"), when the first is another rate."""
    if len(bases) < 2 or bases[-2] != "other" or start - after > 90:
        return False
    stretch = text[after:start]
    return not SENTENCE_BREAK.search(stretch) and g.parallel.search(stretch) is not None


CONVERSION = re.compile(r"\s*\((?=[^\d\s)]{1,4}\s?\d)")  # an amount in brackets just after one
_BASIS_RANK: dict[Basis, int] = {"total": 0, "per_year": 1, "other": 2}


def _ranged(low: Found, high: Found) -> bool:
    first, second = low.parts[-1][0] * low.scale, high.parts[0][0] * high.scale
    return first <= second <= 10 * first


def _latent(item: Found, text: str, found: list[Found], breaks: list[int], g: MoneyGrammar) -> bool:
    """A bare amount is money only in a passage about money: a written amount in its
    sentence or in the one before or after it ("… med 1,3 milliarder kroner. … med 2,1
    milliarder.", "Tre milliarder mer i året. … 19,5 milliarder kroner …"), or a funding
    word in its sentence, or in the one before when its own runs into a list ("… økning i
    rammetilskuddet. … 2,3 mrd. fra staten til kommunene: • 1,8 mrd. for …")."""
    left, right = bounds(breaks, item.start, item.end, len(text))
    before = bounds(breaks, left - 1, left - 1, len(text))[0] if left else left
    after = bounds(breaks, right + 1, right + 1, len(text))[1] if right < len(text) else right
    written = any(f.unit and before <= f.start < after for f in found)
    return written or g.funds(text, before if ":" in text[left:right] else left, right)


def _latent_currency(
    item: Found, known: list[tuple[int, str | None]], g: MoneyGrammar, country: str | None
) -> str | None:
    """A bare amount takes the nearest written currency, else the country's, else the language's."""
    before = [cur for pos, cur in known if pos < item.start and cur]
    after = [cur for pos, cur in known if pos > item.start and cur]
    if before or after:
        return (before[-1:] or after)[0]
    return g.country(country) or g.default_currency


def _below_floor(
    item: Found, currency: str | None, text: str, breaks: list[int], g: MoneyGrammar
) -> bool:
    """An amount too small to fund a plan ("a one-off payment of £150", "koster om lag
    6 000 kroner"; a range by its low end) is a price, a payment or a fee, unless its
    sentence allocates it as a whole ("Der er afsat 74.000 kr. til puljen", "in total")."""
    floor = g.floor.get(currency or "")
    if floor is None or min(value for value, _ in item.parts) * item.scale >= floor:
        return False
    left, right = bounds(breaks, item.start, item.end, len(text))
    return g.allocation.search(text, left, right) is None


def _own(text: str, code: str, country: str | None) -> list[Money]:
    """The amounts of `text` read with one language's grammar."""
    g = money_grammar(code)
    found = scan(text, g)
    breaks = [b.start() for b in SENTENCE_BREAK.finditer(text)] if found else []
    if any(f.unit is None for f in found):
        found = [f for f in found if f.unit is not None or _latent(f, text, found, breaks, g)]
    known = [(f.start, g.currency_of(f.unit, country)) for f in found if f.unit]
    out: list[Money] = []
    for item, basis in zip(found, _bases(text, found, g), strict=True):
        if item.unit is not None:
            currency, latent = g.currency_of(item.unit, country), False
            basis = "other" if item.unit.scale < 1 else basis  # pence: a price, never funding
        else:
            currency, latent = _latent_currency(item, known, g, country), True
        if basis == "total" and _below_floor(item, currency, text, breaks, g):
            basis = "other"
        for value, span in item.parts:
            amount = as_amount(value * item.scale)
            out.append(Money(amount, currency, basis, latent, span, text[span[0] : span[1]]))
    return out


def _foreign(text: str, g: MoneyGrammar, country: str | None, own: list[Money]) -> list[Money]:
    """Written amounts in another language's words ("54,3 mio. kr." in English).

    Every other language that knows the words reads them; an amount counts when
    they agree on it, and keeps its currency when they agree on that too, or when
    one language's own mark is written ("1,2 mia. kr." is Danish, "500 mill. kr"
    Norwegian; a krone with neither is `None` without a country). A foreign reading
    that covers an own one replaces it ("NOK 500 mill." is not NOK 500).
    """
    readings: dict[tuple[int, int], list[tuple[str, Money]]] = {}
    for code in g.others:
        for m in _own(text, code, country):
            if not m.latent and not any(_inside(m.span, o.span) for o in own):
                readings.setdefault(m.span, []).append((code, m))
    out = []
    for same in readings.values():
        if len({m.amount for _, m in same}) == 1:
            out.append(Money(**{**vars(same[0][1]), "currency": _agreed(same)}))
    return out


def _inside(span: tuple[int, int], own: tuple[int, int]) -> bool:
    """Does a foreign reading overlap an own one without covering it?"""
    overlaps = own[0] < span[1] and span[0] < own[1]
    return overlaps and not (span[0] <= own[0] and own[1] <= span[1] and span != own)


def _agreed(same: list[tuple[str, Money]]) -> str | None:
    """The currency the readings agree on, else that of the one language whose mark is written."""
    if len({m.currency for _, m in same}) == 1:
        return same[0][1].currency
    marked = [m.currency for code, m in same if money_grammar(code).krone_mark.search(m.text)]
    return marked[0] if len(marked) == 1 else None


def _cells(
    text: str, code: str, g: MoneyGrammar, country: str | None, own: list[Money]
) -> list[Money]:
    """Table cells whose unit stands in a header (`money_tables.py`): each is one line's or
    one year's amount, `total`."""
    out = []
    for value, cell, span in table_cells(text, code):
        if not any(o.span[0] < span[1] and span[0] < o.span[1] for o in own):
            currency = g.currency_of(cell.unit, country)
            out.append(
                Money(
                    as_amount(value * cell.scale),
                    currency,
                    "total",
                    False,
                    span,
                    text[span[0] : span[1]],
                )
            )
    return out


def find_money(text: str, lang: str, country: str | None = None) -> list[Money]:
    """Every amount of money in `text`, in text order (see the README's conventions)."""
    code = normalise_code(lang)
    out = _own(text, code, country)
    g = money_grammar(code)
    if "|" in text:  # a table's number cells under a unit in a header
        out = sorted([*out, *_cells(text, code, g, country, out)], key=lambda m: m.span)
    if g.foreign.search(text):
        foreign = _foreign(text, g, country, out)
        out = [o for o in out if not any(_inside(o.span, f.span) for f in foreign)]
        out = sorted([*out, *foreign], key=lambda m: m.span)
    return out
