"""yamlio: deterministic writing, safe YAML 1.2-style reading, marks, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import policyparse
from policyparse import yamlio
from policyparse.errors import InvalidPlan, MissingPath
from policyparse.model import (
    Due,
    Funding,
    Initiative,
    Outcome,
    Period,
    Plan,
    Source,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("v: no", "no"),
        ("v: NO", "NO"),
        ("v: on", "on"),
        ("v: yes", "yes"),
        ("v: 2024-04", "2024-04"),
        ("v: 2024-04-01", "2024-04-01"),
        ("v: 2016-01-01T10:00:00", "2016-01-01T10:00:00"),
        ("v: 12:30", "12:30"),
        ("v: 1_000", "1_000"),
        ("v: true", True),
        ("v: False", False),
        ("v: 010", 10),
        ("v: 0x1F", 31),
        ("v: 1.5", 1.5),
        ("v: 1e3", 1000.0),
        ("v: ~", None),
        ("v: null", None),
        ("v:", None),
    ],
)
def test_reader_keeps_yaml_1_1_traps_as_strings(text: str, expected: object) -> None:
    assert yamlio.loads(text) == {"v": expected}


TRAPS = ["no", "NO", "No", "on", "off", "yes", "y", "Y", "n", "N", "true", "null", "~", ""]
NUMERIC = ["01", "10.1", "1e3", ".5", "-1", "+1", "0x1F", "12:30", "2024", "2024-04"]
DATES = ["2024-04-01", "2024-04-01T10:00:00", "2016 - 2020"]


@pytest.mark.parametrize("value", TRAPS + NUMERIC + DATES)
def test_writer_quotes_what_other_readers_would_misread(value: str) -> None:
    text = yamlio.dumps({"v": value})
    assert text == f'v: "{value}"\n'
    assert yaml.safe_load(text) == {"v": value}  # plain PyYAML (YAML 1.1) agrees
    assert yamlio.loads(text) == {"v": value}


@pytest.mark.parametrize("value", ["plain text", "Å sikre reell brukerinnflytelse", "NOK", "nb"])
def test_writer_leaves_ordinary_strings_plain(value: str) -> None:
    assert yamlio.dumps({"v": value}) == f"v: {value}\n"


def _plan() -> Plan:
    from policyparse.model import DocumentInfo, SourceInfo

    info = SourceInfo(path="x.txt", format="text", sha256="0" * 64, pages=None)
    return Plan(
        document=DocumentInfo(
            title="T", language="no", country="NO", source=info, generator="policyparse 0.1.0"
        ),
        period=Period(start=2016, end=2020, text="2016 - 2020", source=Source(0, 11)),
        outcomes=[
            Outcome(
                id="01",
                text="x",
                source=Source(1, 2),
                children=[Outcome(id="01a", text="y", source=Source(1, 2))],
            )
        ],
        initiatives=[
            Initiative(
                id="10.1",
                title="t",
                due=Due(date="2024-04", text="by April 2024"),
                funding=["funding-1"],
                source=Source(3, 4),
            )
        ],
        funding=[
            Funding(
                id="funding-1",
                amount=2_400_000_000,
                currency="NOK",
                basis="total",
                text="2,4 milliarder",
                source=Source(5, 6),
            )
        ],
    )


def test_plan_round_trips_and_output_is_deterministic(tmp_path: Path) -> None:
    plan = _plan()
    text = yamlio.dumps(plan)
    assert text == yamlio.dumps(plan)
    assert yamlio.plan_from_dict(yamlio.loads(text)) == plan
    assert "!!" not in text and 'language: "no"' in text and 'country: "NO"' in text
    target = tmp_path / "sub" / "plan.yaml"
    yamlio.write(target, plan)
    assert target.read_bytes() == text.encode("utf-8")
    assert yamlio.load_plan(target) == plan
    assert policyparse.load(target) == plan  # the lazy public API


def test_dict_input_is_written_in_contract_key_order() -> None:
    data = yamlio.loads(yamlio.dumps(_plan()))
    shuffled = dict(reversed(list(data.items())))
    shuffled["document"] = dict(reversed(list(data["document"].items())))
    assert yamlio.dumps(shuffled) == yamlio.dumps(_plan())


def test_optional_fields_are_omitted_and_nulls_kept() -> None:
    text = yamlio.dumps(_plan())
    assert "priorities" not in text and "text_sha256" not in text
    assert "pages: null" in text and "page: null" in text


def test_marks_locate_json_paths() -> None:
    loaded = yamlio.loads_marked("a:\n  - x: 1\n  - x:\n      y: 2\n", "f.yaml")
    assert loaded.locate(("a", 1, "x", "y")) == yamlio.Mark(4, 10)
    assert loaded.key_marks[("a", 1, "x")] == yamlio.Mark(3, 5)
    assert loaded.locate(("a", 1, "missing")) == yamlio.Mark(3, 5)


BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.mark.parametrize(
    ("text", "code", "words", "line"),
    [
        ("a: 1\nb: 2\na: 3\n", "PP003", "duplicate key 'a' (first at line 1)", 3),
        ("a: [1\n", "PP002", "YAML syntax error", 2),
        ("a: b: c\n", "PP002", "YAML syntax error", 1),
        ("a: !!python/object/apply:os.system [ls]\n", "PP004", "!!python/object/apply", 1),
        ("a: !!binary aGk=\n", "PP004", "!!binary", 1),
        ("- &a [*a]\n", "PP005", "recursive alias", None),
        (BILLION_LAUGHS, "PP005", "alias bomb", None),
        ("---\na: 1\n---\nb: 2\n", "PP002", "single document", 3),
        ("[" * 5000, "PP002", "nesting deeper than 100 levels", 1),
    ],
)
def test_bad_yaml_is_refused_with_position(
    text: str, code: str, words: str, line: int | None
) -> None:
    with pytest.raises(yamlio.YamlLoadError) as caught:
        yamlio.loads_marked(text, "bad.yaml")
    first = caught.value.problems[0]
    assert (first.code, first.mark.line if first.mark else None) == (code, line)
    assert words in first.message
    assert str(caught.value).startswith("bad.yaml")


def test_every_duplicate_key_is_reported() -> None:
    with pytest.raises(yamlio.YamlLoadError) as caught:
        yamlio.loads("a: 1\na: 2\nb:\n  c: 1\n  c: 2\n")
    assert [p.mark.line for p in caught.value.problems if p.mark] == [2, 5]


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(yamlio.MAX_BYTES + 1)
    with pytest.raises(yamlio.YamlLoadError, match="MB; plan files over 20 MB are refused"):
        yamlio.load_file(big)


def test_missing_file_and_bad_utf8(tmp_path: Path) -> None:
    with pytest.raises(MissingPath):
        yamlio.load_file(tmp_path / "nope.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"a: 1\nb: p\xe5\n")
    with pytest.raises(yamlio.YamlLoadError, match=r":2:1: file is not valid UTF-8"):
        yamlio.load_file(bad)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- a\n", "expected a mapping"),
        ("schema_version: '9'\n", "schema_version '9' is not supported"),
        ("schema_version: '1'\nperiod: null\n", "missing"),
    ],
)
def test_load_plan_refuses_non_plans(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidPlan, match=message):
        yamlio.load_plan(path)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_string_survives_a_round_trip_through_both_readers(value: str) -> None:
    text = yamlio.dumps({"v": value, "list": [value]})
    assert yamlio.loads(text) == {"v": value, "list": [value]}
    assert yaml.safe_load(text) == {"v": value, "list": [value]}  # YAML 1.1 readers agree


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_stream_is_cut_at_the_size_limit() -> None:
    with pytest.raises(yamlio.YamlLoadError, match="file is larger than 20 MB"):
        yamlio.load_file("/dev/zero")
