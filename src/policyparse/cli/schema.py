"""`policyparse schema`: print the plan JSON Schema, byte for byte."""

from __future__ import annotations

import sys

from policyparse.cli import app


@app.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) that plan YAML files follow.

    The output is the packaged file itself, so other tools can use it, e.g.
    `check-jsonschema --schemafile`.

    Example:
        policyparse schema > policyparse-plan-1.schema.json
    """
    from policyparse.schema import schema_bytes

    sys.stdout.flush()
    sys.stdout.buffer.write(schema_bytes())
    sys.stdout.buffer.flush()
