"""The safe YAML reader for plan files: YAML 1.2 scalars, refusals, positions.

Only `true`/`false` are booleans and dates stay strings, so `language: no`,
`country: NO` and `date: 2024-04-01` keep their text (as check-jsonschema reads
them). Duplicate keys, tags other than plain data, alias bombs, deep nesting and
files over 20 MB are refused with `file:line:column`. Every node's position is
kept so `validate` can place a finding for a JSON path. `yamlio` re-exports this.
"""

from __future__ import annotations

import os
import re
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from policyparse.errors import InvalidPlan, MissingPath

MAX_BYTES = 20 * 1024 * 1024
"""Plan files larger than this are refused before parsing."""
MAX_DEPTH = 100
"""Deeper nesting than this is refused (plans nest a few levels; PyYAML recurses)."""
MAX_EXPANSION = 10
"""Aliases may make the data at most this many times larger than the file's nodes."""

JsonPath = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"


# ---------------------------------------------------------------- errors


@dataclass(frozen=True)
class Mark:
    """A 1-based position in a YAML file."""

    line: int
    column: int


@dataclass(frozen=True)
class Problem:
    """One reason a file could not be loaded, with its position when known."""

    code: str
    message: str
    mark: Mark | None = None


class YamlLoadError(InvalidPlan):
    """A YAML file that cannot be loaded; `problems` has every reason found."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        self.name = name
        self.problems = problems
        first = problems[0]
        where = f"{name}:{first.mark.line}:{first.mark.column}" if first.mark else name
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{where}: {first.message}{more}")


# ---------------------------------------------------------------- loading


def _mark(node_mark: yaml.Mark | None) -> Mark | None:
    return Mark(node_mark.line + 1, node_mark.column + 1) if node_mark else None


_DROPPED = {f"{_TAG}{t}" for t in ("bool", "int", "float", "timestamp", "merge")}


class PlanLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema scalars and duplicate-key detection."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[Problem] = []
        self.depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None,
                    None,
                    f"nesting deeper than {MAX_DEPTH} levels",
                    self.peek_event().start_mark,  # type: ignore[no-untyped-call]
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, Mark | None] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, typing.Hashable) and key in seen:
                first = seen[key]
                at = f" (first at line {first.line})" if first else ""
                self.duplicates.append(
                    Problem("PP003", f"duplicate key {key!r}{at}", _mark(key_node.start_mark))
                )
            elif isinstance(key, typing.Hashable):
                seen[key] = _mark(key_node.start_mark)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_int(self, node: ScalarNode) -> int:
        value = str(self.construct_scalar(node))
        if value.startswith(("0o", "0x")):
            return int(value[2:], 8 if value[1] == "o" else 16)
        return int(value)

    def construct_yaml_float(self, node: ScalarNode) -> float:
        value = str(self.construct_scalar(node)).lower()
        return float(value.replace(".inf", "inf").replace(".nan", "nan"))

    def construct_refused(self, node: Node) -> None:
        raise yaml.constructor.ConstructorError(
            None, None, f"the tag {node.tag!r} is not allowed", node.start_mark
        )


PlanLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in pairs if tag not in _DROPPED]
    for first, pairs in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
PlanLoader.add_implicit_resolver(
    f"{_TAG}bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
PlanLoader.add_implicit_resolver(
    f"{_TAG}int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), list("-+0123456789")
)
PlanLoader.add_implicit_resolver(
    f"{_TAG}float",
    re.compile(
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$"
    ),
    list("-+.0123456789"),
)
PlanLoader.add_constructor(f"{_TAG}int", PlanLoader.construct_yaml_int)
PlanLoader.add_constructor(f"{_TAG}float", PlanLoader.construct_yaml_float)
for _tag in ("binary", "timestamp", "set", "omap", "pairs"):
    PlanLoader.add_constructor(f"{_TAG}{_tag}", PlanLoader.construct_refused)


@dataclass
class Loaded:
    """Parsed YAML data with the position of every value (and of every mapping key)."""

    name: str
    data: Any
    marks: dict[JsonPath, Mark]
    key_marks: dict[JsonPath, Mark]

    def locate(self, path: JsonPath) -> Mark:
        """Position of `path`, or of its nearest ancestor the file has."""
        for cut in range(len(path), -1, -1):
            found = self.marks.get(path[:cut])
            if found:
                return found
        return Mark(1, 1)


class AliasBomb(yaml.YAMLError):
    """Aliases that would blow the data up (billion laughs) or refer to themselves."""


def _expanded_size(root: Node) -> int:
    """Number of nodes after alias expansion; refuses recursive aliases."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(node: Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise AliasBomb("a recursive alias is not allowed in a plan file")
        active.add(key)
        if isinstance(node, SequenceNode):
            total = 1 + sum(size(child) for child in node.value)
        elif isinstance(node, MappingNode):
            total = 1 + sum(size(k) + size(v) for k, v in node.value)
        else:
            total = 1
        active.discard(key)
        sizes[key] = total
        return total

    total = size(root)
    if total > MAX_EXPANSION * len(sizes) + 1000:
        raise AliasBomb(
            f"aliases expand {len(sizes)} YAML nodes into {total} (an alias bomb?); refused"
        )
    return total


