"""Incremental runs: which documents already have an up-to-date output.

An output is current when it records the same input sha256
(`document.source.sha256`) and the same generator (`document.generator`) as
now. File times are not trusted: copies, checkouts and syncs change them
without changing a byte, and a new policyparse version changes the output
without touching the input.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from policyparse import yamlio
from policyparse.corpus.failures import Failure
from policyparse.corpus.walk import OUTPUT_FORMATS, Task
from policyparse.errors import InvalidPlan

_CHUNK = 1 << 20
_OUTPUT_NAME = re.compile(rf"\.(?:{'|'.join(OUTPUT_FORMATS)})\.")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Split:
    """What a run has to do, given what earlier runs left in the output directory."""

    todo: list[Task] = field(default_factory=list)
    current: list[Task] = field(default_factory=list)  # output up to date: skipped
    failed_before: list[Failure] = field(default_factory=list)  # unchanged since they failed


def split(
    tasks: Sequence[Task],
    generator: str,
    previous: Mapping[str, Failure],
    *,
    force: bool = False,
    retry_failed: bool = False,
) -> Split:
    """Sort tasks by what needs doing; `force` redoes all, `retry_failed` retries failures."""
    result = Split()
    for task in tasks:
        before = previous.get(task.label)
        if force or (before is None and not task.output.exists()):
            result.todo.append(task)  # nothing to compare with: no need to hash the input
            continue
        sha = sha_or_none(task.path)
        if sha is None:
            result.todo.append(task)
        elif recorded_source(task.output) == (sha, generator):
            result.current.append(task)
        elif not retry_failed and before and (before.sha256, before.generator) == (sha, generator):
            result.failed_before.append(before)
        else:
            result.todo.append(task)
    return result


def sha_or_none(path: Path) -> str | None:
    try:
        return sha256_file(path)
    except OSError:
        return None  # the worker will report why it cannot be read


def recorded_source(output: Path) -> tuple[str, str] | None:
    """(input sha256, generator) recorded in an output file, or None when unreadable."""
    try:
        if output.suffix == ".json":
            data = json.loads(output.read_text(encoding="utf-8"))
        else:
            data = yamlio.loads(_header(output), str(output))
    except (OSError, UnicodeDecodeError, ValueError, InvalidPlan):
        return None
    document = data.get("document") if isinstance(data, dict) else None
    if not isinstance(document, dict) or not isinstance(document.get("source"), dict):
        return None
    sha, generator = document["source"].get("sha256"), document.get("generator")
    return (str(sha), str(generator)) if sha and generator else None


def _header(output: Path) -> str:
    """The output's top keys up to the end of `document:` — parsing a few lines instead of
    the whole plan keeps an unchanged re-run of thousands of documents fast."""
    with output.open(encoding="utf-8") as handle:
        lines = list(_until_after_document(handle))
    if any(line.startswith("document:") for line in lines):
        return "".join(lines)
    return output.read_text(encoding="utf-8")  # not the layout we write: read it all


def _until_after_document(lines: Iterator[str]) -> Iterator[str]:
    in_document = False
    for line in lines:
        top_level = line[:1] not in ("", " ", "\n", "#", "-")
        if in_document and top_level:
            return
        in_document = in_document or line.startswith("document:")
        yield line


def clean_stale_temps(out_dir: Path) -> None:
    """Remove temporary files a killed run left behind (`atomic_write`'s `.NAME.*.tmp`)."""
    if not out_dir.is_dir():
        return
    for folder, _dirs, files in os.walk(out_dir):
        for name in files:
            if name.startswith(".") and name.endswith(".tmp") and _OUTPUT_NAME.search(name):
                Path(folder, name).unlink(missing_ok=True)
