"""Inputs of a corpus run: which files, and where each one's output goes.

Directories are walked for supported formats only (hidden files and folders
skipped, `--glob` narrowing); their folder structure is mirrored under the
output directory, so `dk/plan.pdf` and `no/plan.pdf` never overwrite each
other. Files named directly are taken as they are and land flat in the output
directory, as `policyparse extract` does for a handful of documents.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from policyparse.errors import MissingPath, UsageError
from policyparse.readers.sniff import _EXTENSIONS

# Suffixes a directory walk picks up: the readers' own table (files named directly are
# always tried, and the readers sniff the content anyway).
SUPPORTED_SUFFIXES = frozenset(_EXTENSIONS)
OUTPUT_FORMATS = ("yaml", "json")


@dataclass(frozen=True)
class Task:
    """One document of the run: where it is, how it is named, where its output goes."""

    path: Path  # the input file as found
    label: str  # the path as the user would write it: `document.source.path`
    output: Path  # the YAML file under the output directory


def collect(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    globs: Sequence[str] = (),
    fmt: str = "yaml",
) -> list[Task]:
    """Every document named by `inputs`, in a stable order, each with its own output path
    (`.yaml` or `.json` after `fmt`).

    Raises `UsageError` when two inputs would write the same output file (naming
    both) and `MissingPath` for an input that does not exist.
    """
    out, suffix = Path(out_dir), f".{fmt}"
    paths = [Path(p) for p in inputs]
    direct = [Task(p, p.as_posix(), out / (p.stem + suffix)) for p in paths if not p.is_dir()]
    _unique(direct, out)  # named files first: a clash is a usage error even before a typo is
    for path in paths:
        if str(path) == "-":
            raise UsageError("'-' (standard input) works for a single document only")
        if not path.exists():
            raise MissingPath(f"{path}: no such file or directory")
    root = _common_root([p for p in paths if p.is_dir()])
    tasks: list[Task] = []
    for path in paths:
        if path.is_dir():
            tasks.extend(_mirror(path, root, out, globs, suffix))
        else:
            tasks.append(Task(path, path.as_posix(), out / (path.stem + suffix)))
    return _unique(tasks, out)


def _common_root(dirs: Sequence[Path]) -> Path | None:
    """The deepest folder holding every walked directory: outputs mirror paths below it."""
    if not dirs:
        return None
    return Path(os.path.commonpath([os.path.abspath(d) for d in dirs]))


def _mirror(
    top: Path, root: Path | None, out: Path, globs: Sequence[str], suffix: str
) -> Iterator[Task]:
    base = Path(os.path.abspath(top)).relative_to(root) if root else Path()
    skip = Path(os.path.abspath(out))
    for rel in _walk(top, skip):
        if globs and not any(PurePosixPath(rel.as_posix()).match(g) for g in globs):
            continue
        target = out / base / rel.parent / (rel.stem + suffix)
        yield Task(top / rel, (top / rel).as_posix(), target)


def _walk(top: Path, skip: Path) -> Iterator[Path]:
    """Supported files below `top`, relative to it, sorted; hidden entries and `skip` left out."""
    for folder, subdirs, files in os.walk(top):
        here = Path(folder)
        subdirs[:] = sorted(
            d for d in subdirs if not d.startswith(".") and Path(os.path.abspath(here / d)) != skip
        )
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield (here / name).relative_to(top)


def _unique(tasks: Iterable[Task], out: Path) -> list[Task]:
    """Drop repeats of one input; refuse two inputs that would share an output file."""
    seen: dict[Path, Task] = {}
    for task in tasks:
        key = Path(os.path.abspath(task.output))
        other = seen.get(key)
        if other is not None and other.path.resolve() != task.path.resolve():
            name = task.output.relative_to(out).as_posix()
            raise UsageError(
                f"{other.label} and {task.label} would both be written to {name} in {out}; "
                "rename one, or narrow the run with --glob"
            )
        seen.setdefault(key, task)
    return list(seen.values())
