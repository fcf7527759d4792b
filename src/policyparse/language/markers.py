"""The Danish/Norwegian/English decision layer: marker words and spellings as data.

Each language's `detection` section (and, for Norwegian, each written form's
`variant_markers`) lists words, prefixes, suffixes and letter groups that mark it
against its neighbours. A text's marker score per language is the number of its
words carrying such a marker; affixes and letter groups go by longest match, so
`opp-` (Norwegian) wins over `op-` (Danish) and `skj` over `kj`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

WORD = re.compile(r"[^\W\d_]+")

# What one hit is worth, by kind: a whole word says more than a spelling.
WEIGHTS = {"words": 1.0, "prefixes": 0.5, "suffixes": 0.5, "substrings": 0.3}
SAME_AS = {"frequent_words": "words"}  # data keys read as another kind
MAX_AFFIX = 8  # no marker affix is longer
MIN_STEM = {"prefixes": 3, "suffixes": 2}  # letters a word must keep beyond its affix


@dataclass(frozen=True, eq=False)  # hashed by identity: `_token_hits` caches per instance
class Markers:
    """Compiled markers of several labels (languages or written forms)."""

    words: Mapping[str, frozenset[str]]  # word → labels it marks
    prefixes: Mapping[str, frozenset[str]]
    suffixes: Mapping[str, frozenset[str]]
    substrings: Mapping[str, frozenset[str]]

    @classmethod
    def compile(cls, sections: Mapping[str, Mapping[str, Any]]) -> Markers:
        """`sections`: label → `{words, frequent_words, prefixes, suffixes, substrings}`."""
        tables: dict[str, dict[str, set[str]]] = {kind: {} for kind in WEIGHTS}
        for label, data in sections.items():
            for key, items in data.items():
                table = tables[SAME_AS.get(key, key)]
                for item in items:
                    table.setdefault(str(item).lower(), set()).add(label)
        frozen = {k: {m: frozenset(v) for m, v in t.items()} for k, t in tables.items()}
        return cls(**frozen)

    def score(self, tokens: Iterable[str]) -> dict[str, float]:
        """Weighted hits per label over lower-cased word tokens."""
        totals: dict[str, float] = {}
        for token in tokens:
            for kind, labels in _token_hits(self, token):
                for label in labels:
                    totals[label] = totals.get(label, 0.0) + WEIGHTS[kind]
        return totals

    def hits(self, token: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """(kind, labels) of every marker one token carries."""
        hits: list[tuple[str, frozenset[str]]] = []
        if token in self.words:
            hits.append(("words", self.words[token]))
        for kind, table in (("prefixes", self.prefixes), ("suffixes", self.suffixes)):
            affix = _longest(table, token, kind == "prefixes", MIN_STEM[kind])
            if affix:
                hits.append((kind, table[affix]))
        found = [s for s in self.substrings if s in token]
        kept = {lab for s in found if not _subsumed(s, found) for lab in self.substrings[s]}
        if kept:
            hits.append(("substrings", frozenset(kept)))
        return tuple(hits)


@lru_cache(maxsize=1 << 16)
def _token_hits(markers: Markers, token: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Words repeat: each is matched once (per marker set)."""
    return markers.hits(token)


def _longest(table: Mapping[str, frozenset[str]], token: str, front: bool, stem: int) -> str:
    """The longest affix of `token` in `table` that leaves at least `stem` letters."""
    for size in range(min(len(token) - stem, MAX_AFFIX), 0, -1):
        affix = token[:size] if front else token[-size:]
        if affix in table:
            return affix
    return ""


def _subsumed(part: str, found: list[str]) -> bool:
    return any(part != other and part in other for other in found)


def tokens(text: str) -> list[str]:
    """Lower-cased letter runs: the units markers are matched on."""
    return WORD.findall(text.lower())
