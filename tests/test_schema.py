"""The plan JSON Schema: valid 2020-12, documented, in step with the model."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from policyparse import model, schema
from policyparse.cli import app


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(schema.load_schema())
    assert schema.load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema.load_schema()["$id"].endswith("/policyparse-plan-1.schema.json")


def _properties(node: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            found.append((f"{where}.{name}", sub))
        for key, sub in node.items():
            found += _properties(sub, f"{where}.{key}")
    elif isinstance(node, list):
        for index, sub in enumerate(node):
            found += _properties(sub, f"{where}[{index}]")
    return found


def test_every_field_has_a_title_and_a_description() -> None:
    fields = _properties(schema.load_schema())
    assert len(fields) > 50
    assert [where for where, sub in fields if not {"title", "description"} <= set(sub)] == []
    assert all("description" in d for d in schema.load_schema()["$defs"].values())


def _object(name: str) -> dict[str, Any]:
    root = schema.load_schema()
    defs = root["$defs"]
    if name == "plan":
        return root
    if name in ("document", "document.source"):
        node = root["properties"]["document"]
        return node["properties"]["source"] if name == "document.source" else node
    return defs[name]


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (model.Plan, "plan"),
        (model.DocumentInfo, "document"),
        (model.SourceInfo, "document.source"),
        (model.Period, "period"),
        (model.Due, "due"),
        (model.Source, "source"),
        (model.Aim, "aim"),
        (model.Outcome, "outcome"),
        (model.Initiative, "initiative"),
        (model.Priority, "priority"),
        (model.Funding, "funding"),
    ],
)
def test_model_field_order_and_required_fields_match_schema(cls: type, name: str) -> None:
    node = _object(name)
    names = [f.name for f in dataclasses.fields(cls)]
    assert names == list(node["properties"])
    assert node["additionalProperties"] is False
    always_written = [
        f.name
        for f in dataclasses.fields(cls)
        if not f.metadata.get("optional") and not (cls is model.Source and f.name == "page")
    ]
    assert sorted(node["required"]) == sorted(always_written)


def test_schema_command_prints_the_file_byte_for_byte() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout_bytes == schema.schema_path().read_bytes()
    assert json.loads(result.stdout_bytes) == schema.load_schema()


@pytest.mark.parametrize(
    ("patch", "path", "words"),
    [
        ({"schema_version": 1}, ("schema_version",), "must be '1'"),
        ({"warnings": "x"}, ("warnings",), "must be a list, not 'x'"),
        (
            {
                "period": {
                    "start": 2016,
                    "end": "2020",
                    "text": "x",
                    "source": {"start": 0, "end": 1},
                }
            },
            ("period", "end"),
            "must be a whole number or null, not '2020'",
        ),
        ({"period": {"start": 2016, "end": 2020, "text": "x"}}, ("period", "source"), "missing"),
        ({"extra": 1}, ("extra",), "unknown field 'extra'"),
        (
            {"aims": [{"id": "a", "text": "", "source": {"start": 0, "end": 1}}]},
            ("aims", 0, "text"),
            "must not be empty",
        ),
    ],
)
def test_schema_errors_are_plain_english(
    patch: dict[str, Any], path: tuple[str | int, ...], words: str
) -> None:
    data: dict[str, Any] = {
        "schema_version": "1",
        "document": {
            "title": "T",
            "language": "en",
            "country": None,
            "source": {"path": "x", "format": "text", "sha256": "0" * 64, "pages": None},
            "generator": "g",
        },
        "period": None,
        "aims": [],
        "outcomes": [],
        "initiatives": [],
        "funding": [],
        "warnings": [],
    }
    data.update(patch)
    found = schema.explain(data)
    assert [p for p, _ in found] == [path]
    assert words in found[0][1]
