"""List markers in plain text (`•`, `-`, `1.`, `1)`, `a)`, `iv.`, `10.1.2`) and their
nesting: deeper indentation, or a new marker style inside an open list, nests one
level; a decimal marker's depth is its number of parts ("10.1.2" is level 2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from policyparse.lang import all_languages

_ROMAN = r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})"
_NUMBERED = re.compile(
    r"(?P<marker>"
    r"(?P<decimal>\d{1,3}(?:\.\d{1,3}){1,5})\.?"
    r"|(?P<num>\d{1,3})[.)]|\((?P<pnum>\d{1,3})\)"
    rf"|(?P<roman>{_ROMAN})[.)]|\((?P<proman>{_ROMAN})\)"
    r"|(?P<lower>[a-z])[.)]|(?P<upper>[A-Z])\)|\((?P<plower>[a-z])\)"
    r")[ \t]+(?P<rest>\S.*)$"
)


@dataclass(frozen=True)
class Marker:
    marker: str  # as written: "•", "1.", "a)", "10.1.2"
    style: str  # bullet glyph, "num", "lower", "upper", "roman", "decimal2", "decimal3", …
    text: str  # the item's text after the marker
    depth: int | None = None  # fixed depth of decimal markers (parts - 1)


@cache
def _bullet_pattern() -> re.Pattern[str]:
    glyphs = {g for language in all_languages() for g in language.get("reader.bullets")}
    alternatives = "|".join(re.escape(g) for g in sorted(glyphs, key=len, reverse=True))
    return re.compile(rf"(?P<marker>{alternatives})[ \t]+(?P<rest>\S.*)$")


def parse_marker(line: str) -> Marker | None:
    """The list marker at the start of a stripped line, or None."""
    bullet = _bullet_pattern().match(line)
    if bullet:
        return Marker(bullet["marker"], bullet["marker"], bullet["rest"])
    m = _NUMBERED.match(line)
    if m is None:
        return None
    if m["decimal"]:
        parts = m["decimal"].count(".") + 1
        # "2.4 billion was spent": a two-part number before a lowercase word is prose
        if parts == 2 and m["rest"][0].islower():
            return None
        return Marker(m["marker"].rstrip("."), f"decimal{parts}", m["rest"], parts - 1)
    style = next(k for k in ("num", "pnum", "roman", "proman", "lower", "upper", "plower") if m[k])
    return Marker(m["marker"], style.removeprefix("p"), m["rest"])


class Nesting:
    """Assigns levels to consecutive list items from indentation and marker style."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, str, int]] = []  # (indent, style, level)

    def reset(self) -> None:
        self._stack.clear()

    def level(self, indent: int, marker: Marker) -> int:
        style = marker.style
        if style == "roman" and self._open("lower", indent) and marker.marker[0] in "ivx":
            style = "lower"  # "i)" after "h)" is a letter
        while self._stack and self._stack[-1][0] > indent:
            self._stack.pop()
        if self._open(style, indent):
            while self._stack[-1][1] != style or self._stack[-1][0] != indent:
                self._stack.pop()
            level = self._stack.pop()[2]
        else:
            level = self._stack[-1][2] + 1 if self._stack else 0
        if marker.depth is not None:
            level = marker.depth
        self._stack.append((indent, style, level))
        return level

    def _open(self, style: str, indent: int) -> bool:
        return any(s == style and i == indent for i, s, _ in self._stack)
