"""Theme tagging: which themes of a trilingual codebook each aim, outcome and initiative touches.

The codebook (`data/themes.yaml`, or a user's `--taxonomy` file of the same form) lists
phrases per language. Matching works on words and their lemmas, so "prevented" finds
"prevent" and "børn" finds "barn"; `*` at either end of a word catches compounds, which
Danish and Norwegian build freely ("stofmisbrugsbehandling").

The lemmatizer is a plain function `(text, lang) -> [(word, lemma), ...]`, passed in, so
tests or other pipelines can replace the default, the project's spaCy pipeline
(`policyparse.nlp.lemmas`), without touching the matching.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from policyparse.compare.datafiles import data_text
from policyparse.errors import UsageError
from policyparse.lang import CODES

Lemmatizer = Callable[[str, str], list[tuple[str, str]]]
LANGUAGES = ("en", "da", "no")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["themes"],
    "properties": {
        "version": {"type": "integer"},
        "themes": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": "^[a-z][a-z0-9_]*$"},
            "additionalProperties": {
                "type": "object",
                "required": ["label", "terms"],
                "additionalProperties": False,
                "properties": {
                    "label": {"$ref": "#/$defs/by_lang_str"},
                    "terms": {
                        "type": "object",
                        "minProperties": 1,
                        "propertyNames": {"enum": list(LANGUAGES)},
                        "additionalProperties": {
                            "type": "array",
                            "items": {"type": "string", "minLength": 1, "pattern": r"\w"},
                        },
                    },
                },
            },
        },
    },
    "$defs": {
        "by_lang_str": {
            "type": "object",
            "required": ["en"],
            "propertyNames": {"enum": list(LANGUAGES)},
            "additionalProperties": {"type": "string", "minLength": 1},
        }
    },
}


class InvalidTaxonomy(UsageError):
    """A `--taxonomy` file that does not follow the codebook form (the run stops: exit 2)."""


@dataclass(frozen=True)
class Theme:
    id: str
    labels: dict[str, str]
    terms: dict[str, tuple[tuple[str, ...], ...]]  # language -> phrases -> word patterns

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]


@dataclass(frozen=True)
class Codebook:
    source: str
    themes: tuple[Theme, ...]

    def ids(self) -> list[str]:
        return [t.id for t in self.themes]


def load_codebook(path: str | Path | None = None) -> Codebook:
    """The shipped codebook, or a user's (validated: one clear line on error)."""
    return _parse_codebook(*data_text("themes.yaml", path, "taxonomy"))


def _parse_codebook(text: str, name: str) -> Codebook:
    import jsonschema  # heavy-ish: only when a codebook is loaded

    try:
        # YAML 1.1 reads a bare `no:` key as False: keep the Norwegian code a string.
        data = yaml.load(text, Loader=_StrKeyLoader)
    except yaml.YAMLError as exc:
        raise InvalidTaxonomy(f"{name}: not valid YAML ({' '.join(str(exc).split())})") from None
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(_SCHEMA).iter_errors(data)
    )
    if error is not None:
        where = ".".join(str(p) for p in error.absolute_path) or "top level"
        raise InvalidTaxonomy(f"{name}: {where}: {error.message}")
    themes = tuple(
        Theme(
            id=tid,
            labels=dict(body["label"]),
            terms={lang: tuple(_phrase(t) for t in terms) for lang, terms in body["terms"].items()},
        )
        for tid, body in data["themes"].items()
    )
    return Codebook(source=name, themes=themes)


class _StrKeyLoader(yaml.SafeLoader):
    """SafeLoader whose booleans are only true/false (YAML 1.2), so `no` stays "no"."""


_StrKeyLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _phrase(term: str) -> tuple[str, ...]:
    """A codebook phrase as word patterns; `*` survives tokenising at word edges."""
    return tuple(re.findall(r"\*?[^\W_]+\*?", term.casefold()))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def spacy_lemmatizer(text: str, lang: str) -> list[tuple[str, str]]:
    """Default lemmatizer: the project's spaCy pipeline (`policyparse.nlp`, lookup lemmas),
    so themes are matched on the same lemmas extraction uses. Unknown languages: words."""
    if lang not in CODES:
        return [(w, w) for w in words(text)]
    from policyparse import nlp  # spaCy loads here, on the first tagged text only

    return [(text[start:end], lemma) for lemma, start, end in nlp.lemmas(text, lang)]


# Tokens are matched as one string: each token is SEP surface MID lemma, closed by SEP,
# so a whole theme (every phrase, every word) is one regular-expression search.
SEP, MID = "\x1f", "\x1e"
_PART = f"[^{SEP}{MID}]*"


def _word_regex(pattern: str) -> str:
    """One token whose surface or lemma is `pattern` (`*` at an edge: any prefix/suffix)."""
    head = _PART if pattern.startswith("*") else ""
    tail = _PART if pattern.endswith("*") else ""
    word = head + re.escape(pattern.strip("*")) + tail
    return f"{SEP}(?:{word}{MID}{_PART}|{_PART}{MID}{word})(?={SEP})"


def _theme_regex(phrases: list[tuple[str, ...]]) -> re.Pattern[str] | None:
    """All phrases of one theme as one pattern; None when it has none in this language."""
    if not phrases:
        return None
    return re.compile("|".join("".join(_word_regex(w) for w in p) for p in phrases))


def _stream(surfaces: list[str], lemmas: list[str]) -> str:
    return "".join(f"{SEP}{s}{MID}{m}" for s, m in zip(surfaces, lemmas, strict=True)) + SEP


class Tagger:
    """Tags texts of one language with a codebook's theme ids, in codebook order."""

    def __init__(self, codebook: Codebook, lemmatize: Lemmatizer = spacy_lemmatizer) -> None:
        self.codebook = codebook
        self.lemmatize = lemmatize
        self._compiled: dict[str, list[tuple[str, re.Pattern[str] | None]]] = {}

    def _themes(self, lang: str) -> list[tuple[str, re.Pattern[str] | None]]:
        """Each theme's pattern for `lang` (every language's phrases when it is unknown)."""
        if lang not in self._compiled:
            langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
            self._compiled[lang] = [
                (t.id, _theme_regex([p for code in langs for p in t.terms.get(code, ())]))
                for t in self.codebook.themes
            ]
        return self._compiled[lang]

    def tag(self, text: str, lang: str) -> list[str]:
        pairs = [(w, lemma) for w, lemma in self.lemmatize(text, lang) if _WORD.search(w)]
        surfaces = [w.casefold() for w, _ in pairs]
        lemmas = [lemma.casefold() for _, lemma in pairs]
        stream = _stream(surfaces, lemmas)
        return [tid for tid, rx in self._themes(lang) if rx is not None and rx.search(stream)]
