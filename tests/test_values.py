"""Value grammars: language data shape, number parsing, the public API contract."""

from __future__ import annotations

import dataclasses
import doctest
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policyparse.lang import SUPPORTED, _read_yaml, load_language
from policyparse.values import DueDate, Money, Period, find_due_dates, find_money, find_periods
from policyparse.values.numbers import parse_number

SECTIONS = ("numbers", "money", "dates")


def _own_keys(section: str) -> dict[str, set[str]]:
    return {code: set(_read_yaml(f"{code}.yaml")[section]) for code in SUPPORTED}


@pytest.mark.parametrize("section", SECTIONS)
def test_every_language_file_has_the_same_keys(section: str) -> None:
    keys = _own_keys(section)
    first = keys[SUPPORTED[0]]
    assert first, f"{section} is empty"
    assert all(k == first for k in keys.values()), keys
    assert not first & set(_read_yaml("base.yaml")[section]), "a key is both base and language"


@pytest.mark.parametrize("code", SUPPORTED)
def test_word_lists_hold_strings_only(code: str) -> None:
    """YAML 1.1 reads bare `no`/`on` as booleans: every word must stay a string."""
    data = load_language(code).data
    for section in SECTIONS:
        for key, value in data[section].items():
            if not isinstance(value, (list, dict)):
                continue  # a number or a code
            words = value if isinstance(value, list) else list(value)
            assert all(isinstance(w, str) for w in words), (section, key)
            if key not in ("group_separators", "dashes"):  # these may be spaces
                assert all(w.strip() == w for w in words), (section, key)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("54,3", "da", 54.3),
        ("54,3 mio.", "da", 54_300_000),
        ("2.400.000", "da", 2_400_000),
        ("300 000", "no", 300_000),
        ("300\u00a0000", "no", 300_000),
        ("1,500", "en", 1500),
        ("1,500.5", "en", 1500.5),
        ("1.5bn", "en", 1_500_000_000),
        ("2,4 milliarder", "no", 2_400_000_000),
        ("to milliarder", "no", 2_000_000_000),
        ("tre mia.", "da", 3_000_000_000),
        ("halvanden milliard", "da", 1_500_000_000),
        ("en halv milliard", "da", 500_000_000),
        ("halvannen milliard", "nb", 1_500_000_000),
        ("two and a half billion", "en", 2_500_000_000),
        ("10.1.2", "en", None),
        ("54,3", "en", None),
    ],
)
def test_parse_number(text: str, lang: str, value: float | None) -> None:
    assert parse_number(text, lang) == value


def test_contract_examples() -> None:
    """The four examples of canonical-schema.md, verbatim."""
    assert find_money("Der er afsat i alt 103 mio. kr. frem til 2018.", lang="da") == [
        Money(103000000, "DKK", "total", False, (19, 31), "103 mio. kr.")
    ]
    money = find_money("Regjeringen trapper opp innsatsen med 2,4 milliarder.", lang="no")
    assert [(m.amount, m.currency, m.latent, m.span) for m in money] == [
        (2400000000, "NOK", True, (38, 52))
    ]
    periods = find_periods("over the lifetime of this Parliament (2021 to 2026)", lang="en")
    assert [(p.start, p.end, p.span) for p in periods] == [(2021, 2026, (38, 50))]
    due = find_due_dates("Launch a new Strategic Board by November 2023.", lang="en")
    assert [(d.date, d.span) for d in due] == [("2023-11", (29, 45))]


@pytest.mark.parametrize(
    ("country", "currency"),
    [(None, "DKK"), ("DK", "DKK"), ("NO", "NOK"), ("no", "NOK"), ("SE", "SEK"), ("GB-SCT", "DKK")],
)
def test_kroner_follow_the_country_then_the_language(country: str | None, currency: str) -> None:
    (money,) = find_money("Der er afsat 5 mio. kr. til indsatsen.", "da", country)
    assert money.currency == currency


@pytest.mark.parametrize(
    ("country", "currency"), [(None, None), ("GB-SCT", "GBP"), ("IE", "EUR"), ("FI", "EUR")]
)
def test_a_bare_english_amount_takes_the_country_currency(
    country: str | None, currency: str | None
) -> None:
    (money,) = find_money("We will invest 1.2 billion in housing.", "en", country)
    assert (money.currency, money.latent) == (currency, True)


