"""Does a date stand in a passage that plans ahead, or in one that tells the past?

A deadline belongs to the future: "will publish the plan by 2025", or an action
in the imperative, "Launch a new board by November 2023". The same words in a
history ("By 2020, deaths had doubled", "was launched in 2012", "I 2021
anbefalede udvalget …") are no deadline. The cues are words of the language
data (`dates.future_cues`, `dates.past_cues`, a subject with a regular past
ending, a past ending on the verb right after a fronted date); the nearest cue
before a weak marker ("in", "i") decides for it, as tense sits with its verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyparse.values.numbers import SENTENCE_BREAK, bounds, fold
from policyparse.values.tense_cues import TenseCues

CLAUSE_BREAK = re.compile(r"[;()\n]|(?<!\d):|:(?!\d)|,(?!\d)")  # not "1,339", "11:59"
WORD = re.compile(r"[^\W\d_]+")
SEMICOLON = re.compile(";")

Span = tuple[int, int]


@dataclass(frozen=True)
class Scopes:
    """The clause and sentence breaks of one text, found once."""

    text: str
    clauses: list[int]
    sentences: list[int]

    @classmethod
    def of(cls, text: str) -> Scopes:
        # a semicolon ends what a sentence-wide judgement may look at, as a full stop does
        stops = [b.start() for b in SENTENCE_BREAK.finditer(text)]
        sentences = sorted({*stops, *(m.start() for m in SEMICOLON.finditer(text))})
        clauses = sorted({b.start() for b in CLAUSE_BREAK.finditer(text)} | set(sentences))
        return cls(text, clauses, sentences)

    def around(self, start: int, end: int) -> tuple[Span, Span]:
        """The clause and the sentence around [start, end)."""
        n = len(self.text)
        return bounds(self.clauses, start, end, n), bounds(self.sentences, start, end, n)


def _verdict(cues: TenseCues, text: str, start: int, end: int) -> bool | None:
    """Future (True) if a future cue is in text[start:end], else past (False) if a past
    cue is; a future cue inside a past one ("had to be submitted", "was supposed to be
    announced") is the past's."""
    past = [m.span() for m in cues.past.finditer(text, start, end) if _is_verb(cues, text, m)]
    for cue in cues.future.finditer(text, start, end):
        if not any(a <= cue.start() and cue.end() <= b for a, b in past):
            return True
    return False if past else None


LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def passive_before(cues: TenseCues, text: str, start: int) -> bool:
    """Is the word right before `start` a passive present ("igangsættes 2027")?"""
    last = LAST_WORD.search(text, max(0, start - 30), start)
    return bool(last and cues.passive.fullmatch(last.group(1)))


def _is_verb(cues: TenseCues, text: str, cue: re.Match[str]) -> bool:
    """A past form after an article or preposition is an adjective: "med økte
    investeringer", "with increased funding" tell no tense."""
    before = LAST_WORD.search(text, max(0, cue.start() - 20), cue.start())
    return before is None or before.group(1).lower() not in cues.attributive


MORE_YEARS = re.compile(r"(?:\s*(?:,|[^\W\d_]{1,3})\s*(?:1[89]|20)\d\d(?!\d))+")


def _fronted(cues: TenseCues, text: str, end: int, right: int, weak: bool) -> bool | None:
    """A date opening its clause: the verb right after it tells ("I 2021 anbefalede …"),
    also after more years ("I 2021 og 2022 uddelte …"); a perfect auxiliary after a weak
    marker tells the past ("Bare i 2024 har selskapet bygd …"; not "Innen 2028 har alle
    kommunene vedtatt …", a goal), as does a past cue right after it, before any future
    cue it may hold ("In 2021 we committed to …")."""
    if more := MORE_YEARS.match(text, end):
        end = more.end()
    words = list(WORD.finditer(text, end, right))[: cues.fronted_words]
    if not words:
        return None
    if weak and cues.perfect.fullmatch(words[0].group()):
        return False
    past = cues.past.match(text, words[0].start())
    if weak and past is not None and _is_verb(cues, text, past):
        return False  # "In 2021 we committed to …": the date is the committing's, past
    verdict = _verdict(cues, text, end, words[-1].end())
    # a capitalised word is a noun or a name: "2029 Bygget tas i bruk" (the building)
    if verdict is None and any(
        w.group()[0].islower() and cues.fronted_past.fullmatch(w.group()) for w in words
    ):
        return False
    if verdict is None and cues.present.fullmatch(words[0].group()):
        return True  # "… og i 2025 legger vi fram en ny plan"
    return verdict


YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _after_earlier_date(text: str, left: int, start: int) -> int:
    """Where the words before a marker begin: after the last year before it in its clause."""
    years = list(YEAR.finditer(text, left, start))
    return years[-1].end() if years else left


CONJUNCT = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")


def _present_conjunct(cues: TenseCues, text: str, own: int, start: int) -> bool | None:
    """After the last "og" before the marker, a present verb of its own: "… i 2019 og
    revideres i 2025", "… i 2022 en plan og fremlægger i 2025", "…, og den evalueres",
    or one of the last two words before the marker, not after a count: "…, og en ny
    plan legges fram i 2025", "… and the roll-out begins in 2025", or a passive present
    anywhere in it: "…, og et lovforslag sendes på høring i 2025"."""
    joins = [w for w in WORD.finditer(text, own, start) if w.group().lower() in cues.and_words]
    conjunct = CONJUNCT.match(text, joins[-1].end(), start) if joins else None
    if conjunct is None:
        return None
    if (v2 := cues.verb_second_past.match(text, joins[-1].end())) and v2.end() <= start:
        return False  # a subject and a past verb of its own: "og landene indsendte … i 2024"
    first, second = conjunct.groups()
    verb = second if second and first.lower() in cues.subjects else first
    if cues.present.fullmatch(verb):
        return True
    tail = TAIL.search(text, joins[-1].end(), start)
    before = LAST_WORD.search(text, max(0, tail.start() - 20), tail.start()) if tail else None
    after_article = before is not None and before.group(1).lower() in cues.attributive
    verbs = [w for w in (tail.groups() if tail else ()) if w and w[0].islower()]  # not "Years"
    if not after_article and any(cues.present.fullmatch(w) for w in verbs):
        return True  # not "… and closed to applications on 19 July 2019"
    words = WORD.finditer(text, joins[-1].end(), start)
    return True if any(cues.passive.fullmatch(w.group()) for w in words) else None


TAIL = re.compile(r"(?<![\d\s])\s+([^\W\d_]+)(?:\s+([^\W\d_]{1,4}))?\s*$")


def _done(cues: TenseCues, text: str, left: int, start: int) -> bool:
    """A weak marker right after a subject and a past verb names a past point: "Politikerne
    i Omsorgsudvalget godkendte i marts 2025" (verb second)."""
    last = list(WORD.finditer(text, max(left, start - 60), start))[-2:]
    v2 = cues.verb_second_past.match(text, last[0].start()) if len(last) == 2 else None
    return v2 is not None and v2.end() == last[1].end()


def _participle(cues: TenseCues, text: str, own: int, start: int) -> bool | None:
    """A participle right before a weak marker tells the past ("The Fund opened in 2023"),
    after a present auxiliary it plans ahead ("the guidance is published in 2025"), as a
    label's participle does unless a past auxiliary comes first ("completion anticipated in
    winter 2022"; not "was expected in 2020", nor after a subject and a past verb, which
    `_done` has ruled out: "Letbaneselskabet forventede i 2020")."""
    words = [w.group().lower() for w in WORD.finditer(text, own, start)][-2:]
    if not words or not cues.participle.fullmatch(words[-1]):
        return None
    if cues.labels.fullmatch(words[-1]):  # "completion anticipated in winter 2022"
        return not (len(words) == 2 and cues.past.fullmatch(words[0]))  # "was expected in"
    return len(words) == 2 and words[0] in cues.present_aux


def _reference(cues: TenseCues, text: str, left: int, start: int) -> bool:
    """A reference word and its noun right before the marker ("efter evalueringen i
    2023"); with a verb among those words, or as the start of a future cue ("efter
    planen", as planned), it is no reference ("etter planen legges fram høsten 2024")."""
    ref = cues.reference.search(text, left, start)
    if ref is None or cues.future.match(text, ref.start()):  # "efter planen": as planned
        return False
    words = [w.group() for w in WORD.finditer(text, ref.start(), ref.end())][1:]
    return not any(cues.present.fullmatch(w) or cues.passive.fullmatch(w) for w in words)


def _scheduled(cues: TenseCues, text: str, own: int, start: int, day: bool) -> bool | None:
    """A bare date after a present verb ("som kommer våren 2026", "closes on 30 April")
    or in a clause with a passive present ("sendes forslaget på høring høsten 2025") is
    scheduled ahead; a day anywhere after a present verb of its clause ("Energistyrelsen
    afholder et informationsmøde den 9. september 2026": schedules are in the present)."""
    words = [w.group() for w in WORD.finditer(text, own, start)]
    last = len(words) - 1
    while last > 0 and len(words[last]) <= 3:  # "closes on", "kommer den"
        last -= 1
    if words and _present_verb(cues, words, last):
        return True
    if any(cues.passive.fullmatch(w) for w in words):
        return True
    return True if day and any(_present_verb(cues, words, i) for i in range(len(words))) else None


def _present_verb(cues: TenseCues, words: list[str], i: int) -> bool:
    """A lower-case word with a present ending, not after an article or preposition
    ("The statistics …" is a noun; a capitalised word is a name: "the House of Commons")."""
    word = words[i]
    after_article = i > 0 and words[i - 1].lower() in cues.attributive
    preposition = word.lower() in cues.attributive  # "efter", "under", "over"
    return (
        word[0].islower()
        and not (after_article or preposition)
        and bool(cues.present.fullmatch(word))
    )


WEEKDAY_COMMA = re.compile(r"([^\W\d_]+),\s*$")
COLON_AFTER = re.compile(r"[ \t]*[:|]")  # "June 2026: …", a table row "15. desember 2025 | …"
COLON_BEFORE = re.compile(r":[ \t]*$")
STOP_OR_BULLET = re.compile(r"[.!?]\s+|[•*·–-]")  # "… ungdomsboligerne. 4. kvartal 2026:"


def _schedule(cues: TenseCues, scopes: Scopes, start: int, end: int, listed: bool) -> bool | None:
    """A bare date in a schedule: opening a line or a sentence before a colon ("4. kvartal
    2026: Nedrivningen begynder", "June 2026: A consultation commences"), it is planned
    unless the words after the colon tell the past ("June 2020: Strategy published");
    after a label that plans ahead ("Forventet ibrugtagning: oktober 2027"), it is planned;
    `listed` under a schedule's heading, a line after its colon ("Tidsplan: December 2025:
    Byrådet har godkendt …") is judged as well."""
    text = scopes.text
    left = scopes.around(start, end)[0][0]
    # "Publisert: 2. februar 2026 | …": the date of a label, not a schedule line
    labelled = text[max(0, left - 1) : left] == ":" and not text[left:start].strip()
    # "Vedtak 16, 14. november 2024: …": after a comma (not a weekday's) it opens no line
    weekday = WEEKDAY_COMMA.search(text, max(0, left - 20), left)
    inner = text[max(0, left - 20) : left].rstrip().endswith(",") and not (
        weekday is not None and fold(weekday.group(1)) in cues.weekdays
    )
    colon = None if inner else COLON_AFTER.match(text, end)
    if colon is not None and (listed or not labelled):
        opening = STOP_OR_BULLET.split(text[left:start])[-1].lower().split()
        if all(w in cues.weekdays or w in cues.and_words for w in opening):
            after = scopes.around(colon.end() + 1, colon.end() + 1)[1][1]  # "… (gjennomført)"
            verdict = _verdict(cues, text, colon.end(), after)
            words = [w.group() for w in WORD.finditer(text, colon.end(), after)][:2]  # its verb
            past = any(w[0].islower() and cues.fronted_past.fullmatch(w) for w in words)
            past = past or any(cues.perfect.fullmatch(w) for w in words)  # "Byrådet har godkendt"
            return verdict if verdict is not None else not past
    if text[left:start].strip() == "" and COLON_BEFORE.search(text, max(0, left - 3), left + 1):
        label = scopes.around(left - 1, left - 1)[0][0]
        return True if cues.labels.search(text, label, left) else None
    return None


def plans_ahead(
    cues: TenseCues,
    scopes: Scopes,
    start: int,
    end: int,
    weak: bool,
    bare: bool = False,
    day: bool = False,
    listed: bool = False,
) -> bool:
    """Does the marker at [start, end) stand in a passage that plans ahead?

    The words before it in its clause decide first ("will be launched in 2025",
    "was published in 2018"), counted from the last earlier date of the clause:
    "vedtaget i 2019 og revideres i 2025" has a verb of its own for 2025. A clause
    opening with a subject and a past verb ("Utvalget leverte …") is past. For a
    marker that opens its clause, the verb after it ("By 2020, deaths had doubled",
    "I 2021 anbefalede …"), or a past verb and its subject right after a weak marker
    ("På konferencen i december 2016 forpligtede landene …"); then the rest of its clause.
    A weak marker ("in", "i") after a reference word ("since its launch in 2019", "efter
    evalueringen i 2023") or a perfect auxiliary ("har i 2024 afleveret") names a past
    point, and when nothing has decided yet, its sentence decides. A passage with no cue at all (an
    imperative action: "Launch a new board by November 2023") plans ahead. A `bare`
    date, with no marker before it ("legges fram høsten 2024", "will rotate on 16
    November 2027"), is judged as a weak marker is, a present verb right before it plans
    ahead ("som kommer våren 2026"), but it needs a cue: datelines, "last updated 3 June
    2024" and schedules without a verb are no deadlines, unless the date is `listed` under
    a schedule's heading ("Milepæler", "Key dates:"), where it plans ahead unless told past.
    """
    text = scopes.text
    (left, right), sentence = scopes.around(start, end)
    if (weekday := WEEKDAY_COMMA.search(text, max(0, left - 16), left)) and fold(
        weekday.group(1)
    ) in cues.weekdays:  # "will open on Thursday, January 9, 2025": one clause
        left = scopes.around(weekday.start(), weekday.start())[0][0]
    if bare and (scheduled := _schedule(cues, scopes, start, end, listed)) is not None:
        return scheduled
    weak = weak or bare
    if weak and (_reference(cues, text, left, start) or cues.perfect.search(text, left, start)):
        return False
    if weak and _done(cues, text, left, start):
        return False
    own = _after_earlier_date(text, left, start)
    participle = _participle(cues, text, own, start) if weak else None
    verdict = True if participle else _verdict(cues, text, own, start)
    if verdict is None and bare:
        conjunct = _present_conjunct(cues, text, own, start)  # "og familien søkte om …"
        verdict = False if conjunct is False else _scheduled(cues, text, own, start, day)
    if verdict is None and own == left and (v2 := cues.verb_second_past.match(text, left)):
        verdict = False if v2.end() <= start else None
    opening = text[own:start].strip().lower()
    fronted = all(w in cues.and_words or w in cues.weekdays for w in opening.split())
    if verdict is None and fronted:
        verdict = _fronted(cues, text, end, sentence[1], weak)
    if verdict is None and weak and (inverted := cues.inverted_past.match(text, end)):
        verdict = False if inverted["verb"][0].islower() else None
    if verdict is None:
        verdict = _present_conjunct(cues, text, own, start)
    if verdict is None:
        verdict = participle
    if verdict is None:
        verdict = _verdict(cues, text, end, right)
    if verdict is None and own > left:
        verdict = _verdict(cues, text, left, own)
    if verdict is None and not bare and (weak or fronted):
        verdict = _verdict(cues, text, *sentence)  # a bare date needs a cue of its own clause
    return (listed or not bare) if verdict is None else verdict


def tells_past(cues: TenseCues, scopes: Scopes, start: int, end: int) -> bool:
    """Does the clause around [start, end) tell the past ("Deaths rose every year from
    2013")? Not when a future cue follows ("har vedtatt et mål om at det fra 2027 kun skal
    selges …")."""
    text = scopes.text
    left, right = scopes.around(start, end)[0]
    verdict, after = _verdict(cues, text, left, start), _verdict(cues, text, end, right)
    if verdict is None:
        return after is False
    return verdict is False and after is not True
