"""The shipped data tables of `compare` (rates, themes), or a user's replacement."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from policyparse.errors import MissingPath


def data_text(shipped: str, path: str | Path | None, what: str) -> tuple[str, str]:
    """(text, name for messages) of `data/<shipped>`, or of the user's file at `path`."""
    if path is None:
        text = resources.files("policyparse.data").joinpath(shipped).read_text("utf-8")
        return text, f"{shipped} (shipped)"
    file = Path(path)
    if not file.is_file():
        raise MissingPath(f"{file}: {what} file not found")
    return file.read_text("utf-8"), str(file)
