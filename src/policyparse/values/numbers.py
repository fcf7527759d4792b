"""Number grammar: digits with the language's separators, spelled-out numbers, scale words.

Everything language-specific comes from the `numbers` section of the language
data, so "54,3" is 54.3 in Danish and "1,500" is 1500 in English. The grammar
hands out regex *sources* that the money and date grammars compose, Duckling
style, plus the functions that turn the matched words into values.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from policyparse.lang import load_language, normalise_code

SPACES = " \u00a0\u202f"  # a space as written, non-breaking spaces included
SPACE = f"[{SPACES}]"  # regex source: one of them
YEAR_SHAPED = re.compile(r"(?:1[89]|20)\d\d")


def alternation(words: Iterable[str], tail: bool = False) -> str:
    """A regex alternative of `words`, longest first, not matching inside a word.

    A word that begins with a letter must not follow one ("kr" never matches in
    "sikre", but "50m" has its "m"); one that ends with a letter or digit must
    not be followed by one. Inner spaces match any space; a final "*" matches
    any ending ("bevilg*" → bevilget, bevilling). The words are laid out as a
    trie, so that the regex engine tries one branch per first letter, not one
    per word (the grammars run over every sentence of a corpus). With `tail`, a word
    may also end a compound ("rammetilskuddet" holds "tilskudd*").
    """
    body = _trie([w for w in set(words) if w.removesuffix("*")], not tail)
    return body if body else "(?!)"


_END = ""  # trie key of a word's end (no character is empty)


def _trie(words: list[str], first: bool) -> str:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in " ".join(word.removesuffix("*").split()):
            node = node.setdefault(char, {})
        node[_END] = word
    return _emit(root, first)


def _emit(node: dict[str, Any], first: bool = True) -> str:
    """Longer words first: the end of a word is the last branch at its node.

    A first letter checks, after it, that no letter came before it, nor a
    letter and a hyphen ("twice-yearly" is not "yearly"): so every branch starts
    with a literal and the regex engine can skip ahead to it.
    """
    branches = [
        (r"\s+" if char == " " else re.escape(char))
        + (r"(?<![^\W\d_].)(?<![^\W\d_]-.)" if first and char.isalpha() else "")
        + _emit(child, first=False)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if _END in node:
        word = node[_END]
        branches.append(r"\w*" if word.endswith("*") else r"(?!\w)" if word[-1].isalnum() else "")
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


MIDDLE_DOT = "·"  # a raised decimal point in every language ("£612·4 million", Hansard style)

# a full stop and one or two digits is a decimal point in every language: a group has three
POINT_DECIMAL = re.compile(r"(?<![\w.,])\d+\.\d\d?(?![\d.,]\d|\d)")

SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[A-ZÆØÅÄÖÜ])|\n")  # an end of sentence or line


def bounds(breaks: list[int], start: int, end: int, length: int) -> tuple[int, int]:
    """The stretch between the breaks (sorted offsets) around [start, end)."""
    i, j = bisect_left(breaks, start), bisect_left(breaks, end)
    return (breaks[i - 1] + 1 if i else 0), (breaks[j] if j < len(breaks) else length)


def fold(words: str) -> str:
    """Lower-case, single-spaced: the key under which data words are looked up."""
    return " ".join(words.lower().split())


@dataclass(frozen=True)
class NumberGrammar:
    """One language's number words and separators, compiled once (`number_grammar`)."""

    digits: str  # regex source: a number in digits ("2.400.000", "54,3", "1,500.5")
    spelled: str  # regex source: a spelled-out number ("to", "halvanden", "two and a half")
    scale: str  # regex source: one scale word ("mio.", "milliarder", "bn")
    range_words: str  # regex source: words joining two amounts ("and", "til")
    dashes: str  # regex source: one range dash
    decimal: str
    groups: str
    words: Mapping[str, Decimal]
    fractions: Mapping[str, Decimal]  # "½" after digits
    and_half: re.Pattern[str]
    scales: Mapping[str, int]
    weak_scales: frozenset[str]
    last_words: frozenset[str]  # the last word of each spelled-out number ("halv", "sju")

    def value(self, literal: str) -> Decimal:
        """The value of a matched digit or spelled-out number."""
        if POINT_DECIMAL.fullmatch(literal):  # "1.1 milliardar", "46.35 millioner"
            return Decimal(literal)
        if literal[:1].isdigit():
            fraction = self.fractions.get(literal[-1], Decimal(0))
            kept = (
                ch for ch in literal if ch not in self.groups and (ch.isascii() or ch == MIDDLE_DOT)
            )
            plain = "".join(kept).replace(self.decimal, ".").replace(MIDDLE_DOT, ".")
            return Decimal(plain) + fraction
        half = self.and_half.search(literal)
        head = literal[: half.start()] if half else literal
        return self.words[fold(head)] + (Decimal("0.5") if half else 0)

    def scale_of(self, word: str) -> int:
        return self.scales[fold(word)]

    def is_weak(self, word: str) -> bool:
        """Scale letters ("m", "k") that mean money only next to a written currency."""
        return fold(word) in self.weak_scales


