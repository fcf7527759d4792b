"""The only place that imports spaCy: blank pipelines, sentences, lemmas and cue matching.

Each language gets one cached `spacy.blank` pipeline with tokenizer exceptions for its
abbreviations ("mio. kr.", "bl.a.", "Prop."), a rule sentencizer with two repairs the
blank pipelines need (a sentence does end after "kr." or "2020." when a capitalised word
follows) and the lookup lemmatizer of spacy-lookups-data when the language has a table.
No trained pipeline is needed; everything language-specific comes from `lang/*.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from policyparse.lang import CODES, load_language, normalise_code
from policyparse.lookups import lemma_lookup

_ORDINAL_OR_YEAR = re.compile(r"^\d+\.$")


@dataclass(frozen=True)
class Cue:
    """One cue phrase found in a text: its label (a role), words and character span."""

    label: str
    phrase: str
    start: int
    end: int
    length: int  # in tokens: a longer cue is more specific


def _abbreviations(code: str) -> list[str]:
    data = load_language(code)
    words = [
        *data.get("sentencizer.common_abbreviations", []),
        *data["sentencizer"]["abbreviations"],
    ]
    variants = {w for word in words for w in (word, word.lower(), word[:1].upper() + word[1:])}
    return sorted(variants)


def pipeline(code: str) -> Any:
    """The blank spaCy pipeline of one language (built once per process; "nb" is "no")."""
    return _pipeline(normalise_code(code))


@cache
def _pipeline(code: str) -> Any:
    import spacy
    from spacy.attrs import ORTH
    from spacy.language import Language

    nlp = spacy.blank(CODES[code].spacy)
    tokenizer: Any = nlp.tokenizer
    for abbr in _abbreviations(code):
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("sentencizer")
    name = f"policyparse_boundaries_{code}"
    if not Language.has_factory(name):
        may_end = frozenset(load_language(code)["sentencizer"]["may_end"])
        Language.component(name, func=_boundary_repair(may_end))
    nlp.add_pipe(name, after="sentencizer")
    _add_lemmatizer(nlp, code)
    return nlp


def _boundary_repair(may_end: frozenset[str]) -> Any:
    """A component that starts a sentence after "kr." / "2020." before a capitalised word."""

    def repair(doc: Any) -> Any:
        for i in range(1, len(doc) - 1):
            prev, tok = doc[i], doc[i + 1]
            ends = prev.text in may_end or prev.text.lower() in may_end
            ends = ends or (_ORDINAL_OR_YEAR.match(prev.text) is not None and len(prev.text) == 5)
            if ends and tok.text[:1].isupper() and prev.whitespace_:
                tok.is_sent_start = True
        return doc

    return repair


def _add_lemmatizer(nlp: Any, code: str) -> None:
    """Lookup lemmas from spacy-lookups-data, as spaCy's lookup mode gives them (the table's
    lemma of the token's text, else the text), from a plain dict: spaCy's own `Lookups`
    table takes over a second to build for Danish. No table: surface forms stay."""
    from spacy.language import Language

    table = lemma_lookup(CODES[code].spacy)
    if not table:
        return
    factory = f"policyparse_lemmas_{code}"
    if not Language.has_factory(factory):
        Language.component(factory, func=_lookup_lemmas(table))
    nlp.add_pipe(factory, name="lemmatizer")


def _lookup_lemmas(table: dict[str, str]) -> Any:
    def lemmatize(doc: Any) -> Any:
        for token in doc:
            token.lemma_ = table.get(token.text, token.text)
        return doc

    return lemmatize


def sentences(text: str, code: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, trailing spaces left out."""
    doc = pipeline(code)(text, disable=["lemmatizer"])
    spans = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def lemmas(text: str, code: str) -> list[tuple[str, int, int]]:
    """(lowercased lemma, start, end) per token; the lemma is the word when no table knows it."""
    doc = pipeline(code)(text.lower())
    return [((t.lemma_ or t.text).lower(), t.idx, t.idx + len(t.text)) for t in doc]


class CueMatcher:
    """Finds cue phrases (lists of words per label) in texts, on lemmas.

    Each cue word also matches with the language's inflection endings (for forms the
    lookup table lacks: "tiltakene", "målene") and, in compounding languages, as the head
    of a compound ("hovedmål", "indsatsområder").
    """

    def __init__(self, code: str, cues: Mapping[str, Sequence[str]]) -> None:
        from spacy.matcher import Matcher

        self.code = normalise_code(code)
        data = load_language(self.code)
        endings = "|".join(re.escape(e) for e in data["sections"]["inflections"] if e)
        self._compounds = bool(data["sections"]["compounds"])
        false = "|".join(re.escape(w) for w in data["sections"]["false_compounds"])
        self._not = f"(?!\\w*(?:{false})(?:{endings})?$)" if false else ""
        self._endings = f"(?:{endings})?"
        self._matcher = Matcher(pipeline(self.code).vocab)
        self._phrases: dict[str, str] = {}
        for label, phrases in cues.items():
            for n, phrase in enumerate(phrases):
                key = f"{label}\x1f{n}"
                pattern = [
                    self._token_pattern(w, i == 0) for i, w in enumerate(self._words(phrase))
                ]
                if pattern:
                    self._matcher.add(key, [pattern])
                    self._phrases[key] = phrase

    def _words(self, phrase: str) -> list[str]:
        return [lemma for lemma, _, _ in lemmas(phrase, self.code)]

    def _token_pattern(self, word: str, first: bool) -> dict[str, Any]:
        prefix = rf"{self._not}\w*" if self._compounds and first and len(word) >= 3 else ""
        ending = self._endings if word[-1:].isalpha() else ""
        return {"LEMMA": {"REGEX": f"^{prefix}{re.escape(word)}{ending}$"}}

    def find(self, text: str) -> list[Cue]:
        """Every cue in `text`, in text order (overlaps included)."""
        doc = pipeline(self.code)(text.lower())
        for token in doc:
            token.lemma_ = (token.lemma_ or token.text).lower()
        found = []
        for key, start, end in self._matcher(doc):
            name = doc.vocab.strings[key]
            label = name.split("\x1f")[0]
            span = doc[start:end]
            phrase = self._phrases[name]
            found.append(Cue(label, phrase, span.start_char, span.end_char, end - start))
        return sorted(found, key=lambda c: (c.start, -c.length, c.label))

    def best(self, text: str, precedence: Iterable[str] = ()) -> str | None:
        """The label of the most specific cue in `text` (longest; ties by `precedence`).

        In a lead-in ending in ":" the noun right before the colon decides ("We will
        measure progress against the following outcomes:" → outcomes, not "we will").
        """
        order = {label: i for i, label in enumerate(precedence)}
        found = self.find(text)
        if not found:
            return None
        if text.rstrip().endswith(":"):
            last = max(c.end for c in found)
            found = [c for c in found if c.end == last]
        top = min(found, key=lambda c: (-c.length, order.get(c.label, len(order)), c.start))
        return top.label


def cue_matcher(code: str, section: str) -> CueMatcher:
    """A cached matcher over a `{label: [phrases]}` mapping of the language data."""
    return _cue_matcher(normalise_code(code), section)


@cache
def _cue_matcher(code: str, section: str) -> CueMatcher:
    return CueMatcher(code, load_language(code).get(section) or {})
