"""Plan files for `compare`: expand folders, load each safely, check it, keep the good ones.

A file that is empty, not YAML, of another schema version, or invalid is left out with
one line saying why; the others are still compared (the CLI then exits 1). Grounding is
not checked: compare never reads the source documents.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from policyparse.compare.result import Skipped
from policyparse.errors import InvalidPlan, MissingPath, UsageError
from policyparse.model import Plan

SUFFIXES = (".yaml", ".yml")


@dataclass
class Loaded:
    file: str
    plan: Plan


def expand(paths: list[str]) -> list[Path]:
    """Files as given and the YAML files inside folders (recursive, sorted); no duplicates."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise MissingPath(f"{raw}: no such file or folder")
    unique = list(dict.fromkeys(found))
    if not unique:
        raise UsageError(f"no plan files (*.yaml, *.yml) in {', '.join(paths)}")
    return unique


def check(path: Path) -> Plan:
    """One plan file, loaded and checked; `InvalidPlan` with one clear line otherwise."""
    from policyparse import schema, yamlio

    name = os.fspath(path)
    if not yamlio.read_text(path).strip():
        raise InvalidPlan(f"{name}: empty file, not a policyparse plan")
    plan = yamlio.load_plan(path)  # YAML errors, duplicate keys, schema_version
    problems = schema.explain(yamlio.load_file(path))
    if problems:
        where, message = problems[0]
        field = ".".join(str(p) for p in where) or "top level"
        more = (
            f" (and {len(problems) - 1} more; see `policyparse validate`)"
            if len(problems) > 1
            else ""
        )
        raise InvalidPlan(f"{name}: {field}: {message}{more}")
    return plan


def load(paths: list[str]) -> tuple[list[Loaded], list[Skipped]]:
    """Every plan that passes `check`, and one `Skipped` line for each that does not."""
    good: list[Loaded] = []
    skipped: list[Skipped] = []
    for path in expand(paths):
        try:
            good.append(Loaded(os.fspath(path), check(path)))
        except (InvalidPlan, MissingPath) as exc:
            skipped.append(Skipped(os.fspath(path), str(exc)))
    return good, skipped