def _digits(decimal: str, groups: list[str], fractions: Iterable[str]) -> str:
    grouped = [rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+" for sep in groups]
    integer = "(?:" + "|".join([*grouped, r"\d+"]) + ")"
    tail = rf"(?:[{re.escape(decimal)}{MIDDLE_DOT}]\d+|[{''.join(fractions)}])?"
    # not inside a word, but after a currency code written onto it ("EUR32m")
    start = r"(?<![\d_.,])(?:(?<![^\W\d_])|(?<=[A-Z]{3}))"
    return rf"{start}(?!0\d){integer}{tail}(?!\d|[.,]\d)"  # no "000" of "300 000"


@cache
def number_grammar(code: str) -> NumberGrammar:
    """The compiled number grammar of a language (`en`, `da`, `no`, `nb`, `nn`)."""
    data = load_language(normalise_code(code)).data["numbers"]
    words = {fold(w): Decimal(str(v)) for w, v in data["words"].items()}
    and_half = alternation(data["and_half"])
    return NumberGrammar(
        digits=_digits(data["decimal_separator"], data["group_separators"], data["fractions"]),
        spelled=rf"{alternation(words)}(?:\s+{and_half})?",
        scale=alternation(data["scales"]),
        range_words=alternation(data["range_words"]),
        dashes="(?:" + "|".join(re.escape(d) for d in data["dashes"]) + ")",
        decimal=data["decimal_separator"],
        groups="".join(data["group_separators"]),
        words=words,
        fractions={sign: Decimal(str(v)) for sign, v in data["fractions"].items()},
        and_half=re.compile(and_half, re.IGNORECASE),
        scales={fold(w): int(v) for w, v in data["scales"].items()},
        weak_scales=frozenset(fold(w) for w in data["weak_scales"]),
        last_words=frozenset(w.split()[-1] for w in (*words, *map(fold, data["and_half"]))),
    )


def as_amount(value: Decimal) -> int | float:
    """Whole currency units: an int when integral (2.4 billion → 2400000000)."""
    return int(value) if value == value.to_integral_value() else float(value)


def parse_number(text: str, lang: str) -> int | float | None:
    """The value of one number as written in `lang` ("54,3 mio." → 54300000), else None.

    The whole of `text` must be the number ("to milliarder", "2.400.000", "1,5bn"); a
    spelled-out number counts only before a scale word, as in running text.
    """
    grammar = number_grammar(lang)
    pattern = rf"({grammar.digits}|{grammar.spelled})(?:{SPACE}?({grammar.scale}))?"
    match = re.fullmatch(pattern, text.strip(), re.IGNORECASE)
    if match is None or not (match.group(1)[:1].isdigit() or match.group(2)):
        return None  # a spelled-out number counts only before a scale word
    value = grammar.value(match.group(1))
    if match.group(2):
        value *= grammar.scale_of(match.group(2))
    return as_amount(value)
