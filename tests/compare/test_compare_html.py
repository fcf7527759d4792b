"""The HTML report in a real browser: headless Chromium (Debian package) loads the file
offline, and the DOM it builds has the tables and the chart. `.ci/run` installs it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from compare_plans import PLANS
from typer.testing import CliRunner

from policyparse.cli import app

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="chromium is not installed here (CI installs it: apt-get install chromium)",
)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "comparison.html"
    result = CliRunner().invoke(app, ["compare", str(PLANS), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_chromium_builds_the_tables_and_the_chart(page: Path, tmp_path: Path) -> None:
    dom = chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    for key in ("overview", "funding", "funding-items", "themes"):
        assert f'<table id="{key}">' in dom
    assert '<svg id="chart"' in dom and dom.count('class="bar"') == 19
    assert "£50m × 6 years (2021–2026)" in dom and "NOK 2.4bn" in dom


def test_chromium_screenshot_is_drawn(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "compare.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri())
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # an empty page is ~5 kB
