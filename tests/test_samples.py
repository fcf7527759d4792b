"""End to end on samples/: extraction reproduces samples/<name>.yaml byte for byte, the
output validates with grounding, and a second run gives the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyparse.pipeline import extract_plan, render
from policyparse.validate import check_files

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))


@pytest.fixture(autouse=True)
def _at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # document.source.path is the path as given: samples/<name>.txt from the project root
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_output_is_reproduced(sample: Path) -> None:
    relative = sample.relative_to(ROOT).as_posix()
    first = render(extract_plan(relative))
    assert first == sample.with_suffix(".yaml").read_text(encoding="utf-8")
    assert render(extract_plan(relative)) == first


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_output_validates_with_grounding(sample: Path) -> None:
    result = check_files([sample.with_suffix(".yaml").relative_to(ROOT)])
    errors = [f for f in result.findings if f.severity == "error"]
    assert result.files and not errors, errors
