"""spaCy blank pipelines: the sentence-boundary traps of what-peers-get-wrong.md, lemmas
and the cue matcher (inflected and compound forms, false compounds)."""

from __future__ import annotations

import pytest

from policyparse import nlp


def split(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in nlp.sentences(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "mio. kr." never splits a sentence, in any language
        ("da", "Der blev afsat i alt 54,3 mio. kr. til at udbrede modellerne.", 1),
        ("no", "Det er satt av 54,3 mio. kr. til tiltaket i 2025.", 1),
        ("en", "Denmark set aside 54,3 mio. kr. for the models in 2016.", 1),
        # … but a sentence does end after "kr." when a capitalised word follows
        ("da", "Der er afsat i alt 103 mio. kr. Pakken består af 10 initiativer.", 2),
        # "nr." and "Prop." are no sentence ends
        ("en", "See Initiativ nr. 3 for the details of the programme.", 1),
        ("no", "Planen ble lagt fram i Prop. 15 S (2015–2016) for Stortinget.", 1),
        ("da", "Det gælder bl.a. Københavns Kommune og f.eks. Aarhus, jf. loven.", 1),
        # a year with a full stop ends the sentence before a capitalised word
        ("no", "Regjeringen trapper opp innsatsen i perioden 2016 – 2020. Flere skal få hjelp.", 2),
        ("da", "Projektet løber til og med 2019. Læs mere på hjemmesiden.", 2),
        # a day ordinal does not ("1. juli")
        ("da", "Loven træder i kraft den 1. juli 2024 i hele landet.", 1),
    ],
)
def test_sentence_boundaries(lang: str, text: str, expected: int) -> None:
    assert len(split(text, lang)) == expected, split(text, lang)


def test_sentence_spans_give_back_the_words() -> None:
    text = "Der er afsat i alt 103 mio. kr. frem til 2018. Pakken består af 10 initiativer."
    assert split(text, "da") == [
        "Der er afsat i alt 103 mio. kr. frem til 2018.",
        "Pakken består af 10 initiativer.",
    ]


@pytest.mark.parametrize(
    ("lang", "word", "lemma"),
    [("en", "outcomes", "outcome"), ("da", "initiativerne", "initiativ"), ("da", "målene", "mål")],
)
def test_lookup_lemmas(lang: str, word: str, lemma: str) -> None:
    assert nlp.lemmas(word, lang)[0] == (lemma, 0, len(word))


@pytest.mark.parametrize(
    ("lang", "text", "label"),
    [
        ("no", "Tiltakene", "initiatives"),  # no lemma table entry: the inflection ending hits
        ("no", "Hovedmålene", "aims"),  # compound head + ending
        ("da", "Indsatsområder", "priorities"),
        ("en", "Cross-Cutting Priorities", "priorities"),  # the longer cue wins over "priority"
        ("no", "Prioriterte innsatsområder og tiltak:", "initiatives"),  # tie → precedence
        ("da", "Stofmisbrugsbehandling", None),  # be-handling is no handling
        ("no", "Spørsmål og svar", None),  # spørs-mål is no mål
    ],
)
def test_cue_matcher(lang: str, text: str, label: str | None) -> None:
    matcher = nlp.cue_matcher(lang, "sections.roles")
    precedence = nlp.load_language(lang).get("sections.precedence")
    assert matcher.best(text, precedence) == label


def test_pipelines_are_cached() -> None:
    assert nlp.pipeline("da") is nlp.pipeline("da")
    assert nlp.pipeline("nb") is nlp.pipeline("no")
