"""detect_document: one language for the document, one guess per block.

The document's language is the majority by characters of its blocks' languages.
Each block is then read with the document's language as a prior, so that a short
block without evidence follows its document, and only a block that is clearly in
another language (an English summary in a Danish plan) keeps its own. Headings get
a stronger prior: "Indledning", "Mål" and "Summary" are too short to outvote it
unless they really are another language.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from policyparse.blocks import Block, BlockKind, ReadDocument
from policyparse.language.detect import UNDETERMINED, LanguageGuess, guess

BLOCK_PRIOR = 4.0  # py3langid log-likelihood units in favour of the document's language
HEADING_PRIOR = 12.0


@dataclass(frozen=True)
class DocumentLanguage:
    """The document's guess, and one guess per block of `ReadDocument.blocks` (same order)."""

    language: str
    variant: str | None
    confidence: float
    blocks: tuple[LanguageGuess, ...]

    @property
    def guess(self) -> LanguageGuess:
        return LanguageGuess(self.language, self.variant, self.confidence)

    def for_block(self, index: int) -> LanguageGuess:
        """Block `index`'s guess; a block without words (`und`) gets the document's."""
        own = self.blocks[index]
        return self.guess if own.language == UNDETERMINED.language else own


def detect_document(doc: ReadDocument) -> DocumentLanguage:
    """Majority language by characters, then every block re-read with it as the prior."""
    first = _per_block(doc.blocks, None)
    final = _per_block(doc.blocks, _majority(doc.blocks, first), first)
    overall = _majority(doc.blocks, final)
    return DocumentLanguage(overall.language, overall.variant, overall.confidence, final)


def _per_block(
    blocks: list[Block], prior: LanguageGuess | None, before: tuple[LanguageGuess, ...] = ()
) -> tuple[LanguageGuess, ...]:
    """One guess per block; a table cell takes its row's (the row holds its text)."""
    out: list[LanguageGuess] = []
    row_guess = UNDETERMINED
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.TABLE_CELL:
            out.append(row_guess)
            continue
        earlier = before[i] if before else None
        if prior is None or earlier is None:
            current = guess(block.text)
        elif (earlier.language, earlier.variant) == (prior.language, prior.variant):
            current = earlier  # a prior only confirms what the block says already
        else:
            weight = HEADING_PRIOR if block.kind is BlockKind.HEADING else BLOCK_PRIOR
            current = guess(block.text, prior, weight)
        if block.kind is BlockKind.TABLE_ROW:
            row_guess = current
        out.append(current)
    return tuple(out)


def _majority(blocks: list[Block], guesses: tuple[LanguageGuess, ...]) -> LanguageGuess:
    """The language (and written form) covering most characters; confidence = its share."""
    chars: Counter[str] = Counter()
    forms: Counter[tuple[str, str | None]] = Counter()
    weighted: dict[str, float] = {}
    for block, found in zip(blocks, guesses, strict=True):
        if block.kind is BlockKind.TABLE_CELL or found.language == UNDETERMINED.language:
            continue
        size = len(block.text)
        chars[found.language] += size
        forms[found.language, found.variant] += size
        weighted[found.language] = weighted.get(found.language, 0.0) + size * found.confidence
    if not chars:
        return UNDETERMINED
    language = max(chars, key=lambda lang: (chars[lang], lang))
    variant = max(
        (form for form in forms if form[0] == language), key=lambda f: (forms[f], f[1] or "")
    )[1]
    confidence = round(weighted[language] / sum(chars.values()), 4)
    return LanguageGuess(language, variant, confidence)
