"""JSON for programs: `Comparison.to_dict()` as is, described by
`schemas/policyparse-compare-1.schema.json`."""

from __future__ import annotations

import json
from typing import Any


def render(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
