"""`policyparse text` on every sample, through the CLI."""

from __future__ import annotations

import json
import re
import shlex
import zipfile
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


ROOT = Path(__file__).resolve().parent.parent.parent


def _readme_examples() -> list[tuple[str, str]]:
    """(command, shown output) of each `$ policyparse text …` in the README's text section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = readme.partition("<!-- section: text -->")[2].partition("<!-- /section: text -->")[0]
    found = []
    for block in re.findall(r"```console\n(.*?)```", readme, re.S):
        for part in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = part.partition("\n")
            if command.startswith("policyparse text"):
                found.append((command, output))
    return found


def _make_bad_files(folder: Path) -> None:
    (folder / "notes.odt").write_bytes(b"x")
    with zipfile.ZipFile(folder / "bundle.zip", "w") as archive:
        archive.writestr("a.txt", "x")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "samples").symlink_to(ROOT / "samples")


@pytest.mark.parametrize(("command", "shown"), _readme_examples())
def test_readme_examples_show_real_output(
    command: str, shown: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_bad_files(tmp_path)
    monkeypatch.chdir(tmp_path)
    words, _, pipe = command.partition(" | ")
    result = runner.invoke(app, shlex.split(words)[1:])
    lines = (result.stdout or result.output).splitlines()
    if pipe.startswith("head -"):
        lines = lines[: int(pipe.removeprefix("head -"))]
    elif pipe.startswith("sed -n"):
        first, last = map(int, re.findall(r"\d+", pipe))
        lines = lines[first - 1 : last]
    expected = shown.splitlines()
    assert len(lines) == len(expected)
    for line, want in zip(lines, expected, strict=True):
        assert line.startswith(want[:-1]) if want.endswith("…") else line == want
