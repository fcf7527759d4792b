"""policyparse: turn public-policy plans into canonical, comparable data.

The package namespace stays light (PEP 562 lazy attributes) so that
`policyparse --help` never pays for spaCy or pdfplumber.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"
# what `document.generator` records: corpus runs redo a document when it changes
GENERATOR = f"policyparse {__version__}"

# public name -> "module:attribute"; resolved on first use only
_LAZY: dict[str, str] = {
    "extract": "policyparse.pipeline:extract_plan",
    "extract_corpus": "policyparse.corpus:extract_corpus",
    "detect": "policyparse.language:detect_text",
    "detect_document": "policyparse.language:detect_document",
    "load": "policyparse.yamlio:load_plan",
    "read": "policyparse.readers:read",
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'policyparse' has no attribute {name!r}")
    module_name, _, attr = target.partition(":")
    value = getattr(importlib.import_module(module_name), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
