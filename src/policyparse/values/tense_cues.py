"""Tense cues, compiled: the words and endings of one language that tell whether a
passage plans ahead or tells the past (`dates` section of the language data), once per
language; `tense.py` judges dates with them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from policyparse.lang import load_language, normalise_code
from policyparse.values.numbers import alternation


@dataclass(frozen=True)
class TenseCues:
    future: re.Pattern[str]
    past: re.Pattern[str]
    fronted_past: re.Pattern[str]  # a past ending: "anbefalede", "investerte", "recommended"
    fronted_words: int  # how far after a fronted date its verb may stand
    reference: re.Pattern[str]  # "since its launch in 2019", "efter evalueringen i 2023"
    verb_second_past: re.Pattern[str]  # a clause opening "Utvalget leverte …"
    inverted_past: re.Pattern[str]  # after a date: "(i december 2016) forpligtede landene"
    perfect: re.Pattern[str]  # an auxiliary right before the marker: "har i 2024 afleveret"
    present: re.Pattern[str]  # a present-tense verb: "revideres", "legger"
    participle: re.Pattern[str]  # right before a weak marker: "opened in 2023" (past)
    passive: re.Pattern[str]  # a passive present after "og": "og et lovforslag sendes på …"
    present_aux: frozenset[str]  # before that participle: "is published in 2025" (ahead)
    and_words: frozenset[str]
    subjects: frozenset[str]  # words a verb may follow after "og": "og den evalueres"
    attributive: frozenset[str]  # a past form after these is an adjective: "med økte midler"
    weekdays: frozenset[str]  # a date opening its clause may follow one: "Mandag 08.11.2027"
    labels: re.Pattern[str]  # a label that plans its date: "Forventet ibrugtagning: oktober 2027"


def _past_verb(data: Mapping[str, Any]) -> str:
    """A subject, maybe an adverb, and a verb with a regular past ending ("we then consulted";
    not "the commission is expected": a present auxiliary makes it a participle)."""
    endings = "|".join(map(re.escape, data["past_endings"]))
    word = r"[^\W\d_]+"
    adverb = rf"(?!{alternation(data['present_auxiliaries'])}\s){word}\s+"
    return rf"{alternation(data['past_subjects'])}\s+(?:{adverb})?{word}(?:{endings})(?!\w)"


def _verb_second(data: Mapping[str, Any]) -> tuple[str, str] | None:
    """A subject word with a subject ending and a verb with a past ending, the parts of the
    verb-second patterns; None where the language has no subject endings (English)."""
    if not data["subject_endings"]:
        return None
    endings = "|".join(map(re.escape, data["subject_endings"]))
    past = "|".join(map(re.escape, data["fronted_past_endings"]))
    return rf"[^\W\d_]+(?:{endings})", rf"[^\W\d_]+(?:{past})"


def _verb_second_past(data: Mapping[str, Any]) -> str:
    """One subject word (not an article) and a verb with a past ending: "Utvalget leverte"."""
    if (parts := _verb_second(data)) is None:
        return "(?!)"
    subject, past = parts
    subjects = alternation(data["past_subjects"])
    return rf"\s*(?:(?!{alternation(data['articles'])}){subject}|{subjects})\s+{past}(?!\w)"


def _inverted_past(data: Mapping[str, Any]) -> str:
    """A past verb and then its subject right after a date that ends a fronted adverbial:
    "På klimakonferencen i december 2016 forpligtede landene sig …" (verb second)."""
    if (parts := _verb_second(data)) is None:
        return "(?!)"
    subject, past = parts
    return rf"\s+(?P<verb>{past})\s+(?:{subject}|{alternation(data['past_subjects'])})(?!\w)"


def _endings_word(endings: list[str]) -> str:
    """A word of five letters or more with one of the endings; never matches without any."""
    if not endings:
        return "(?!)"
    return rf"(?=[^\W\d_]{{5}})[^\W\d_]+(?:{'|'.join(map(re.escape, endings))})"


def _words_of(*lists: list[str]) -> frozenset[str]:
    return frozenset(word.lower() for words in lists for word in words)


@cache
def tense_cues(code: str) -> TenseCues:
    """The compiled tense cues of a language (cached per code)."""
    data = load_language(normalise_code(code)).data["dates"]
    return TenseCues(
        future=re.compile(alternation(data["future_cues"]), re.IGNORECASE),
        past=re.compile(f"{alternation(data['past_cues'])}|{_past_verb(data)}", re.IGNORECASE),
        fronted_past=re.compile(_endings_word(data["fronted_past_endings"]), re.IGNORECASE),
        fronted_words=int(data["fronted_verb_words"]),
        reference=re.compile(
            rf"{alternation(data['reference_words'])}(?:\s+[^\W\d_]+){{0,4}}\s*$", re.IGNORECASE
        ),
        verb_second_past=re.compile(_verb_second_past(data), re.IGNORECASE),
        inverted_past=re.compile(_inverted_past(data), re.IGNORECASE),
        perfect=re.compile(rf"{alternation(data['perfect_auxiliaries'])}\s*$", re.IGNORECASE),
        present=re.compile(_endings_word(data["present_endings"]), re.IGNORECASE),
        participle=re.compile(_endings_word(data["participle_endings"]), re.IGNORECASE),
        passive=re.compile(_endings_word(data["passive_endings"]), re.IGNORECASE),
        present_aux=_words_of(data["present_auxiliaries"]),
        and_words=_words_of(data["and_words"]),
        subjects=_words_of(data["articles"], data["past_subjects"]),
        attributive=_words_of(data["attributive_words"]),
        weekdays=_words_of(data["weekdays"]),
        labels=re.compile(
            alternation([*data["schedule_labels"], *data["future_cues"]]), re.IGNORECASE
        ),
    )