def _collect_marks(root: Node) -> tuple[dict[JsonPath, Mark], dict[JsonPath, Mark]]:
    marks: dict[JsonPath, Mark] = {}
    key_marks: dict[JsonPath, Mark] = {}
    stack: list[tuple[JsonPath, Node]] = [((), root)]
    while stack:
        path, node = stack.pop()
        marks.setdefault(path, Mark(node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, SequenceNode):
            stack.extend(((*path, i), child) for i, child in enumerate(node.value))
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                child = (*path, str(key_node.value))
                key_marks.setdefault(
                    child, Mark(key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                )
                stack.append((child, value_node))
    return marks, key_marks


def _problem_from(exc: yaml.YAMLError) -> Problem:
    if isinstance(exc, AliasBomb):
        return Problem("PP005", str(exc))
    if not isinstance(exc, yaml.MarkedYAMLError):
        return Problem("PP002", f"YAML error: {exc}")
    mark = _mark(exc.problem_mark or exc.context_mark)
    problem = str(exc.problem or "")
    if "constructor for the tag" in problem or "is not allowed" in problem:
        found = re.search(r"'([^']*)'", problem)
        tag = (found.group(1) if found else "?").replace(_TAG, "!!")
        return Problem("PP004", f"the tag {tag} is not allowed in a plan file", mark)
    parts = [p for p in (exc.context, exc.problem) if p]
    return Problem("PP002", f"YAML syntax error: {'; '.join(parts)}", mark)


def loads_marked(text: str, name: str = "<string>") -> Loaded:
    """Parse one YAML document safely, keeping positions. Raises `YamlLoadError`."""
    if len(text) > MAX_BYTES:
        raise YamlLoadError(name, [_too_big(len(text.encode("utf-8")))])
    loader = PlanLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return Loaded(name, None, {}, {})
        _expanded_size(node)
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise YamlLoadError(name, [_problem_from(exc)]) from None
    finally:
        loader.dispose()
    if loader.duplicates:
        raise YamlLoadError(name, loader.duplicates)
    marks, key_marks = _collect_marks(node)
    return Loaded(name, data, marks, key_marks)


def _too_big(size: int | None) -> Problem:
    """`size` None: a stream that went on past the limit."""
    limit = MAX_BYTES // 1024 // 1024
    what = f"{size / 1024 / 1024:.1f} MB" if size is not None else f"larger than {limit} MB"
    return Problem("PP006", f"file is {what}; plan files over {limit} MB are refused")


def read_text(path: str | os.PathLike[str]) -> str:
    """A plan file's text (UTF-8, BOM allowed). Missing path → `MissingPath` (exit 2)."""
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > MAX_BYTES:
            raise YamlLoadError(name, [_too_big(size)])
        with Path(name).open("rb") as handle:  # bounded: a device or pipe may not end
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:  # missing, a folder, no permission, a device…
        raise MissingPath(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_BYTES:
        raise YamlLoadError(name, [_too_big(None)])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem = Problem("PP002", "file is not valid UTF-8", Mark(line, 1))
        raise YamlLoadError(name, [problem]) from None


def load_file_marked(path: str | os.PathLike[str]) -> Loaded:
    """Read and parse a YAML file with positions (see `loads_marked`)."""
    return loads_marked(read_text(path), os.fspath(path))


def loads(text: str, name: str = "<string>") -> Any:
    """Parse YAML text safely (YAML 1.2 scalars, duplicate keys refused) → plain data."""
    return loads_marked(text, name).data


def load_file(path: str | os.PathLike[str]) -> Any:
    """Read and parse a YAML file safely → plain data."""
    return load_file_marked(path).data
