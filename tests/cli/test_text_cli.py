"""`policyparse text` on every sample, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse.cli import app
from policyparse.readers import read

SAMPLES = sorted((Path(__file__).parent.parent.parent / "samples").glob("*.txt"))
runner = CliRunner()


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_text_prints_the_normalised_text(sample: Path) -> None:
    result = runner.invoke(app, ["text", str(sample)])
    assert result.exit_code == 0
    assert result.stdout == read(sample).text + "\n"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_blocks_one_line_each(sample: Path) -> None:
    doc = read(sample)
    lines = runner.invoke(app, ["text", str(sample), "--blocks"]).stdout.splitlines()
    assert len(lines) == len(doc.blocks)
    first = doc.blocks[0]
    assert lines[0].split()[:4] == ["heading", "1", "p-", f"{first.start}-{first.end}"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_json(sample: Path) -> None:
    data = json.loads(runner.invoke(app, ["text", str(sample), "--format", "json"]).stdout)
    assert data["format"] in ("text", "markdown")
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]] == block["text"]


def test_blocks_show_markers_and_cells() -> None:
    sample = next(p for p in SAMPLES if p.name.startswith("gb-sct-national"))
    out = runner.invoke(app, ["text", str(sample), "-b"]).stdout
    assert "list_item   0 p-" in out and "\t- Fewer people develop problem drug use" in out
    assert "[t0 r1 c2] 02 Risk is reduced" in out
