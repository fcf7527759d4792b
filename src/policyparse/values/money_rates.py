"""Rate and cap phrases of the money data, compiled: the words around an amount that make
it yearly, another rate, a cap or a charge (`money.py`'s basis), and the cheap tests that
let most amounts skip those searches.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from policyparse.values.numbers import SPACE, alternation, fold

CAP_KEYS = ("cap_before", "cap_verbs", "charge_before", "share_caps")


def _charges(phrases: list[str]) -> str:
    """A charge named before the amount, "…" standing for up to eight words ("the price of
    … to £4.52", "eigendelstak … på 2.500 kroner"); the link word is needed: "Egenandelstaket
    er 3 165 kroner i 2024" is the sum a year, not a price."""
    gap = rf",?(?:{SPACE}+[^\W_]+,?){{0,8}}{SPACE}+"  # words or numbers ("over 12"); "beløb, der"
    parts = [phrase.split("…") for phrase in phrases]
    return "|".join(gap.join(alternation([p.strip()]) for p in part) for part in parts) or "(?!)"


def caps(data: Mapping[str, Any]) -> str:
    """A per-grant cap ("grants of up to"), an applicant's ("a household can claim up to"),
    a cap after a share ("50 %, dog maksimalt", "up to 1/3, maximum"), or a charge
    (`_charges`): one regex source, searched once before each amount."""
    subject = rf"{alternation(data['cap_subjects'])}(?:{SPACE}+[^\W\d_]+)?"
    applicant = rf"{subject}{SPACE}+{alternation(data['cap_verbs'])}"
    share = rf"(?:\d{SPACE}?{alternation(data['share_words'])}|\d/\d+)"
    share += rf"(?:{SPACE}+[^\W\d_]+){{0,8}},?{SPACE}+"
    share += alternation(data["share_caps"])
    charges = _charges(data["charge_before"])
    return rf"{alternation(data['cap_before'])}|{applicant}|{share}|{charges}"


RATE_KEYS = ("yearly_before", "yearly_after", "other_after", "average_before", "per_words")


def rate_firsts(data: Mapping[str, Any]) -> frozenset[str]:
    """The first words of `rate_before`'s cues (the words of RATE_KEYS): without one of
    them in the stretch, the search cannot match and is skipped."""
    return frozenset(bare_word(phrase.split()[0]) for key in RATE_KEYS for phrase in data[key])


def rate_before(data: Mapping[str, Any], yearly: str, per_word: str) -> re.Pattern[str]:
    """A rate cue followed by at most five words up to the end of the searched stretch.

    `year` names a yearly cue ("annual", "per year"), `other` any other rate ("weekly",
    "per bed", "pr. plads"), `average` an average ("i gjennomsnitt"); the caller takes the
    last match, the cue nearest the amount.
    """
    per = rf"{per_word}[^\W\d_]+"
    cue = rf"(?P<year>{alternation(data['yearly_before'])}|{yearly})"
    cue += rf"|(?P<average>{alternation(data['average_before'])})"  # before `other`, which
    cue += rf"|(?P<other>{alternation(data['other_after'])}|{per})"  # may list it after amounts
    word = r"[^\W\d_]+(?:-[^\W\d_]+)*[.,]?"  # "per kvm P-ROM 21 600 kr", "hvert år en andel, ca."
    words = rf"(?:{SPACE}+{word}){{0,5}}{SPACE}*(?:[|:]{SPACE}*)?$"  # a label too
    return re.compile(rf"(?:{cue})(?={words})", re.IGNORECASE)


PUNCTUATION = ",.;:()[]«»\"'–-"


def bare_word(word: str) -> str:
    """A word as the cheap tests compare it: lower case, without punctuation around it."""
    return word.lower().strip(PUNCTUATION)


def cap_ends(phrases: list[str]) -> dict[tuple[str, ...], frozenset[str]]:
    """The last two words of each cap phrase after any "…" gap (or its only word), with the
    longest word before the gap that must come first ("" for a phrase without a gap), as
    `bare_word` compares them."""
    ends: dict[tuple[str, ...], set[str]] = {}
    for phrase in phrases:
        head, _, tail = phrase.rpartition("…")
        key = tuple(map(bare_word, fold(tail).split()[-2:]))
        ends.setdefault(key, set()).add(
            max(map(bare_word, fold(head).split()), key=len) if head else ""
        )
    return {key: frozenset(heads) for key, heads in ends.items()}
