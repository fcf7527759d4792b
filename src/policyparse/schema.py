"""The plan JSON Schema: one file, `schemas/policyparse-plan-1.schema.json`.

The wheel carries it as `policyparse/schemas/…` (hatch force-include); a source or
editable checkout reads the repository's `schemas/` folder. jsonschema is imported
only when a validator is needed, so `policyparse --help` stays fast.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

SCHEMA_FILE = "policyparse-plan-1.schema.json"
_PACKAGED = Path(__file__).parent / "schemas" / SCHEMA_FILE
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "schemas" / SCHEMA_FILE


def schema_path() -> Path:
    """Where the schema file is: inside the installed package, else the source tree."""
    return _PACKAGED if _PACKAGED.is_file() else _SOURCE_TREE


@functools.cache
def schema_bytes() -> bytes:
    """The schema file's exact bytes (what `policyparse schema` prints)."""
    return schema_path().read_bytes()


@functools.cache
def load_schema() -> dict[str, Any]:
    """The schema as a dict."""
    schema = json.loads(schema_bytes())
    assert isinstance(schema, dict)
    return schema


@functools.cache
def validator() -> Any:
    """A draft 2020-12 `jsonschema` validator for plan data (built once)."""
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema())


# ------------------------------------------------ schema errors in plain English

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "object": "a mapping",
    "array": "a list",
    "null": "null",
    "boolean": "true or false",
}


def _shown(value: Any) -> str:
    """A short description of a YAML value for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _flatten(error: Any) -> list[Any]:
    """Replace `anyOf [X, null]` errors by X's own errors, which say what is wrong."""
    if error.validator in ("anyOf", "oneOf") and error.instance is not None:
        inner = [c for c in error.context if c.validator_value != "null"]
        if inner:
            return [leaf for child in inner for leaf in _flatten(child)]
    return [error]


def _message(error: Any) -> tuple[tuple[str | int, ...], str]:
    """(path of the field the message is about, plain-English message)."""
    path = tuple(error.absolute_path)
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "type":
        wanted = [expected] if isinstance(expected, str) else expected
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted)
        return path, f"must be {words}, not {_shown(value)}"
    if kind == "required":
        name = error.message.split("'")[1] if error.message.count("'") >= 2 else "?"
        return (*path, name), "required field is missing"
    if kind == "enum":
        options = ", ".join("null" if o is None else str(o) for o in expected)
        return path, f"must be one of {options}; got {_shown(value)}"
    if kind == "const":
        return path, f"must be {expected!r}; got {_shown(value)}"
    if kind == "pattern":
        return path, f"{_shown(value)} is not valid here: {error.schema.get('description', '')}"
    if kind in ("minimum", "maximum"):
        word = "at least" if kind == "minimum" else "at most"
        return path, f"must be {word} {expected}; got {_shown(value)}"
    if kind == "minLength":
        return path, "must not be empty"
    return path, str(error.message)


def explain(data: Any) -> list[tuple[tuple[str | int, ...], str]]:
    """Every schema violation in `data` as (field path, plain-English message), in
    document order; unknown fields are reported one by one at their own key."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    for error in validator().iter_errors(data):
        for leaf in _flatten(error):
            if leaf.validator == "additionalProperties" and isinstance(leaf.instance, dict):
                allowed = list(leaf.schema.get("properties", {}))
                base = tuple(leaf.absolute_path)
                for key in leaf.instance:
                    if key not in allowed:
                        message = f"unknown field {key!r} (expected one of: {', '.join(allowed)})"
                        found.append(((*base, key), message))
            else:
                found.append(_message(leaf))
    return found
