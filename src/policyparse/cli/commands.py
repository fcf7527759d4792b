"""Registers every command module with the app (one import line per command)."""

from __future__ import annotations

from policyparse.cli import schema  # noqa: F401
