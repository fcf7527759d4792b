"""Grounding in `validate`: spans point into the normalised text and hold the item's words."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policyparse import yamlio
from policyparse.cli import app
from policyparse.readers import read
from policyparse.validate import check_files

SAMPLE = Path(__file__).parent.parent / "samples" / "no-opptrappingsplan-rus-2016.txt"
AIM = "Alle skal møte et tilgjengelig, variert og helhetlig tjenesteapparat"


def _span(text: str, words: str) -> dict[str, Any]:
    start = text.index(words)
    return {"start": start, "end": start + len(words), "page": None}


def make_plan(folder: Path, source: str = "doc.txt", **changes: Any) -> Path:
    """A valid plan over a copy of the Norwegian sample, written into `folder`."""
    doc_path = folder / "doc.txt"
    shutil.copyfile(SAMPLE, doc_path)
    doc = read(doc_path)
    plan: dict[str, Any] = {
        "schema_version": "1",
        "document": {
            "title": "Opptrappingsplanen for rusfeltet 2016 - 2020",
            "language": "no",
            "country": "NO",
            "source": {"path": source, "format": "text", "sha256": doc.sha256, "pages": None},
            "generator": "test",
        },
        "period": {"start": 2016, "end": 2020, "text": "2016 - 2020"},
        "aims": [{"id": "aim-1", "text": AIM, "source": _span(doc.text, AIM)}],
        "outcomes": [],
        "initiatives": [],
        "funding": [],
        "warnings": [],
    }
    plan["period"]["source"] = _span(doc.text, "2016 - 2020")
    plan["document"]["source"].update(changes.pop("source_meta", {}))
    for key, value in changes.items():
        plan[key] = value
    path = folder / "plan.yaml"
    yamlio.write(path, plan)
    return path


def codes(path: Path, source: Path | None = None) -> list[str]:
    return [f.code for f in check_files([path], source=source).findings]


def test_a_grounded_plan_is_valid(tmp_path: Path) -> None:
    assert codes(make_plan(tmp_path)) == []


def test_source_path_is_resolved_against_the_plan_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = make_plan(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert codes(plan) == []


def test_wrong_text_names_the_item_and_shows_both_strings(tmp_path: Path) -> None:
    doc = read(SAMPLE)
    span = _span(doc.text, AIM)
    aims = [{"id": "aim-7", "text": "Alle skal ha bolig", "source": span}]
    findings = check_files([make_plan(tmp_path, aims=aims)]).findings
    assert [f.code for f in findings] == ["PP306"]
    assert "aim 'aim-7'" in findings[0].message
    assert "'Alle skal ha bolig'" in findings[0].message
    assert repr(AIM) in findings[0].message


def test_whitespace_is_folded_before_comparing(tmp_path: Path) -> None:
    doc = read(SAMPLE)
    aims = [{"id": "aim-1", "text": AIM.replace(" ", "\n  "), "source": _span(doc.text, AIM)}]
    assert codes(make_plan(tmp_path, aims=aims)) == []


def test_a_span_past_the_end_of_the_text(tmp_path: Path) -> None:
    aims = [{"id": "aim-1", "text": AIM, "source": {"start": 10, "end": 999999}}]
    assert codes(make_plan(tmp_path, aims=aims)) == ["PP305"]


def test_a_changed_source_file_is_one_error_not_one_per_item(tmp_path: Path) -> None:
    plan = make_plan(tmp_path)
    with (tmp_path / "doc.txt").open("a", encoding="utf-8") as doc:
        doc.write("\nEn ny linje.\n")
    assert codes(plan) == ["PP303"]


def test_a_changed_normaliser_is_told_apart(tmp_path: Path) -> None:
    plan = make_plan(tmp_path, source_meta={"text_sha256": hashlib.sha256(b"old").hexdigest()})
    assert codes(plan) == ["PP304"]


def test_a_matching_text_sha256_passes(tmp_path: Path) -> None:
    text_sha = hashlib.sha256(read(SAMPLE).text.encode()).hexdigest()
    assert codes(make_plan(tmp_path, source_meta={"text_sha256": text_sha})) == []


def test_a_missing_source_is_a_note_and_the_plan_stays_valid(tmp_path: Path) -> None:
    result = check_files([make_plan(tmp_path, source="gone/doc.txt")])
    assert [f.code for f in result.findings] == ["PP301"]
    assert result.exit_code == 0


def test_an_unreadable_source_is_an_error(tmp_path: Path) -> None:
    plan = make_plan(tmp_path)
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"")
    assert codes(plan, source=junk) == ["PP302"]


@pytest.mark.parametrize(
    ("source", "exit_code", "says"),
    [
        ("doc.txt", 0, ""),
        ("other.txt", 1, "PP303"),
        ("missing.txt", 2, "no such source document"),
    ],
)
def test_validate_source_option(tmp_path: Path, source: str, exit_code: int, says: str) -> None:
    plan = make_plan(tmp_path)
    (tmp_path / "other.txt").write_text("Et annet dokument.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(plan), "--source", str(tmp_path / source)])
    assert result.exit_code == exit_code, result.output
    assert says in result.output
