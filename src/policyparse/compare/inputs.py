"""Plan files for `compare`: find them, check each, keep the good ones.

Folders are searched as `validate` does; each file gets `validate.check_file` (safe
YAML, schema version, JSON Schema, semantic checks). A file with an error is left out
with one line saying why; the others are still compared (the CLI then exits 1).
Grounding is not checked: compare never reads source documents, so only the file and
plan rules count (codes PP0xx and PP1xx); a file met in a folder that is not a plan at
all (PP009, no schema_version) is passed over quietly, as `validate` does, unless the
file is empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from policyparse.compare.result import Skipped
from policyparse.errors import MissingPath, UsageError
from policyparse.model import Plan

COMPARE_RULES = ("PP0", "PP1")  # file and plan rules; not grounding against the source
# Handed to `check_file` as the source document: not a file, so grounding stops at a note
# (PP301) instead of reading every plan's PDF again. Compare never reads documents.
NO_SOURCE = Path(os.devnull)


@dataclass
class Loaded:
    file: str
    plan: Plan


def _blocking(code: str, severity: str) -> bool:
    return severity == "error" and code.startswith(COMPARE_RULES)


def check(path: Path, explicit: bool = True) -> Plan | Skipped | None:
    """The plan, or why it is left out (one line), or None for a non-plan in a folder."""
    from policyparse import yamlio, yamlsafe
    from policyparse.validate import check_file

    findings = check_file(path, explicit=explicit, source=NO_SOURCE)
    if any(f.code == "PP009" for f in findings):
        if yamlsafe.read_text(path).strip():
            return None
        findings = check_file(path, source=NO_SOURCE)  # an empty file is an error, even here
    errors = [f for f in findings if _blocking(f.code, f.severity)]
    if not errors:
        return yamlio.load_plan(path)
    first = errors[0]
    where = f"{first.file}:{first.line}:{first.column}"
    field = f" {first.path}:" if first.path else ""
    more = f" (and {len(errors) - 1} more: see policyparse validate)" if len(errors) > 1 else ""
    return Skipped(os.fspath(path), f"{where}:{field} {first.message} [{first.code}]{more}")


def load(paths: list[str]) -> tuple[list[Loaded], list[Skipped]]:
    """Every plan that passes `check`, and one `Skipped` line for each that does not."""
    from policyparse.validate import discover

    for raw in paths:
        if not Path(raw).exists():
            raise MissingPath(f"{raw}: no such file or folder")
    good: list[Loaded] = []
    skipped: list[Skipped] = []
    for path, explicit in discover(paths):
        outcome = check(path, explicit)
        if isinstance(outcome, Skipped):
            skipped.append(outcome)
        elif outcome is not None:
            good.append(Loaded(os.fspath(path), outcome))
    if not good and not skipped:
        raise UsageError(f"no plan files (*.yaml, *.yml) in {', '.join(paths)}")
    return good, skipped
