"""Shared fixtures: the hand-written example plan and a file writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from policyparse import yamlio

DATA = Path(__file__).parent / "data"
EXAMPLE_PLAN = DATA / "plans" / "no-opptrappingsplan-rus-2016.yaml"

WritePlan = Callable[..., Path]


@pytest.fixture
def plan_data() -> dict[str, Any]:
    """A fresh, valid plan dict (the Norwegian example) to change in a test."""
    data = yamlio.load_file(EXAMPLE_PLAN)
    assert isinstance(data, dict)
    return data


@pytest.fixture
def write_plan(tmp_path: Path) -> WritePlan:
    """`write_plan(data_or_text, name="plan.yaml")` → path of the written file."""

    def write(content: dict[str, Any] | str | bytes, name: str = "plan.yaml") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, dict):
            content = yamlio.dumps(content)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    return write
