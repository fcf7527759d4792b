"""Year and month grammar, and the periods built on it.

A period is two years joined by a dash, "/" (a financial year) or a range word
("2016 til 2020"), or one year with an open start ("fra 2020", "from 2024/25
onwards") or an open end ("frem til 2018"). A year alone is no period, nor is a
look back ("since 2008") or the session of a document reference ("Prop. 121 S
(2018–2019)"). The words come from the `dates` section of the language data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from policyparse.lang import load_language, normalise_code
from policyparse.values.money import find_money
from policyparse.values.numbers import alternation, fold, number_grammar
from policyparse.values.tense import Scopes, tells_past
from policyparse.values.tense_cues import tense_cues

YEAR4 = r"(?:1[89]|20)\d\d"
YEAR = rf"(?<![\w.,/]){YEAR4}(?!\d)"  # a year standing on its own
FY_TAIL = rf"(?:/(?:{YEAR4}|\d{{1,2}})(?![\d/]))"  # "/24" of a financial year "2023/24", "2024/5"
NUMERIC_DAY = r"\d{1,2}[./]\d{1,2}[./]"  # "1.3." of "1.3.2026"
DAY_YEAR = rf"(?:(?<=\d[./])|(?<![\w.,/])){YEAR4}(?!\d)"  # a year alone or after NUMERIC_DAY
ANY_YEAR = re.compile(rf"{YEAR4}(?!\d)")  # every period and due date has one
MAX_SPAN = 50  # a "range" of more years than this is not a period


@dataclass(frozen=True)
class Period:
    """A span of years; `start` or `end` is None when the text leaves it open."""

    start: int | None
    end: int | None
    span: tuple[int, int]
    text: str = ""


@dataclass(frozen=True)
class DateWords:
    """The compiled date words of one language, shared by periods and due dates."""

    data: Mapping[str, Any]
    months: Mapping[str, int]
    month: str  # regex source: one month name, abbreviations with an optional dot
    dashes: str

    def words(self, key: str) -> str:
        """Regex source for the word list under `dates.<key>`."""
        return alternation(self.data[key])

    def month_of(self, name: str) -> int:
        return self.months[fold(name).rstrip(".")]


@cache
def date_words(code: str) -> DateWords:
    data = load_language(normalise_code(code)).data["dates"]
    months = {fold(m): int(n) for m, n in data["months"].items()}
    return DateWords(data, months, alternation(months) + r"\.?", number_grammar(code).dashes)


def second_year(first: int, written: str) -> int:
    """The end year of a range: "2021–26" → 2026, "1999-00" → 2000, "2024/5" → 2025."""
    if len(written) == 4:
        return int(written)
    base = 10 if len(written) == 1 else 100
    year = first - first % base + int(written)
    return year + base if year < first else year


@dataclass(frozen=True)
class PeriodGrammar:
    pattern: re.Pattern[str]
    open_after: re.Pattern[str]
    open_start: frozenset[str]
    lookback: re.Pattern[str]
    session: re.Pattern[str]
    deadline: re.Pattern[str]  # "by the end of" before a financial year: a due date
    joint: re.Pattern[str]  # "og" between an open start and an open end: one period


@cache
def period_grammar(code: str) -> PeriodGrammar:
    """The compiled period grammar of a language (cached per code)."""
    w = date_words(code)
    s = r"\s"
    part = rf"(?:{w.words('articles')}{s}+)?{w.words('parts')}{s}+(?:{w.words('of_words')}{s}+)?"
    day = rf"(?:\d{{1,2}}{w.words('day_suffixes')}?{s}+)?"
    of = rf"(?:{w.words('of_words')}{s}+)?"  # "from the 1st of April 2025", "fra den 1. juli"
    # "fra primo 2027", "from the end of 2026/27": a part or the end of a year gives its year
    edge = rf"(?:{w.words('end_of')}|{alternation(w.data['part_codes'])}){s}*"
    month = rf"(?:(?:{w.words('articles')}{s}+)?{day}{of}{w.month}{s}+|{part}|{edge})"
    # "og frem", "onwards" close an open start, unless a year follows ("og frem til og med 2027")
    after = rf"{w.words('open_start_after')}(?!{s}+(?:[^\W\d_]+{s}+){{0,3}}\d)"
    noun = rf"(?:{w.words('year_nouns')}{s}+)?"  # "fra og med skoleåret 2025/26"
    words = w.words("range_words")
    # "2024-25 to 2028-29": a dashed financial year only before a range word
    # "2021-2022 to 2025-2026": financial years in full, joined by a range word
    tail1 = rf"(?:{FY_TAIL}|{w.dashes}(?:{YEAR4}|\d\d)(?={s}+{words}{s}))"
    tail2 = rf"(?:{FY_TAIL}|{w.dashes}(?:{YEAR4}|\d\d)(?!\d))"  # a year in full: after a word only
    full = (
        rf"(?:(?P<intro>{w.words('period_intro')}){s}+{noun})?{month}?(?P<y1>{YEAR})(?P<t1>{tail1})?"
        rf"(?:(?:{s}*{w.dashes}{s}*|{s}+(?P<word>{words}){s}+)"
        rf"{month}?(?P<y2>{YEAR4}|\d\d)(?P<t2>{tail2})?(?!\d|[-/.]\d))?"
    )
    between = (
        rf"{w.words('between_words')}{s}+{noun}{month}?(?P<b1>{YEAR}){FY_TAIL}?{s}+"
        rf"{w.words('and_words')}{s}+{month}?(?P<b2>{YEAR})(?P<bt>{FY_TAIL})?"
    )
    # an open start or end may give the day in digits: "fra og med 1.3.2026", "til 31/12/2026"
    dated = rf"(?:{month}|{NUMERIC_DAY})?"
    start = rf"{w.words('open_start')}{s}+{noun}{dated}(?P<os>{DAY_YEAR}){FY_TAIL}?(?:{s}+{after})?"
    end = (
        rf"{w.words('open_end')}{s}+(?:{w.words('end_of')}{s}*)?{noun}{dated}"
        rf"(?P<oe>{DAY_YEAR})(?P<t3>{tail2})?"
    )
    return PeriodGrammar(
        pattern=re.compile("|".join(f"(?:{a})" for a in (full, between, start, end)), re.I),
        open_after=re.compile(rf"{s}+{after}", re.IGNORECASE),
        open_start=frozenset(fold(x) for x in w.data["open_start"]),
        lookback=re.compile(rf"{w.words('lookback')}\s+$", re.IGNORECASE),
        # "og", maybe with a verb of its own: "starting in 2024 and running until 2025"
        joint=re.compile(
            rf"\s*(?:,?\s*{w.words('and_words')}(?:\s+[^\W\d_]+){{0,2}}\s+)?", re.IGNORECASE
        ),
        deadline=re.compile(
            rf"{w.words('due_markers')}\s+(?:{w.words('due_links')}\s+)?"
            rf"(?:{w.words('end_of')}\s*)?$",
            re.IGNORECASE,
        ),
        # "Prop. 121 S (2018–2019)", "Alm.del - 2024-25", "L 16 - 2025-26", "Folketinget 2025-26",
        # "HC 301 2022-23"
        session=re.compile(
            rf"(?:{w.words('session_references')}"
            rf"|(?<=[^\W\d_]){alternation(w.data['session_committees'], tail=True)}"
            rf"|(?<!\w){alternation(w.data['session_committees'])})"
            rf"(?:[^()\n]{{0,25}}\d[^()\n]{{0,12}}\(|(?:\s+\d+)?(?:\s*{w.dashes})?|\s*\()\s*$"
        ),
    )


def _fy_end(first: int, tail: str | None) -> int | None:
    """The end of a financial year "2023/24" (2024), of years written in full "Delivery
    Plan 2019/2024" (2024) or of a dashed range before a range word that gives no second
    end ("fra 2026-29 til dækning af …": 2029); None when there is no tail, -1 when bad
    ("S.S.I. 2020/75")."""
    if not tail:
        return None
    end = second_year(first, tail[1:])
    spanned = (len(tail) == 5 or tail[0] != "/") and first < end <= first + 30
    return end if end == first + 1 or spanned else -1


Years = tuple[int | None, int | None, int]  # start, end, end offset of the words


def _full(m: re.Match[str], g: PeriodGrammar, text: str) -> Years | None:
    """Years joined by a dash or range word, one financial year, or an open start."""
    y1 = int(m["y1"])
    first_fy = _fy_end(y1, m["t1"])
    end = first_fy
    if m["y2"]:
        y2 = second_year(y1, m["y2"])
        end = _fy_end(y2, m["t2"]) or y2
        if m["word"] and len(m["y2"]) == 2:
            return None
        if m["t2"] and len(m["t2"]) == 5 and not m["word"]:
            return None  # "2021–2025-2026": no financial year in full after a dash
    if first_fy == -1 or end == -1 or (end is not None and not 0 <= end - y1 <= MAX_SPAN):
        return None
    tail = g.open_after.match(text, m.end())
    one_fy = end == y1 + 1 and (first_fy or (m["y2"] and len(m["y2"]) == 2))
    opens = m["intro"] and fold(m["intro"]) in g.open_start and (end is None or one_fy)
    if tail or opens:
        return y1, None, tail.end() if tail else m.end()  # "from 2024/25 onwards"
    return (y1, end, m.end()) if end is not None else None


def _read(m: re.Match[str], g: PeriodGrammar, text: str) -> Period | None:
    before = text[max(0, m.start() - 60) : m.start()]
    if g.session.search(before) or g.lookback.search(before):
        return None
    years: Years | None
    if m["y1"]:
        years = _full(m, g, text)
    elif m["b1"]:
        b1 = int(m["b1"])
        b2 = second_year(int(m["b2"]), m["bt"][1:]) if m["bt"] else int(m["b2"])  # "… and 2025/26"
        years = (b1, b2, m.end()) if 0 <= b2 - b1 <= MAX_SPAN else None
    elif m["os"]:
        years = int(m["os"]), None, m.end()
    else:
        fy_end = _fy_end(int(m["oe"]), m["t3"])
        years = None if fy_end == -1 else (None, fy_end or int(m["oe"]), m.end())
    if years is None or (years[1] == (years[0] or 0) + 1 and g.deadline.search(before)):
        return None  # "by the end of 2024/25" is a deadline, not a period
    start, stop, end = years
    return Period(start, stop, (m.start(), end), text[m.start() : end])


def _joined(found: list[Period], text: str, g: PeriodGrammar) -> list[Period]:
    """An open start and an open end side by side or joined by "og" are one period:
    "fra 2025 og ut 2027", "fra 2024 til udgangen af 2027"."""
    out: list[Period] = []
    for period in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.start is not None
            and last.end is None
            and period.start is None
            and period.end is not None
            and 0 <= period.end - last.start <= MAX_SPAN
            and g.joint.fullmatch(text, last.span[1], period.span[0])
        ):
            span = (last.span[0], period.span[1])
            out[-1] = Period(last.start, period.end, span, text[span[0] : span[1]])
        else:
            out.append(period)
    return out


def _funds(text: str, m: re.Match[str], code: str) -> bool:
    """Does an amount stand a few words before the open start ("0,6 mia. kr. årligt fra
    2024", "£2.5 billion of funding for affordable homes from 2023")? Then it starts a
    funding, decided in the past or not: no look back."""
    before = text[max(0, m.start() - 80) : m.start()]
    money = find_money(before, code)
    return bool(money) and len(before[money[-1].span[1] :].split()) <= 6


def find_periods(text: str, lang: str) -> list[Period]:
    """Every period in `text`, in text order: ranges, financial years, open starts and ends."""
    code = normalise_code(lang)
    g = period_grammar(code)
    if not ANY_YEAR.search(text):
        return []
    found: list[Period] = []
    pos = 0
    scopes: Scopes | None = None
    while (m := g.pattern.search(text, pos)) is not None:
        period = _read(m, g, text)
        if period is not None and period.end is None and period.start is not None:
            scopes = scopes or Scopes.of(text)  # an open start told in the past is a look back
            ahead = g.open_after.search(text, *period.span)  # "from 2025/26 onwards"
            if not ahead and tells_past(tense_cues(code), scopes, *period.span):
                period = period if _funds(text, m, code) else None
        if period is not None:
            found.append(period)
            pos = period.span[1]
        else:
            pos = m.end()
    return _joined(found, text, g) if len(found) > 1 else found
