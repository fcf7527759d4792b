"""The lemma tables of spacy-lookups-data, read directly as JSON.

Both the stray-`n` repair (which must not import spaCy) and the lookup lemmas of
`nlp` use them. Read as plain dicts they load several times faster than through
spaCy's `Lookups` tables, which hash every key on insert (Danish: 550,000 forms).
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any


@cache
def tables_folder() -> Path | None:
    """Where spacy-lookups-data keeps its `*.json.gz` tables (None if not installed)."""
    spec = find_spec("spacy_lookups_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def read_table(name: str) -> Any:
    """One table by file stem ("da_lemma_lookup"); None when it does not exist."""
    folder = tables_folder()
    path = folder / f"{name}.json.gz" if folder else None
    if path is None or not path.exists():
        return None
    return json.loads(gzip.decompress(path.read_bytes()))


@cache
def lemma_lookup(spacy_code: str) -> dict[str, str]:
    """Form → lemma of one language (spaCy's code: "nb" for Norwegian); {} without a table."""
    table = read_table(f"{spacy_code}_lemma_lookup")
    return table if isinstance(table, dict) else {}