@pytest.mark.parametrize("code", ["nb", "nn", "NO", " no "])
def test_norwegian_codes(code: str) -> None:
    assert find_money("Det er bevilget 20 mill. kroner.", code)[0].currency == "NOK"
    assert find_periods("Planen gjelder 2016 til 2020.", code)[0].start == 2016


def test_results_are_frozen_and_in_text_order() -> None:
    text = "Vi afsætter 5 mio. kr. i 2024, 7 mio. kr. i 2025 og 9 mio. kr. frem til 2030."
    money = find_money(text, "da")
    assert [m.span for m in money] == sorted(m.span for m in money)
    with pytest.raises(dataclasses.FrozenInstanceError):
        money[0].amount = 1  # type: ignore[misc]
    assert isinstance(find_periods(text, "da")[0], Period)
    assert find_due_dates("by 2025", "en") == [DueDate("2025", (0, 7), "by 2025")]


def test_unsupported_language_is_a_usage_error() -> None:
    from policyparse.errors import UsageError

    with pytest.raises(UsageError):
        find_money("£5 million", "de")


def test_data_has_no_language_branches_in_code() -> None:
    """Adding Swedish must mean a data file: no code compares language codes."""
    from importlib import resources

    modules = ("numbers.py", "money.py", "money_grammar.py", "money_rates.py", "money_scan.py")
    modules += ("periods.py", "due.py", "tense.py", "tense_cues.py")
    for name in (*modules, "__init__.py"):
        source = resources.files("policyparse.values").joinpath(name).read_text("utf-8")
        assert not re.search(r"""(==|!=|\bin)\s*\(?\s*["'](en|da|no|nb|nn)["']""", source), name


@pytest.mark.parametrize(
    ("text", "lang", "country", "want"),
    [
        ("The programme received 54,3 mio. kr. from the state.", "en", None, (54_300_000, "DKK")),
        ("Denmark has set aside 2,1 mia. DKK for psychiatry.", "en", None, (2_100_000_000, "DKK")),
        ("Norway gave 500 mill. kr to the fund.", "en", "NO", (500_000_000, "NOK")),
        ("Norway gave 500 mill. kr to the fund.", "en", None, (500_000_000, None)),
        ("Denmark sets aside 3,4 mia. kr. for dementia care.", "en", None, (3_400_000_000, "DKK")),
        ("Oslo has allocated NOK 250 mill. to the new shelter.", "en", None, (250_000_000, "NOK")),
        ("Danmark bruker 1,5 mio. kroner på forsøket.", "no", None, (1_500_000, "DKK")),
        ("Storbritannia gir 2 billion pounds.", "no", None, (2_000_000_000, "GBP")),
    ],
)
def test_another_languages_money_words_are_read_with_its_grammar(
    text: str, lang: str, country: str | None, want: tuple[int, str | None]
) -> None:
    """Unambiguous foreign amounts count; languages that disagree on the krone leave it open
    unless one's own mark is written ("mia." is Danish)."""
    assert [(m.amount, m.currency, m.latent) for m in find_money(text, lang, country)] == [
        (*want, False)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "basis"),
    [
        ("The average weekly cost per bed is £1,850.", "en", ["other"]),
        ("Schools receive £50 per pupil and £2 million for buildings.", "en", ["other", "total"]),
        ("The annual cost of the service is £350,000.", "en", ["per_year"]),
        ("Tilskuddet pr. barn udgør 1.500 kr.", "da", ["other"]),
        (
            "Satsen per deltaker er 2 000 kroner, og rammen er 40 millioner kroner.",
            "no",
            ["other", "total"],
        ),
    ],
)
def test_a_rate_written_before_the_amount(text: str, lang: str, basis: list[str]) -> None:
    assert [m.basis for m in find_money(text, lang)] == basis


