"""Registers every command module with the app (one import line per command)."""

from __future__ import annotations

from policyparse.cli import (
    compare,  # noqa: F401
    detect,  # noqa: F401
    extract,  # noqa: F401
    schema,  # noqa: F401
    text,  # noqa: F401
    validate,  # noqa: F401
)
