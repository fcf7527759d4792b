"""detect_text: py3langid for the language family, marker data for en/da/no.

py3langid (naive Bayes over byte n-grams) scores every candidate language; the
out-of-scope ones keep their raw score, so Swedish and German stay Swedish and
German. The in-scope ones (en, da, no) get the decision layer's marker hits added,
which is what separates Danish from Norwegian on short text. Long text is scored
against all of py3langid's languages (any language can come out); short text only
against en/da/no and their neighbours, because the open set misreads short English
as Nigerian Pidgin or Luxembourgish.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from functools import cache
from typing import Any

from policyparse.lang import CODES, load_language
from policyparse.language.markers import Markers, tokens

UND = "und"
# Labels py3langid uses for the in-scope languages (Norwegian has `no` and `nn`),
# and the neighbours short text is told apart from: the Nordic and West-European ones.
IN_SCOPE_LABELS = ("en", "da", "no", "nn")
NEIGHBOURS = ("sv", "de", "nl", "fr", "es", "it", "pt", "fi", "pl")
LONG_TEXT = 200  # characters from which the open language set is used
LATIN_END = "\u0250"  # Basic Latin to Latin Extended-B
MARKER_WEIGHT = 3.0  # py3langid log-likelihood units one marker hit is worth
VARIANT_WEIGHT = 6.0  # the same for a written form's markers


@dataclass(frozen=True)
class LanguageGuess:
    language: str  # en | da | no | another ISO 639-1 code | und
    variant: str | None  # nb | nn for Norwegian, else None
    confidence: float  # 0..1


UNDETERMINED = LanguageGuess(UND, None, 0.0)


@dataclass(frozen=True)
class _Layer:
    languages: Markers  # label = schema code
    variants: dict[str, Markers]  # schema code → markers of its written forms


@cache
def _layer() -> _Layer:
    """The decision layer compiled from the language files (once)."""
    sections: dict[str, dict[str, list[str]]] = {}
    variants: dict[str, Markers] = {}
    for code in CODES:
        data = load_language(code)
        forms = data["variant_markers"]
        # a written form's markers are chosen to mark its language as well
        sections[code] = _union([data["detection"], *forms.values()])
        if forms:
            variants[code] = Markers.compile(forms)
    return _Layer(Markers.compile(sections), variants)


def _union(sections: list[dict[str, list[str]]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for section in sections:
        for kind, items in section.items():
            out.setdefault(kind, []).extend(items)
    return out


@cache
def _identifier(restricted: bool) -> Any:
    """Our own py3langid instances (raw scores); py3langid's global one is left alone.

    The restricted one is a copy of the open one (`set_languages` swaps the copy's
    arrays, not the shared model's), so the model file is read once.
    """
    if restricted:
        identifier = copy.copy(_identifier(False))
        identifier.set_languages([*IN_SCOPE_LABELS, *NEIGHBOURS])
        return identifier
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


@cache
def _label_codes() -> dict[str, str]:
    """py3langid label → schema code, for the in-scope languages and their forms."""
    out = {row.langdetect: code for code, row in CODES.items()}
    out.update({form: code for code, row in CODES.items() for form in row.variants})
    return out


def detect_text(text: str) -> LanguageGuess:
    """Language of one text: `en`/`da`/`no` (+ variant), another ISO code, or `und`."""
    return guess(text)


def guess(text: str, expect: LanguageGuess | None = None, weight: float = 0.0) -> LanguageGuess:
    """`detect_text` with a prior: `expect` (the document's guess) gets `weight` extra."""
    words = tokens(text)
    if not words:
        return UNDETERMINED
    raw = dict(_identifier(len(text) < LONG_TEXT and _latin(words)).rank(text))
    scores = _scores(raw, words)
    if expect is not None and expect.language in scores:
        scores[expect.language] += weight
    best = max(scores, key=lambda lang: (scores[lang], lang))
    prior = expect.variant if expect is not None and expect.language == best else None
    variant = _variant(best, raw, words, prior, weight)
    return LanguageGuess(best, variant, _confidence(scores, best, text))


def _latin(words: list[str]) -> bool:
    """Mostly Latin letters? Every restricted-set language is written in Latin script,
    so Cyrillic, Greek or Han text always gets the open set."""
    letters = "".join(words)
    return sum(ch < LATIN_END for ch in letters) * 2 >= len(letters)


def _scores(raw: dict[str, float], words: list[str]) -> dict[str, float]:
    """Per language: py3langid's raw score plus the weighted marker hits."""
    codes = _label_codes()
    scores: dict[str, float] = {}
    for label, value in raw.items():
        code = codes.get(label, label)
        scores[code] = max(scores.get(code, -math.inf), value)
    for code, hits in _layer().languages.score(words).items():
        scores[code] += MARKER_WEIGHT * hits
    return scores


def _variant(
    code: str, raw: dict[str, float], words: list[str], prior: str | None, weight: float
) -> str | None:
    """The written form: its markers, plus py3langid's score for it where it has one."""
    markers = _layer().variants.get(code)
    if markers is None:
        return None
    hits = markers.score(words)
    forms = CODES[code].variants  # the first is the default
    base = raw[CODES[code].langdetect]
    scores = {f: VARIANT_WEIGHT * hits.get(f, 0.0) + raw.get(f, base) for f in forms}
    if prior in scores:
        scores[prior] += weight
    return max(forms, key=lambda form: (scores[form], form == forms[0]))


def _confidence(scores: dict[str, float], best: str, text: str) -> float:
    """Softmax share of the winner, tempered by the square root of the length in bytes."""
    scale = math.sqrt(len(text.encode("utf-8")))
    top = scores[best]
    total = sum(math.exp((score - top) / scale) for score in scores.values())
    return round(1.0 / total, 4)
