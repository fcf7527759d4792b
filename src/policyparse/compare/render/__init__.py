"""Comparison → text in one of five formats. Each renderer takes the comparison's dict
(the JSON form) and returns the whole output as one string."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

# format name -> "module:function", imported on first use
RENDERERS: dict[str, str] = {
    "table": "policyparse.compare.render.table:render",
    "markdown": "policyparse.compare.render.markdown:render",
    "csv": "policyparse.compare.render.tidy_csv:render",
    "json": "policyparse.compare.render.json_out:render",
    "html": "policyparse.compare.render.html:render",
}
FORMATS = tuple(RENDERERS)


def renderer(name: str) -> Callable[[dict[str, Any]], str]:
    module, _, func = RENDERERS[name].partition(":")
    fn: Callable[[dict[str, Any]], str] = getattr(importlib.import_module(module), func)
    return fn


def render(data: dict[str, Any], fmt: str) -> str:
    """`data` is `Comparison.to_dict()`; `fmt` one of `FORMATS`."""
    return renderer(fmt)(data)
