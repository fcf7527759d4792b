"""Repair of a text-export artifact: a stray `n` left where a `\\n` escape lost its
backslash ("people who ntake harmful drugs", "access nto treatment").

A word is repaired only when the word without the `n` is known and the word with it
is not. Known words come from the spaCy lemma tables of spacy-lookups-data (en, da,
nb), read directly (importing spaCy costs 0.7 s), plus the `reader.function_words`
of every language. Parsing those tables takes about a second, so their words are
kept in a small SQLite file in the user's cache directory, built on first use and
queried per candidate word.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from policyparse.lang import all_languages
from policyparse.lookups import read_table

_CANDIDATE = re.compile(r"(?<![\w'’/.@#&=-])n([a-zæøå]{2,})\b")
_TABLES = (
    "en_lemma_lookup", "en_lemma_index", "en_lemma_exc",
    "da_lemma_lookup", "nb_lemma_lookup", "nb_lemma_exc",
)  # fmt: skip
_BATCH = 500


def repair_stray_n(text: str) -> tuple[str, list[str]]:
    """The text with stray `n`s removed, and the repaired words ("ntake → take")."""
    candidates = {m[0] for m in _CANDIDATE.finditer(text)}
    if not candidates:
        return text, []
    known = _known({w[1:] for w in candidates} | candidates)
    fixes = {w for w in candidates if w[1:] in known and w not in known}
    if not fixes:
        return text, []
    repaired = _CANDIDATE.sub(lambda m: m[1] if m[0] in fixes else m[0], text)
    return repaired, [f"{w} → {w[1:]}" for w in sorted(fixes)]


def repair_note(fixes: list[str]) -> list[str]:
    """The ReadDocument warning that lists repaired words (none when nothing was repaired)."""
    if not fixes:
        return []
    return [
        f"repaired {len(fixes)} word(s) with a stray 'n' (a lost line break): " + ", ".join(fixes)
    ]


def _known(words: set[str]) -> set[str]:
    found = words & function_words()
    rest = sorted(words - found)
    connection = _lexicon()
    for i in range(0, len(rest), _BATCH):
        batch = rest[i : i + _BATCH]
        marks = ",".join("?" * len(batch))
        rows = connection.execute(f"SELECT w FROM words WHERE w IN ({marks})", batch)
        found.update(row[0] for row in rows)
    return found


@cache
def function_words() -> frozenset[str]:
    return frozenset(
        w.lower() for lang in all_languages() for w in lang.get("reader.function_words")
    )


@cache
def _lexicon() -> sqlite3.Connection:
    """The word database: opened from the cache, built there first if missing."""
    path = _cache_path()
    if path is not None and not path.exists():
        _build(path)
    if path is not None and path.exists():
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    _fill(memory)
    return memory


def _cache_path() -> Path | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        tables = version("spacy-lookups-data")
    except PackageNotFoundError:
        return None
    root = os.environ.get("POLICYPARSE_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    base = Path(root) if root else Path.home() / ".cache"
    folder = base if os.environ.get("POLICYPARSE_CACHE_DIR") else base / "policyparse"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder / f"lookup-words-{tables}.sqlite3"


def _build(path: Path) -> None:
    """Write the database next to its final name, then rename (parallel runs are safe)."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return
    os.close(fd)
    try:
        connection = sqlite3.connect(tmp)
        _fill(connection)
        connection.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error):
        Path(tmp).unlink(missing_ok=True)


def _fill(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("CREATE TABLE IF NOT EXISTS words (w TEXT PRIMARY KEY) WITHOUT ROWID")
    rows = ((w,) for w in sorted(_table_words()))
    connection.executemany("INSERT OR IGNORE INTO words VALUES (?)", rows)
    connection.commit()


def _table_words() -> set[str]:
    """Every lowercase word in the lemma tables: keys and values, through nested dicts
    and lists (candidates are lowercase letters only, so nothing else can match)."""
    words: set[str] = set()
    stack: list[Any] = [t for t in (read_table(name) for name in _TABLES) if t is not None]
    while stack:
        node = stack.pop()
        values = node.values() if isinstance(node, dict) else node
        if isinstance(node, dict):
            words.update(node)
        for value in values:
            if isinstance(value, str):
                words.add(value)
            else:
                stack.append(value)
    return {w for w in words if w.isalpha() and w.islower()}  # all a candidate can be
