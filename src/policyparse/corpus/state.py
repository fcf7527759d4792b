"""Incremental runs: which documents already have an up-to-date output.

An output is current when it records the same input sha256
(`document.source.sha256`) and the same generator (`document.generator`) as
now. File times are not trusted: copies, checkouts and syncs change them
without changing a byte, and a new policyparse version changes the output
without touching the input.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from policyparse import yamlio
from policyparse.corpus.walk import OUTPUT_SUFFIX, Task
from policyparse.errors import InvalidPlan

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def split_done(
    tasks: Sequence[Task], generator: str, force: bool = False
) -> tuple[list[Task], list[Task]]:
    """(to do, skipped): a task is skipped when its output is current; `force` redoes all."""
    if force:
        return list(tasks), []
    todo: list[Task] = []
    done: list[Task] = []
    for task in tasks:
        (done if is_current(task, generator) else todo).append(task)
    return todo, done


def is_current(task: Task, generator: str) -> bool:
    recorded = recorded_source(task.output)
    if recorded is None:
        return False
    sha, made_by = recorded
    try:
        return made_by == generator and sha256_file(task.path) == sha
    except OSError:
        return False


def recorded_source(output: Path) -> tuple[str, str] | None:
    """(input sha256, generator) recorded in an output file, or None when unreadable."""
    try:
        data = yamlio.loads(_header(output), str(output))
    except (OSError, UnicodeDecodeError, InvalidPlan):
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
    return output.read_text(encoding="utf-8")  # not our YAML layout (JSON output, say)


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
            if name.startswith(".") and name.endswith(".tmp") and OUTPUT_SUFFIX in name:
                Path(folder, name).unlink(missing_ok=True)
