"""Theme tagging on lemmas in three languages, and user codebooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse.compare.themes import LANGUAGES, InvalidTaxonomy, Tagger, load_codebook

TAGGER = Tagger(load_codebook())

TAGGED = [
    ("en", "Overdoses are prevented from becoming fatal", "harm_reduction"),
    ("en", "Fewer people develop problem drug use", "prevention"),
    ("en", "Residential rehabilitation is available for all those who will benefit", "treatment"),
    ("en", "Family members are supported to achieve their own recovery", "recovery"),
    ("en", "Family members are supported to achieve their own recovery", "families_children"),
    ("en", "Effective pathways between justice and community services are established", "justice"),
    ("en", "Lived Experience at the Heart", "user_involvement"),
    ("en", "Tackle Stigma", "stigma"),
    ("en", "Resilient and Skilled Workforce", "workforce"),
    ("en", "Surveillance and Data Informed", "data_research"),
    ("da", "Udbredelse af behandlingsmodeller til unge", "treatment"),  # compound
    ("da", "Udbredelse af behandlingsmodeller til unge", "families_children"),
    ("da", "Udvikling og afprøvning af efterbehandlingsmetoder", "recovery"),
    ("da", "Opsøgende indsats til de allermest udsatte stofmisbrugere", "outreach_access"),
    ("da", "Større kvalitet i stofmisbrugsdatabasen", "data_research"),
    ("da", "Kommunal opfølgning", "municipalities_local"),
    ("da", "tilbud til børn i familier med misbrug", "families_children"),  # lemma børn → barn
    ("no", "Bidra til at flere rusavhengige får et egnet sted å bo", "housing"),
    (
        "no",
        "Øke antall tiltaksplasser for de med nedsatt arbeidsevne med 500 plasser",
        "employment_activity",
    ),
    ("no", "Utvikle og øke bruken av alternative straffereaksjoner", "justice"),
    ("no", "Økt kompetanse om rus- og avhengighetsproblematikk i alle sektorer", "workforce"),
    ("no", "Å sikre reell brukerinnflytelse gjennom fritt behandlingsvalg", "user_involvement"),
]


@pytest.mark.parametrize(("lang", "text", "theme"), TAGGED)
def test_items_are_tagged_with_their_themes(lang: str, text: str, theme: str) -> None:
    assert theme in TAGGER.tag(text, lang)


NOT_TAGGED = [
    ("en", "Work with the survivors to lead on future service design", "employment_activity"),
    ("da", "Pakken består af 10 konkrete initiativer", "treatment"),
    ("no", "Det skal utvikles og i større grad tas i bruk", "housing"),
]


@pytest.mark.parametrize(("lang", "text", "theme"), NOT_TAGGED)
def test_words_that_only_look_like_a_theme_do_not_tag(lang: str, text: str, theme: str) -> None:
    assert theme not in TAGGER.tag(text, lang)


def test_every_shipped_theme_has_terms_and_a_label_in_every_language() -> None:
    codebook = load_codebook()
    assert len(codebook.themes) >= 14
    for theme in codebook.themes:
        assert all(theme.terms.get(lang) for lang in LANGUAGES), theme.id
        assert all(theme.labels.get(lang) for lang in LANGUAGES), theme.id


def test_tagger_takes_another_lemmatizer() -> None:
    def upper_lemmas(text: str, lang: str) -> list[tuple[str, str]]:
        return [(w, "treatment") for w in text.split()]  # everything lemmatises to one word

    assert "treatment" in Tagger(load_codebook(), upper_lemmas).tag("xyz", "en")


USER_CODEBOOK = """\
# Source: a test
themes:
  naloxone:
    label: {en: Naloxone}
    terms:
      en: ["naloxone", "take-home kit*"]
      "no": ["nalokson*"]
"""


def test_user_taxonomy_replaces_the_shipped_one(tmp_path: Path) -> None:
    path = tmp_path / "themes.yaml"
    path.write_text(USER_CODEBOOK, "utf-8")
    tagger = Tagger(load_codebook(path))
    assert tagger.codebook.ids() == ["naloxone"]
    assert tagger.tag("Take-home kits for everyone", "en") == ["naloxone"]
    assert tagger.tag("Utdeling av nalokson", "no") == ["naloxone"]


BAD_CODEBOOKS = [
    ("themes: {}\n", "themes: {} should be non-empty"),
    ("themes:\n  Bad-Id:\n    label: {en: x}\n    terms: {en: [x]}\n", "does not match"),
    ("themes:\n  a:\n    label: {da: x}\n    terms: {en: [x]}\n", "'en' is a required property"),
    ("themes:\n  a:\n    label: {en: x}\n    terms: {sv: [x]}\n", "themes.a.terms"),
    ("themes:\n  a:\n    label: {en: x}\n    terms: {en: x}\n", "is not of type 'array'"),
    ("themes:\n  a:\n    label: {en: x}\n    words: {en: [x]}\n", "themes.a"),
    ("[not, a, codebook\n", "not valid YAML"),
]


@pytest.mark.parametrize(("text", "message"), BAD_CODEBOOKS)
def test_bad_taxonomy_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(text, "utf-8")
    with pytest.raises(InvalidTaxonomy, match=message) as info:
        load_codebook(path)
    assert str(info.value).startswith(str(path)) and "\n" not in str(info.value)


MORE = [
    ("en", "reduce drug deaths and improve the lives of those impacted by drugs", "harm_reduction"),
    ("en", "Quality of life is improved by addressing multiple disadvantages", "coordination"),
    ("no", "Alle skal ha en aktiv og meningsfylt tilværelse", "employment_activity"),
]


@pytest.mark.parametrize(("lang", "text", "theme"), MORE)
def test_sample_aims_and_outcomes_find_their_theme(lang: str, text: str, theme: str) -> None:
    assert theme in TAGGER.tag(text, lang)


def test_respecting_needs_is_not_about_stigma() -> None:
    text = "Support is available in a timely way that meets and respects individual needs."
    assert "stigma" not in TAGGER.tag(text, "en")
