"""The notebook API: policyparse.extract(path_or_text, lang=None, country=None) -> Plan,
Plan.to_dict(), policyparse.load(yaml_path); errors are one-line PolicyparseErrors."""

from __future__ import annotations

from pathlib import Path

import pytest

import policyparse
from policyparse.errors import UnreadableDocument, UnsupportedLanguage
from policyparse.model import Plan

ROOT = Path(__file__).parent.parent
SAMPLE = ROOT / "samples" / "gb-sct-mental-health-delivery-plan-2023.txt"


def test_extract_a_path_and_load_the_expected_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    import policyparse.extractors  # the package must not shadow the function

    monkeypatch.chdir(ROOT)
    plan = policyparse.extract("samples/gb-sct-mental-health-delivery-plan-2023.txt")
    assert isinstance(plan, Plan)
    expected = policyparse.load(SAMPLE.with_suffix(".yaml"))
    assert plan.to_dict() == expected.to_dict()


def test_extract_text_with_forced_language_and_country() -> None:
    text = "Handlingsplan mod ensomhed 2023-2026\n\nDer er afsat i alt 100 mio. kr. til planen.\n"
    plan = policyparse.extract(text, lang="da", country="DK")
    assert plan.to_dict()["funding"][0]["amount"] == 100_000_000
    assert (plan.document.language, plan.document.country) == ("da", "DK")


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("\n\n", UnreadableDocument, "empty"),
        (
            "Nationaler Aktionsplan\n\nDie Bundesregierung stellt 50 Millionen Euro "
            "für die Umsetzung bereit.\n",
            UnsupportedLanguage,
            "language 'de'",
        ),
    ],
)
def test_errors_are_one_line(text: str, error: type[Exception], words: str) -> None:
    with pytest.raises(error) as caught:
        policyparse.extract(text)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def _readme_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.partition("<!-- section: extract -->")[2]
    return section.partition("<!-- /section: extract -->")[0]


def test_readme_python_example_is_real(monkeypatch: pytest.MonkeyPatch) -> None:
    import doctest
    import re

    monkeypatch.chdir(ROOT)
    (block,) = re.findall(r"```python\n(.*?)```", _readme_section(), re.S)
    test = doctest.DocTestParser().get_doctest(block, {}, "README extract", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0


def test_readme_console_example_is_real(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from policyparse.cli import app

    monkeypatch.chdir(ROOT)
    shown = _readme_section().split("```console\n$ policyparse extract samples/", 1)[1]
    shown = shown.split("\n", 1)[1].split("```", 1)[0]
    result = CliRunner().invoke(app, ["extract", "samples/no-opptrappingsplan-rus-2016.txt"])
    assert "funding:" + result.stdout.split("\nfunding:", 1)[1] == shown
