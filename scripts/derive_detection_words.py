"""Derive `detection.frequent_words` of lang/{en,da,no}.yaml from word frequencies.

Source: the `wordfreq` package (3.1.1; its data is CC BY-SA 4.0, built from Wikipedia,
subtitles, news, books, web text and more). A development tool only, never a runtime
dependency. A word marks language L when it is among L's RANK most frequent words and
at least RATIO times as frequent in L as in each of L's close rivals (Danish against
Bokmål and back; English against both), and NEIGHBOUR_RATIO times as frequent as in the
other languages of the neighbourhood (Swedish, German, ...), so that it does not pull their
text into scope. Nynorsk has no list in wordfreq: its markers are written by hand.

Re-run after changing the rule:

    pip install 'wordfreq==3.1.1'
    python scripts/derive_detection_words.py          # rewrites the three lists in place
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml
from wordfreq import top_n_list, word_frequency

# wordfreq code → (RANK, RATIO). Danish and Bokmål need many words (py3langid's
# n-grams hardly tell them apart); English needs few.
RULES = {"en": (1500, 10.0), "da": (5000, 5.0), "nb": (5000, 5.0)}
RIVALS = {"da": ("nb",), "nb": ("da",), "en": ("da", "nb")}
NEIGHBOURS = ("en", "da", "nb", "sv", "de")
NEIGHBOUR_RATIO = 2.0
FILES = {"en": "en", "da": "da", "nb": "no"}  # wordfreq code → language file
LANG_DIR = Path(__file__).resolve().parents[1] / "src" / "policyparse" / "lang"
BLOCK = re.compile(r"(?m)^  frequent_words: \[[^\]]*\]\n")


def derive(lang: str) -> list[str]:
    """The words marking `lang`, most frequent first."""
    rank, ratio = RULES[lang]
    out = []
    for word in top_n_list(lang, rank):
        if not word.isalpha() or len(word) < 2:
            continue
        freq = word_frequency(word, lang)
        rivals_ok = all(freq >= ratio * word_frequency(word, r) for r in RIVALS[lang])
        others = (o for o in NEIGHBOURS if o != lang and o not in RIVALS[lang])
        if rivals_ok and all(freq >= NEIGHBOUR_RATIO * word_frequency(word, o) for o in others):
            out.append(word)
    return out


def flow_list(words: list[str], indent: int = 4, width: int = 92) -> str:
    """A YAML flow list wrapped at `width` columns."""
    lines, line = [], "  frequent_words: ["
    for i, word in enumerate(words):
        # quote what YAML would read as something else ("on", "no", "off")
        text = word if isinstance(yaml.safe_load(word), str) else f'"{word}"'
        item = text + ("]" if i == len(words) - 1 else ",")
        if len(line) + len(item) + 1 > width:
            lines.append(line.rstrip())
            line = " " * indent
        line += item + " "
    lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


def main() -> int:
    for lang, stem in FILES.items():
        path = LANG_DIR / f"{stem}.yaml"
        text = path.read_text(encoding="utf-8")
        block = flow_list(derive(lang))
        new, count = BLOCK.subn(lambda _m, b=block: b, text)
        if count != 1:
            print(f"{path}: expected one frequent_words list, found {count}", file=sys.stderr)
            return 1
        path.write_text(new, encoding="utf-8")
        print(f"{path.name}: {block.count(',') + 1} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