def test_readme_values_examples_show_real_output() -> None:
    """The README's `values` section runs as a doctest: its output is the real one."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- section: values -->")[1].split("<!-- /section: values -->")[0]
    block = section.split("```pycon\n")[1].split("```")[0]
    test = doctest.DocTestParser().get_doctest(block, {}, "README values", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0


# pieces of money, period and due-date expressions, and their traps, to shuffle
TOKEN_LINE = (
    "2,4 54,3 2.400.000 300\u00a0000 1,500 1.5 2021 2016 2023/24 2015-16 – - / £ € $ kr. kr "
    "DKK NOK MNOK mio. mia. mill. milliarder million bn m to tre halvanden en halv and og "
    "til frem fra by inden senest innen i in November juli 1. kvartal spring per year årligt "
    "om året afsat bevilget funding nordmenn plasser Prop. 15 S ( ) § . ,"
)
TOKENS = TOKEN_LINE.split(" ")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(TOKENS), max_size=30).map(" ".join),
    st.sampled_from(["en", "da", "no", "nn"]),
)
def test_any_text_gives_well_formed_values(text: str, lang: str) -> None:
    """No text makes a grammar fail; spans give back the words, in order; values are sane."""
    for finder in (find_money, find_periods, find_due_dates):
        items = finder(text, lang)
        assert [i.span for i in items] == sorted(i.span for i in items)
        for item in items:
            start, end = item.span
            assert 0 <= start < end <= len(text) and text[start:end] == item.text
    for money in find_money(text, lang):
        assert money.amount > 0 and money.basis in ("total", "per_year", "other")
    for period in find_periods(text, lang):
        assert period.start is not None or period.end is not None
        assert period.start is None or period.end is None or period.start <= period.end
    for due in find_due_dates(text, lang):
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", due.date)


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize(
    ("name", "lang", "money", "periods", "due"),
    [
        (
            "dk-initiativer-stofmisbrug.txt",
            "da",
            [(103000000, "DKK"), (54300000, "DKK")],
            [(None, 2018), (2017, 2019), (None, 2019)],
            [],
        ),
        ("dk-stofmisbrugspakken.txt", "da", [(103000000, "DKK")], [], []),
        (
            "gb-sct-mental-health-delivery-plan-2023.txt",
            "en",
            [],
            [(2023, 2025), (2023, 2025), (2024, None), (2023, 2024)],
            ["2024", "2023-11", "2024-04"],
        ),
        (
            "gb-sct-national-drugs-mission-plan-2022.txt",
            "en",
            [(50000000, "GBP")],
            [(2022, 2026), (2021, 2026)],
            [],
        ),
        (
            "no-opptrappingsplan-rus-2016.txt",
            "no",
            [(2400000000, "NOK")],
            [(2016, 2020)] * 5,
            [],
        ),
    ],
)
def test_whole_sample_documents(
    name: str,
    lang: str,
    money: list[tuple[int, str]],
    periods: list[tuple[int | None, int | None]],
    due: list[str],
) -> None:
    """The grammars also run over a whole document, with the samples' known values."""
    text = (SAMPLES / name).read_text(encoding="utf-8")
    assert [(m.amount, m.currency) for m in find_money(text, lang)] == money
    assert [(p.start, p.end) for p in find_periods(text, lang)] == periods
    assert [d.date for d in find_due_dates(text, lang)] == due


def test_a_bare_amount_needs_its_own_sentence_to_speak_of_money() -> None:
    """In a longer text, a funding word in another sentence does not make an amount money."""
    text = "Regjeringen trapper opp innsatsen med 2,4 milliarder. Og 1,2 millioner i alt er med."
    assert [m.text for m in find_money(text, "no")] == ["2,4 milliarder"]


def test_a_new_language_is_data_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swedish from a data file alone: the Danish data with Swedish words, no code change."""
    import copy

    from policyparse import lang as lang_module
    from policyparse.values import due, money_grammar, numbers, periods, tense_cues

    data = copy.deepcopy(load_language("da").data)
    data["numbers"]["scales"].update({"miljoner": 1_000_000, "miljarder": 1_000_000_000})
    data["money"]["krone_words"] = ["kronor", "kr", "kr."]
    data["money"]["default_currency"] = "SEK"
    data["money"]["funding_words"] = ["satsa*", "anslag*"]
    data["money"]["latent_followers"] = ["i", "till", "på", "för", "och", "senast"]
    data["dates"]["months"]["oktober"] = 10
    data["dates"]["due_markers"] = ["senast", "före"]
    swedish = lang_module.LanguageData("sv", data)
    for module in (numbers, money_grammar, periods, tense_cues):
        monkeypatch.setattr(module, "load_language", lambda code: swedish)
    grammars = (numbers.number_grammar, money_grammar.money_grammar, periods.date_words)
    grammars += (periods.period_grammar, due.due_grammar, tense_cues.tense_cues)
    try:
        text = "Regeringen satsar 2,5 miljarder kronor och 300 miljoner senast i oktober 2025."
        assert [(m.amount, m.currency) for m in find_money(text, "sv")] == [
            (2_500_000_000, "SEK"),
            (300_000_000, "SEK"),
        ]
        assert [d.date for d in find_due_dates(text, "sv")] == ["2025-10"]
    finally:
        for grammar in grammars:
            grammar.cache_clear()
