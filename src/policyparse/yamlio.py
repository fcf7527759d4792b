"""Plan ↔ dict ↔ YAML: deterministic dumps, atomic writes, a safe loader with marks.

The loader follows YAML 1.2 where YAML 1.1 hurts plan files: only `true`/`false`
are booleans, dates stay strings, so `language: no`, `country: NO` and
`due: {date: 2024-04-01}` keep their text. Duplicate keys are errors, only plain
tags (str, int, float, bool, null, list, map) are constructed, and every node's
position is kept so `validate` can say `file:line:column` for a JSON path.
"""

from __future__ import annotations

import os
import re
import types
import typing
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from policyparse.errors import InvalidPlan, MissingPath
from policyparse.fsio import atomic_write
from policyparse.model import SCHEMA_VERSION, Plan, to_dict

MAX_BYTES = 20 * 1024 * 1024
"""Plan files larger than this are refused before parsing."""
MAX_DEPTH = 100
"""Deeper nesting than this is refused (plans nest a few levels; PyYAML recurses)."""
MAX_EXPANSION = 10
"""Aliases may make the data at most this many times larger than the file's nodes."""

JsonPath = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = {f"{_TAG}{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")}


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


def _too_big(size: int) -> Problem:
    return Problem(
        "PP006",
        f"file is {size / 1024 / 1024:.1f} MB; plan files over {MAX_BYTES // 1024 // 1024} MB "
        "are refused",
    )


def read_text(path: str | os.PathLike[str]) -> str:
    """A plan file's text (UTF-8, BOM allowed). Missing path → `MissingPath` (exit 2)."""
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > MAX_BYTES:
            raise YamlLoadError(name, [_too_big(size)])
        raw = Path(name).read_bytes()
    except (FileNotFoundError, IsADirectoryError, PermissionError, NotADirectoryError) as exc:
        raise MissingPath(f"{name}: cannot read ({exc.strerror or exc})") from None
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


# ---------------------------------------------------------------- dumping


class PlanDumper(yaml.SafeDumper):
    """SafeDumper that quotes every string another YAML reader could take for
    something else (YAML 1.1 booleans, `y`/`n`, nulls, numbers, dates such as
    `2024-04`), always with double quotes."""

    def choose_scalar_style(self) -> str:
        style = str(super().choose_scalar_style())
        return '"' if style == "'" else style

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # lists indented under their key


PlanDumper.add_implicit_resolver(
    "tag:policyparse:quoted",
    re.compile(
        r"^(?:[-+.]?[0-9].*|[-+]?\.(?:inf|nan)|y|yes|n|no|true|false|on|off|null|~|<<|=)$",
        re.IGNORECASE | re.DOTALL,
    ),
    None,
)


def _plain(value: Any) -> Any:
    """Plain built-in types only, so the dumper never emits a Python tag."""
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(to_dict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    for kind in (int, float, str):
        if isinstance(value, kind):
            return kind(value)
    raise TypeError(f"cannot write {type(value).__name__} as YAML")


def dumps(plan_or_dict: Plan | dict[str, Any]) -> str:
    """Deterministic YAML: contract key order, block style, UTF-8, one value per line."""
    data = _plain(plan_or_dict)
    if isinstance(data, dict):
        data = _ordered(data, Plan)
    return yaml.dump(
        data,
        Dumper=PlanDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=2**30,
        indent=2,
    )


def write(path: str | os.PathLike[str], plan_or_dict: Plan | dict[str, Any]) -> None:
    """Write a plan as YAML atomically (temporary file + rename)."""
    atomic_write(path, dumps(plan_or_dict))


# ---------------------------------------------------------------- dict ↔ model


def _field_class(hint: Any) -> tuple[type | None, bool]:
    """(dataclass inside the hint or None, whether the hint is a list)."""
    origin = typing.get_origin(hint)
    if origin is list:
        inner, _ = _field_class(typing.get_args(hint)[0])
        return inner, True
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(hint):
            inner, is_list = _field_class(arg)
            if inner is not None:
                return inner, is_list
    return (hint, False) if isinstance(hint, type) and is_dataclass(hint) else (None, False)


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _ordered(data: dict[str, Any], cls: type) -> dict[str, Any]:
    """`data` with known keys in the model's field order (unknown keys after, as given)."""
    hints = _hints(cls)
    names = [f.name for f in fields(cls)]
    out: dict[str, Any] = {}
    for key in [*[n for n in names if n in data], *[k for k in data if k not in names]]:
        value = data[key]
        inner, is_list = _field_class(hints[key]) if key in hints else (None, False)
        if inner is not None and is_list and isinstance(value, list):
            value = [_ordered(v, inner) if isinstance(v, dict) else v for v in value]
        elif inner is not None and isinstance(value, dict):
            value = _ordered(value, inner)
        out[key] = value
    return out


def _build(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise InvalidPlan(f"{where or 'plan'}: expected a mapping, got {type(data).__name__}")
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        inner, is_list = _field_class(hints[f.name])
        here = f"{where}.{f.name}" if where else f.name
        if inner is not None and is_list and isinstance(value, list):
            value = [_build(inner, v, f"{here}[{i}]") for i, v in enumerate(value)]
        elif inner is not None and value is not None:
            value = _build(inner, value, here)
        kwargs[f.name] = value
    try:
        return cls(**kwargs)
    except TypeError as exc:
        missing = str(exc).partition("argument")[2].strip(": ") or str(exc)
        raise InvalidPlan(f"{where or 'plan'}: missing {missing}") from None


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """Build a `Plan` from loaded YAML data (structure only; `validate` checks values)."""
    plan = _build(Plan, data, "")
    assert isinstance(plan, Plan)
    return plan


def load_plan(path: str | os.PathLike[str]) -> Plan:
    """Load one plan file safely as a `Plan`. Raises `InvalidPlan` (or `MissingPath`)."""
    data = load_file(path)
    if not isinstance(data, dict):
        raise InvalidPlan(f"{os.fspath(path)}: not a policyparse plan (expected a mapping)")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise InvalidPlan(
            f"{os.fspath(path)}: schema_version {version!r} is not supported "
            f"(this policyparse reads {SCHEMA_VERSION!r})"
        )
    try:
        return plan_from_dict(data)
    except InvalidPlan as exc:
        raise InvalidPlan(f"{os.fspath(path)}: {exc}") from None


__all__ = [
    "MAX_BYTES",
    "SCHEMA_VERSION",
    "Loaded",
    "Mark",
    "Problem",
    "YamlLoadError",
    "dumps",
    "load_file",
    "load_file_marked",
    "load_plan",
    "loads",
    "loads_marked",
    "plan_from_dict",
    "write",
]
