"""Language detection: `detect_text(text)` and `detect_document(doc)`.

py3langid decides the language family (and every out-of-scope language); the
decision layer in `markers` reads each language's `detection` and
`variant_markers` data to tell English, Danish, Bokmål and Nynorsk apart on short
text. Deterministic: no random state anywhere, models loaded once and cached.
"""

from __future__ import annotations

from policyparse.language.detect import UND, LanguageGuess, detect_text
from policyparse.language.document import DocumentLanguage, detect_document

__all__ = ["UND", "DocumentLanguage", "LanguageGuess", "detect_document", "detect_text"]
