"""Due dates: a deadline marker followed by a date with a year.

"by November 2023" → "2023-11", "senest 1. juli 2024" → "2024-07-01", "inden
udgangen af 2024" → "2024"; seasons, quarters and halves give the year. A marker
without a year gives nothing, and a date inside a period is no due date. Only a
passage that plans ahead has deadlines (`tense.py`: "By 2020, deaths had doubled"
has none), and the weak markers ("in", "i") never count right after an amount
("35 mill. kr i 2025" dates the money, not a deadline).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache

from policyparse.lang import normalise_code
from policyparse.values.money import find_money
from policyparse.values.numbers import alternation, fold
from policyparse.values.periods import (
    ANY_YEAR,
    YEAR,
    YEAR4,
    date_words,
    find_periods,
    second_year,
)
from policyparse.values.tense import WORD, Scopes, passive_before, plans_ahead
from policyparse.values.tense_cues import TenseCues, tense_cues


@dataclass(frozen=True)
class DueDate:
    """A deadline; `date` is ISO at the precision written (YYYY, YYYY-MM or YYYY-MM-DD)."""

    date: str
    span: tuple[int, int]
    text: str = ""


@dataclass(frozen=True)
class DueGrammar:
    pattern: re.Pattern[str]
    bare: re.Pattern[str]  # a date with a day, month or part of a year, and no marker
    period_word: re.Pattern[str]  # "fra (den)", "until", "siden", "for" right before a bare date
    conjoined: re.Pattern[str]  # "… den 12. april 2027 og i Byrådet den 20. april 2027"
    year_joined: re.Pattern[str]  # a year, then "and": "by the end of 2024 and 2025"
    borrower: re.Pattern[str]  # "formannskapet 25. november og kommunestyret 9. desember 2025"
    price_base: re.Pattern[str]  # "in 2022 prices", "(2025-pl)": no date
    baseline: re.Pattern[str]  # "stige fra 50 % i 2013 til …": the year of a starting value
    compared: re.Pattern[str]  # "i forhold til niveauet i 1990": a year compared with
    schedule: re.Pattern[str]  # a heading whose lines are a schedule: "Foreløpig framdriftsplan"
    weak: frozenset[str]
    blockers: frozenset[str]  # `dates.bare_blockers`: "for", "af" make the date a reference


@cache
def due_grammar(code: str) -> DueGrammar:
    """The compiled due-date grammar of a language (cached per code)."""
    w = date_words(code)
    s, month, of = r"\s", w.month, w.words("of_words")
    day = rf"(?:{w.words('day_suffixes')})?"
    part = (
        rf"(?:{w.words('articles')}{s}+)?(?:{w.words('ordinals')}{s}*)?"
        rf"{w.words('parts')}(?:{s}+{of})?"
    )
    date = "|".join(
        [
            rf"(?P<d1>\d{{1,2}}){day}{s}+(?:{of}{s}+)?(?P<m1>{month}),?{s}+(?P<y1>{YEAR})",
            rf"(?P<m2>{month}){s}+(?P<d2>\d{{1,2}}){day},?{s}+(?P<y2>{YEAR})",
            # "februar/mars 2026", "March or April of 2024", "sommeren/høsten 2026": the year
            rf"(?:{month}|{w.words('parts')}){s}*(?:[/–-]|{s}+{w.words('or_words')}{s}+)"
            rf"(?:{month}|{w.words('parts')}){s}+(?:{of}{s}+)?(?P<y9>{YEAR})",
            rf"(?P<m3>{month}){s}+(?:{of}{s}+)?(?P<y3>{YEAR})",
            # 31.12.2025, 31/03/2025, 15/12 2026
            rf"(?P<d4>\d{{1,2}})(?P<sep>[./])(?P<m4>\d{{1,2}})(?:(?P=sep)|{s})(?P<y4>{YEAR4})(?!\d)",
            rf"(?P<y5>{YEAR})-(?P<m5>\d\d)-(?P<d5>\d\d)",
            rf"(?:{part}|{alternation(w.data['part_codes'])}){s}*(?:{of}{s}+)?(?P<y6>{YEAR})",
            # a financial year: due by its end ("by the end of 2024/25" → 2025)
            rf"(?P<y8>{YEAR})(?:/|{w.dashes})(?P<fy>{YEAR4}|\d\d)(?!\d)",
            rf"(?P<y7>{YEAR})",
        ]
    )
    markers = alternation([*w.data["due_markers"], *w.data["due_weak_markers"]])
    # "the closing date for the receipt of applications … is October 2nd, 2026",
    # "Afrapporteringsfristen for puljen er 14. august 2028": a deadline noun, its
    # complement and a present copula; or a short complement and the date ("deadline for
    # ansøgninger 6. oktober 2026"), whose words must tell no past (`_complement_past`)
    noun = rf"(?<!\w)[^\W\d_]*?{alternation(w.data['deadline_nouns'], tail=True)}"
    token, word = rf"{s}+[^\s.;:!?]+", rf"{s}+[^\W\d_][^\s.;:!?]*"
    copula = rf"(?:{token}){{0,10}}?{s}+{w.words('copulas')}"
    # "Søknadsfrist for 2024: 17. november 2023": what the deadline is for, then a colon
    labelled = rf"(?:{token}){{1,4}}?(?=:)"
    milestone = rf"(?<!\w)[^\W\d_]*?{alternation(w.data['milestone_nouns'], tail=True)}{copula}"
    deadline = rf"{noun}(?:{copula}|{labelled}|(?P<complement>(?:{word}){{1,4}}?))|{milestone}"
    # "til foråret 2022", "til sommeren 2022": a marker only before a part of a year
    season = rf"{w.words('season_markers')}(?={s}+(?:{w.words('articles')}{s}+)?{w.words('parts')})"
    blockers = ("open_start", "open_end", "range_words", "lookback", "reference_words")
    period_words = [word for key in (*blockers, "bare_blockers") for word in w.data[key]]
    pattern = (
        rf"(?P<marker>{markers}|{deadline}|{season}):?{s}+(?:{w.words('weekdays')},?{s}+)?(?:{w.words('due_links')}{s}+)?"
        rf"(?:{w.words('end_of')}{s}*)?(?:{date})(?![\d]|[-/–]\d)"
    )
    heading = (  # "6 Foreløpig framdriftsplan\n", "Planprosessen deles inn i følgende faser:"
        rf"(?:^|(?<=\n)|(?<=[.!?]\s))[^\S\n]*(?:[-•*·–]|\d{{1,2}}\.?)?[^\S\n]*"
        rf"(?:[^\W\d_]+[^\S\n]+){{0,6}}?[^\W\d_]*?"
        rf"{alternation(w.data['schedule_headings'], tail=True)}"
        rf"(?:[^\S\n]+[^\W\d_]+){{0,6}}?[^\S\n]*(?::|(?=[^\S\n]*\n))"
    )
    return DueGrammar(
        pattern=re.compile(pattern, re.IGNORECASE),
        schedule=re.compile(heading, re.IGNORECASE),
        bare=re.compile(rf"(?<![\w.])(?:{date})(?![\d]|[-/–]\d)", re.IGNORECASE),
        period_word=re.compile(
            rf"{alternation(period_words)}(?:{s}+{w.words('due_links')})?{s}*$", re.IGNORECASE
        ),
        conjoined=re.compile(  # an aside in brackets may come first: "(svar medio september)"
            rf"(?:{s}*\([^()]{{0,40}}\))?{s}*,?{s}*{w.words('and_words')}(?:{s}+[^\W\d_]+){{0,4}}{s}*",
            re.IGNORECASE,
        ),
        baseline=re.compile(
            rf"{w.words('open_start')}{s}+(?!{YEAR4}\b)\d[\d.,]*(?:{s}*[^\s\d]{{1,9}}){{0,2}}{s}*$",
            re.IGNORECASE,
        ),
        compared=re.compile(
            rf"{w.words('comparison_words')}(?:{s}+[^\W\d_]+){{0,3}}{s}*$", re.IGNORECASE
        ),
        price_base=re.compile(rf"[ -]?{w.words('price_bases')}", re.IGNORECASE),
        borrower=re.compile(
            rf"(?<![\d.])(?P<d>\d{{1,2}}){day}{s}+(?:{of}{s}+)?(?P<m>{month})"
            rf"(?:{s}+[^\W\d_]+){{0,3}}?{s}*,?{s}*{w.words('and_words')}(?:{s}+[^\W\d_]+){{0,3}}{s}+$",
            re.IGNORECASE,
        ),
        year_joined=re.compile(rf"{YEAR}{s}*(?:,|{w.words('and_words')}){s}*$", re.IGNORECASE),
        weak=frozenset(fold(x) for x in w.data["due_weak_markers"]),
        blockers=frozenset(fold(x) for x in w.data["bare_blockers"]),
    )


def _iso(m: re.Match[str], code: str) -> str | None:
    """The ISO date at the precision written; None for an impossible day or month."""
    months = date_words(code)
    if m["y1"] or m["y2"]:
        year, month, day = (
            m["y1"] or m["y2"],
            months.month_of(m["m1"] or m["m2"]),
            m["d1"] or m["d2"],
        )
    elif m["y3"]:
        return f"{m['y3']}-{months.month_of(m['m3']):02d}"
    elif m["y4"] or m["y5"]:
        year, month, day = m["y4"] or m["y5"], int(m["m4"] or m["m5"]), m["d4"] or m["d5"]
    elif m["y8"]:
        end = second_year(int(m["y8"]), m["fy"])
        return str(end) if end == int(m["y8"]) + 1 else None
    else:
        return str(m["y6"] or m["y7"] or m["y9"])
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}"


@dataclass
class Context:
    """What the judgements about one text need, worked out once per call."""

    text: str
    code: str
    scopes: Scopes
    periods: list[tuple[int, int]]
    money_ends: list[int] | None = None

    def after_money(self, start: int) -> bool:
        """Does an amount end right before `start` ("35 mill. kr i 2025")?"""
        if self.money_ends is None:
            self.money_ends = [m.span[1] for m in find_money(self.text, self.code)]
        i = bisect_right(self.money_ends, start)
        if not i or self.text[self.money_ends[i - 1] : start].strip():
            return False
        # "… 21,7 mio. kr. I 2026 skal …": the amount's full stop ends a sentence
        j = bisect_left(self.scopes.sentences, self.money_ends[i - 1] - 1)
        return not (j < len(self.scopes.sentences) and self.scopes.sentences[j] < start)

    def in_period(self, start: int, end: int) -> bool:
        i = bisect_left(self.periods, (end,))
        return bool(i) and self.periods[i - 1][1] > start


def _bare(
    g: DueGrammar,
    cues: TenseCues,
    text: str,
    marked: list[re.Match[str]],
    schedules: list[tuple[int, int]],
) -> list[re.Match[str]]:
    """Dates with a day, a month or a part of a year and no marker of their own
    ("legges fram høsten 2024", "den 8. oktober 2025"); a year alone only right after a
    passive present ("Første fase igangsættes 2027") or opening a line of a schedule
    ("2028 Byggestart;"), and a date after a period's or a look-back's word ("fra den
    1. januar 2026", "siden juni 2023") is none."""
    taken = [m.span() for m in marked]
    return [
        m
        for m in g.bare.finditer(text)
        if not m["y8"]
        and (
            not m["y7"]
            or passive_before(cues, text, m.start())
            or g.year_joined.search(text, max(0, m.start() - 12), m.start())
            or (
                _within(schedules, m.start())
                and OPENING.search(text, max(0, m.start() - 12), m.start()) is not None
            )
        )
        and not any(a < m.end() and m.start() < b for a, b in taken)
        and not g.period_word.search(text, max(0, m.start() - 40), m.start())
    ]


BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
COLON_LINE = re.compile(r"^([^\n]{3,160}):[^\S\n]*\n", re.MULTILINE)


def _schedules(g: DueGrammar, cues: TenseCues, text: str) -> list[tuple[int, int]]:
    """The lines under a schedule heading ("Milepæler", "Key dates:"), or under a line that
    plans them ("Forslag til handlingsprogram behandles politisk:"), to the next blank line:
    plans list their dates there without a marker ("- Planvedtak januar 2027")."""
    starts = [m.end() for m in g.schedule.finditer(text)]
    for line in COLON_LINE.finditer(text):
        words = WORD.findall(line.group(1))
        if cues.future.search(line.group(1)) or any(cues.passive.fullmatch(w) for w in words):
            starts.append(line.end())
    spans = []
    for start in sorted(starts):
        blank = BLANK_LINE.search(text, start)
        spans.append((start, blank.start() if blank else len(text)))
    return spans


OPENING = re.compile(r"(?:^|[\n;:]|[.!?]\s)[\s•*·–-]*$")


def _complement_past(g: DueGrammar, cues: TenseCues, complement: str) -> bool:
    """Does a deadline noun's complement tell the past ("the deadline for responses was",
    "Ansøgningsfristen for puljemidler udløb den") or name what the date is for
    ("Søknadsfrist for 2028: …")?"""
    words = complement.split()
    return bool(cues.past.search(complement)) or fold(words[-1]) in g.blockers


def _borrowing(g: DueGrammar, text: str, due: DueDate, code: str) -> DueDate | None:
    """A day and month without a year, joined by "og"/"and" to a due date with a day, share
    its year and its plan: "behandles av formannskapet 25. november og kommunestyret 9.
    desember 2025" (not a later month: "15. desember og 10. januar 2026" spans a new year)."""
    m = g.borrower.search(text, max(0, due.span[0] - 80), due.span[0])
    if m is None or len(due.date) != 10:
        return None
    month = date_words(code).month_of(m["m"])
    if month > int(due.date[5:7]) or not 1 <= int(m["d"]) <= 31:
        return None
    date = f"{due.date[:4]}-{month:02d}-{int(m['d']):02d}"
    return DueDate(date, (m.start(), m.end("m")), text[m.start() : m.end("m")])


def _perfect_before(g: DueGrammar, cues: TenseCues, text: str, m: re.Match[str]) -> bool:
    """A perfect auxiliary right before a marker that opens with a weak one names a past
    span: "MinID har i løpet av 2024 gjennomgått …" (not "… har søknadsfrist 1. desember")."""
    opening = fold(m["marker"]).split()[0]
    return opening in g.weak and bool(cues.perfect.search(text, max(0, m.start() - 12), m.start()))


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    return any(a <= at < b for a, b in spans)


def _conjoined(g: DueGrammar, text: str, due: DueDate, m: re.Match[str]) -> bool:
    """A bare date joined by "og"/"and" to the due date before it shares its plan:
    "behandles i Økonomiudvalget den 12. april 2027 og i Byrådet den 20. april 2027"."""
    return g.conjoined.fullmatch(text, due.span[1], m.start()) is not None


def find_due_dates(text: str, lang: str) -> list[DueDate]:
    """Every deadline in `text`, in text order: dates after a marker ("by", "innen",
    "i" in a planning passage), and bare dates in a clause that plans ahead."""
    code = normalise_code(lang)
    g = due_grammar(code)
    if not ANY_YEAR.search(text):
        return []
    marked = list(g.pattern.finditer(text))
    cues = tense_cues(code)
    schedules = _schedules(g, cues, text) if ":" in text or "\n" in text else []
    bare = _bare(g, cues, text, marked, schedules)
    if not marked and not bare:
        return []
    ctx = Context(text, code, Scopes.of(text), [p.span for p in find_periods(text, code)])
    found: list[DueDate] = []
    for m in sorted([*marked, *bare], key=lambda m: m.start()):
        is_bare = "marker" not in m.groupdict()
        weak = is_bare or fold(m["marker"]) in g.weak
        if ctx.in_period(m.start() if is_bare else m.end("marker"), m.end()):
            continue
        if g.price_base.match(text, m.end()):
            continue
        if not is_bare and m["complement"] and _complement_past(g, cues, m["complement"]):
            continue
        if not is_bare and _perfect_before(g, cues, text, m):
            continue
        day = bool(m["d1"] or m["d2"] or m["d4"] or m["d5"])
        joined = is_bare and bool(found) and _conjoined(g, text, found[-1], m)
        listed = is_bare and _within(schedules, m.start())
        if is_bare and m["y7"] and not (joined or listed or passive_before(cues, text, m.start())):
            continue  # a year alone joins a due date before it or follows a passive present
        # "Develop and establish a Council (Q4 2026).": a date in brackets times its action,
        # as a weak marker's does
        timed = text[max(0, m.start() - 1) : m.start()] == "(" and text.startswith(")", m.end())
        ahead = plans_ahead(
            cues,
            ctx.scopes,
            *m.span(),
            weak=weak,
            bare=is_bare and not timed,
            day=day,
            listed=listed,
        )
        if not ahead and not joined:
            continue
        if g.baseline.search(text, max(0, m.start() - 40), m.start()):
            continue  # "opp fra 6,8 pst. ved utgangen av 2015": a starting value's year
        if weak and g.compared.search(text, max(0, m.start() - 50), m.start()):
            continue
        if weak and ctx.after_money(m.start()):
            continue
        date = _iso(m, code)
        if date is not None:
            due = DueDate(date, m.span(), m.group())
            if (borrowing := _borrowing(g, text, due, code)) is not None:
                found.append(borrowing)
            found.append(due)
    return sorted(found, key=lambda d: d.span)
