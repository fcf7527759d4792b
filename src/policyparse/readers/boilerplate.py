"""Web-page furniture that is never part of a plan, from the `reader.boilerplate` data of
every language at once (readers run before language detection).

Four kinds of data: whole `lines` ("There is a problem"), link-line `prefixes`
("Læs mere om …", dropped only when the line is short and has no final full stop),
link-box headings (`boxes`, "Lenke til mer informasjon", "Contents") dropped together
with the link lines right under them, and banner `words` ("cookies": a short line
holding one is furniture). `selectors` are for the HTML reader. `page_types`
("Policy paper", "Nyhet") label a saved web page's title: furniture where they open
the page (the text reader drops them there; a "Guidance" heading further on stays).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from policyparse.lang import all_languages

_MAX_LINK_WORDS = 25
_MAX_BANNER_WORDS = 15
_TRAILING = re.compile(r"[\s:.!?…]+$")
_WORD = re.compile(r"\w+")


def _key(text: str) -> str:
    return _TRAILING.sub("", " ".join(text.split())).casefold()


@dataclass(frozen=True)
class Boilerplate:
    lines: frozenset[str]  # keys made by `_key`
    prefixes: tuple[str, ...]  # casefolded
    boxes: frozenset[str]
    words: frozenset[str]  # casefolded; a short line holding one is furniture
    selectors: tuple[str, ...]
    page_types: frozenset[str] = frozenset()

    def is_line(self, text: str) -> bool:
        """A whole line of furniture, or a "Read more …" link line."""
        key = _key(text)
        if key in self.lines:
            return True
        starts = any(key == p or key.startswith(p + " ") for p in self.prefixes)
        if starts and is_link_like(text):
            return True
        words = _WORD.findall(key)
        return len(words) <= _MAX_BANNER_WORDS and not self.words.isdisjoint(words)

    def is_box(self, text: str) -> bool:
        """The heading of a link box ("Related links")."""
        return _key(text) in self.boxes

    def is_page_type(self, text: str) -> bool:
        """A page-type label over a web page's title ("Policy paper", "Pressemelding")."""
        return _key(text) in self.page_types


def is_link_like(text: str) -> bool:
    """Short and without a final full stop: how link texts and titles look."""
    stripped = text.rstrip()
    return bool(stripped) and len(stripped.split()) <= _MAX_LINK_WORDS and stripped[-1] != "."


@cache
def boilerplate() -> Boilerplate:
    """The union over all supported languages (cached)."""
    lines: set[str] = set()
    prefixes: list[str] = []
    boxes: set[str] = set()
    words: set[str] = set()
    selectors: list[str] = []
    page_types: set[str] = set()
    for language in all_languages():
        data = language.get("reader.boilerplate")
        lines.update(_key(line) for line in data["lines"])
        prefixes.extend(p.casefold() for p in data["prefixes"] if p.casefold() not in prefixes)
        boxes.update(_key(box) for box in data["boxes"])
        words.update(w.casefold() for w in data["words"])
        selectors.extend(s for s in data["selectors"] if s not in selectors)
        page_types.update(_key(label) for label in data["page_types"])
    return Boilerplate(
        frozenset(lines),
        tuple(prefixes),
        frozenset(boxes),
        frozenset(words),
        tuple(selectors),
        frozenset(page_types),
    )
