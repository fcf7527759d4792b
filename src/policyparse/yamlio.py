"""Plan ↔ dict ↔ YAML: deterministic dumps, atomic writes, safe loading.

Writing: contract key order, block style, UTF-8, no tags, no timestamps, and every
string another YAML reader could misread (`no`, `NO`, `on`, `y`, `01`, `10.1`,
`2024-04`) double-quoted. Reading goes through `yamlsafe` (YAML 1.2 scalars,
duplicate keys refused, positions kept), whose API is re-exported here.
"""

from __future__ import annotations

import os
import re
import types
import typing
from dataclasses import fields, is_dataclass
from typing import Any

import yaml

from policyparse.errors import InvalidPlan
from policyparse.fsio import atomic_write
from policyparse.model import SCHEMA_VERSION, Plan, to_dict
from policyparse.yamlsafe import (
    MAX_BYTES,
    JsonPath,
    Loaded,
    Mark,
    Problem,
    YamlLoadError,
    load_file,
    load_file_marked,
    loads,
    loads_marked,
)

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
    "JsonPath",
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
