"""`policyparse extract` through the CLI: outputs, formats, stdin, failures and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse import yamlio
from policyparse.cli import app

ROOT = Path(__file__).parent.parent.parent
NORWEGIAN = ROOT / "samples" / "no-opptrappingsplan-rus-2016.txt"
DANISH = ROOT / "samples" / "dk-stofmisbrugspakken.txt"
GERMAN = (
    "Nationaler Aktionsplan Drogen 2024-2028\n\n"
    "Die Bundesregierung stellt für die Umsetzung des Plans insgesamt 50 Millionen Euro "
    "bereit. Ziel ist es, die Zahl der Drogentoten deutlich zu senken.\n"
)
runner = CliRunner()


def test_one_document_to_stdout() -> None:
    result = runner.invoke(app, ["extract", str(NORWEGIAN)])
    assert result.exit_code == 0, result.stderr
    plan = yamlio.loads(result.stdout)
    assert plan["document"]["title"] == "Opptrappingsplanen for rusfeltet 2016 - 2020"
    assert plan["funding"][0]["amount"] == 2_400_000_000


def test_one_document_to_a_json_file(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    result = runner.invoke(app, ["extract", str(NORWEGIAN), "-o", str(out), "--format", "json"])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["document"]["language"] == "no"


def test_several_documents_to_a_folder(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(NORWEGIAN), str(DANISH), "-o", str(tmp_path / "out")]
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "dk-stofmisbrugspakken.yaml",
        "no-opptrappingsplan-rus-2016.yaml",
    ]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["extract", "-"], input=NORWEGIAN.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert yamlio.loads(result.stdout)["document"]["source"]["path"] == "<stdin>"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.txt", "b.txt"], "several documents need -o DIR"),
        (
            ["x/plan.txt", "y/plan.txt", "-o", "out"],
            "x/plan.txt and y/plan.txt would both be written to plan.yaml",
        ),
        (["no-such-plan.txt"], "no-such-plan.txt: no such file"),
        # a missing path without a suffix is still a path on the command line, never text
        (["no-such-plan"], "no-such-plan: no such file"),
    ],
)
def test_usage_errors_exit_2_in_one_line(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["extract", *args])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_failing_document_does_not_stop_the_others(tmp_path: Path) -> None:
    german = tmp_path / "aktionsplan.txt"
    german.write_text(GERMAN, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["extract", str(german), str(empty), str(NORWEGIAN), "-o", str(out)]
    )
    assert result.exit_code == 1
    lines = sorted(result.stderr.strip().splitlines())  # documents run in parallel
    assert len(lines) == 2
    assert "language 'de'" in lines[0] and "--lang" in lines[0]
    assert "empty.txt" in lines[1]
    assert sorted(p.name for p in out.iterdir()) == [
        "_failures.jsonl",  # the corpus run's list of failed documents
        "no-opptrappingsplan-rus-2016.yaml",
    ]


def test_lang_and_country_force(tmp_path: Path) -> None:
    german = tmp_path / "aktionsplan.txt"
    german.write_text(GERMAN, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(german), "--lang", "en", "--country", "de"])
    assert result.exit_code == 0, result.stderr
    document = yamlio.loads(result.stdout)["document"]
    assert (document["language"], document["country"]) == ("en", "DE")


def test_output_is_deterministic(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        runner.invoke(app, ["extract", str(DANISH), "-o", str(tmp_path / name)])
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes()
