"""Whatever bytes arrive, `read()` gives a ReadDocument with exact offsets or a typed
reader error: never another exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyparse.blocks import BlockKind
from policyparse.errors import MissingPath, UnreadableDocument
from policyparse.readers import read

SAMPLES = sorted((Path(__file__).parent.parent.parent / "samples").glob("*.txt"))
SAMPLE_BYTES = [p.read_bytes()[:3000] for p in SAMPLES]
NAMES = st.sampled_from(["doc.txt", "doc.md", "doc", "page.txt"])
LINES = st.lists(
    st.one_of(
        st.sampled_from(["", "# Plan", "## Mål", "- item", "  • punkt", "1. one", "a) sub",
                         "| a | b |", "|---|---|", "x |", "Contact", "Læs mere om x",
                         "Priority 10", "10.1.1 Step", "Type:", "2016", "> quote", "```",
                         "a\tb", "\f", "Page 2", "stofmisbrugs-"]),
        st.text(max_size=40),
    ),
    max_size=25,
)  # fmt: skip


def check(data: bytes, name: str) -> None:
    try:
        doc = read(data, name=name)
    except UnreadableDocument:  # UnsupportedFormat is one too
        return
    except MissingPath as exc:  # pragma: no cover - bytes never name a path
        raise AssertionError(exc) from exc
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text
        assert block.text
        if block.kind is not BlockKind.TABLE_ROW:  # a row may start with an empty cell
            assert block.text == block.text.strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), NAMES)
def test_random_bytes(data: bytes, name: str) -> None:
    check(data, name)


@settings(max_examples=150, deadline=None)
@given(LINES, st.sampled_from(["utf-8", "utf-16", "cp1252"]), NAMES)
def test_random_line_structures(lines: list[str], encoding: str, name: str) -> None:
    check("\n".join(lines).encode(encoding, errors="replace"), name)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(SAMPLE_BYTES),
    st.lists(st.tuples(st.integers(0, 2999), st.integers(0, 255)), max_size=12),
    NAMES,
)
def test_mutated_samples(data: bytes, edits: list[tuple[int, int]], name: str) -> None:
    mutated = bytearray(data)
    for position, value in edits:
        if mutated:
            mutated[position % len(mutated)] = value
    check(bytes(mutated), name)
